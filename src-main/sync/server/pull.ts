// Pull: the change log after a cursor, one page at a time. Cursors are
// positions in the server's own commit order (every write holds the write
// lock, so a lower position never commits after a higher one is read), never
// a device's wall clock.

import type { PullResponse } from '../../../src-shared/sync-wire';
import { AppError } from '../../../src-shared/errors';
import type { ServiceContext } from '../../context';
import type { DevicesTable } from '../../db/schema';

/**
 * A desk that has read further than the log goes was served by a newer copy
 * of this database: the server was restored from an older one. Saying so
 * beats answering "nothing new" while the desk waits for changes forever.
 */
async function assertCursorKnown(ctx: ServiceContext, device: DevicesTable, cursor: number) {
  const last = await ctx.db
    .selectFrom('sync_changes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  const known = Number(last?.seq ?? 0);
  if (cursor <= known) return;
  ctx.log.error({ deviceId: device.id, cursor, known }, 'desk ahead of the change log');
  throw new AppError('CONFLICT', 'error.serverBehind', { cursor, known });
}

export async function readChanges(
  ctx: ServiceContext,
  device: DevicesTable,
  cursor: number,
  limit: number,
): Promise<PullResponse> {
  const rows = await ctx.db
    .selectFrom('sync_changes')
    .selectAll()
    .where('seq', '>', cursor)
    .orderBy('seq')
    .limit(limit + 1)
    .execute();
  if (rows.length === 0 && cursor > 0) await assertCursorKnown(ctx, device, cursor);
  const page = rows.slice(0, limit);
  const next = page.length > 0 ? page[page.length - 1]!.seq : cursor;

  if (rows.length <= limit) {
    await ctx.db
      .updateTable('devices')
      .set({ last_sync_at: ctx.clock.now().toISOString() })
      .where('id', '=', device.id)
      .execute();
  }
  return {
    changes: page.map((r) => ({
      id: r.change_id,
      seq: r.seq,
      origin: r.origin,
      entity: r.entity as PullResponse['changes'][number]['entity'],
      rowId: r.row_id,
      data: JSON.parse(r.data) as PullResponse['changes'][number]['data'],
      hlc: r.hlc,
      base: r.base ? (JSON.parse(r.base) as Record<string, string | null>) : null,
    })),
    cursor: next,
    more: rows.length > limit,
    serverTime: ctx.clock.now().toISOString(),
  };
}
