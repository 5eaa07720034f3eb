// An account's lockout: after a few wrong passwords it waits, and each further
// failure doubles the wait. A wrong password at sign-in and one given again to
// sign a report count toward the same lockout. An admin can lift it at once.

import type { Actor, ServiceContext } from '../context';
import type { Tx } from '../db/transaction';
import { AppError } from '../../src-shared/errors';
import { formatLocalDateTime } from '../../src-shared/calendar';
import { appendAudit, type AuditEvent } from '../audit/append';

export const FREE_ATTEMPTS = 5;
const MAX_LOCK_MINUTES = 24 * 60;

/** Minutes an account waits after its n-th consecutive failure. */
export function lockMinutes(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_MINUTES);
}

/** What a locked account is told, with the end of its wait in the lab's time. */
export function accountLocked(until: string, timeZone: string): AppError {
  return new AppError('LOCKED', 'error.accountLocked', {
    until: formatLocalDateTime(until, timeZone),
  });
}

/**
 * One more wrong password for an account, in the caller's transaction: counted
 * from what the account holds now, the attempt written to the audit log as
 * `attempt` describes it, then the lock if this failure starts one. Answers the
 * failures so far and when the lock ends (null when there is none).
 */
export async function countWrongPassword(
  tx: Tx,
  ctx: ServiceContext,
  actor: Pick<Actor, 'name'>,
  userId: string,
  attempt: (failures: number) => AuditEvent,
): Promise<{ failures: number; lockedUntil: string | null }> {
  const current = await tx
    .selectFrom('users')
    .select('failed_attempts')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const failures = current.failed_attempts + 1;
  const minutes = lockMinutes(failures);
  const lockedUntil = minutes
    ? new Date(ctx.clock.now().getTime() + minutes * 60_000).toISOString()
    : null;

  await tx
    .updateTable('users')
    .set({ failed_attempts: failures, locked_until: lockedUntil })
    .where('id', '=', userId)
    .execute();
  await appendAudit(tx, ctx.clock, actor, attempt(failures));
  if (lockedUntil) {
    await appendAudit(tx, ctx.clock, actor, {
      action: 'user.locked',
      entityType: 'user',
      entityId: userId,
      details: { until: lockedUntil, failures },
    });
  }
  return { failures, lockedUntil };
}
