// Pull: the change log after a cursor, one page at a time. Cursors are
// positions in the server's own commit order (every write holds the write
// lock, so a lower position never commits after a higher one is read), never
// a device's wall clock.

import type { PullResponse } from '../../../src-shared/sync-wire';
import type { ServiceContext } from '../../context';
import type { DevicesTable } from '../../db/schema';

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
