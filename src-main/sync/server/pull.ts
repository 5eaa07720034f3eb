// Pull: the change log after a cursor, one page at a time. Cursors are
// positions in the server's own commit order (every write holds the write
// lock, so a lower position never commits after a higher one is read), never
// a device's wall clock. A page is bounded by its bytes as well as its count:
// signed reports carry their PDF, and five hundred of them must never make
// one answer of gigabytes.

import { sql } from 'kysely';
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

/** Characters of change data in one page, like a push batch: well under a server's limits. */
export const PULL_PAGE_BYTES = 12 * 1024 * 1024;

/** How many of these changes fill a page: whole changes up to the bytes, always at least one. */
export function pageLength(sizes: readonly number[], limit: number): number {
  let total = 0;
  let count = 0;
  for (const size of sizes.slice(0, limit)) {
    total += size;
    if (count > 0 && total > PULL_PAGE_BYTES) break;
    count++;
  }
  return count;
}

export async function readChanges(
  ctx: ServiceContext,
  device: DevicesTable,
  cursor: number,
  limit: number,
): Promise<PullResponse> {
  // Sizes first, so only the changes that fit are read in full.
  const sizes = await ctx.db
    .selectFrom('sync_changes')
    .select(['seq', sql<number>`length(data)`.as('size')])
    .where('seq', '>', cursor)
    .orderBy('seq')
    .limit(limit + 1)
    .execute();
  if (sizes.length === 0 && cursor > 0) await assertCursorKnown(ctx, device, cursor);
  const count = pageLength(
    sizes.map((r) => Number(r.size)),
    limit,
  );
  const more = sizes.length > count;
  const page =
    count === 0
      ? []
      : await ctx.db
          .selectFrom('sync_changes')
          .selectAll()
          .where('seq', '>', cursor)
          .where('seq', '<=', sizes[count - 1]!.seq)
          .orderBy('seq')
          .execute();
  const next = page.length > 0 ? page[page.length - 1]!.seq : cursor;

  if (!more) {
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
    more,
    serverTime: ctx.clock.now().toISOString(),
  };
}
