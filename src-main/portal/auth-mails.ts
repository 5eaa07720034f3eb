// The mails of a vet's account, each queued in the transaction of the event
// that causes it and written in the account's language. A link carries the
// token in the URL's fragment (see links.ts). Event keys name one event each:
// a token's id, or the id of the request that caused the mail.

import type { ServiceContext } from '../context';
import type { Tx } from '../db/transaction';
import { composeMail } from '../mail/compose';
import { enqueueMail } from '../mail/outbox';
import type { Locale, MessageKey, MessageParams } from '../../src-shared/i18n/translate';
import { formatLocalDateTime } from '../../src-shared/calendar';
import { portalLink } from './links';
import { TOKEN_HOURS } from './tokens';

// No mail carries a name: the address it goes to may not be proven yet, and a
// name typed by whoever registered must not reach someone else's inbox.
export interface Recipient {
  to: string;
  locale: Locale;
}

type Template =
  | 'verify'
  | 'registerTaken'
  | 'licenseTaken'
  | 'reset'
  | 'passwordChanged'
  | 'changeEmail'
  | 'changeEmailTaken'
  | 'emailChanged';

async function queue(
  tx: Tx,
  ctx: ServiceContext,
  template: Template,
  eventKey: string,
  recipient: Recipient,
  params: MessageParams,
): Promise<void> {
  // Typed against the catalogue: a template without its texts does not compile.
  const subject: MessageKey = `mail.auth.${template}.subject`;
  const body: MessageKey = `mail.auth.${template}.body`;
  const mail = composeMail(
    recipient.locale,
    { subject, body },
    { signInLink: portalLink(ctx, ''), ...params },
  );
  await enqueueMail(tx, ctx.clock, { eventKey, to: recipient.to, ...mail });
}

const now = (ctx: ServiceContext) =>
  formatLocalDateTime(ctx.clock.now().toISOString(), ctx.timeZone);

export function queueVerificationMail(
  tx: Tx,
  ctx: ServiceContext,
  recipient: Recipient,
  token: { id: string; token: string },
) {
  return queue(tx, ctx, 'verify', `auth.verify:${token.id}`, recipient, {
    link: portalLink(ctx, `verificar/${token.token}`),
    hours: TOKEN_HOURS.verify_email,
  });
}

export function queueRegisterTakenMail(
  tx: Tx,
  ctx: ServiceContext,
  recipient: Recipient,
  requestId: string,
) {
  return queue(tx, ctx, 'registerTaken', `auth.register-taken:${requestId}`, recipient, {});
}

export function queueLicenseTakenMail(
  tx: Tx,
  ctx: ServiceContext,
  recipient: Recipient,
  requestId: string,
  license: string,
) {
  return queue(tx, ctx, 'licenseTaken', `auth.license-taken:${requestId}`, recipient, {
    license,
  });
}

export function queueResetMail(
  tx: Tx,
  ctx: ServiceContext,
  recipient: Recipient,
  token: { id: string; token: string },
) {
  return queue(tx, ctx, 'reset', `auth.reset:${token.id}`, recipient, {
    link: portalLink(ctx, `restablecer/${token.token}`),
    hours: TOKEN_HOURS.reset_password,
  });
}

export function queuePasswordChangedMail(
  tx: Tx,
  ctx: ServiceContext,
  recipient: Recipient,
  eventId: string,
) {
  return queue(tx, ctx, 'passwordChanged', `auth.password-changed:${eventId}`, recipient, {
    when: now(ctx),
  });
}

export function queueChangeEmailMail(
  tx: Tx,
  ctx: ServiceContext,
  recipient: Recipient,
  token: { id: string; token: string },
) {
  return queue(tx, ctx, 'changeEmail', `auth.change-email:${token.id}`, recipient, {
    link: portalLink(ctx, `verificar/${token.token}`),
    hours: TOKEN_HOURS.change_email,
  });
}

export function queueChangeEmailTakenMail(
  tx: Tx,
  ctx: ServiceContext,
  recipient: Recipient,
  requestId: string,
) {
  return queue(tx, ctx, 'changeEmailTaken', `auth.change-email-taken:${requestId}`, recipient, {});
}

export function queueEmailChangedMail(
  tx: Tx,
  ctx: ServiceContext,
  recipient: Recipient,
  tokenId: string,
  newEmail: string,
) {
  return queue(tx, ctx, 'emailChanged', `auth.email-changed:${tokenId}`, recipient, {
    newEmail,
    when: now(ctx),
  });
}
