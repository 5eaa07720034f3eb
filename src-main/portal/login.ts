// A vet signs in on the portal. Throttled per account and per client address
// (see throttle.ts), one attempt at a time per account in this process, and an
// unknown address is answered exactly like a wrong password. The right password
// still does not open an account whose address was never verified (the vet is
// told how to get a new link) nor one an admin disabled.

import type { Caller } from '../rpc/dispatch';
import type { ServiceContext } from '../context';
import { writeTransaction } from '../db/transaction';
import { appendAudit } from '../audit/append';
import { AppError } from '../../src-shared/errors';
import { normaliseEmail } from '../../src-shared/email-address';
import type { VetAccountView } from '../../src-shared/portal-contract';
import { createVetSession } from './sessions';
import { loadVetAccountView } from './account-view';
import { oneAtATime } from './one-at-a-time';
import { checkPasswordThrottled } from './password-check';
import { accountKey, clearThrottle } from './throttle';
import { emailDomain, personOf } from './vet-account';

export function login(
  ctx: ServiceContext,
  caller: Caller,
  typedEmail: string,
  password: string,
): Promise<{ account: VetAccountView; token: string }> {
  const email = normaliseEmail(typedEmail);
  return oneAtATime(accountKey(email), () => signIn(ctx, caller, email, password));
}

async function signIn(
  ctx: ServiceContext,
  caller: Caller,
  email: string,
  password: string,
): Promise<{ account: VetAccountView; token: string }> {
  const account = await checkPasswordThrottled(ctx, {
    email,
    password,
    clientAddress: caller.clientAddress,
    refusal: () => new AppError('UNAUTHENTICATED', 'error.portalSignInRefused'),
    // An address not yet confirmed gets the wrong password's answer: otherwise whoever
    // registers an address with a password of their own would learn from this answer
    // whether the address already had an account.
    usable: (candidate) =>
      candidate.active !== 1 || (!!candidate.email_verified_at && !!candidate.veterinarian_id),
    failedAction: 'vet.sign_in_failed',
  });
  if (account.active !== 1) throw new AppError('FORBIDDEN', 'error.accountInactive');

  const token = await writeTransaction(ctx.db, async (tx) => {
    await clearThrottle(tx, accountKey(email));
    const session = await createVetSession(tx, ctx, account.id);
    await appendAudit(
      tx,
      ctx.clock,
      { name: (await personOf(tx, account)).name },
      {
        action: 'vet.signed_in',
        entityType: 'vet_account',
        entityId: account.id,
        details: { emailDomain: emailDomain(email) },
      },
    );
    return session;
  });
  ctx.log.info({ accountId: account.id }, 'vet signed in');
  return { account: await loadVetAccountView(ctx.db, account.id), token };
}
