// The one row of sync state: on a workstation where it syncs and how far it
// got; on both sides the hybrid logical clock of this node.

import type { SyncStateTable } from '../db/schema';
import type { Tx } from '../db/transaction';
import type { ServiceContext } from '../context';
import { formatHlc } from '../../src-shared/hlc';
import { newId } from '../ids';

export const SERVER_NODE = 'server';

export async function loadSyncState(tx: Tx, ctx: ServiceContext): Promise<SyncStateTable> {
  const row = await tx.selectFrom('sync_state').selectAll().where('id', '=', 1).executeTakeFirst();
  if (row) return row;

  const node = ctx.role === 'server' ? SERVER_NODE : newId();
  const fresh: SyncStateTable = {
    id: 1,
    server_url: null,
    device_id: null,
    device_secret: null,
    device_name: null,
    device_number: null,
    pull_cursor: 0,
    audit_pushed_seq: 0,
    hlc: formatHlc({ ms: 0, counter: 0, node }),
    clock_offset_ms: 0,
    clock_problem: null,
    last_attempt_at: null,
    last_success_at: null,
    last_error: null,
    last_summary: null,
    enrolled_at: null,
  };
  await tx.insertInto('sync_state').values(fresh).execute();
  return fresh;
}

export async function updateSyncState(
  tx: Tx,
  changes: Partial<Omit<SyncStateTable, 'id'>>,
): Promise<void> {
  await tx.updateTable('sync_state').set(changes).where('id', '=', 1).execute();
}

/** Wall time as this node should stamp it: corrected by the offset the server measured. */
export function stampMs(ctx: ServiceContext, state: SyncStateTable): number {
  return ctx.clock.now().getTime() + state.clock_offset_ms;
}
