// Moves a protocol to its next status inside the caller's transaction: the
// protocol row, its history row, the sync record of both and the audit entry,
// so the move commits whole or not at all. Moves that follow from work (the
// bench, a report accepted by the mail server) use it; what else the move sets
// off (a mail to the vet) is the caller's.
//
// The history row's id is made from the protocol and the move, so two desks
// that both see the same move write one row between them, not two.

import type { Tx } from '../db/transaction';
import type { Actor, ServiceContext } from '../context';
import type { ProtocolStatus } from '../../src-shared/status';
import { appendAudit } from '../audit/append';
import { stableId } from '../sync/entities';
import { edited, inserted, recordChanges } from '../sync/record';

export interface StatusMove {
  protocolId: string;
  from: ProtocolStatus;
  to: ProtocolStatus;
  /** Why, in Spanish, as the history shows it. */
  reason: string;
  /** More for the audit entry (ids, never personal data). */
  details?: Record<string, unknown>;
}

export async function moveProtocolStatus(
  tx: Tx,
  ctx: ServiceContext,
  actor: Actor,
  move: StatusMove,
): Promise<void> {
  const { protocolId, from, to, reason } = move;
  const now = ctx.clock.now().toISOString();
  const set = { status: to, updated_at: now };
  const history = {
    id: stableId(`status:${protocolId}:${from}:${to}`),
    protocol_id: protocolId,
    from_status: from,
    to_status: to,
    changed_by: actor.name,
    changed_at: now,
    reason,
  };

  await tx.updateTable('protocols').set(set).where('id', '=', protocolId).execute();
  await tx.insertInto('status_history').values(history).execute();
  await recordChanges(tx, ctx, [
    edited('protocol', protocolId, set),
    inserted('status_history', history),
  ]);
  await appendAudit(tx, ctx.clock, actor, {
    action: 'protocol.status',
    entityType: 'protocol',
    entityId: protocolId,
    details: { from, to, reason, ...move.details },
  });
}
