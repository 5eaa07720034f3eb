// Protocol number blocks. The server grants each workstation a range of a
// series ("HP:2026") under the write lock, so no two ranges ever overlap; the
// workstation assigns from it offline. What a workstation reports it used is
// remembered, so a copy restored from an old backup is told to skip past it,
// and what a closed block never used is listed as unused, not lost.

import type { DevicesTable } from '../../db/schema';
import type { ServiceContext } from '../../context';
import { writeTransaction, type Tx } from '../../db/transaction';
import type { LeasedBlock, PushRequest } from '../../../src-shared/sync-wire';
import { formatSeriesNumber, parseProtocolNumber } from '../../../src-shared/codes';
import type { NumberBlockView } from '../../../src-shared/sync-contract';
import { newId } from '../../ids';
import { AppError } from '../../../src-shared/errors';
import { localDate } from '../../../src-shared/calendar';
import { requireRole } from '../role';

/** Highest number of the series any protocol on the server holds, for a first block. */
async function highestHeld(tx: Tx, series: string): Promise<number> {
  const [code, year] = series.split(':');
  const prefix = `${code} ${String(Number(year) % 100).padStart(2, '0')}/`;
  const rows = await tx
    .selectFrom('protocols')
    .select('protocol_number')
    .where('protocol_number', 'like', `${prefix}%`)
    .execute();
  let highest = 0;
  for (const row of rows) {
    const parsed = row.protocol_number ? parseProtocolNumber(row.protocol_number) : null;
    if (parsed && parsed.series === series) highest = Math.max(highest, parsed.sequence);
  }
  return highest;
}

export async function grantBlocks(
  ctx: ServiceContext,
  device: DevicesTable,
  requestId: string,
  requests: readonly { series: string; size: number }[],
): Promise<LeasedBlock[]> {
  const grantedAt = ctx.clock.now().toISOString();
  // Numbers for last year, this one and the next: a desk asking for others
  // has its clock wrong, and blocks far ahead would never be used.
  const year = localDate(ctx.clock.now(), ctx.timeZone).year;
  for (const { series } of requests) {
    const asked = Number(series.split(':')[1]);
    if (Math.abs(asked - year) > 1) {
      throw new AppError('VALIDATION', 'error.validation', {
        details: `no se entregan números de ${asked} (el servidor está en ${year})`,
      });
    }
  }
  // Kept beside push batches, under a key of this device's own: another device
  // sending the same id is a different request.
  const key = `lease:${device.id}:${requestId}`;
  const blocks = await writeTransaction(ctx.db, async (tx) => {
    // Answered before: the device lost the answer, not the need for new blocks.
    const earlier = await tx
      .selectFrom('sync_batches')
      .select(['device_id', 'response'])
      .where('batch_id', '=', key)
      .executeTakeFirst();
    if (earlier?.device_id === device.id) {
      // A desk restored from an old copy may ask with an id it used before the
      // copy was made: it must learn what it already used of those blocks.
      const blocks = JSON.parse(earlier.response) as LeasedBlock[];
      const used = await tx
        .selectFrom('number_blocks')
        .select(['id', 'used_up_to'])
        .where('id', 'in', blocks.length ? blocks.map((b) => b.id) : [''])
        .execute();
      const upTo = new Map(used.map((b) => [b.id, b.used_up_to]));
      return blocks.map((b) => ({ ...b, usedUpTo: upTo.get(b.id) ?? null }));
    }

    const granted: LeasedBlock[] = [];
    for (const { series, size } of requests) {
      const row = await tx
        .selectFrom('number_series')
        .select('next_first')
        .where('series', '=', series)
        .executeTakeFirst();
      const first = row ? row.next_first : (await highestHeld(tx, series)) + 1;
      const block = {
        id: newId(),
        series,
        first,
        last: first + size - 1,
        grantedAt,
        usedUpTo: null,
      };
      await tx
        .insertInto('number_blocks')
        .values({
          id: block.id,
          series,
          first: block.first,
          last: block.last,
          device_id: device.id,
          granted_at: grantedAt,
          used_up_to: null,
          closed_at: null,
        })
        .execute();
      await tx
        .insertInto('number_series')
        .values({ series, next_first: block.last + 1 })
        .onConflict((oc) => oc.column('series').doUpdateSet({ next_first: block.last + 1 }))
        .execute();
      granted.push(block);
    }
    await tx
      .insertInto('sync_batches')
      .values({
        batch_id: key,
        device_id: device.id,
        received_at: grantedAt,
        response: JSON.stringify(granted),
      })
      .execute();
    return granted;
  });
  for (const b of blocks) {
    ctx.log.info({ deviceId: device.id, series: b.series, first: b.first, last: b.last }, 'block');
  }
  return blocks;
}

