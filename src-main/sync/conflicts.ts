// Conflicts are kept where every copy meets: on the central server, for an
// admin to see and settle. A workstation merges by the same rules and reaches
// the same values; of what lost it writes down only a report draft's text, so
// that the pathologists who wrote it offline see the other text at their own
// desk. Those rows are the desk's alone: they never travel (sync_conflicts is
// no synced entity) and are never counted, since the conflicts a sync reports
// are the ones the server noted.

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

/** Writes the conflict down where it is kept; answers how many the server noted (0 or 1). */
export async function noteConflict(tx: Tx, ctx: ServiceContext, c: Conflict): Promise<number> {
  const what = { kind: c.kind, entity: c.entity, rowId: c.rowId, field: c.field };
  if (ctx.role === 'server') {
    await insertConflict(tx, ctx, c);
    ctx.log.warn(what, 'sync conflict recorded: an admin must review it');
    return 1;
  }
  if (c.entity !== 'report_draft' || (await alreadyNoted(tx, c))) return 0;
  await insertConflict(tx, ctx, c);
  ctx.log.info(what, 'report draft conflict kept at this desk for its pathologists');
  return 0;
}

async function insertConflict(tx: Tx, ctx: ServiceContext, c: Conflict): Promise<void> {
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
}

// A desk reads its own changes back from the server's log: an edit that a
// signature refused when it arrived is refused again, and is shown once.
async function alreadyNoted(tx: Tx, c: Conflict): Promise<boolean> {
  const held = await tx
    .selectFrom('sync_conflicts')
    .select('id')
    .where('entity', '=', c.entity)
    .where('row_id', '=', c.rowId)
    .where((eb) => (c.field === null ? eb('field', 'is', null) : eb('field', '=', c.field)))
    .where('kept_value', '=', JSON.stringify(c.kept ?? null))
    .where('lost_value', '=', JSON.stringify(c.lost ?? null))
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  return held !== undefined;
}
