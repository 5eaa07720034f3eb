// The central server's database: PostgreSQL when given a postgres:// URL, else
// a SQLite file (the one-box install). Both are migrated before use.

import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from './schema';
import { migrateToLatest, openDatabase } from './open';

export interface OpenedServerDatabase {
  db: Kysely<Database>;
  /** What the logs and `--help` show: the URL without its password, or the file. */
  description: string;
  schemaVersion: string;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(URL ilegible)';
  }
}

/** `url` a postgres:// URL, or undefined for the SQLite file in `dataDir`. */
export async function openServerDatabase(
  url: string | undefined,
  dataDir: string,
  poolSize = 10,
  onPoolError?: (error: Error) => void,
): Promise<OpenedServerDatabase> {
  if (!isPostgresUrl(url)) {
    const opened = await openDatabase(dataDir);
    return { db: opened.db, description: opened.file, schemaVersion: opened.schemaVersion };
  }

  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection cut by PostgreSQL (restarted, or an admin ended it) is
  // replaced on the next query; unheard, the error would end the process.
  pool.on('error', (error) => onPoolError?.(error));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    const schemaVersion = await migrateToLatest(db);
    return { db, description: describeUrl(url), schemaVersion };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
