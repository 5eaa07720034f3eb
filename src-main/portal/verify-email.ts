// A link from a mail proves a mailbox. A verification link activates the
// account and ties it to the lab's record of the vet; a confirmation of a new
// address moves the account (and the record) to it, and then every other link
// and every session of the account ends, and the old address is told. One
// transaction each: a link is spent exactly when its effect is written.
//
// Opening the link is not enough: the account's password is asked too. Someone
// may register with another vet's address; if that vet opened the mail and
// followed the link, a link alone would hand the stranger an account tied to
// her protocols. A mail scanner that opens links cannot spend one either.

import type { ServiceContext } from '../context';
import { editVeterinarianRecord } from '../veterinarians/record';
import type { AuthTokensTable } from '../db/schema';
import { writeTransaction, type Tx } from '../db/transaction';
import { appendAudit } from '../audit/append';
import { AppError } from '../../src-shared/errors';
import { revokeAllVetSessions } from './sessions';
import { spendTokens, tokenHash, usableToken } from './tokens';
import { checkPasswordThrottled } from './password-check';
import type { Caller } from '../rpc/dispatch';
import { linkVeterinarian } from './link-veterinarian';
import { queueEmailChangedMail } from './auth-mails';
import {
  accountById,
  accountLocale,
  emailDomain,
  personOf,
  type VetAccountRow,
} from './vet-account';

export async function verifyEmail(
  ctx: ServiceContext,
  caller: Caller,
  input: { token: string; password: string },
): Promise<{ email: string }> {
  await checkOwnersPassword(ctx, caller, input);
  const { token } = input;
  const outcome = await writeTransaction(ctx.db, async (tx) => {
    const row = await usableToken(tx, ctx, token, ['verify_email', 'change_email']);
    const account = await accountById(tx, row.account_id);
    if (!account) throw new AppError('VALIDATION', 'error.linkInvalid');
    if (account.active !== 1) throw new AppError('FORBIDDEN', 'error.accountInactive');
    return row.purpose === 'verify_email'
      ? confirmAddress(tx, ctx, row, account)
      : switchAddress(tx, ctx, row, account);
  });
  if (outcome.mailed) ctx.kickMail();
  return { email: outcome.email };
}

// Only for a link still usable: a used or expired one is answered as such by the
// transaction below, before any password is looked at.
async function checkOwnersPassword(
  ctx: ServiceContext,
  caller: Caller,
  input: { token: string; password: string },
): Promise<void> {
  const row = await ctx.db
    .selectFrom('auth_tokens')
    .innerJoin('vet_accounts', 'vet_accounts.id', 'auth_tokens.account_id')
    .select(['vet_accounts.email', 'auth_tokens.used_at', 'auth_tokens.expires_at'])
    .where('auth_tokens.token_hash', '=', tokenHash(input.token))
    .executeTakeFirst();
  if (!row || row.used_at || row.expires_at <= ctx.clock.now().toISOString()) return;
  await checkPasswordThrottled(ctx, {
    email: row.email,
    password: input.password,
    clientAddress: caller.clientAddress,
    refusal: () => new AppError('VALIDATION', 'error.verifyPasswordWrong'),
    failedAction: 'vet.verify_failed',
  });
}

async function confirmAddress(
  tx: Tx,
  ctx: ServiceContext,
  token: AuthTokensTable,
  account: VetAccountRow,
): Promise<{ email: string; mailed: boolean }> {
  // Only the address the link was mailed to: the account's own, as registered.
  if (token.email !== account.email) throw new AppError('VALIDATION', 'error.linkInvalid');
  const now = ctx.clock.now().toISOString();

  await spendTokens(tx, ctx, account.id, ['verify_email']);
  await tx
    .updateTable('vet_accounts')
    .set({ email_verified_at: account.email_verified_at ?? now, updated_at: now })
    .where('id', '=', account.id)
    .execute();
  const veterinarianId = await linkVeterinarian(tx, ctx, account);
  await appendAudit(
    tx,
    ctx.clock,
    { name: (await personOf(tx, account)).name },
    {
      action: 'vet.email_verified',
      entityType: 'vet_account',
      entityId: account.id,
      details: { emailDomain: emailDomain(account.email), veterinarianId },
    },
  );
  return { email: account.email, mailed: false };
}

async function switchAddress(
  tx: Tx,
  ctx: ServiceContext,
  token: AuthTokensTable,
  account: VetAccountRow,
): Promise<{ email: string; mailed: boolean }> {
  const newEmail = token.email;
  const now = ctx.clock.now().toISOString();
  const person = await personOf(tx, account);

  // The new address may have registered since the link was mailed.
  const holder = await tx
    .selectFrom('vet_accounts')
    .select('id')
    .where('email', '=', newEmail)
    .where('id', '!=', account.id)
    .executeTakeFirst();
  if (holder) throw new AppError('CONFLICT', 'error.emailNowTaken');

  if (account.veterinarian_id) {
    const other = await tx
      .selectFrom('veterinarians')
      .select('id')
      .where('email', '=', newEmail)
      .where('id', '!=', account.veterinarian_id)
      .executeTakeFirst();
    if (other) throw new AppError('CONFLICT', 'error.emailOnAnotherRecord');
    await editVeterinarianRecord(tx, ctx, {
      id: account.veterinarian_id,
      set: { email: newEmail },
      changes: { email: { from: account.email, to: newEmail } },
      by: person.name,
    });
  }

  await tx
    .updateTable('vet_accounts')
    .set({ email: newEmail, email_verified_at: now, updated_at: now })
    .where('id', '=', account.id)
    .execute();
  await spendTokens(tx, ctx, account.id);
  await revokeAllVetSessions(tx, ctx, account.id);
  const recipient = { to: account.email, locale: accountLocale(account) };
  await queueEmailChangedMail(tx, ctx, recipient, token.id, newEmail);
  await appendAudit(
    tx,
    ctx.clock,
    { name: person.name },
    {
      action: 'vet.email_changed',
      entityType: 'vet_account',
      entityId: account.id,
      details: { fromDomain: emailDomain(account.email), toDomain: emailDomain(newEmail) },
    },
  );
  return { email: newEmail, mailed: true };
}
