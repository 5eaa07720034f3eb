// Conflicts are kept where every copy meets: on the central server. A
// workstation merges by the same rules and reaches the same values, but only
// the server writes down what lost, once, for an admin to see and settle.

import type { Tx } from '../db/transaction';
import type { ServiceContext } from '../context';
import type { ConflictKind } from '../db/schema';
import { newId } from '../ids';

export interface Conflict {
  kind: ConflictKind;
  entity: string;
  rowId: string;
  field: string | null;
  kept: unknown;
  lost: unknown;
  keptHlc: string | null;
  lostHlc: string | null;
}

export async function noteConflict(tx: Tx, ctx: ServiceContext, c: Conflict): Promise<number> {
  if (ctx.role !== 'server') return 0;
  await tx
    .insertInto('sync_conflicts')
    .values({
      id: newId(),
      kind: c.kind,
      entity: c.entity,
      row_id: c.rowId,
      field: c.field,
      kept_value: JSON.stringify(c.kept ?? null),
      lost_value: JSON.stringify(c.lost ?? null),
      kept_hlc: c.keptHlc,
      lost_hlc: c.lostHlc,
      detected_at: ctx.clock.now().toISOString(),
      resolved_at: null,
      resolved_by: null,
      resolution: null,
    })
    .execute();
  ctx.log.warn(
    { kind: c.kind, entity: c.entity, rowId: c.rowId, field: c.field },
    'sync conflict recorded: an admin must review it',
  );
  return 1;
}
