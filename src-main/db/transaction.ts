// Writes that belong together go through here. On SQLite the transaction starts
// with BEGIN IMMEDIATE so the write lock is taken up front: two desks receiving
// at once queue on busy_timeout instead of failing half-way with SQLITE_BUSY.
// PostgreSQL gets the same one-writer-at-a-time rule from a transaction-scoped
// advisory lock, so counters and the audit chain behave alike on both.
//
// Inside `work`, use only `tx`: SQLite has a single connection, and a query on
// the outer `db` would wait for this transaction forever.

import { sql, SqliteAdapter, type Kysely } from 'kysely';
import type { Database } from './schema';

export type Tx = Kysely<Database>;

const WRITE_LOCK_KEY = 7_405_310;

export function isSqlite(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

export async function writeTransaction<T>(
  db: Kysely<Database>,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const sqlite = isSqlite(db);
  return db.connection().execute(async (conn) => {
    if (sqlite) {
      await sql`begin immediate`.execute(conn);
    } else {
      await sql`begin`.execute(conn);
      await sql`select pg_advisory_xact_lock(${WRITE_LOCK_KEY})`.execute(conn);
    }
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
  });
}
