// A signed-in vet changes their password or their address. Both ask for the
// current password again, under the same throttle as sign-in: a session left
// open on a shared computer must not become a way to guess it, or to take the
// account. A wrong current password is a 400, not a 401, so the door does not
// end the session for a typo.
// A new password ends every outstanding link and every other session (the
// caller's stays). A new address is only requested here: it changes when the
// link mailed to it is opened (verify-email.ts).

import type { Caller } from '../rpc/dispatch';
import type { Actor, ServiceContext } from '../context';
import { writeTransaction } from '../db/transaction';
import { newId } from '../ids';
import { appendAudit } from '../audit/append';
import { checkPasswordRules, hashPassword } from '../accounts/passwords';
import { AppError } from '../../src-shared/errors';
import { normaliseEmail } from '../../src-shared/email-address';
import { revokeAllVetSessions } from './sessions';
import { issueToken, spendTokens } from './tokens';
import { underMailLimit } from './mail-limits';
import {
  queueChangeEmailMail,
  queueChangeEmailTakenMail,
  queuePasswordChangedMail,
} from './auth-mails';
import { oneAtATime } from './one-at-a-time';
import { checkPasswordThrottled } from './password-check';
import { accountKey, clearThrottle } from './throttle';
import {
  accountByEmail,
  accountLocale,
  emailDomain,
  personalData,
  personOf,
  signedInVet,
  type VetAccountRow,
} from './vet-account';

function checkCurrentPassword(
  ctx: ServiceContext,
  actor: Actor,
  caller: Caller,
  password: string,
): Promise<VetAccountRow> {
  const vet = signedInVet(actor);
  return checkPasswordThrottled(ctx, {
    email: vet.email,
    password,
    clientAddress: caller.clientAddress,
    refusal: () => new AppError('VALIDATION', 'error.currentPasswordWrong'),
    failedAction: 'vet.password_check_failed',
    actorName: actor.name,
  });
}

export function changePassword(
  ctx: ServiceContext,
  actor: Actor,
  caller: Caller,
  input: { currentPassword: string; newPassword: string },
): Promise<{ ok: true }> {
  const vet = signedInVet(actor);
  return oneAtATime(accountKey(vet.email), async () => {
    const account = await checkCurrentPassword(ctx, actor, caller, input.currentPassword);
    const person = await personOf(ctx.db, account);
    checkPasswordRules(input.newPassword, personalData(account.email, person));
    const passwordHash = await hashPassword(input.newPassword);

    await writeTransaction(ctx.db, async (tx) => {
      const now = ctx.clock.now().toISOString();
      await tx
        .updateTable('vet_accounts')
        .set({ password_hash: passwordHash, updated_at: now })
        .where('id', '=', account.id)
        .execute();
      await spendTokens(tx, ctx, account.id);
      await revokeAllVetSessions(tx, ctx, account.id, caller.sessionToken);
      await clearThrottle(tx, accountKey(account.email));
      const recipient = { to: account.email, locale: accountLocale(account) };
      await queuePasswordChangedMail(tx, ctx, recipient, newId());
      await appendAudit(tx, ctx.clock, actor, {
        action: 'vet.password_changed',
        entityType: 'vet_account',
        entityId: account.id,
      });
    });
    ctx.kickMail();
    return { ok: true as const };
  });
}

export function changeEmail(
  ctx: ServiceContext,
  actor: Actor,
  caller: Caller,
  input: { password: string; newEmail: string },
): Promise<{ status: 'check_mail' }> {
  const vet = signedInVet(actor);
  const newEmail = normaliseEmail(input.newEmail);
  if (newEmail === vet.email) throw new AppError('VALIDATION', 'error.sameEmail');

  return oneAtATime(accountKey(vet.email), async () => {
    const account = await checkCurrentPassword(ctx, actor, caller, input.password);

    // Limited per account, whatever address is named: counted against each new
    // address, one account could mail a stream of strangers through the lab's server.
    const request = {
      email: vet.email,
      kind: 'change_email' as const,
      clientAddress: caller.clientAddress,
    };
    await underMailLimit(ctx, request, async (tx, requestId) => {
      const holder = await accountByEmail(tx, newEmail);
      if (holder) {
        const recipient = { to: newEmail, locale: accountLocale(holder) };
        await queueChangeEmailTakenMail(tx, ctx, recipient, requestId);
      } else {
        // Only the latest request counts: an older link for another address dies.
        await spendTokens(tx, ctx, account.id, ['change_email']);
        const token = await issueToken(tx, ctx, account.id, 'change_email', newEmail);
        const recipient = { to: newEmail, locale: accountLocale(account) };
        await queueChangeEmailMail(tx, ctx, recipient, token);
      }
      await appendAudit(tx, ctx.clock, actor, {
        action: 'vet.email_change_requested',
        entityType: 'vet_account',
        entityId: account.id,
        details: { toDomain: emailDomain(newEmail), addressTaken: holder !== undefined },
      });
      return 'sent';
    });
    return { status: 'check_mail' as const };
  });
}
