// Signing asks for the password again: a session left open at an unattended
// desk must not sign anyone's name. A wrong password counts toward the account's
// lockout with the same waiting times as a failed sign-in, and the refusal is
// written to the audit log in its own transaction, committed whatever happens
// next. A locked account signs nothing until the wait is over or an admin lifts it.

import type { Actor, ServiceContext } from '../context';
import type { UsersTable } from '../db/schema';
import { AppError } from '../../src-shared/errors';
import { writeTransaction } from '../db/transaction';
import { appendAudit } from '../audit/append';
import { verifyPassword } from '../accounts/passwords';
import { accountLocked, countWrongPassword } from '../accounts/lockout';
import { oneAtATime } from '../portal/one-at-a-time';
import { userOf } from './user';

/** The signer's account, once their password is checked; `protocolId` is what they sign. */
export function reauthenticate(
  ctx: ServiceContext,
  actor: Actor,
  password: string,
  protocolId: string,
): Promise<UsersTable> {
  const userId = userOf(actor);
  // One check at a time per account, so a burst of guesses meets the lockout in time.
  return oneAtATime(`reauthenticate:${userId}`, async () => {
    const user = await ctx.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!user || user.active !== 1) throw new AppError('FORBIDDEN', 'error.accountInactive');
    const now = ctx.clock.now();
    if (user.locked_until && user.locked_until > now.toISOString()) {
      await writeTransaction(ctx.db, (tx) =>
        appendAudit(tx, ctx.clock, actor, {
          action: 'report.sign_refused',
          entityType: 'protocol',
          entityId: protocolId,
          details: { userId, reason: 'locked' },
        }),
      );
      throw accountLocked(user.locked_until, ctx.timeZone);
    }

    if (await verifyPassword(user.password_hash, password)) {
      if (user.failed_attempts > 0) {
        await writeTransaction(ctx.db, (tx) =>
          tx
            .updateTable('users')
            .set({ failed_attempts: 0, locked_until: null })
            .where('id', '=', userId)
            .execute(),
        );
      }
      return user;
    }

    const { lockedUntil } = await writeTransaction(ctx.db, (tx) =>
      countWrongPassword(tx, ctx, actor, userId, (failures) => ({
        action: 'report.sign_refused',
        entityType: 'protocol',
        entityId: protocolId,
        details: { userId, reason: 'wrong_password', failures },
      })),
    );
    ctx.log.warn({ userId, protocolId, lockedUntil }, 'report signature refused: wrong password');
    if (lockedUntil) throw accountLocked(lockedUntil, ctx.timeZone);
    throw new AppError('FORBIDDEN', 'error.reportWrongPassword');
  });
}
