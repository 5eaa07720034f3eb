// A vet registers on the portal. Whatever the address and license, the answer
// is the same ("check your mail") after the same work (one argon2id hash, one
// transaction, one mail), so registering reveals nothing about other accounts:
// - a new address and license: an unverified account and a verification link;
// - an address that already has an account: nothing changes, and its owner is
//   told someone tried (if it was them, they sign in or reset the password);
// - a license another account holds: nothing is made, and the new address is
//   told so, without naming anyone.
// The lab's record of the vet is not touched until the address is verified.

import type { Caller } from '../rpc/dispatch';
import type { ServiceContext } from '../context';
import { writeTransaction } from '../db/transaction';
import { newId } from '../ids';
import { appendAudit } from '../audit/append';
import { checkPasswordRules, hashPassword } from '../accounts/passwords';
import type { MethodParsedInput } from '../../src-shared/contract';
import { licenseKey, normaliseEmail } from '../../src-shared/email-address';
import { AppError } from '../../src-shared/errors';
import { DEFAULT_NOTIFY } from '../../src-shared/portal-contract';
import { issueToken } from './tokens';
import { logMailRequest, recentRequests, type MailRequest } from './mail-limits';
import { queueLicenseTakenMail, queueRegisterTakenMail, queueVerificationMail } from './auth-mails';
import { accountLocale, emailDomain } from './vet-account';

// Registering again and again with someone's address would fill their mailbox
// with notices; past this many in an hour the answer stays the same but no
// more mail goes out (the account, if new, is still made: a resend can follow).
export const REGISTRATION_MAILS_PER_HOUR = 5;

export async function register(
  ctx: ServiceContext,
  caller: Caller,
  input: MethodParsedInput<'auth.register'>,
): Promise<{ status: 'check_mail' }> {
  const { email: typedEmail, password, locale, ...profile } = input;
  const email = normaliseEmail(typedEmail);
  const license = licenseKey(profile.licenseNumber);
  if (!license) throw new AppError('VALIDATION', 'error.licenseUnreadable');
  const { firstName, lastName, licenseNumber, dni, cuit, phone, address } = profile;
  const own = [email, firstName, lastName, licenseNumber, dni, cuit, phone];
  checkPasswordRules(password, [...own, ...Object.values(address ?? {})]);
  const passwordHash = await hashPassword(password);
  const anonymous = { name: 'anonymous' };
  const domain = emailDomain(email);

  const mailed = await writeTransaction(ctx.db, async (tx) => {
    const now = ctx.clock.now();
    const requestId = newId();
    const request: MailRequest = {
      email,
      kind: 'registration',
      clientAddress: caller.clientAddress,
    };
    const mail = (await recentRequests(tx, request, now)).length < REGISTRATION_MAILS_PER_HOUR;
    const byEmail = await tx
      .selectFrom('vet_accounts')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirst();
    const byLicense = await tx
      .selectFrom('vet_accounts')
      .select('id')
      .where('license_key', '=', license)
      .executeTakeFirst();

    if (byEmail) {
      const recipient = { to: email, locale: accountLocale(byEmail) };
      if (mail) await queueRegisterTakenMail(tx, ctx, recipient, requestId);
      await appendAudit(tx, ctx.clock, anonymous, {
        action: 'vet.registration_refused',
        details: { reason: 'address_taken', emailDomain: domain },
      });
    } else if (byLicense) {
      const recipient = { to: email, locale };
      if (mail) {
        await queueLicenseTakenMail(tx, ctx, recipient, requestId, profile.licenseNumber);
      }
      await appendAudit(tx, ctx.clock, anonymous, {
        action: 'vet.registration_refused',
        details: { reason: 'license_taken', emailDomain: domain },
      });
    } else {
      const accountId = newId();
      await tx
        .insertInto('vet_accounts')
        .values({
          id: accountId,
          email,
          license_key: license,
          veterinarian_id: null,
          password_hash: passwordHash,
          profile: JSON.stringify(profile),
          locale,
          notify: JSON.stringify(DEFAULT_NOTIFY),
          email_verified_at: null,
          active: 1,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        })
        .execute();
      const token = await issueToken(tx, ctx, accountId, 'verify_email', email);
      if (mail) await queueVerificationMail(tx, ctx, { to: email, locale }, token);
      await appendAudit(tx, ctx.clock, anonymous, {
        action: 'vet.registered',
        entityType: 'vet_account',
        entityId: accountId,
        details: { emailDomain: domain },
      });
    }
    await logMailRequest(tx, requestId, request, now, mail ? 'sent' : 'refused');
    return mail;
  });

  if (mailed) ctx.kickMail();
  else
    ctx.log.warn({ emailDomain: domain }, 'registration mail not sent: too many for the address');
  return { status: 'check_mail' };
}
