// The mail that tells the referring veterinarian where their protocol stands: received,
// rejected, processing, ready for the pathologist. It is queued in the transaction of the
// change itself, so it exists exactly when the change committed, and the outbox's event key
// (`protocol.<status>:<protocol id>`) keeps it to one per database. A protocol reaching
// `report_sent` gets no notice of its own: the report's own mail (report-mail.ts) is what
// moved it there.
//
// One rule keeps it to one across the whole lab: a workstation enrolled with a central
// server never queues these mails. The server does, when the change reaches it by sync or
// happens on it. A workstation on its own (not enrolled) mails the vet itself. Rows a device
// made before it enrolled are not mailed by the server: that desk mailed them back then.

import type { Locale, MessageKey, MessageParams } from '../../src-shared/i18n/translate';
import { translate } from '../../src-shared/i18n/translate';
import { formatLocalDateTime } from '../../src-shared/calendar';
import {
  DEFAULT_NOTIFY,
  NOTIFIABLE_STATUSES,
  type NotifiableStatus,
} from '../../src-shared/portal-contract';
import type { ProtocolStatus } from '../../src-shared/status';
import type { WireChange } from '../../src-shared/sync-wire';
import { hlcMs } from '../../src-shared/hlc';
import type { ServiceContext } from '../context';
import type { Tx } from '../db/transaction';
import type { DevicesTable } from '../db/schema';
import { parseLocale, parseNotify } from '../portal/account-view';
import { portalLink } from '../portal/links';
import { loadSyncState } from '../sync/state';
import { readClocks } from '../sync/clocks';
import type { SyncedEntity } from '../sync/entities';
import { composeMail, type ComposedMail } from './compose';
import { enqueueMail } from './outbox';

/** What a status mail says about its protocol, in the lab's words. */
export interface StatusMailFacts {
  vet: string;
  kind: 'histopathology' | 'cytology';
  temporaryCode: string;
  protocolNumber: string | null;
  animal: string;
  /** received: how the sample arrived */
  reception?: { condition: string; discrepancies: string | null; recordedAt: string };
  /** rejected: why */
  rejectionReason?: string;
}

interface Template {
  subject: MessageKey;
  body: MessageKey;
  portal: MessageKey;
}

const TEMPLATES: Partial<Record<ProtocolStatus, Template>> = {
  received: { subject: 'mail.received.subject', body: 'mail.received.body', portal: 'mail.portal' },
  rejected: { subject: 'mail.rejected.subject', body: 'mail.rejected.body', portal: 'mail.portal' },
  processing: {
    subject: 'mail.processing.subject',
    body: 'mail.processing.body',
    portal: 'mail.portal',
  },
  ready: { subject: 'mail.ready.subject', body: 'mail.ready.body', portal: 'mail.portal' },
};
const ANY_STATUS: Template = {
  subject: 'mail.status.subject',
  body: 'mail.status.body',
  portal: 'mail.portal',
};

// The rank a protocol's status has on its way; a rejected protocol goes nowhere.
const ORDER: readonly ProtocolStatus[] = [
  'draft',
  'submitted',
  'received',
  'processing',
  'ready',
  'report_sent',
];

/** The protocol stands at `status` or beyond it: the mail about `status` is still true. */
function hasReached(current: ProtocolStatus, status: ProtocolStatus): boolean {
  if (status === 'rejected' || current === 'rejected') return current === status;
  return ORDER.indexOf(current) >= ORDER.indexOf(status);
}

export function isNotifiable(status: string): status is NotifiableStatus {
  return (NOTIFIABLE_STATUSES as readonly string[]).includes(status);
}

export function statusMailKey(status: ProtocolStatus, protocolId: string): string {
  return `protocol.${status}:${protocolId}`;
}

/**
 * The mail in one language. `link` is the protocol's page on the portal, or null where
 * there is no portal to point at.
 */
