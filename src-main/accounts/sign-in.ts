// Sign-in with lockout: after a few failures the account waits, and each
// further failure doubles the wait (see lockout.ts). An admin can lift it at once.

import type { ServiceContext } from '../context';
import { AppError } from '../../src-shared/errors';
import { writeTransaction } from '../db/transaction';
import { appendAudit } from '../audit/append';
import { decoyPasswordHash, verifyPassword } from './passwords';
import { createSession } from './sessions';
import { toUserView } from './users';
import { accountLocked, countWrongPassword } from './lockout';
import type { UserView } from '../../src-shared/contract';

// Attempts on one account are checked one after another: otherwise a burst of
// guesses sent at once would all be verified before the first failure is counted,
// and the lockout would come hundreds of guesses late.
const inFlight = new Map<string, Promise<unknown>>();

function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = inFlight.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  inFlight.set(key, next);
  const forget = () => {
    if (inFlight.get(key) === next) inFlight.delete(key);
  };
  next.then(forget, forget);
  return next;
}

export function signIn(
  ctx: ServiceContext,
  email: string,
  password: string,
): Promise<{ user: UserView; token: string }> {
  return oneAtATime(email, () => checkPassword(ctx, email, password));
}

async function checkPassword(
  ctx: ServiceContext,
  email: string,
  password: string,
): Promise<{ user: UserView; token: string }> {
  const user = await ctx.db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
  const now = ctx.clock.now();

  if (!user) {
    await verifyPassword(await decoyPasswordHash(), password);
    await writeTransaction(ctx.db, (tx) =>
      appendAudit(
        tx,
        ctx.clock,
        { name: 'anonymous' },
        {
          action: 'session.sign_in_failed',
          details: { reason: 'unknown_email', emailDomain: email.split('@')[1] ?? '' },
        },
      ),
    );
    throw new AppError('UNAUTHENTICATED', 'error.badCredentials');
  }

  if (user.locked_until && user.locked_until > now.toISOString()) {
    throw accountLocked(user.locked_until, ctx.timeZone);
  }

  const good = await verifyPassword(user.password_hash, password);
  const actor = { name: user.display_name };

  if (!good) {
    const { failures, lockedUntil } = await writeTransaction(ctx.db, (tx) =>
      countWrongPassword(tx, ctx, actor, user.id, (failures) => ({
        action: 'session.sign_in_failed',
        entityType: 'user',
        entityId: user.id,
        details: { failures },
      })),
    );
    ctx.log.warn({ userId: user.id, failures, lockedUntil }, 'sign-in failed');
    if (lockedUntil) throw accountLocked(lockedUntil, ctx.timeZone);
    throw new AppError('UNAUTHENTICATED', 'error.badCredentials');
  }

  if (user.active !== 1) throw new AppError('FORBIDDEN', 'error.accountInactive');

  const token = await createSession(ctx, user.id);
  await writeTransaction(ctx.db, async (tx) => {
    await tx
      .updateTable('users')
      .set({ failed_attempts: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    await appendAudit(tx, ctx.clock, actor, {
      action: 'session.signed_in',
      entityType: 'user',
      entityId: user.id,
    });
  });
  return { user: toUserView({ ...user, failed_attempts: 0, locked_until: null }), token };
}
