// How often the portal mails one address on request: at most three mails of a
// kind in any hour, five minutes apart (verification resends, password resets,
// confirmations of a new address). Each request is a row in mail_requests,
// counted when asked, so the limit survives a restart and holds for every
// server process on one database. Counting and deciding happen in the same
// write transaction, which runs one at a time on SQLite and PostgreSQL alike:
// requests sent in parallel cannot all see room for one more.
//
// The answer never depends on whether the address has an account: a request
// for an unknown address counts and is refused exactly like any other.

import type { ServiceContext } from '../context';
import type { MailRequestsTable } from '../db/schema';
import { writeTransaction, type Tx } from '../db/transaction';
import { newId } from '../ids';
import { AppError } from '../../src-shared/errors';
import { formatRetryTime } from './retry-time';
import { emailDomain } from './vet-account';

export const MAILS_PER_HOUR = 3;
export const MINUTES_BETWEEN_MAILS = 5;
const HOUR_MS = 3600_000;

export type MailRequestKind = 'registration' | 'verification' | 'password_reset' | 'change_email';
export type MailOutcome = MailRequestsTable['outcome'];

export interface MailRequest {
  /** Normalised. */
  email: string;
  kind: MailRequestKind;
  clientAddress?: string | undefined;
}

/** When the requests of the last hour were made (refused ones excluded), oldest first. */
export async function recentRequests(
  tx: Tx,
  request: Pick<MailRequest, 'email' | 'kind'>,
  now: Date,
): Promise<Date[]> {
  const rows = await tx
    .selectFrom('mail_requests')
    .select('requested_at')
    .where('email', '=', request.email)
    .where('kind', '=', request.kind)
    .where('outcome', '!=', 'refused')
    .where('requested_at', '>', new Date(now.getTime() - HOUR_MS).toISOString())
    .orderBy('requested_at')
    .execute();
  return rows.map((row) => new Date(row.requested_at));
}

/** The earliest moment another request is allowed, or null when it is allowed now. */
export function nextAllowedAt(recent: readonly Date[], now: Date): Date | null {
  const waits: number[] = [];
  // The hour must first let go of enough of the oldest ones.
  const oldestToExpire = recent[recent.length - MAILS_PER_HOUR];
  if (oldestToExpire) waits.push(oldestToExpire.getTime() + HOUR_MS);
  const last = recent[recent.length - 1];
  if (last) waits.push(last.getTime() + MINUTES_BETWEEN_MAILS * 60_000);
  const until = Math.max(0, ...waits);
  return until > now.getTime() ? new Date(until) : null;
}

export async function logMailRequest(
  tx: Tx,
  id: string,
  request: MailRequest,
  now: Date,
  outcome: MailOutcome,
): Promise<void> {
  await tx
    .insertInto('mail_requests')
    .values({
      id,
      email: request.email,
      kind: request.kind,
      requested_at: now.toISOString(),
      outcome,
      client_address: request.clientAddress ?? null,
    })
    .execute();
}

/**
 * Runs `work` if the limit allows one more mail of this kind to this address.
 * `work` queues the mail, if there is anyone to mail, inside the same
 * transaction, and says which; the request id names the mail's event. A
 * refusal is recorded, logged and answered RATE_LIMITED with the time to
 * come back.
 */
export async function underMailLimit(
  ctx: ServiceContext,
  request: MailRequest,
  work: (tx: Tx, requestId: string) => Promise<Exclude<MailOutcome, 'refused'>>,
): Promise<void> {
  const refusedUntil = await writeTransaction(ctx.db, async (tx) => {
    const now = ctx.clock.now();
    const id = newId();
    const until = nextAllowedAt(await recentRequests(tx, request, now), now);
    if (until) {
      await logMailRequest(tx, id, request, now, 'refused');
      return until;
    }
    await logMailRequest(tx, id, request, now, await work(tx, id));
    return null;
  });

  if (refusedUntil) {
    ctx.log.warn(
      {
        kind: request.kind,
        emailDomain: emailDomain(request.email),
        until: refusedUntil.toISOString(),
      },
      'mail request refused: the limit for the address was reached',
    );
    throw new AppError('RATE_LIMITED', 'error.mailTooSoon', {
      time: formatRetryTime(refusedUntil, ctx.timeZone),
    });
  }
  ctx.kickMail();
}
