// The signed report, mailed to the referring veterinarian with its PDF attached: one mail per
// signed version that stands (event key `report.<version id>`), an amendment being a version
// of its own. A second signature of one draft, which lost to the first, is never mailed, and
// a mail queued for a version that later loses is not sent (report-delivery.ts).
// The report is what the vet sent the sample for, so it goes whatever they chose about status
// notices; it also replaces the old "report sent" notice.
//
// It follows the status mails' rule for one mail across the lab (status-mail.ts): queued in
// the signing transaction where vets are mailed from (the central server, or a workstation
// of its own), and on the central server in the transaction that brought a desk's signed
// version, unless the desk signed it before it enrolled and so mailed it itself.
//
// The outbox row names the version instead of holding the PDF: the sender reads the signed
// bytes when it sends (report-delivery.ts), so the database keeps one copy of each report.

import { formatLocalDay } from '../../src-shared/calendar';
import type { Locale, MessageParams } from '../../src-shared/i18n/translate';
import { translate } from '../../src-shared/i18n/translate';
import type { WireChange } from '../../src-shared/sync-wire';
import type { ServiceContext } from '../context';
import type { DevicesTable } from '../db/schema';
import type { Tx } from '../db/transaction';
import { portalLink } from '../portal/links';
import { isStandingVersion } from '../reports/report-rows';
import { composeMail, type ComposedMail } from './compose';
import { enqueueMail } from './outbox';
import { chunks, madeBeforeEnrolment, mailsVetsHere, vetPreferences } from './status-mail';

/** What the report mail says, in the lab's words. */
export interface ReportMailFacts {
  vet: string;
  kind: 'histopathology' | 'cytology';
  /** The protocol number, or its temporary code while it has none. */
  number: string;
  animal: string;
  version: number;
  signer: string;
  /** ISO instant */
  signedAt: string;
  /** Set on an amendment: the version it replaces, when that one was signed, and why. */
  amends: { version: number; signedAt: string; reason: string } | null;
}

export function reportMailKey(versionId: string): string {
  return `report.${versionId}`;
}

/** `Informe HP 26-001 v1.pdf`: a file name has no slash. */
export function reportFileName(number: string, version: number): string {
  return translate('es-AR', 'mail.report.attachment', {
    number: number.replace(/[/\\]/g, '-'),
    version,
  });
}

/**
 * The mail in one language. `link` is the protocol's page on the portal, or null where there
 * is no portal to point at.
 */
export function composeReportMail(
  locale: Locale,
  facts: ReportMailFacts,
  link: string | null,
  timeZone: string,
): ComposedMail {
  const amends = facts.amends;
  const params: MessageParams = {
    vet: facts.vet,
    report: translate(locale, `mail.report.kind.${facts.kind}`),
    number: facts.number,
    animal: facts.animal,
    version: facts.version,
    signer: facts.signer,
    signedDay: formatLocalDay(facts.signedAt, timeZone),
    signedTime: localTime(facts.signedAt, timeZone),
    replaces: amends?.version ?? '',
    replacedAt: amends
      ? `${formatLocalDay(amends.signedAt, timeZone)} ${localTime(amends.signedAt, timeZone)}`
      : '',
    reason: amends?.reason ?? '',
    portal: link
      ? translate(locale, amends ? 'mail.report.amended.portal' : 'mail.report.portal', { link })
      : '',
    signature: translate(locale, 'mail.signature'),
  };
  const keys = amends
    ? ({ subject: 'mail.report.amended.subject', body: 'mail.report.amended.body' } as const)
    : ({ subject: `mail.report.subject.${facts.kind}`, body: 'mail.report.body' } as const);
  return composeMail(locale, keys, params);
}

