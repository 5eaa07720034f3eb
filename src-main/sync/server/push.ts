// A workstation's push, applied in one transaction: its changes merged and
// logged for the others to pull, the vets' status mails they call for queued,
// its audit entries verified link by link, its use of number blocks noted, the
// signed reports it brought checked and a signature that lost answered with the
// one that stands (signatures.ts). The answer is stored under the batch id, so
// the same batch sent again (a lost answer, a retry after a crash) changes
// nothing and gets the same answer.

import type { PushRequest, PushResponse, WireChange } from '../../../src-shared/sync-wire';
import { AppError } from '../../../src-shared/errors';
import { hlcMs, parseHlc, receiveHlc } from '../../../src-shared/hlc';
import { parseProtocolNumber } from '../../../src-shared/codes';
import type { DevicesTable } from '../../db/schema';
import type { ServiceContext } from '../../context';
import { writeTransaction, type Tx } from '../../db/transaction';
import { applyChanges } from '../bulk';
import { SERVER_ONLY } from '../record';
import { ENTITIES } from '../entities';
import { loadSyncState, SERVER_NODE, updateSyncState } from '../state';
import { acceptAudit } from './audit';
import { noteNumbersUsed, reportBlocks } from './blocks';
import { checkVersionDrafts, checkVersionHashes, reassertSignatures } from './signatures';
import { queuePushedStatusMails } from '../../mail/status-mail';
import { queuePushedReportMails } from '../../mail/report-mail';

/** How far ahead of the server a device's clock may stamp a change. */
export const MAX_CLOCK_AHEAD_MS = 5 * 60_000;
const LOG_CHUNK = 1000;

/** Before the program existed: a change stamped earlier comes from a broken clock or a forger. */
const EARLIEST_CLOCK_MS = Date.parse('2024-01-01T00:00:00Z');

const PROTOCOL_NUMBER = /^(HP|CT) \d{2}\/\d{3,5}$/;

/**
 * What a device may send, beyond its shape: clocks inside sane bounds and in
 * its own name, never the server's (a desk gives up a signature only for the
 * server's word, sync/merge.ts), and protocol numbers as the lab writes them,
 * so one device cannot poison every copy's clock or push a series out of reach.
 */
export function checkChanges(ctx: ServiceContext, request: PushRequest): void {
  for (const c of request.changes) {
    const number = c.entity === 'protocol' ? c.data.protocol_number : null;
    const badNumber =
      number !== null && number !== undefined && !PROTOCOL_NUMBER.test(String(number));
    const badClock = hlcMs(c.hlc) < EARLIEST_CLOCK_MS || parseHlc(c.hlc).node === SERVER_NODE;
    if (badClock || badNumber) {
      throw new AppError('VALIDATION', 'error.validation', {
        details: badNumber
          ? `número de protocolo inválido: ${String(number).slice(0, 40)}`
          : 'reloj imposible',
      });
    }
  }
  checkClock(ctx, request);
}

export function checkClock(ctx: ServiceContext, request: PushRequest): void {
  const serverMs = ctx.clock.now().getTime();
  const latest = Math.max(0, ...request.changes.map((c) => hlcMs(c.hlc)));
  if (latest <= serverMs + MAX_CLOCK_AHEAD_MS) return;
  const aheadMs = latest - serverMs;
  throw new AppError('CONFLICT', 'error.clockAhead', {
    minutes: Math.round(aheadMs / 60_000),
    aheadMs,
    serverTime: new Date(serverMs).toISOString(),
  });
}

