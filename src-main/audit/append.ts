// The audit log: append-only, each entry chained to the one before by a
// SHA-256 over its content and the previous hash, so a changed or removed row
// breaks the chain. Written inside the transaction of the event it records.

import { createHash } from 'node:crypto';
import type { Tx } from '../db/transaction';
import type { Actor } from '../context';
import type { Clock } from '../clock';
import { newId } from '../ids';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEvent {
  action: string;
  entityType?: string;
  entityId?: string;
  details?: Record<string, unknown>;
}

export interface AuditRow {
  seq: number;
  id: string;
  at: string;
  actor: string;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  details: string;
  prev_hash: string;
}

/** The exact bytes hashed for an entry. Changing this breaks every existing chain. */
export function entryHash(row: AuditRow): string {
  const canonical = JSON.stringify([
    row.seq,
    row.id,
    row.at,
    row.actor,
    row.action,
    row.entity_type,
    row.entity_id,
    row.details,
    row.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export async function appendAudit(
  tx: Tx,
  clock: Clock,
  actor: Pick<Actor, 'name'>,
  event: AuditEvent,
): Promise<void> {
  const last = await tx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();

  const row: AuditRow = {
    seq: (last?.seq ?? 0) + 1,
    id: newId(),
    at: clock.now().toISOString(),
    actor: actor.name,
    action: event.action,
    entity_type: event.entityType ?? null,
    entity_id: event.entityId ?? null,
    details: JSON.stringify(event.details ?? {}),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  await tx
    .insertInto('audit_log')
    .values({ ...row, hash: entryHash(row) })
    .execute();
}
