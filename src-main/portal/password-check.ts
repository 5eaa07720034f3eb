// A vet's password checked under the throttle, for sign-in and for the changes
// that ask for the current password again. A blocked key is answered before any
// password is looked at. An unknown address costs what a wrong password costs
// (a decoy hash is verified) and counts the same failures, so neither the
// answer nor its timing says whether the address has an account.

import type { ServiceContext } from '../context';
import { writeTransaction } from '../db/transaction';
import { appendAudit } from '../audit/append';
import { AppError } from '../../src-shared/errors';
import { decoyPasswordHash, verifyPassword } from '../accounts/passwords';
import { formatRetryTime } from './retry-time';
import { blockedUntil, recordFailure, throttleKeys } from './throttle';
import { accountByEmail, emailDomain, type VetAccountRow } from './vet-account';

export function throttled(ctx: ServiceContext, until: Date): AppError {
  return new AppError('RATE_LIMITED', 'error.signInThrottled', {
    time: formatRetryTime(until, ctx.timeZone),
  });
}

export interface PasswordAttempt {
  /** Normalised. */
  email: string;
  password: string;
  clientAddress: string | undefined;
  /** What a wrong password is answered with (sign-in and a change of password differ). */
  refusal: () => AppError;
  /**
   * Whether the account may be let in with its right password; one that may not is
   * answered and counted exactly like a wrong password.
   */
  usable?: (account: VetAccountRow) => boolean;
  /** The audit action of a failure, and who the audit names (anonymous at sign-in). */
  failedAction: string;
  actorName?: string;
}

/** The account whose password this is; throws the refusal or the throttle's answer otherwise. */
export async function checkPasswordThrottled(
  ctx: ServiceContext,
  attempt: PasswordAttempt,
): Promise<VetAccountRow> {
  const keys = throttleKeys(attempt.email, attempt.clientAddress);
  const blocked = await blockedUntil(ctx.db, keys, ctx.clock.now());
  if (blocked) throw throttled(ctx, blocked);

  const account = await accountByEmail(ctx.db, attempt.email);
  const stored = account?.password_hash ?? (await decoyPasswordHash());
  const right = (await verifyPassword(stored, attempt.password)) && account !== undefined;
  if (right && (attempt.usable?.(account) ?? true)) return account;

  const until = await writeTransaction(ctx.db, async (tx) => {
    const now = ctx.clock.now();
    const block = await recordFailure(tx, keys, now);
    await appendAudit(
      tx,
      ctx.clock,
      { name: attempt.actorName ?? 'anonymous' },
      {
        action: attempt.failedAction,
        entityType: account ? 'vet_account' : undefined,
        entityId: account?.id,
        details: {
          reason: right ? 'not_verified' : account ? 'wrong_password' : 'unknown_email',
          emailDomain: emailDomain(attempt.email),
          blockedUntil: block?.toISOString() ?? null,
        },
      },
    );
    return block;
  });
  ctx.log.warn(
    {
      emailDomain: emailDomain(attempt.email),
      accountId: account?.id ?? null,
      blockedUntil: until?.toISOString() ?? null,
    },
    'portal password refused',
  );
  if (until) throw throttled(ctx, until);
  throw attempt.refusal();
}