/** `09:05` in the lab's zone, as the signed PDF prints it. */
function localTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('es-AR', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

async function loadFacts(tx: Tx, versionId: string) {
  const row = await tx
    .selectFrom('report_versions as r')
    .innerJoin('protocols as p', 'p.id', 'r.protocol_id')
    .innerJoin('veterinarians as v', 'v.id', 'p.veterinarian_id')
    .select([
      'r.protocol_id',
      'r.version',
      'r.amends_version_id',
      'r.amendment_reason',
      'r.signer_name',
      'r.signed_at',
      'p.kind',
      'p.temporary_code',
      'p.protocol_number',
      'p.animal_identification',
      'p.animal_species',
      'p.veterinarian_id',
      'v.first_name',
      'v.last_name',
      'v.email',
    ])
    .where('r.id', '=', versionId)
    .executeTakeFirst();
  if (!row) return null;

  const amended = row.amends_version_id
    ? await tx
        .selectFrom('report_versions')
        .select(['version', 'signed_at'])
        .where('id', '=', row.amends_version_id)
        .executeTakeFirst()
    : undefined;
  const facts: ReportMailFacts = {
    vet: `${row.first_name} ${row.last_name}`,
    kind: row.kind,
    number: row.protocol_number ?? row.temporary_code,
    animal: row.animal_identification ?? row.animal_species,
    version: row.version,
    signer: row.signer_name,
    signedAt: row.signed_at,
    amends: amended
      ? {
          version: amended.version,
          signedAt: amended.signed_at,
          reason: row.amendment_reason ?? '',
        }
      : null,
  };
  return { row, facts };
}

/**
 * Queues the mail of a signed version inside the caller's transaction (the signing, or the
 * push that brought it). Answers whether a mail was queued now: false where this node leaves
 * vet mail to the central server, and when this version was queued before.
 */
export async function queueReportMail(
  tx: Tx,
  ctx: ServiceContext,
  versionId: string,
): Promise<boolean> {
  if (!(await mailsVetsHere(tx, ctx))) return false;
  // A second signature of one draft (two desks, offline) that lost to the first is never
  // mailed: the vet gets one report per version number, the one that stands everywhere.
  if (!(await isStandingVersion(tx, versionId))) {
    ctx.log.info({ reportVersionId: versionId }, 'report version not standing: not mailed');
    return false;
  }

  const loaded = await loadFacts(tx, versionId);
  if (!loaded) return false;
  const { row, facts } = loaded;

  // The language is the vet's; which notices they want does not apply to the report.
  const { locale } = await vetPreferences(tx, ctx, row.veterinarian_id);
  // Only the central server serves the portal; a workstation's mail has no page to link to.
  const link = ctx.role === 'server' ? portalLink(ctx, `protocolos/${row.protocol_id}`) : null;
  const mail = composeReportMail(locale, facts, link, ctx.timeZone);
  const queued = await enqueueMail(tx, ctx.clock, {
    eventKey: reportMailKey(versionId),
    to: row.email,
    protocolId: row.protocol_id,
    reportVersionId: versionId,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
  });
  return queued.queued;
}

/**
 * On the central server, in the transaction that applied a device's push: the mail of each
 * signed version the push brought or named as its draft's signature, once it stands, save
 * those the device signed before it enrolled (see `madeBeforeEnrolment`). A version and the
 * draft that names it may come in two batches, so either one's arrival queues the mail; a
 * signature that lost to one the server took first is not mailed. A report signed offline is
 * mailed when its desk next syncs.
 */
export async function queuePushedReportMails(
  tx: Tx,
  ctx: ServiceContext,
  push: { device: Pick<DevicesTable, 'enrolled_at'>; changes: readonly WireChange[] },
): Promise<number> {
  const ids = push.changes.flatMap((c) => {
    if (c.entity === 'report_version') return [c.rowId];
    const named = c.entity === 'report_draft' ? c.data.signed_version_id : null;
    return typeof named === 'string' ? [named] : [];
  });
  if (ids.length === 0) return 0;

  const enrolledMs = Date.parse(push.device.enrolled_at);
  let queued = 0;
  for (const part of chunks([...new Set(ids)])) {
    const versions = await tx
      .selectFrom('report_versions')
      .select(['id', 'signed_at'])
      .where('id', 'in', part)
      .orderBy('signed_at')
      .execute();
    for (const version of versions) {
      const made = { id: version.id, at: version.signed_at };
      if (await madeBeforeEnrolment(tx, 'report_version', made, enrolledMs)) continue;
      if (await queueReportMail(tx, ctx, version.id)) queued++;
    }
  }
  return queued;
}
