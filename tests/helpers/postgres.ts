// A throwaway PostgreSQL database per test file on 127.0.0.1:5432. CI must have
// one (PATOLAB_REQUIRE_POSTGRES=1 turns "unreachable" into a failure); on a
// machine without PostgreSQL these tests are skipped and say why.

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from '../../src-main/db/schema';

const BASE = process.env.PATOLAB_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function postgresAvailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: BASE, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return null;
  } catch (error) {
    const reason = `PostgreSQL no responde en ${new URL(BASE).host}: ${(error as Error).message}`;
    if (process.env.PATOLAB_REQUIRE_POSTGRES === '1') throw new Error(reason);
    return reason;
  }
}

export async function createTestDatabase(): Promise<{
  db: Kysely<Database>;
  drop(): Promise<void>;
}> {
  const name = `patolab_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: BASE });
  await admin.connect();
  await admin.query(`create database ${name}`);

  const url = new URL(BASE);
  url.pathname = `/${name}`;
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: url.toString(), max: 4 }),
    }),
  });
  return {
    db,
    async drop() {
      await db.destroy();
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    },
  };
}

/** A throwaway database for code that opens its own pool from a URL (the central server). */
export async function createTestDatabaseUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `patolab_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: BASE });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }

  const url = new URL(BASE);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const again = new pg.Client({ connectionString: BASE });
      await again.connect();
      try {
        // Whatever pool is still open on it is cut off, as a server that died would be.
        await again.query(`drop database if exists ${name} with (force)`);
      } finally {
        await again.end();
      }
    },
  };
}
