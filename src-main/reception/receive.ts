// Receiving a sample at the desk. One transaction assigns the protocol number
// and writes the reception, the status history, the audit entry, the queued
// confirmation mail and the print job; only after it commits is the label sent
// to the printer. Receiving twice is refused before any number is taken.
// A desk enrolled with a central server queues no mail: the server mails the
// vet when the reception reaches it (see mail/status-mail.ts).

import type { MethodOutput, MethodParsedInput } from '../../src-shared/contract';
import { AppError } from '../../src-shared/errors';
import { canMove, type ProtocolStatus } from '../../src-shared/status';
import {
  formatProtocolNumber,
  KIND_CODE,
  numberSeries,
  type StudyKind,
} from '../../src-shared/codes';
import { formatLocalDateTime, localDate } from '../../src-shared/calendar';
import { translate } from '../../src-shared/i18n/translate';
import type { Actor, ServiceContext } from '../context';
import { writeTransaction, type Tx } from '../db/transaction';
import { nextCounterValue } from '../db/counters';
import { appendAudit } from '../audit/append';
import { queueStatusMail } from '../mail/status-mail';
import { insertPrintJob, NO_PRINTER, runPrintJob } from '../printing/jobs';
import { findProtocolId } from '../protocols/find';
import { protocolSearchText } from '../protocols/submit';
import { newId } from '../ids';
import type { ReceptionsTable } from '../db/schema';
import { edited, inserted, recordChanges } from '../sync/record';
import { loadSyncState } from '../sync/state';
import { takeLeasedNumber } from '../sync/client/numbers';
import { takeServerNumber } from '../sync/server/blocks';
import { jarLabelFor } from './jar-label';
import { checkPrinterOverride } from '../printing/settings';

/** Refuses a protocol that is not waiting at the desk, saying what happened to it. */
export async function assertReceivable(tx: Tx, ctx: ServiceContext, protocolId: string) {
  const p = await tx
    .selectFrom('protocols as p')
    .innerJoin('veterinarians as v', 'v.id', 'p.veterinarian_id')
    .selectAll('p')
    .select(['v.first_name as vet_first', 'v.last_name as vet_last', 'v.email as vet_email'])
    .where('p.id', '=', protocolId)
    .executeTakeFirstOrThrow();
  if (canMove(p.status as ProtocolStatus, 'received')) return p;

  const reception = await tx
    .selectFrom('receptions')
    .selectAll()
    .where('protocol_id', '=', protocolId)
    .executeTakeFirst();
  const when = reception ? formatLocalDateTime(reception.recorded_at, ctx.timeZone) : '';
  const by = reception?.recorded_by ?? '';

  if (reception?.outcome === 'rejected') {
    throw new AppError('CONFLICT', 'error.alreadyRejected', {
      when,
      by,
      reason: reception.rejection_reason ?? '',
    });
  }
  if (p.protocol_number) {
    throw new AppError('CONFLICT', 'error.alreadyReceived', {
      number: p.protocol_number,
      when,
      by,
    });
  }
  throw new AppError('CONFLICT', 'error.notReceivable', {
    status: translate('es-AR', `status.${p.status}` as 'status.draft'),
  });
}

