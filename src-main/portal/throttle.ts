// Sign-in throttling for the portal, kept in auth_throttle so it survives a
// restart and holds across server processes. Two keys count failures: the
// account (`account:<email>`, kept for unknown addresses too, so a blocked
// address says nothing about whether it has an account) and the client's
// network address (`address:<ip>`), which catches one machine guessing across
// many accounts. Past the free failures a key is blocked for a minute, doubling
// with each further failure up to an hour. A success clears the account's key
// only: otherwise a guesser with one account of their own could clear their
// address's count at will.

import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Tx } from '../db/transaction';

export const ACCOUNT_FREE_FAILURES = 5;
export const ADDRESS_FREE_FAILURES = 20;
export const MAX_BLOCK_MINUTES = 60;
// A count left alone this long starts again from nothing: a vet who mistyped
// twice last month is not one failure from a block today.
const FORGET_AFTER_MS = 24 * 3600_000;

export interface ThrottleKey {
  key: string;
  freeFailures: number;
}

export const accountKey = (email: string) => `account:${email}`;

export function throttleKeys(email: string, clientAddress: string | undefined): ThrottleKey[] {
  const keys = [{ key: accountKey(email), freeFailures: ACCOUNT_FREE_FAILURES }];
  if (clientAddress) {
    keys.push({ key: `address:${clientAddress}`, freeFailures: ADDRESS_FREE_FAILURES });
  }
  return keys;
}

/** Minutes a key is blocked after its n-th consecutive failure. */
export function blockMinutes(failures: number, freeFailures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(2 ** (failures - freeFailures), MAX_BLOCK_MINUTES);
}

/** The latest moment any of the keys is blocked until, if that is still ahead. */
export async function blockedUntil(
  db: Kysely<Database>,
  keys: readonly ThrottleKey[],
  now: Date,
): Promise<Date | null> {
  const rows = await db
    .selectFrom('auth_throttle')
    .select('blocked_until')
    .where(
      'key',
      'in',
      keys.map((k) => k.key),
    )
    .where('blocked_until', '>', now.toISOString())
    .execute();
  const until = Math.max(0, ...rows.map((row) => Date.parse(row.blocked_until ?? '')));
  return until > 0 ? new Date(until) : null;
}

/** Counts one failure on every key; answers the block it started, if any. */
export async function recordFailure(
  tx: Tx,
  keys: readonly ThrottleKey[],
  now: Date,
): Promise<Date | null> {
  let blocked: Date | null = null;
  for (const { key, freeFailures } of keys) {
    const row = await tx
      .selectFrom('auth_throttle')
      .select(['failures', 'updated_at'])
      .where('key', '=', key)
      .executeTakeFirst();
    const stale = !row || now.getTime() - Date.parse(row.updated_at) > FORGET_AFTER_MS;
    const failures = (stale ? 0 : row.failures) + 1;
    const minutes = blockMinutes(failures, freeFailures);
    const until = minutes ? new Date(now.getTime() + minutes * 60_000) : null;
    const values = {
      failures,
      blocked_until: until?.toISOString() ?? null,
      updated_at: now.toISOString(),
    };
    if (row) {
      await tx.updateTable('auth_throttle').set(values).where('key', '=', key).execute();
    } else {
      await tx
        .insertInto('auth_throttle')
        .values({ key, ...values })
        .execute();
    }
    if (until && (!blocked || until > blocked)) blocked = until;
  }
  return blocked;
}

export async function clearThrottle(tx: Tx, key: string): Promise<void> {
  await tx.deleteFrom('auth_throttle').where('key', '=', key).execute();
}
