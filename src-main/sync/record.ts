// Every write to synced data records what it changed, in the same transaction:
// on a workstation into the outbox the next push sends, on the central server
// straight into the change log that workstations pull. Each changed field gets
// this node's next clock, and the clock it replaced is kept as the change's
// base, so the other side can tell a later edit from a concurrent one.

import type { Tx } from '../db/transaction';
import type { ServiceContext } from '../context';
import { tickHlc } from '../../src-shared/hlc';
import { newId } from '../ids';
import { ENTITIES, SYNCED_ENTITIES, type SyncedEntity } from './entities';
import { loadSyncState, SERVER_NODE, stampMs, updateSyncState } from './state';
import { readClocks, writeManyClocks, type FieldClocks } from './clocks';
import { insertRows } from '../db/insert-rows';
import type { SyncChangesTable } from '../db/schema';

/** Records a workstation never sends: the server refuses them from devices. */
export const SERVER_ONLY = new Set<SyncedEntity>(['user']);

export interface LocalChange {
  entity: SyncedEntity;
  rowId: string;
  /** The new row's columns (without id), or the fields an edit set. */
  data: Record<string, unknown>;
  isNew: boolean;
}

export async function recordChanges(
  tx: Tx,
  ctx: ServiceContext,
  all: readonly LocalChange[],
): Promise<void> {
  // Staff accounts travel only from the server down: a workstation's own
  // accounts stay on it, so no desk can grant anyone a role elsewhere.
  const changes = ctx.role === 'server' ? all : all.filter((c) => !SERVER_ONLY.has(c.entity));
  if (changes.length === 0) return;
  const state = await loadSyncState(tx, ctx);
  const now = ctx.clock.now().toISOString();
  const server = ctx.role === 'server';
  const table = server ? 'sync_changes' : 'sync_outbox';

  const last = await tx
    .selectFrom(table)
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  let seq = Number(last?.seq ?? 0);
  let hlc = state.hlc;
  const ms = stampMs(ctx, state);

  // Rows and clocks are built first and written in a few statements: a batch of
  // submissions records hundreds of changes while it holds the write lock.
  const rows: Omit<SyncChangesTable, 'origin' | 'applied_at'>[] = [];
  const clocksOf = new Map<string, { entity: string; rowId: string; clocks: FieldClocks }>();
  for (const change of changes) {
    hlc = tickHlc(hlc, ms);
    const key = `${change.entity}\u0000${change.rowId}`;
    let base: Record<string, string | null> | null = null;
    let clocks: FieldClocks = { '*': hlc };
    if (!change.isNew) {
      // A row changed twice in one call builds on its first change here.
      clocks = {
        ...(clocksOf.get(key)?.clocks ?? (await readClocks(tx, change.entity, change.rowId)) ?? {}),
      };
      base = {};
      for (const field of Object.keys(change.data)) {
        base[field] = clocks[field] ?? clocks['*'] ?? null;
        clocks[field] = hlc;
      }
    }
    clocksOf.set(key, { entity: change.entity, rowId: change.rowId, clocks });
    rows.push({
      seq: ++seq,
      change_id: newId(),
      entity: change.entity,
      row_id: change.rowId,
      data: JSON.stringify(change.data),
      hlc,
      base: base && JSON.stringify(base),
    });
  }

  await writeManyClocks(tx, [...clocksOf.values()]);
  if (server) {
    await insertRows(
      tx,
      'sync_changes',
      rows.map((row) => ({ ...row, origin: SERVER_NODE, applied_at: now })),
    );
  } else {
    await insertRows(
      tx,
      'sync_outbox',
      rows.map((row) => ({ ...row, created_at: now })),
    );
  }
  await updateSyncState(tx, { hlc });
}

/** The columns of a new row that travel, for `recordChanges`. */
export function inserted(entity: SyncedEntity, row: { id: string }): LocalChange {
  const data: Record<string, unknown> = {};
  for (const field of ENTITIES[entity].fields) {
    data[field] = (row as unknown as Record<string, unknown>)[field] ?? null;
  }
  return { entity, rowId: row.id, data, isNew: true };
}

export function edited(
  entity: SyncedEntity,
  rowId: string,
  data: Record<string, unknown>,
): LocalChange {
  const travelling = ENTITIES[entity].fields;
  const kept = Object.fromEntries(Object.entries(data).filter(([k]) => travelling.includes(k)));
  return { entity, rowId, data: kept, isNew: false };
}

/**
 * Rows that were never recorded (made before this database synced, or by a
 * tool that wrote them as another role) are recorded now as new rows, so they
 * travel like the rest. Returns how many.
 */
export async function queueUntravelled(tx: Tx, ctx: ServiceContext): Promise<number> {
  let count = 0;
  for (const entity of SYNCED_ENTITIES) {
    if (ctx.role !== 'server' && SERVER_ONLY.has(entity)) continue;
    const rows = await tx
      .selectFrom(ENTITIES[entity].table as 'protocols')
      .selectAll()
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('sync_clocks')
              .select('row_id')
              .where('sync_clocks.entity', '=', entity)
              .whereRef('sync_clocks.row_id', '=', 'id'),
          ),
        ),
      )
      .execute();
    await recordChanges(
      tx,
      ctx,
      rows.map((row) => inserted(entity, row)),
    );
    count += rows.length;
  }
  return count;
}
