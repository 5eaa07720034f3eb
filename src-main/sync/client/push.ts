// Push: the outbox in batches, each with the audit entries not yet sent and
// the use of every leased block. A batch's id is made from what it carries, so
// after a crash the same batch is rebuilt with the same id and the server,
// which already applied it, answers as before. Rows leave the outbox only when
// the server has accepted them.

import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { ServiceContext } from '../../context';
import { writeTransaction } from '../../db/transaction';
import { AppError } from '../../../src-shared/errors';
import { formatHlc, hlcMs, parseHlc, shiftHlc } from '../../../src-shared/hlc';
import { pushResponse, type PushRequest, type WireChange } from '../../../src-shared/sync-wire';
import { localDate } from '../../../src-shared/calendar';
import type { SyncProgress } from '../../../src-shared/sync-contract';
import type { SyncOutboxTable, SyncStateTable } from '../../db/schema';
import { VERSION } from '../../version';
import { loadSyncState, updateSyncState } from '../state';
import { readClocks, writeClocks } from '../clocks';
import { postJson, type Connection, type Traffic } from './http';

export const PUSH_BATCH = 1000;

/** Well under the server's limit on a push, however long the texts in it. */
export const BATCH_BYTES = 12 * 1024 * 1024;

/** The first items whose sizes add up to the batch's share, and always at least one. */
function fitBytes<T>(items: T[], size: (item: T) => number): T[] {
  let total = 0;
  const kept: T[] = [];
  for (const item of items) {
    total += size(item);
    if (kept.length > 0 && total > BATCH_BYTES) break;
    kept.push(item);
  }
  return kept;
}

/** A queued change as it travels. */
export function wireChangeOf(row: SyncOutboxTable): WireChange {
  return {
    id: row.change_id,
    entity: row.entity as WireChange['entity'],
    rowId: row.row_id,
    data: JSON.parse(row.data) as WireChange['data'],
    hlc: row.hlc,
    base: row.base ? (JSON.parse(row.base) as Record<string, string | null>) : null,
  };
}

/** The next batch to push: the oldest queued changes and audit entries that fit in it. */
export async function buildBatch(ctx: ServiceContext, state: SyncStateTable) {
  // Sizes first, so only the changes that fit are read in full: a signed report
  // carries its PDF, and a thousand of them queued offline must never be held
  // in memory at once.
  const sizes = await ctx.db
    .selectFrom('sync_outbox')
    .select(['seq', sql<number>`length(data)`.as('size')])
    .orderBy('seq')
    .limit(PUSH_BATCH)
    .execute();
  const fitting = fitBytes(sizes, (r) => Number(r.size));
  const outbox =
    fitting.length === 0
      ? []
      : await ctx.db
          .selectFrom('sync_outbox')
          .selectAll()
          .where('seq', '<=', fitting.at(-1)!.seq)
          .orderBy('seq')
          .limit(fitting.length)
          .execute();
  const audit = await ctx.db
    .selectFrom('audit_log')
    .select([
      'seq',
      'id',
      'at',
      'actor',
      'action',
      'entity_type',
      'entity_id',
      'details',
      'prev_hash',
      'hash',
    ])
    .where('seq', '>', state.audit_pushed_seq)
    .orderBy('seq')
    .limit(PUSH_BATCH)
    .execute();
  const thisYear = localDate(ctx.clock.now(), ctx.timeZone).year;
  const leases = await ctx.db.selectFrom('number_leases').selectAll().execute();

  const changes = outbox.map(wireChangeOf);
  const sentAudit = fitBytes(audit, (a) => a.details.length);
  const blocks = leases.map((l) => ({
    id: l.id,
    usedUpTo: l.next > l.first ? l.next - 1 : null,
    closed: Number(l.series.split(':')[1]) < thisYear,
  }));

  const fingerprint = createHash('sha256')
    .update(
      JSON.stringify([state.device_id, changes.map((c) => c.id), sentAudit.map((a) => a.hash)]),
    )
    .update(JSON.stringify(blocks))
    .digest('hex');
  const request: PushRequest = {
    batchId: fingerprint.slice(0, 32),
    deviceTime: ctx.clock.now().toISOString(),
    appVersion: VERSION,
    changes,
    audit: sentAudit,
    blocks,
  };
  return {
    request,
    lastSeq: outbox[changes.length - 1]?.seq ?? 0,
    lastAuditSeq: sentAudit.at(-1)?.seq ?? state.audit_pushed_seq,
    full:
      sizes.length === PUSH_BATCH ||
      audit.length === PUSH_BATCH ||
      changes.length < sizes.length ||
      sentAudit.length < audit.length,
  };
}

