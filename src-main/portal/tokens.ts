// One-time tokens mailed to a vet: verify an address, confirm a new one, reset
// a password. Only the token's SHA-256 is stored, so a copy of the database
// grants nothing. A token serves one purpose, once, until it expires; a reset
// token lives an hour because it hands over the account.

import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ServiceContext } from '../context';
import type { AuthTokenPurpose, AuthTokensTable, Database } from '../db/schema';
import type { Tx } from '../db/transaction';
import { newId } from '../ids';
import { AppError } from '../../src-shared/errors';

export const TOKEN_HOURS: Record<AuthTokenPurpose, number> = {
  verify_email: 24,
  change_email: 24,
  reset_password: 1,
};

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function issueToken(
  tx: Tx,
  ctx: ServiceContext,
  accountId: string,
  purpose: AuthTokenPurpose,
  email: string,
): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  const id = newId();
  await tx
    .insertInto('auth_tokens')
    .values({
      id,
      account_id: accountId,
      purpose,
      token_hash: tokenHash(token),
      email,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + TOKEN_HOURS[purpose] * 3600_000).toISOString(),
      used_at: null,
    })
    .execute();
  return { id, token };
}

/**
 * The stored token for a link, if it may still be used for one of `purposes`.
 * A token of another purpose is answered like an unknown one: a reset link
 * pasted into the verification page learns nothing there.
 */
export async function usableToken(
  db: Kysely<Database>,
  ctx: ServiceContext,
  token: string,
  purposes: readonly AuthTokenPurpose[],
): Promise<AuthTokensTable> {
  const row = await db
    .selectFrom('auth_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!row || !purposes.includes(row.purpose)) {
    throw new AppError('VALIDATION', 'error.linkInvalid');
  }
  if (row.used_at) throw new AppError('CONFLICT', 'error.linkUsed');
  if (row.expires_at <= ctx.clock.now().toISOString()) {
    throw new AppError('VALIDATION', 'error.linkExpired');
  }
  return row;
}

/** Spends every outstanding token of an account (of the given purposes, or all). */
export async function spendTokens(
  tx: Tx,
  ctx: ServiceContext,
  accountId: string,
  purposes?: readonly AuthTokenPurpose[],
): Promise<void> {
  let query = tx
    .updateTable('auth_tokens')
    .set({ used_at: ctx.clock.now().toISOString() })
    .where('account_id', '=', accountId)
    .where('used_at', 'is', null);
  if (purposes) query = query.where('purpose', 'in', [...purposes]);
  await query.execute();
}
