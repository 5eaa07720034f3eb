// A new verification link on request, under the per-address mail limit. The
// answer and the limit are the same whether the address has an account waiting
// for verification, one already verified, or none; only the first gets mail.

import type { Caller } from '../rpc/dispatch';
import type { ServiceContext } from '../context';
import { normaliseEmail } from '../../src-shared/email-address';
import { issueToken } from './tokens';
import { underMailLimit } from './mail-limits';
import { queueVerificationMail } from './auth-mails';
import { accountByEmail, accountLocale } from './vet-account';

export async function resendVerification(
  ctx: ServiceContext,
  caller: Caller,
  typedEmail: string,
): Promise<{ status: 'check_mail' }> {
  const email = normaliseEmail(typedEmail);
  const request = { email, kind: 'verification' as const, clientAddress: caller.clientAddress };
  await underMailLimit(ctx, request, async (tx) => {
    const account = await accountByEmail(tx, email);
    if (!account || account.email_verified_at || account.active !== 1) return 'no_account';
    const token = await issueToken(tx, ctx, account.id, 'verify_email', email);
    await queueVerificationMail(tx, ctx, { to: email, locale: accountLocale(account) }, token);
    return 'sent';
  });
  return { status: 'check_mail' };
}
