// Per-row field clocks: `*` is the clock of the row's insert, and a field
// edited since has its own. A field without its own entry is as old as the row.

import type { Tx } from '../db/transaction';

export type FieldClocks = Record<string, string>;

export async function readClocks(
  tx: Tx,
  entity: string,
  rowId: string,
): Promise<FieldClocks | null> {
  const row = await tx
    .selectFrom('sync_clocks')
    .select('clocks')
    .where('entity', '=', entity)
    .where('row_id', '=', rowId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.clocks) as FieldClocks) : null;
}

export async function writeClocks(
  tx: Tx,
  entity: string,
  rowId: string,
  clocks: FieldClocks,
): Promise<void> {
  const text = JSON.stringify(clocks);
  await tx
    .insertInto('sync_clocks')
    .values({ entity, row_id: rowId, clocks: text })
    .onConflict((oc) => oc.columns(['entity', 'row_id']).doUpdateSet({ clocks: text }))
    .execute();
}

const CLOCKS_PER_STATEMENT = 200;

/** Many rows' clocks in a few statements, each replacing what the row had. */
export async function writeManyClocks(
  tx: Tx,
  rows: readonly { entity: string; rowId: string; clocks: FieldClocks }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CLOCKS_PER_STATEMENT) {
    const values = rows.slice(i, i + CLOCKS_PER_STATEMENT).map((row) => ({
      entity: row.entity,
      row_id: row.rowId,
      clocks: JSON.stringify(row.clocks),
    }));
    await tx
      .insertInto('sync_clocks')
      .values(values)
      .onConflict((oc) =>
        oc
          .columns(['entity', 'row_id'])
          .doUpdateSet((eb) => ({ clocks: eb.ref('excluded.clocks') })),
      )
      .execute();
  }
}

export function fieldClock(clocks: FieldClocks, field: string): string | null {
  return clocks[field] ?? clocks['*'] ?? null;
}
