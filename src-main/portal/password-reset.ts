// A forgotten password. Asking for a reset answers the same, does the same work
// and meets the same per-address limit whether or not the address has an
// account; an active account gets a link valid for an hour (it hands over the
// account). Using the link sets the new password and ends everything the old
// one opened: every other link, every session, the sign-in throttle. A reset
// also proves the mailbox, so an address never verified counts as verified and
// its record is linked as a verification would.

import type { Caller } from '../rpc/dispatch';
import type { ServiceContext } from '../context';
import { writeTransaction } from '../db/transaction';
import { newId } from '../ids';
import { appendAudit } from '../audit/append';
import { checkPasswordRules, hashPassword } from '../accounts/passwords';
import { AppError } from '../../src-shared/errors';
import { normaliseEmail } from '../../src-shared/email-address';
import { revokeAllVetSessions } from './sessions';
import { issueToken, spendTokens, usableToken } from './tokens';
import { underMailLimit } from './mail-limits';
import { queuePasswordChangedMail, queueResetMail } from './auth-mails';
import { linkVeterinarian } from './link-veterinarian';
import { accountKey, clearThrottle } from './throttle';
import {
  accountByEmail,
  accountById,
  accountLocale,
  emailDomain,
  personalData,
  personOf,
} from './vet-account';

export async function requestPasswordReset(
  ctx: ServiceContext,
  caller: Caller,
  typedEmail: string,
): Promise<{ status: 'check_mail' }> {
  const email = normaliseEmail(typedEmail);
  const request = { email, kind: 'password_reset' as const, clientAddress: caller.clientAddress };
  await underMailLimit(ctx, request, async (tx) => {
    const account = await accountByEmail(tx, email);
    if (!account || account.active !== 1) return 'no_account';
    const token = await issueToken(tx, ctx, account.id, 'reset_password', email);
    await queueResetMail(tx, ctx, { to: email, locale: accountLocale(account) }, token);
    return 'sent';
  });
  return { status: 'check_mail' };
}

export async function resetPassword(
  ctx: ServiceContext,
  token: string,
  password: string,
): Promise<{ ok: true }> {
  // Checked before the slow hash, and again in the transaction: the same link
  // sent twice at once is spent by one of them only.
  const found = await usableToken(ctx.db, ctx, token, ['reset_password']);
  const before = await accountById(ctx.db, found.account_id);
  if (!before) throw new AppError('VALIDATION', 'error.linkInvalid');
  if (before.active !== 1) throw new AppError('FORBIDDEN', 'error.accountInactive');
  checkPasswordRules(password, personalData(before.email, await personOf(ctx.db, before)));
  const passwordHash = await hashPassword(password);

  await writeTransaction(ctx.db, async (tx) => {
    const row = await usableToken(tx, ctx, token, ['reset_password']);
    const account = await accountById(tx, row.account_id);
    if (!account || account.email !== row.email) {
      throw new AppError('VALIDATION', 'error.linkInvalid');
    }
    const now = ctx.clock.now().toISOString();
    await tx
      .updateTable('vet_accounts')
      .set({
        password_hash: passwordHash,
        email_verified_at: account.email_verified_at ?? now,
        updated_at: now,
      })
      .where('id', '=', account.id)
      .execute();
    await spendTokens(tx, ctx, account.id);
    await revokeAllVetSessions(tx, ctx, account.id);
    await clearThrottle(tx, accountKey(account.email));
    await linkVeterinarian(tx, ctx, account, { fromRegistration: false });

    const person = await personOf(tx, account);
    const recipient = { to: account.email, locale: accountLocale(account) };
    await queuePasswordChangedMail(tx, ctx, recipient, newId());
    await appendAudit(
      tx,
      ctx.clock,
      { name: person.name },
      {
        action: 'vet.password_reset',
        entityType: 'vet_account',
        entityId: account.id,
        details: {
          emailDomain: emailDomain(account.email),
          verifiedNow: account.email_verified_at === null,
        },
      },
    );
  });
  ctx.kickMail();
  return { ok: true };
}