export async function receiveSample(
  ctx: ServiceContext,
  actor: Actor,
  input: MethodParsedInput<'reception.receive'>,
): Promise<MethodOutput<'reception.receive'>> {
  checkPrinterOverride(actor, input.printerUri);
  const protocolId = await findProtocolId(ctx.db, input.code);

  const committed = await writeTransaction(ctx.db, async (tx) => {
    const p = await assertReceivable(tx, ctx, protocolId);
    const nowDate = ctx.clock.now();
    const now = nowDate.toISOString();

    const year = localDate(nowDate, ctx.timeZone).year;
    const protocolNumber = await assignNumber(tx, ctx, p.kind, year);
    const vetName = `${p.vet_first} ${p.vet_last}`;

    const set = {
      status: 'received',
      protocol_number: protocolNumber,
      received_at: now,
      updated_at: now,
    };
    await tx
      .updateTable('protocols')
      .set({
        ...set,
        search_text: protocolSearchText({
          ...p,
          protocol_number: protocolNumber,
          vetName,
          vetEmail: p.vet_email,
        }),
      })
      .where('id', '=', protocolId)
      .where('status', '=', 'submitted')
      .execute();
    const reception: ReceptionsTable = {
      id: newId(),
      protocol_id: protocolId,
      outcome: 'received',
      sample_condition: input.condition,
      containers_received: input.containersReceived ?? p.sample_containers,
      slides_received: input.slidesReceived ?? p.sample_slides,
      discrepancies: input.discrepancies || null,
      notes: input.notes || null,
      rejection_reason: null,
      recorded_by: actor.name,
      recorded_at: now,
    };
    const history = {
      id: newId(),
      protocol_id: protocolId,
      from_status: 'submitted',
      to_status: 'received',
      changed_by: actor.name,
      changed_at: now,
      reason: null,
    };
    await tx.insertInto('receptions').values(reception).execute();
    await tx.insertInto('status_history').values(history).execute();
    if (!protocolNumber) {
      const series = numberSeries(p.kind, year);
      await tx
        .insertInto('pending_numbers')
        .values({ protocol_id: protocolId, series, received_at: now })
        .execute();
    }
    await recordChanges(tx, ctx, [
      edited('protocol', protocolId, set),
      inserted('reception', reception),
      inserted('status_history', history),
    ]);
    await appendAudit(tx, ctx.clock, actor, {
      action: 'protocol.received',
      entityType: 'protocol',
      entityId: protocolId,
      details: {
        protocolNumber,
        temporaryCode: p.temporary_code,
        condition: input.condition,
      },
    });

    // A pending number is told to the veterinarian when it is given.
    const mailQueued = protocolNumber
      ? await queueStatusMail(tx, ctx, protocolId, 'received')
      : false;
    const jobId =
      input.printerUri === NO_PRINTER
        ? null
        : await queueJarLabel(tx, ctx, protocolId, actor, input.printerUri);
    return { protocolNumber, mailQueued, jobId };
  });

  ctx.log.info({ protocolId, protocolNumber: committed.protocolNumber }, 'sample received');
  ctx.kickMail();

  const print = committed.jobId
    ? await runPrintJob(ctx, committed.jobId)
    : { jobId: null, status: 'skipped' as const, printerUri: null, error: null };
  return {
    protocolId,
    protocolNumber: committed.protocolNumber,
    status: 'received',
    mailQueued: committed.mailQueued,
    print,
  };
}

/**
 * The next protocol number: from the local counter on a workstation of its
 * own, from the leased blocks on one enrolled with a central server (null when
 * they ran out offline: the number is given at the next sync), from the series
 * itself on the central server.
 */
async function assignNumber(
  tx: Tx,
  ctx: ServiceContext,
  kind: StudyKind,
  year: number,
): Promise<string | null> {
  const series = numberSeries(kind, year);
  if (ctx.role === 'server') {
    return formatProtocolNumber(kind, year, await takeServerNumber(tx, series));
  }
  const state = await loadSyncState(tx, ctx);
  if (!state.device_id) {
    const sequence = await nextCounterValue(tx, `protocol:${KIND_CODE[kind]}:${year}`);
    return formatProtocolNumber(kind, year, sequence);
  }
  const sequence = await takeLeasedNumber(tx, ctx, series);
  return sequence === null ? null : formatProtocolNumber(kind, year, sequence);
}

export async function queueJarLabel(
  tx: Tx,
  ctx: ServiceContext,
  protocolId: string,
  actor: Pick<Actor, 'name'>,
  printerOverride?: string,
): Promise<string | null> {
  const label = await jarLabelFor(ctx, tx, protocolId);
  const printerUri = printerOverride ?? label?.printerUri;
  if (!label || !printerUri || printerUri === NO_PRINTER) return null;
  return insertPrintJob(tx, ctx, {
    protocolId,
    labelKind: 'jar',
    printerUri,
    layouts: [label.layout],
    createdBy: actor.name,
  });
}
