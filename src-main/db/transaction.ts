// Writes that belong together go through here. On SQLite the transaction starts
// with BEGIN IMMEDIATE so the write lock is taken up front: two desks receiving
// at once queue on busy_timeout instead of failing half-way with SQLITE_BUSY.

import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

export type Tx = Kysely<Database>;

export async function writeTransaction<T>(
  db: Kysely<Database>,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
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