export async function pushAll(
  ctx: ServiceContext,
  connection: Connection,
  traffic: Traffic,
  onProgress: (p: SyncProgress) => void,
): Promise<{ pushed: number; audit: number; conflicts: number }> {
  const totals = { pushed: 0, audit: 0, conflicts: 0 };
  const queued = await ctx.db
    .selectFrom('sync_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const totalItems = Number(queued.n);
  let restamped = false;

  for (;;) {
    const state = await writeTransaction(ctx.db, (tx) => loadSyncState(tx, ctx));
    const batch = await buildBatch(ctx, state);

    let answer;
    try {
      answer = await postJson(connection, '/api/sync/push', batch.request, pushResponse, traffic);
    } catch (error) {
      if (restamped || !(error instanceof AppError) || error.key !== 'error.clockAhead')
        throw error;
      await restampFuture(ctx, String(error.params.serverTime ?? ''));
      restamped = true;
      continue;
    }

    await writeTransaction(ctx.db, async (tx) => {
      await tx.deleteFrom('sync_outbox').where('seq', '<=', batch.lastSeq).execute();
      await updateSyncState(tx, { audit_pushed_seq: batch.lastAuditSeq });
      // The server may know of numbers this copy has forgotten (restored from a
      // backup): never give them again.
      for (const block of answer.blocks) {
        if (block.usedUpTo === null) continue;
        const lease = await tx
          .selectFrom('number_leases')
          .selectAll()
          .where('id', '=', block.id)
          .executeTakeFirst();
        if (!lease) continue;
        await tx
          .updateTable('number_leases')
          .set({
            next: Math.max(lease.next, block.usedUpTo + 1),
            reported_up_to: block.usedUpTo,
          })
          .where('id', '=', block.id)
          .execute();
      }
    });

    totals.pushed += batch.request.changes.length;
    totals.audit += answer.auditAccepted;
    totals.conflicts += answer.conflicts;
    onProgress({ phase: 'push', items: totals.pushed, bytes: traffic.sent, totalItems });
    if (answer.auditProblem) {
      ctx.log.error({ problem: answer.auditProblem }, 'server refused part of the audit chain');
    }
    if (!batch.full) return totals;
  }
}

/**
 * The server refused changes stamped in its future: this machine's clock is
 * ahead. The queued changes were stamped by that same wrong clock, so each is
 * moved back by the error measured now, and from here on stamps are corrected
 * by it, so this desk's edits do not win over later ones made elsewhere.
 */
async function restampFuture(ctx: ServiceContext, serverTime: string): Promise<void> {
  const serverMs = Date.parse(serverTime);
  if (Number.isNaN(serverMs)) return;
  const offset = serverMs - ctx.clock.now().getTime();

  await writeTransaction(ctx.db, async (tx) => {
    const state = await loadSyncState(tx, ctx);
    const node = parseHlc(state.hlc).node;
    const rows = await tx.selectFrom('sync_outbox').selectAll().orderBy('seq').execute();

    // In the order they were made, each moved clock stays after the one before
    // it and after the clocks its change was based on, so this desk's own
    // edits keep their order and are not taken for concurrent ones.
    const moved = new Map<string, string>();
    let previous = '';
    for (const row of rows) {
      if (hlcMs(row.hlc) <= serverMs) {
        if (row.hlc > previous) previous = row.hlc;
        continue;
      }
      const base = row.base ? (JSON.parse(row.base) as Record<string, string | null>) : null;
      for (const [field, clock] of Object.entries(base ?? {})) {
        if (clock && moved.has(clock)) base![field] = moved.get(clock)!;
      }
      const floor = [previous, ...Object.values(base ?? {})].reduce<string>(
        (max, clock) => (clock && clock > max ? clock : max),
        '',
      );
      let clock = shiftHlc(row.hlc, offset);
      if (floor && clock <= floor) {
        const after = parseHlc(floor);
        clock = formatHlc({ ms: after.ms, counter: after.counter + 1, node });
      }
      moved.set(row.hlc, clock);
      previous = clock;
      await tx
        .updateTable('sync_outbox')
        .set({ hlc: clock, base: base && JSON.stringify(base) })
        .where('seq', '=', row.seq)
        .execute();
    }

    const touched = new Set(
      rows.filter((r) => moved.has(r.hlc)).map((r) => `${r.entity}\n${r.row_id}`),
    );
    for (const key of touched) {
      const [entity, rowId] = key.split('\n') as [string, string];
      const clocks = (await readClocks(tx, entity, rowId)) ?? {};
      for (const [field, clock] of Object.entries(clocks)) {
        const replaced = moved.get(clock);
        if (replaced) clocks[field] = replaced;
      }
      await writeClocks(tx, entity, rowId, clocks);
    }

    const own = hlcMs(state.hlc) > serverMs ? shiftHlc(state.hlc, offset) : state.hlc;
    await updateSyncState(tx, {
      hlc: previous > own ? formatHlc({ ...parseHlc(previous), node }) : own,
      clock_offset_ms: offset,
      clock_problem: clockProblem(offset),
    });
  });
  ctx.log.warn({ offsetMs: offset }, 'this machine clock is wrong: queued changes restamped');
}

/** A message for the screen when this clock is off by more than a few minutes. */
export function clockProblem(offsetMs: number): string | null {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  if (minutes < 5) return null;
  const way = offsetMs < 0 ? 'adelantado' : 'atrasado';
  return (
    `El reloj de esta computadora está ${way} ${minutes} min respecto del servidor central. ` +
    'Corrija la fecha y la hora del equipo.'
  );
}
