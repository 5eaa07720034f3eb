// Many rows in a few statements: one statement per row is slow, one for all of
// them can pass SQLite's limit on bound values (32,766) with wide rows.

import type { Kysely } from 'kysely';
import type { Database } from './schema';

const ROWS_PER_STATEMENT = 200;

export async function insertRows<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Database[T][],
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const part = rows.slice(i, i + ROWS_PER_STATEMENT);
    await (db as unknown as Kysely<Record<string, Record<string, unknown>>>)
      .insertInto(table)
      .values(part as unknown as Record<string, unknown>[])
      .execute();
  }
}
