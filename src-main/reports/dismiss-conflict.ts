// A pathologist's "dar por revisado" on text that sync replaced in a report's
// draft or images. At a desk it closes the desk's own record of the conflict,
// which never travels (see sync/conflicts.ts): the other desks and the admin
// still see theirs. On the central server it is the admin's "keep the value
// that won", through the same code, so the text that lost is written nowhere.
// Conflicts of anything but a protocol's report stay with the admin and are
// answered like an id that does not exist; so does a picture refused before it
// ever reached this copy, which has no row here to name its protocol.

import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Actor, ServiceContext } from '../context';
import { AppError } from '../../src-shared/errors';
import { formatLocalDateTime } from '../../src-shared/calendar';
import { writeTransaction } from '../db/transaction';
import { appendAudit } from '../audit/append';
import { resolveConflict } from '../sync/server/conflicts';

/** The conflict with the protocol whose report it belongs to; NOT_FOUND for any other. */
async function reportConflict(db: Kysely<Database>, id: string) {
  const row = await db
    .selectFrom('sync_conflicts as c')
    .leftJoin('report_drafts as d', (join) =>
      join.onRef('d.id', '=', 'c.row_id').on('c.entity', '=', 'report_draft'),
    )
    .leftJoin('report_images as i', (join) =>
      join.onRef('i.id', '=', 'c.row_id').on('c.entity', '=', 'report_image'),
    )
    .select(['c.id', 'c.entity', 'c.row_id', 'c.field', 'c.resolved_at', 'c.resolved_by'])
    .select((eb) => eb.fn.coalesce('d.protocol_id', 'i.protocol_id').as('protocol_id'))
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row || row.protocol_id === null) throw new AppError('NOT_FOUND', 'error.conflictNotFound');
  return { ...row, protocol_id: row.protocol_id };
}

export async function dismissConflict(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
): Promise<{ ok: true }> {
  if (ctx.role === 'server') {
    await reportConflict(ctx.db, id);
    return resolveConflict(ctx, actor, id, 'kept');
  }

  await writeTransaction(ctx.db, async (tx) => {
    const c = await reportConflict(tx, id);
    if (c.resolved_at) {
      throw new AppError('CONFLICT', 'error.conflictResolved', {
        when: formatLocalDateTime(c.resolved_at, ctx.timeZone),
        by: c.resolved_by ?? '',
      });
    }

    // `kept` as the admin's screen names it: the value that won stays, nothing is written.
    await tx
      .updateTable('sync_conflicts')
      .set({
        resolved_at: ctx.clock.now().toISOString(),
        resolved_by: actor.name,
        resolution: 'kept',
      })
      .where('id', '=', c.id)
      .execute();
    await appendAudit(tx, ctx.clock, actor, {
      action: 'report.conflict_dismissed',
      entityType: 'protocol',
      entityId: c.protocol_id,
      details: { conflict: c.id, entity: c.entity, rowId: c.row_id, field: c.field },
    });
  });
  return { ok: true };
}