export function composeStatusMail(
  locale: Locale,
  status: ProtocolStatus,
  facts: StatusMailFacts,
  link: string | null,
  timeZone: string,
): ComposedMail {
  const template = TEMPLATES[status] ?? ANY_STATUS;
  const reception = facts.reception;
  const params: MessageParams = {
    vet: facts.vet,
    kind: translate(locale, `kind.${facts.kind}`),
    animal: facts.animal,
    temporaryCode: facts.temporaryCode,
    number: facts.protocolNumber ?? facts.temporaryCode,
    status: translate(locale, `status.${status}`),
    reason: facts.rejectionReason ?? '',
    condition: reception ? translate(locale, `condition.${reception.condition as 'optimal'}`) : '',
    discrepancies: reception?.discrepancies
      ? translate(locale, 'mail.received.discrepancies', { text: reception.discrepancies })
      : '',
    when: reception ? formatLocalDateTime(reception.recordedAt, timeZone) : '',
    portal: link ? translate(locale, template.portal, { link }) : '',
    signature: translate(locale, 'mail.signature'),
  };
  return composeMail(locale, { subject: template.subject, body: template.body }, params);
}

/** Whether this node mails vets: the central server and a workstation of its own do. */
export async function mailsVetsHere(tx: Tx, ctx: ServiceContext): Promise<boolean> {
  if (ctx.role === 'server') return true;
  const state = await loadSyncState(tx, ctx);
  return !state.device_id;
}