/**
 * A reception on the central server itself takes the series' next number
 * directly: the server is where blocks come from, so it needs none.
 */
export async function takeServerNumber(tx: Tx, series: string): Promise<number> {
  const row = await tx
    .selectFrom('number_series')
    .select('next_first')
    .where('series', '=', series)
    .executeTakeFirst();
  const number = row ? row.next_first : (await highestHeld(tx, series)) + 1;
  await tx
    .insertInto('number_series')
    .values({ series, next_first: number + 1 })
    .onConflict((oc) => oc.column('series').doUpdateSet({ next_first: number + 1 }))
    .execute();
  return number;
}

/**
 * A number arrived on a protocol: its block's use moves up to it, and a number
 * outside any block (given by a workstation's own counter before it was
 * enrolled) pushes the series past it so no block will ever include it.
 */
export async function noteNumbersUsed(tx: Tx, series: string, sequence: number): Promise<void> {
  const block = await tx
    .selectFrom('number_blocks')
    .select(['id', 'used_up_to'])
    .where('series', '=', series)
    .where('first', '<=', sequence)
    .where('last', '>=', sequence)
    .executeTakeFirst();
  if (block) {
    if ((block.used_up_to ?? 0) < sequence) {
      await tx
        .updateTable('number_blocks')
        .set({ used_up_to: sequence })
        .where('id', '=', block.id)
        .execute();
    }
    return;
  }
  await tx
    .insertInto('number_series')
    .values({ series, next_first: sequence + 1 })
    .onConflict((oc) =>
      oc.column('series').doUpdateSet((eb) => ({
        next_first: eb
          .case()
          .when('number_series.next_first', '<=', sequence)
          .then(sequence + 1)
          .else(eb.ref('number_series.next_first'))
          .end(),
      })),
    )
    .execute();
}

export async function reportBlocks(
  tx: Tx,
  ctx: ServiceContext,
  device: DevicesTable,
  reports: PushRequest['blocks'],
): Promise<{ id: string; usedUpTo: number | null }[]> {
  const answers = [];
  for (const report of reports) {
    const block = await tx
      .selectFrom('number_blocks')
      .selectAll()
      .where('id', '=', report.id)
      .where('device_id', '=', device.id)
      .executeTakeFirst();
    if (!block) continue;
    const usedUpTo = Math.max(block.used_up_to ?? 0, report.usedUpTo ?? 0) || null;
    const closedAt = block.closed_at ?? (report.closed ? ctx.clock.now().toISOString() : null);
    if (usedUpTo !== block.used_up_to || closedAt !== block.closed_at) {
      await tx
        .updateTable('number_blocks')
        .set({ used_up_to: usedUpTo, closed_at: closedAt })
        .where('id', '=', block.id)
        .execute();
    }
    answers.push({ id: block.id, usedUpTo });
  }
  return answers;
}

export async function listBlocks(ctx: ServiceContext, year: number) {
  requireRole(ctx, 'server');
  const rows = await ctx.db
    .selectFrom('number_blocks as b')
    .leftJoin('devices as d', 'd.id', 'b.device_id')
    .selectAll('b')
    .select('d.name as device_name')
    .where('b.series', 'in', [`HP:${year}`, `CT:${year}`])
    .orderBy('b.series')
    .orderBy('b.first')
    .execute();

  const blocks: NumberBlockView[] = rows.map((b) => ({
    id: b.id,
    series: b.series,
    first: b.first,
    last: b.last,
    deviceName: b.device_name ?? b.device_id,
    grantedAt: b.granted_at,
    usedUpTo: b.used_up_to,
    closedAt: b.closed_at,
  }));

  // A closed block will get no more receptions: every number in it that no
  // protocol holds is unused, and the admin sees which.
  const unused = [];
  for (const series of [`HP:${year}`, `CT:${year}`]) {
    const held = new Set<number>();
    const closed = blocks.filter((b) => b.series === series && b.closedAt);
    if (closed.length === 0) continue;
    const numbers = await ctx.db
      .selectFrom('protocols')
      .select('protocol_number')
      .where('protocol_number', 'is not', null)
      .execute();
    for (const n of numbers) {
      const parsed = n.protocol_number ? parseProtocolNumber(n.protocol_number) : null;
      if (parsed?.series === series) held.add(parsed.sequence);
    }
    const list: string[] = [];
    for (const b of closed) {
      for (let n = b.first; n <= b.last; n++) {
        if (!held.has(n)) list.push(formatSeriesNumber(series, n));
      }
    }
    unused.push({ series, numbers: list });
  }
  return { blocks, unused };
}
