// Rejecting a sample at the desk: a reason is required, the veterinarian is
// told by mail (by the central server when this desk is enrolled with one),
// and no protocol number is spent.

import type { MethodOutput, MethodParsedInput } from '../../src-shared/contract';
import { AppError } from '../../src-shared/errors';
import type { Actor, ServiceContext } from '../context';
import { writeTransaction } from '../db/transaction';
import { appendAudit } from '../audit/append';
import { queueStatusMail } from '../mail/status-mail';
import { findProtocolId } from '../protocols/find';
import { newId } from '../ids';
import type { ReceptionsTable } from '../db/schema';
import { edited, inserted, recordChanges } from '../sync/record';
import { assertReceivable } from './receive';

export async function rejectSample(
  ctx: ServiceContext,
  actor: Actor,
  input: MethodParsedInput<'reception.reject'>,
): Promise<MethodOutput<'reception.reject'>> {
  const reason = input.reason.trim();
  if (!reason) throw new AppError('VALIDATION', 'error.rejectReasonRequired');
  const protocolId = await findProtocolId(ctx.db, input.code);

  const mailQueued = await writeTransaction(ctx.db, async (tx) => {
    const p = await assertReceivable(tx, ctx, protocolId);
    const now = ctx.clock.now().toISOString();

    const set = { status: 'rejected', updated_at: now };
    await tx
      .updateTable('protocols')
      .set(set)
      .where('id', '=', protocolId)
      .where('status', '=', 'submitted')
      .execute();
    const reception: ReceptionsTable = {
      id: newId(),
      protocol_id: protocolId,
      outcome: 'rejected',
      sample_condition: input.condition,
      containers_received: null,
      slides_received: null,
      discrepancies: null,
      notes: input.notes || null,
      rejection_reason: reason,
      recorded_by: actor.name,
      recorded_at: now,
    };
    const history = {
      id: newId(),
      protocol_id: protocolId,
      from_status: 'submitted',
      to_status: 'rejected',
      changed_by: actor.name,
      changed_at: now,
      reason,
    };
    await tx.insertInto('receptions').values(reception).execute();
    await tx.insertInto('status_history').values(history).execute();
    await recordChanges(tx, ctx, [
      edited('protocol', protocolId, set),
      inserted('reception', reception),
      inserted('status_history', history),
    ]);
    await appendAudit(tx, ctx.clock, actor, {
      action: 'protocol.rejected',
      entityType: 'protocol',
      entityId: protocolId,
      details: { temporaryCode: p.temporary_code },
    });

    return queueStatusMail(tx, ctx, protocolId, 'rejected');
  });

  ctx.log.info({ protocolId }, 'sample rejected');
  ctx.kickMail();
  return { protocolId, status: 'rejected', mailQueued };
}
