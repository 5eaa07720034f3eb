// Opens the workstation's SQLite file with the durability the lab needs and
// brings its schema up to date before anything else touches it.

import path from 'node:path';
import fs from 'node:fs';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrations } from '../../migrations/index';
import type { Database } from './schema';

export const DATABASE_FILE = 'patolab.sqlite';

export interface OpenedDatabase {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  file: string;
  schemaVersion: string;
}

export async function openDatabase(dataDir: string): Promise<OpenedDatabase> {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE);
  const sqlite = new SQLite(file);

  // WAL lets readers go on while one writer commits; synchronous=FULL makes a
  // committed reception survive a pulled power cable, not just a crashed process.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 15000');

  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  const schemaVersion = await migrateToLatest(db);
  return { db, sqlite, file, schemaVersion };
}

// Kysely prepares every query anew; preparing costs more than running most of
// ours. The same SQL text reuses its prepared statement (a few hundred distinct
// texts at most, since values travel as parameters).
const STATEMENT_CACHE_SIZE = 500;

function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      statement = sqlite.prepare(source);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(source, statement);
    }
    return statement;
  };
  return new Proxy(sqlite, {
    get: (target, property) => {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export async function migrateToLatest(db: Kysely<Database>): Promise<string> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });

  const known = Object.keys(migrations);
  const applied = (await migrator.getMigrations()).filter((m) => m.executedAt);
  const unknown = applied.find((m) => !known.includes(m.name));
  if (unknown) {
    throw new Error(
      `La base de datos fue actualizada por una versión más nueva de Patolab ` +
        `(migración ${unknown.name}). Actualice este programa antes de abrirla.`,
    );
  }

  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  return known[known.length - 1] ?? 'none';
}
