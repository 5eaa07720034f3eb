// The audit log: append-only, each entry chained to the one before by a
// SHA-256 over its content and the previous hash, so a changed or removed row
// breaks the chain. Written inside the transaction of the event it records.

import { createHash } from 'node:crypto';
import type { Tx } from '../db/transaction';
import type { Actor } from '../context';
import type { Clock } from '../clock';
import { newId } from '../ids';
import { insertRows } from '../db/insert-rows';

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

export function appendAudit(
  tx: Tx,
  clock: Clock,
  actor: Pick<Actor, 'name'>,
  event: AuditEvent,
): Promise<void> {
  return appendAudits(tx, clock, [{ actor, event }]);
}

/** Several entries chained in order, read and written in two statements. */
export async function appendAudits(
  tx: Tx,
  clock: Clock,
  entries: readonly { actor: Pick<Actor, 'name'>; event: AuditEvent }[],
): Promise<void> {
  if (entries.length === 0) return;
  const last = await tx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();

  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = entries.map(({ actor, event }) => {
    const row: AuditRow = {
      seq: ++seq,
      id: newId(),
      at: clock.now().toISOString(),
      actor: actor.name,
      action: event.action,
      entity_type: event.entityType ?? null,
      entity_id: event.entityId ?? null,
      details: JSON.stringify(event.details ?? {}),
      prev_hash: prevHash,
    };
    prevHash = entryHash(row);
    return { ...row, hash: prevHash };
  });
  await insertRows(tx, 'audit_log', rows);
}
