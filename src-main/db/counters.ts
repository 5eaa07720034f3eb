// Named sequences ("protocol:HP:2026", "tmp:CT:20261204"). Called only inside a
// write transaction: the row is bumped and read in one statement while the
// transaction holds the write lock, so two receptions can never get one value.

import { sql } from 'kysely';
import type { Tx } from './transaction';

export function nextCounterValue(tx: Tx, name: string): Promise<number> {
  return lastOfNextCounterValues(tx, name, 1);
}

/** Takes `count` values at once; answers the last (the first is last - count + 1). */
export async function lastOfNextCounterValues(tx: Tx, name: string, count: number) {
  const row = await tx
    .insertInto('counters')
    .values({ name, value: count })
    .onConflict((oc) =>
      oc.column('name').doUpdateSet({ value: sql<number>`counters.value + ${count}` }),
    )
    .returning('value')
    .executeTakeFirstOrThrow();
  return row.value;
}
