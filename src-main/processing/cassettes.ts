// Cassettes of a histopathology protocol. Numbers run C1, C2… per protocol and
// are never given twice: the next one follows the highest ever given, voided
// cassettes included, so a label of a voided cassette can never match a new one.
// A voided cassette stays, with who voided it, when and why.

import type { MethodParsedInput } from '../../src-shared/contract';
import type { CassetteView } from '../../src-shared/processing-contract';
import { AppError } from '../../src-shared/errors';
import { formatLocalDateTime } from '../../src-shared/calendar';
import { itemCode } from '../../src-shared/processing';
import type { CassettesTable } from '../db/schema';
import { writeTransaction, type Tx } from '../db/transaction';
import type { Actor, ServiceContext } from '../context';
import { appendAudit } from '../audit/append';
import { newId } from '../ids';
import { checkPrinterOverride } from '../printing/settings';
import { runPrintJob } from '../printing/jobs';
import { edited, inserted, recordChanges } from '../sync/record';
import { followWork } from './follow-status';
import { cassetteItems, queueItemLabels } from './labels';
import {
  loadWorkable,
  protocolCode,
  resolveCode,
  resolveProtocol,
  type ProtocolRow,
} from './resolve';
import { insertRows } from '../db/insert-rows';
import { UUID } from '../protocols/find';
import { toCassetteView } from './views';
import { SKIPPED_PRINT } from '../../src-shared/print-outcome';

export async function nextNumber(tx: Tx, table: 'cassettes' | 'slides', protocolId: string) {
  const row = await tx
    .selectFrom(table)
    .select((eb) => eb.fn.max('number').as('n'))
    .where('protocol_id', '=', protocolId)
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function addCassettes(
  ctx: ServiceContext,
  actor: Actor,
  input: MethodParsedInput<'processing.addCassettes'>,
) {
  checkPrinterOverride(actor, input.printerUri);
  const protocol = await resolveProtocol(ctx.db, input.protocol);

  const committed = await writeTransaction(ctx.db, async (tx) => {
    const p = await loadWorkable(tx, protocol.id);
    if (p.kind !== 'histopathology') {
      throw new AppError('VALIDATION', 'error.cassetteOnCytology', { protocol: protocolCode(p) });
    }

    const now = ctx.clock.now().toISOString();
    const first = await nextNumber(tx, 'cassettes', p.id);
    const rows: CassettesTable[] = Array.from({ length: input.count }, (_, i) => ({
      id: newId(),
      protocol_id: p.id,
      number: first + i,
      material: input.material,
      type: input.type,
      stage: null,
      created_by: actor.name,
      created_at: now,
      updated_at: now,
      voided_at: null,
      voided_by: null,
      void_reason: null,
    }));
    await insertRows(tx, 'cassettes', rows);
    await recordChanges(
      tx,
      ctx,
      rows.map((row) => inserted('cassette', row)),
    );
    const codes = rows.map((r) => itemCode(protocolCode(p), 'cassette', r.number));
    await appendAudit(tx, ctx.clock, actor, {
      action: 'cassette.added',
      entityType: 'protocol',
      entityId: p.id,
      details: { codes, type: input.type },
    });
    await followWork(tx, ctx, actor, p.id);

    const jobId = await queueItemLabels(tx, ctx, actor, p, cassetteItems(rows), input.printerUri);
    return { p, rows, jobId };
  });

  const code = protocolCode(committed.p);
  ctx.log.info({ protocolId: committed.p.id, count: input.count }, 'cassettes added');
  const print = committed.jobId ? await runPrintJob(ctx, committed.jobId) : SKIPPED_PRINT;
  return { cassettes: committed.rows.map((r) => toCassetteView(code, r)), print };
}

export async function voidCassette(
  ctx: ServiceContext,
  actor: Actor,
  input: MethodParsedInput<'processing.voidCassette'>,
): Promise<CassetteView> {
  // The screen names a cassette by its id: of two that share a code (made at two
  // desks offline) only the id tells which one the technician means.
  const byId = UUID.test(input.code.trim())
    ? await ctx.db
        .selectFrom('cassettes')
        .selectAll()
        .where('id', '=', input.code.trim().toLowerCase())
        .executeTakeFirst()
    : undefined;
  const resolved = byId ? null : await resolveCode(ctx.db, input.code);
  const protocolId = byId?.protocol_id ?? resolved!.protocol.id;

  const row = await writeTransaction(ctx.db, async (tx) => {
    const p = await loadWorkable(tx, protocolId);
    const cassette = byId
      ? await tx
          .selectFrom('cassettes')
          .selectAll()
          .where('id', '=', byId.id)
          .executeTakeFirstOrThrow()
      : await findCassette(tx, p, resolved!.item, input.code);
    if (cassette.voided_at) {
      throw new AppError('CONFLICT', 'error.cassetteAlreadyVoided', {
        code: itemCode(protocolCode(p), 'cassette', cassette.number),
        when: formatLocalDateTime(cassette.voided_at, ctx.timeZone),
        by: cassette.voided_by ?? '',
      });
    }

    const now = ctx.clock.now().toISOString();
    const set = {
      voided_at: now,
      voided_by: actor.name,
      void_reason: input.reason,
      updated_at: now,
    };
    await tx.updateTable('cassettes').set(set).where('id', '=', cassette.id).execute();
    await recordChanges(tx, ctx, [edited('cassette', cassette.id, set)]);
    await appendAudit(tx, ctx.clock, actor, {
      action: 'cassette.voided',
      entityType: 'protocol',
      entityId: p.id,
      details: {
        code: itemCode(protocolCode(p), 'cassette', cassette.number),
        reason: input.reason,
      },
    });
    return { p, cassette: { ...cassette, ...set } };
  });

  ctx.log.info({ protocolId: row.p.id, cassetteId: row.cassette.id }, 'cassette voided');
  return toCassetteView(protocolCode(row.p), row.cassette);
}

/**
 * A cassette of this protocol by its number. Of two that share a number (made
 * at two desks offline), the live one made first is meant, the same on every copy.
 */
export async function findCassette(
  tx: Tx,
  p: ProtocolRow,
  item: { kind: string; number: number } | null,
  shown: string,
): Promise<CassettesTable> {
  const code = protocolCode(p);
  if (item?.kind !== 'cassette') {
    throw new AppError('NOT_FOUND', 'error.cassetteNotFound', { protocol: code, code: shown });
  }
  const rows = await tx
    .selectFrom('cassettes')
    .selectAll()
    .where('protocol_id', '=', p.id)
    .where('number', '=', item.number)
    .orderBy('id')
    .execute();
  const live = rows.find((r) => r.voided_at === null) ?? rows[0];
  if (!live) {
    const wanted = itemCode(code, 'cassette', item.number);
    throw new AppError('NOT_FOUND', 'error.cassetteNotFound', { protocol: code, code: wanted });
  }
  return live;
}

/** Refuses work on a voided cassette, saying who voided it and why. */
export function assertCassetteLive(ctx: ServiceContext, p: ProtocolRow, c: CassettesTable): void {
  if (!c.voided_at) return;
  throw new AppError('CONFLICT', 'error.cassetteVoided', {
    code: itemCode(protocolCode(p), 'cassette', c.number),
    when: formatLocalDateTime(c.voided_at, ctx.timeZone),
    by: c.voided_by ?? '',
    reason: c.void_reason ?? '',
  });
}
