// Receiving a sample at the desk. One transaction assigns the protocol number
// and writes the reception, the status history, the audit entry, the queued
// confirmation mail and the print job; only after it commits is the label sent
// to the printer. Receiving twice is refused before any number is taken.

import type { MethodOutput, MethodParsedInput } from '../../src-shared/contract';
import { AppError } from '../../src-shared/errors';
import { canMove, type ProtocolStatus } from '../../src-shared/status';
import { formatProtocolNumber, KIND_CODE } from '../../src-shared/codes';
import { formatLocalDateTime, localDate } from '../../src-shared/calendar';
import { translate } from '../../src-shared/i18n/translate';
import type { Actor, ServiceContext } from '../context';
import { writeTransaction, type Tx } from '../db/transaction';
import { nextCounterValue } from '../db/counters';
import { appendAudit } from '../audit/append';
import { enqueueMail } from '../mail/outbox';
import { insertPrintJob, NO_PRINTER, runPrintJob } from '../printing/jobs';
import { findProtocolId } from '../protocols/find';
import { protocolSearchText } from '../protocols/submit';
import { newId } from '../ids';
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
    const sequence = await nextCounterValue(tx, `protocol:${KIND_CODE[p.kind]}:${year}`);
    const protocolNumber = formatProtocolNumber(p.kind, year, sequence);
    const vetName = `${p.vet_first} ${p.vet_last}`;

    await tx
      .updateTable('protocols')
      .set({
        status: 'received',
        protocol_number: protocolNumber,
        received_at: now,
        updated_at: now,
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
    await tx
      .insertInto('receptions')
      .values({
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
      })
      .execute();
    await tx
      .insertInto('status_history')
      .values({
        id: newId(),
        protocol_id: protocolId,
        from_status: 'submitted',
        to_status: 'received',
        changed_by: actor.name,
        changed_at: now,
        reason: null,
      })
      .execute();
    await appendAudit(tx, ctx.clock, actor, {
      action: 'protocol.received',
      entityType: 'protocol',
      entityId: protocolId,
      details: { protocolNumber, temporaryCode: p.temporary_code, condition: input.condition },
    });

    const kind = translate('es-AR', `kind.${p.kind}`);
    const mail = await enqueueMail(tx, ctx.clock, {
      eventKey: `protocol.received:${protocolId}`,
      to: p.vet_email,
      protocolId,
      subject: translate('es-AR', 'mail.received.subject', { number: protocolNumber }),
      text: translate('es-AR', 'mail.received.body', {
        vet: vetName,
        temporaryCode: p.temporary_code,
        kind,
        animal: p.animal_identification ?? p.animal_species,
        number: protocolNumber,
        condition: translate('es-AR', `condition.${input.condition}`),
        discrepancies: input.discrepancies
          ? translate('es-AR', 'mail.received.discrepancies', { text: input.discrepancies })
          : '',
        when: formatLocalDateTime(now, ctx.timeZone),
      }),
    });

    // "none" (from the command line or PATOLAB_PRINTER_URI) receives without a label.
    let jobId: string | null = null;
    const label = input.printerUri === NO_PRINTER ? null : await jarLabelFor(ctx, tx, protocolId);
    const printerUri = input.printerUri ?? label?.printerUri;
    if (label && printerUri && printerUri !== NO_PRINTER) {
      jobId = await insertPrintJob(tx, ctx, {
        protocolId,
        labelKind: 'jar',
        printerUri,
        layout: label.layout,
        createdBy: actor.name,
      });
    }
    return { protocolNumber, mailQueued: mail.queued, jobId };
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