/** The vet's choices: from their active, verified portal account, else the defaults. */
export async function vetPreferences(
  tx: Tx,
  ctx: ServiceContext,
  veterinarianId: string,
): Promise<{ locale: Locale; notify: readonly NotifiableStatus[] }> {
  const account = await tx
    .selectFrom('vet_accounts')
    .select(['id', 'locale', 'notify'])
    .where('veterinarian_id', '=', veterinarianId)
    .where('active', '=', 1)
    .where('email_verified_at', 'is not', null)
    .orderBy('updated_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!account) return { locale: 'es-AR', notify: DEFAULT_NOTIFY };

  let notify: readonly NotifiableStatus[];
  try {
    notify = parseNotify(account.notify);
  } catch {
    // A damaged choice must not stop a reception; the defaults are what a vet starts with.
    ctx.log.warn({ accountId: account.id }, 'unreadable notification choices; defaults used');
    notify = DEFAULT_NOTIFY;
  }
  return { locale: parseLocale(account.locale), notify };
}

async function loadFacts(tx: Tx, protocolId: string) {
  const p = await tx
    .selectFrom('protocols as p')
    .innerJoin('veterinarians as v', 'v.id', 'p.veterinarian_id')
    .select([
      'p.id',
      'p.kind',
      'p.status',
      'p.temporary_code',
      'p.protocol_number',
      'p.animal_identification',
      'p.animal_species',
      'p.veterinarian_id',
      'v.first_name',
      'v.last_name',
      'v.email',
    ])
    .where('p.id', '=', protocolId)
    .executeTakeFirst();
  if (!p) return null;

  const reception = await tx
    .selectFrom('receptions')
    .select(['outcome', 'sample_condition', 'discrepancies', 'rejection_reason', 'recorded_at'])
    .where('protocol_id', '=', protocolId)
    .orderBy('recorded_at')
    .execute();
  const received = reception.find((r) => r.outcome === 'received');
  const rejected = reception.find((r) => r.outcome === 'rejected');
  const facts: StatusMailFacts = {
    vet: `${p.first_name} ${p.last_name}`,
    kind: p.kind,
    temporaryCode: p.temporary_code,
    protocolNumber: p.protocol_number,
    animal: p.animal_identification ?? p.animal_species,
    reception: received && {
      condition: received.sample_condition,
      discrepancies: received.discrepancies,
      recordedAt: received.recorded_at,
    },
    rejectionReason: rejected?.rejection_reason ?? undefined,
  };
  return { row: p, facts };
}

/**
 * Queues the mail for a protocol that reached `status`, inside the caller's transaction.
 * Answers whether a mail was queued now: false when this node leaves vet mail to the central
 * server, when the vet does not want this one, when the protocol has no number yet (the mail
 * goes when it gets one) or has since gone another way, and when it was queued before.
 */
export async function queueStatusMail(
  tx: Tx,
  ctx: ServiceContext,
  protocolId: string,
  status: ProtocolStatus,
): Promise<boolean> {
  if (!isNotifiable(status)) return false;
  if (!(await mailsVetsHere(tx, ctx))) return false;

  const loaded = await loadFacts(tx, protocolId);
  if (!loaded) return false;
  const { row, facts } = loaded;
  if (!hasReached(row.status as ProtocolStatus, status)) return false;
  if (status !== 'rejected' && !facts.protocolNumber) return false;
  if (status === 'received' && !facts.reception) return false;

  const { locale, notify } = await vetPreferences(tx, ctx, row.veterinarian_id);
  if (!notify.includes(status)) return false;

  // Only the central server serves the portal; a workstation's mail has no page to link to.
  const link = ctx.role === 'server' ? portalLink(ctx, `protocolos/${protocolId}`) : null;
  const mail = composeStatusMail(locale, status, facts, link, ctx.timeZone);
  const queued = await enqueueMail(tx, ctx.clock, {
    eventKey: statusMailKey(status, protocolId),
    to: row.email,
    protocolId,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
  });
  return queued.queued;
}

/**
 * On the central server, in the transaction that applied a device's push: the mail for each
 * status the push brought. A status row arriving is one; so is a protocol arriving with its
 * number, when its reception came earlier without one (a desk that ran out of numbers
 * offline). A row the device made before it enrolled is skipped: the desk mailed it itself.
 *
 * "Before it enrolled" is judged by the row's date and by the clock the device stamped it
 * with: both must be earlier than the enrolment. A desk whose clock runs behind dates a
 * reception made after enrolling earlier than the server's enrolment time; its stamp is
 * corrected by the clock error the server measured, so such a reception is still mailed.
 */
export async function queuePushedStatusMails(
  tx: Tx,
  ctx: ServiceContext,
  push: { device: Pick<DevicesTable, 'enrolled_at'>; changes: readonly WireChange[] },
): Promise<number> {
  const historyIds = push.changes.filter((c) => c.entity === 'status_history').map((c) => c.rowId);
  const numbered = push.changes
    .filter((c) => c.entity === 'protocol' && typeof c.data.protocol_number === 'string')
    .map((c) => c.rowId);
  if (historyIds.length === 0 && numbered.length === 0) return 0;

  const rows: { id: string; protocol_id: string; to_status: string; changed_at: string }[] = [];
  for (const part of chunks([...new Set(historyIds)])) {
    rows.push(
      ...(await tx
        .selectFrom('status_history')
        .select(['id', 'protocol_id', 'to_status', 'changed_at'])
        .where('id', 'in', part)
        .execute()),
    );
  }
  for (const part of chunks([...new Set(numbered)])) {
    rows.push(
      ...(await tx
        .selectFrom('status_history')
        .select(['id', 'protocol_id', 'to_status', 'changed_at'])
        .where('protocol_id', 'in', part)
        .where('to_status', '=', 'received')
        .execute()),
    );
  }

  const enrolledMs = Date.parse(push.device.enrolled_at);
  const done = new Set<string>();
  let queued = 0;
  rows.sort((a, b) => a.changed_at.localeCompare(b.changed_at));
  for (const row of rows) {
    const key = statusMailKey(row.to_status as ProtocolStatus, row.protocol_id);
    if (done.has(key) || !isNotifiable(row.to_status)) continue;
    done.add(key);
    const made = { id: row.id, at: row.changed_at };
    if (await madeBeforeEnrolment(tx, 'status_history', made, enrolledMs)) continue;
    if (await queueStatusMail(tx, ctx, row.protocol_id, row.to_status)) queued++;
  }
  return queued;
}

/**
 * A pushed row the device made before it enrolled, when it still mailed vets itself: its
 * date (`at`) and the clock it was stamped with both come before the enrolment.
 */
export async function madeBeforeEnrolment(
  tx: Tx,
  entity: SyncedEntity,
  row: { id: string; at: string },
  enrolledMs: number,
): Promise<boolean> {
  if (Date.parse(row.at) >= enrolledMs) return false;
  const stamp = (await readClocks(tx, entity, row.id))?.['*'];
  return stamp === undefined || hlcMs(stamp) < enrolledMs;
}

const CHUNK = 500;

/** Ids in groups small enough for one `in (...)` on either database. */
export function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}
