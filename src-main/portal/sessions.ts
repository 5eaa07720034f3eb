// Veterinarians' sessions on the portal. Like staff sessions, only the token's
// SHA-256 is stored. A session ends at a fixed time after sign-in, after a while
// unused, on sign-out, and for every device at once when the password or the
// address changes or an admin disables the account.

import { createHash, randomBytes } from 'node:crypto';
import type { Actor, ServiceContext } from '../context';
import type { Tx } from '../db/transaction';
import { newId } from '../ids';

export const VET_SESSION_HOURS = 12;
export const VET_SESSION_IDLE_MINUTES = 120;
// last_seen_at is written at most this often, so a busy page is not a write per request.
const TOUCH_EVERY_MS = 60_000;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createVetSession(tx: Tx, ctx: ServiceContext, accountId: string) {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  await tx
    .insertInto('vet_sessions')
    .values({
      id: newId(),
      account_id: accountId,
      token_hash: tokenHash(token),
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + VET_SESSION_HOURS * 3600_000).toISOString(),
      revoked_at: null,
    })
    .execute();
  return token;
}

export async function revokeVetSession(ctx: ServiceContext, token: string | null): Promise<void> {
  if (!token) return;
  await ctx.db
    .updateTable('vet_sessions')
    .set({ revoked_at: ctx.clock.now().toISOString() })
    .where('token_hash', '=', tokenHash(token))
    .where('revoked_at', 'is', null)
    .execute();
}

/** Ends every open session of an account (all of them, or all but the caller's). */
export async function revokeAllVetSessions(
  tx: Tx,
  ctx: ServiceContext,
  accountId: string,
  keepToken: string | null = null,
): Promise<void> {
  let query = tx
    .updateTable('vet_sessions')
    .set({ revoked_at: ctx.clock.now().toISOString() })
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null);
  if (keepToken) query = query.where('token_hash', '!=', tokenHash(keepToken));
  await query.execute();
}

export async function vetActorForSession(
  ctx: ServiceContext,
  token: string | null,
): Promise<Actor | null> {
  if (!token) return null;
  const now = ctx.clock.now();
  const idleLimit = new Date(now.getTime() - VET_SESSION_IDLE_MINUTES * 60_000).toISOString();
  const row = await ctx.db
    .selectFrom('vet_sessions')
    .innerJoin('vet_accounts', 'vet_accounts.id', 'vet_sessions.account_id')
    .innerJoin('veterinarians', 'veterinarians.id', 'vet_accounts.veterinarian_id')
    .select([
      'vet_sessions.id as sessionId',
      'vet_sessions.last_seen_at',
      'vet_accounts.id',
      'vet_accounts.email',
      'vet_accounts.veterinarian_id',
      'vet_accounts.active',
      'veterinarians.first_name',
      'veterinarians.last_name',
    ])
    .where('vet_sessions.token_hash', '=', tokenHash(token))
    .where('vet_sessions.revoked_at', 'is', null)
    .where('vet_sessions.expires_at', '>', now.toISOString())
    .where('vet_sessions.last_seen_at', '>', idleLimit)
    .executeTakeFirst();
  if (!row || row.active !== 1 || !row.veterinarian_id) return null;

  if (now.getTime() - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
    await ctx.db
      .updateTable('vet_sessions')
      .set({ last_seen_at: now.toISOString() })
      .where('id', '=', row.sessionId)
      .execute();
  }
  return {
    userId: null,
    name: `${row.first_name} ${row.last_name}`,
    roles: [],
    vet: { accountId: row.id, veterinarianId: row.veterinarian_id, email: row.email },
  };
}
