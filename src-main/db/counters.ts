// Named sequences ("protocol:HP:2026", "tmp:CT:20261204"). Called only inside a
// write transaction: the row is bumped and read in one statement while the
// transaction holds the write lock, so two receptions can never get one value.

import { sql } from 'kysely';
import type { Tx } from './transaction';

export async function nextCounterValue(tx: Tx, name: string): Promise<number> {
  const row = await tx
    .insertInto('counters')
    .values({ name, value: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value: sql<number>`counters.value + 1` }))
    .returning('value')
    .executeTakeFirstOrThrow();
  return row.value;
}