export async function applyPush(
  ctx: ServiceContext,
  device: DevicesTable,
  request: PushRequest,
  address: string | null,
): Promise<PushResponse> {
  const now = ctx.clock.now();
  const deviceMs = Date.parse(request.deviceTime);
  // Kept within a 32-bit column (±24 days): beyond that "far off" says enough.
  const offset = Number.isNaN(deviceMs)
    ? null
    : Math.max(-(2 ** 31) + 1, Math.min(2 ** 31 - 1, now.getTime() - deviceMs));

  // Batch ids are remembered per device: another device's id is not this one's.
  const key = `push:${device.id}:${request.batchId}`;
  checkVersionHashes(ctx, device, request.changes);
  const response = await writeTransaction(ctx.db, async (tx) => {
    const seen = await tx
      .selectFrom('sync_batches')
      .select('response')
      .where('batch_id', '=', key)
      .executeTakeFirst();
    if (seen) {
      // Applied before, so nothing is applied again. The blocks are answered
      // from what the server knows now, not from the stored answer: a copy
      // restored from a backup rebuilds, byte for byte, a batch it sent before
      // it gave the numbers it has since forgotten.
      const blocks = await reportBlocks(tx, ctx, device, request.blocks);
      return { ...(JSON.parse(seen.response) as PushResponse), duplicate: true, blocks };
    }
    checkChanges(ctx, request);

    const { applied, conflicts } = await applyBatch(tx, ctx, device, request);
    // Read again under the write lock: a push that ran meanwhile moved its chain.
    const current = await tx
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', device.id)
      .executeTakeFirstOrThrow();
    const audit = await acceptAudit(tx, ctx, current, request.audit);
    const blocks = await reportBlocks(tx, ctx, device, request.blocks);

    const answer: PushResponse = {
      batchId: request.batchId,
      applied,
      duplicate: false,
      conflicts,
      auditAccepted: audit.accepted,
      auditProblem: audit.problem,
      blocks,
      serverTime: now.toISOString(),
    };
    await tx
      .insertInto('sync_batches')
      .values({
        batch_id: key,
        device_id: device.id,
        received_at: now.toISOString(),
        response: JSON.stringify(answer),
      })
      .execute();
    await tx
      .updateTable('devices')
      .set({
        last_sync_at: now.toISOString(),
        last_address: address,
        app_version: request.appVersion,
        clock_offset_ms: offset,
      })
      .where('id', '=', device.id)
      .execute();
    return answer;
  });

  ctx.log.info(
    {
      deviceId: device.id,
      batchId: request.batchId,
      applied: response.applied,
      conflicts: response.conflicts,
      duplicate: response.duplicate,
    },
    'sync push',
  );
  if (response.applied > 0) ctx.kickMail();
  return { ...response, serverTime: now.toISOString() };
}

function travelling(entity: WireChange['entity'], data: WireChange['data']): WireChange['data'] {
  const fields = ENTITIES[entity].fields;
  return Object.fromEntries(Object.entries(data).filter(([key]) => fields.includes(key)));
}

async function applyBatch(
  tx: Tx,
  ctx: ServiceContext,
  device: DevicesTable,
  request: PushRequest,
): Promise<{ applied: number; conflicts: number }> {
  if (request.changes.length === 0) return { applied: 0, conflicts: 0 };

  const ids = request.changes.map((c) => c.id);
  const known = new Set(
    (
      await tx
        .selectFrom('sync_changes')
        .select('change_id')
        .where('change_id', 'in', ids)
        .execute()
    ).map((r) => r.change_id),
  );
  // Only the columns that travel are applied and kept in the log.
  const fresh = request.changes
    .filter((c) => {
      if (known.has(c.id) || SERVER_ONLY.has(c.entity)) return false;
      known.add(c.id);
      return true;
    })
    .map((c) => ({ ...c, data: travelling(c.entity, c.data) }));
  const refused = request.changes.filter((c) => SERVER_ONLY.has(c.entity)).length;
  if (refused > 0) {
    ctx.log.warn({ deviceId: device.id, refused }, 'staff account changes from a device ignored');
  }
  const conflicts = await applyChanges(tx, ctx, fresh);
  await checkVersionDrafts(tx, ctx, device, fresh);

  const last = await tx
    .selectFrom('sync_changes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  let seq = Number(last?.seq ?? 0);
  const state = await loadSyncState(tx, ctx);
  let hlc = state.hlc;
  const appliedAt = ctx.clock.now().toISOString();
  const logged = fresh.map((change) => {
    hlc = receiveHlc(hlc, change.hlc);
    return {
      seq: ++seq,
      change_id: change.id,
      entity: change.entity,
      row_id: change.rowId,
      data: JSON.stringify(change.data),
      hlc: change.hlc,
      base: change.base && JSON.stringify(change.base),
      origin: device.id,
      applied_at: appliedAt,
    };
  });
  for (let i = 0; i < logged.length; i += LOG_CHUNK) {
    await tx
      .insertInto('sync_changes')
      .values(logged.slice(i, i + LOG_CHUNK))
      .execute();
  }

  for (const change of fresh) {
    const number = change.entity === 'protocol' ? change.data.protocol_number : null;
    const parsed = typeof number === 'string' ? parseProtocolNumber(number) : null;
    if (parsed) await noteNumbersUsed(tx, parsed.series, parsed.sequence);
  }
  await updateSyncState(tx, { hlc });
  await reassertSignatures(tx, ctx, fresh);

  const mails = await queuePushedStatusMails(tx, ctx, { device, changes: fresh });
  if (mails > 0) ctx.log.info({ deviceId: device.id, mails }, 'status mails queued from a push');
  const reports = await queuePushedReportMails(tx, ctx, { device, changes: fresh });
  if (reports > 0) ctx.log.info({ deviceId: device.id, reports }, 'report mails queued');
  return { applied: fresh.length, conflicts };
}
