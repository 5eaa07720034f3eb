// Protocol numbers on an enrolled workstation come from blocks leased from the
// central server, so desks offline at once never give one number twice. A
// number is taken inside the reception's transaction; before that commits, the
// highest number taken is also written to a small file beside the database, so
// a database restored from an old copy still skips every number already given.
// With no block left, the reception goes on with the number pending.

import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Tx } from '../../db/transaction';
import type { ServiceContext } from '../../context';
import { readSetting } from '../../settings/store';
import { numberSeries, type StudyKind } from '../../../src-shared/codes';
import { localDate } from '../../../src-shared/calendar';

export const HIGH_WATER_FILE = 'numeros-usados.json';
export const NUMBER_SETTINGS_KEY = 'sync.numbers';

export const numberSettings = z.object({
  /** How many numbers to ask for at a time. */
  blockSize: z.number().int().min(1).max(1000).default(50),
  /** Ask for another block when fewer than this remain; the screen warns too. */
  lowWater: z.number().int().min(0).max(1000).default(20),
  /** Off on workstations that never receive samples: they lease no numbers. */
  receives: z.boolean().default(true),
});
export type NumberSettings = z.output<typeof numberSettings>;

export async function loadNumberSettings(tx: Tx): Promise<NumberSettings> {
  return (await readSetting(tx, NUMBER_SETTINGS_KEY, numberSettings)) ?? numberSettings.parse({});
}

type HighWater = Record<string, number>;

function highWaterPath(ctx: ServiceContext): string {
  return path.join(ctx.dataDir, HIGH_WATER_FILE);
}

export function readHighWater(ctx: ServiceContext): HighWater {
  try {
    const parsed = z
      .record(z.string(), z.number())
      .safeParse(JSON.parse(fs.readFileSync(highWaterPath(ctx), 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/**
 * Written and flushed to disk before the reception commits: a crash leaves a
 * gap, never a repeat.
 */
function writeHighWater(ctx: ServiceContext, marks: HighWater): void {
  const file = highWaterPath(ctx);
  const temporary = `${file}.tmp`;
  const fd = fs.openSync(temporary, 'w');
  try {
    fs.writeSync(fd, JSON.stringify(marks));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, file);
}

/** The next number of the series from this workstation's blocks, or null when none is left. */
export async function takeLeasedNumber(
  tx: Tx,
  ctx: ServiceContext,
  series: string,
): Promise<number | null> {
  const marks = readHighWater(ctx);
  const leases = await tx
    .selectFrom('number_leases')
    .selectAll()
    .where('series', '=', series)
    .whereRef('next', '<=', 'last')
    .orderBy('first')
    .execute();

  for (const lease of leases) {
    const number = Math.max(lease.next, (marks[series] ?? 0) + 1);
    if (number > lease.last) {
      await tx
        .updateTable('number_leases')
        .set({ next: lease.last + 1 })
        .where('id', '=', lease.id)
        .execute();
      continue;
    }
    writeHighWater(ctx, { ...marks, [series]: Math.max(marks[series] ?? 0, number) });
    await tx
      .updateTable('number_leases')
      .set({ next: number + 1 })
      .where('id', '=', lease.id)
      .execute();
    return number;
  }
  return null;
}

export interface SeriesStock {
  series: string;
  remaining: number;
  lowWater: number;
}

/** Numbers left for this year's series (and next year's, in late December). */
export async function numberStock(tx: Tx, ctx: ServiceContext): Promise<SeriesStock[]> {
  const settings = await loadNumberSettings(tx);
  if (!settings.receives) return [];
  const stock: SeriesStock[] = [];
  for (const series of seriesInUse(ctx)) {
    const leases = await tx
      .selectFrom('number_leases')
      .select(['next', 'last'])
      .where('series', '=', series)
      .execute();
    const remaining = leases.reduce((sum, l) => sum + Math.max(0, l.last - l.next + 1), 0);
    stock.push({ series, remaining, lowWater: settings.lowWater });
  }
  return stock;
}

function seriesInUse(ctx: ServiceContext): string[] {
  const now = ctx.clock.now();
  const today = localDate(now, ctx.timeZone);
  const years = [today.year];
  // From mid-December the first receptions of January are leased ahead too.
  if (today.iso.slice(5) >= '12-15') years.push(today.year + 1);
  const kinds: StudyKind[] = ['histopathology', 'cytology'];
  return years.flatMap((year) => kinds.map((kind) => numberSeries(kind, year)));
}
