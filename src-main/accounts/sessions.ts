// Sign-in sessions. The token is random and only its SHA-256 is stored, so a
// copied database file holds nothing that signs anyone in.

import { createHash, randomBytes } from 'node:crypto';
import type { Actor, ServiceContext } from '../context';
import { newId } from '../ids';
import { parseRoles } from './users';

const SESSION_HOURS = 12;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(ctx: ServiceContext, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  await ctx.db
    .insertInto('sessions')
    .values({
      id: newId(),
      user_id: userId,
      token_hash: tokenHash(token),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString(),
      revoked_at: null,
    })
    .execute();
  return token;
}

export async function revokeSession(ctx: ServiceContext, token: string | null): Promise<void> {
  if (!token) return;
  await ctx.db
    .updateTable('sessions')
    .set({ revoked_at: ctx.clock.now().toISOString() })
    .where('token_hash', '=', tokenHash(token))
    .execute();
}

export async function actorForSession(
  ctx: ServiceContext,
  token: string | null,
): Promise<Actor | null> {
  if (!token) return null;
  const row = await ctx.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.display_name', 'users.roles', 'users.active'])
    .where('sessions.token_hash', '=', tokenHash(token))
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', ctx.clock.now().toISOString())
    .executeTakeFirst();
  if (!row || row.active !== 1) return null;
  return { userId: row.id, name: row.display_name, roles: parseRoles(row.roles) };
}
