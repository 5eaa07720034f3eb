// What the sender does for a report mail beyond any other: it attaches the signed PDF, read
// from the version when sending and checked against its fingerprint, and once the mail
// server accepted the mail it moves the protocol to `report_sent`, in the transaction that
// marks the mail sent. A refused or failed mail moves nothing: the report was not delivered.
// Only the node that sends the mail moves the protocol; the others learn it by sync.

import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Attachment } from 'nodemailer/lib/mailer';
import { translate } from '../../src-shared/i18n/translate';
import type { DeliveryView } from '../../src-shared/report-contract';
import type { ProtocolStatus } from '../../src-shared/status';
import type { Actor, ServiceContext } from '../context';
import type { Database } from '../db/schema';
import type { Tx } from '../db/transaction';
import { moveProtocolStatus } from '../protocols/move-status';
import { isStandingVersion } from '../reports/report-rows';
import { reportFileName } from './report-mail';

/** Who the history says moved a protocol whose report the mail server accepted. */
export const MAIL_ACTOR: Actor = {
  userId: null,
  name: translate('es-AR', 'mail.report.sender'),
  roles: [],
};

// A report may be signed before the bench finished (with a written reason); once the mail
// server took it, the vet has it all the same.
const DELIVERABLE_FROM: readonly ProtocolStatus[] = ['received', 'processing', 'ready'];

/**
 * The signed PDF to attach, or why the mail cannot go: a report mail is never sent without
 * its report, nor with bytes other than those signed, nor for a version that no longer stands
 * (another signature of the same draft reached the central server first; its mail is the one
 * the vet gets).
 */
export async function reportAttachment(
  db: Kysely<Database>,
  versionId: string,
): Promise<{ attachment: Attachment } | { problem: string }> {
  const row = await db
    .selectFrom('report_versions as r')
    .innerJoin('protocols as p', 'p.id', 'r.protocol_id')
    .select(['r.version', 'r.pdf', 'r.pdf_sha256', 'p.protocol_number', 'p.temporary_code'])
    .where('r.id', '=', versionId)
    .executeTakeFirst();
  if (!row) return { problem: translate('es-AR', 'mail.report.missing', { id: versionId }) };
  if (!(await isStandingVersion(db, versionId))) {
    return {
      problem:
        `La versión ${row.version} de este informe no es la que quedó firmada: otra firma ` +
        'del mismo borrador llegó antes al servidor central, y esa es la que recibe el ' +
        'veterinario; esta no se envía',
    };
  }

  const pdf = Buffer.from(row.pdf, 'base64');
  if (createHash('sha256').update(pdf).digest('hex') !== row.pdf_sha256.toLowerCase()) {
    return { problem: translate('es-AR', 'mail.report.damaged', { version: row.version }) };
  }
  return {
    attachment: {
      filename: reportFileName(row.protocol_number ?? row.temporary_code, row.version),
      content: pdf,
      contentType: 'application/pdf',
    },
  };
}

/**
 * The mail server accepted the mail of `versionId`: its protocol is now `report_sent`, with
 * a history row, an audit entry and the change recorded for sync. Called inside the
 * transaction that marks the mail sent. Answers whether the protocol moved; an amendment's
 * mail finds it there already.
 */
export async function reportAccepted(
  tx: Tx,
  ctx: ServiceContext,
  versionId: string,
): Promise<boolean> {
  const version = await tx
    .selectFrom('report_versions as r')
    .innerJoin('protocols as p', 'p.id', 'r.protocol_id')
    .select(['r.protocol_id', 'r.version', 'p.status'])
    .where('r.id', '=', versionId)
    .executeTakeFirst();
  if (!version) return false;
  const from = version.status as ProtocolStatus;
  if (!DELIVERABLE_FROM.includes(from)) return false;

  const protocolId = version.protocol_id;
  const to: ProtocolStatus = 'report_sent';
  const reason = translate('es-AR', 'mail.report.accepted', { version: version.version });
  await moveProtocolStatus(tx, ctx, MAIL_ACTOR, {
    protocolId,
    from,
    to,
    reason,
    details: { reportVersionId: versionId },
  });
  ctx.log.info({ protocolId, reportVersionId: versionId, from, to }, 'report delivered');
  return true;
}

/** Each report mail of a protocol, one per version and recipient, oldest first. */
export async function reportDeliveries(
  db: Kysely<Database>,
  protocolId: string,
): Promise<DeliveryView[]> {
  const rows = await db
    .selectFrom('mail_outbox as m')
    .innerJoin('report_versions as r', 'r.id', 'm.report_version_id')
    .select([
      'm.id',
      'r.version',
      'm.to_address',
      'm.status',
      'm.attempts',
      'm.last_error',
      'm.created_at',
      'm.sent_at',
    ])
    .where('r.protocol_id', '=', protocolId)
    .orderBy('r.version')
    .orderBy('m.created_at')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    to: row.to_address,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  }));
}
