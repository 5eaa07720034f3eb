// Settings live in the database (table `settings`, JSON values), so they are
// backed up with everything else and survive a reinstall of the program.

import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/schema';
import type { Clock } from '../clock';

export async function readSetting<T extends z.ZodType>(
  db: Kysely<Database>,
  key: string,
  schema: T,
): Promise<z.output<T> | null> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) return null;
  const parsed = schema.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : null;
}

export async function writeSetting(
  db: Kysely<Database>,
  clock: Clock,
  key: string,
  value: unknown,
): Promise<void> {
  const row = { key, value: JSON.stringify(value), updated_at: clock.now().toISOString() };
  await db
    .insertInto('settings')
    .values(row)
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value: row.value, updated_at: row.updated_at }),
    )
    .execute();
}
