// Sign-out. The pathologist confirms with their password; the report's content
// is gathered and hashed, the PDF drawn, and then one transaction writes the
// signed version (its content, both hashes and the PDF's bytes), seals the
// draft, records both for sync, writes the audit entry and queues the mail to
// the vet. The PDF is drawn before that transaction, so the write lock is held
// for milliseconds, not for the seconds a report with images takes to draw; the
// transaction checks first that nobody changed or signed the draft meanwhile.
//
// A protocol whose slides are ready signs; one still at the bench signs only
// with a written reason, printed on the report. The protocol moves to
// "report sent" when the mail server accepts the mail (mail/report-delivery.ts).

import type { Actor, ServiceContext } from '../context';
import type { ReportVersionsTable, UsersTable } from '../db/schema';
import type { MethodParsedInput } from '../../src-shared/contract';
import type { VersionView } from '../../src-shared/report-contract';
import type { ProtocolStatus } from '../../src-shared/status';
import { changeLimit, changeSize } from '../../src-shared/sync-wire';
import { AppError } from '../../src-shared/errors';
import { formatLocalDateTime } from '../../src-shared/calendar';
import { writeTransaction, type Tx } from '../db/transaction';
import { appendAudit } from '../audit/append';
import { newId } from '../ids';
import { edited, inserted, recordChanges } from '../sync/record';
import { protocolCode, resolveProtocol, type ProtocolRow } from '../processing/resolve';
import { queueReportMail } from '../mail/report-mail';
import { renderReportPdf } from './report-pdf';
import { reauthenticate } from './reauthenticate';
import { buildPdfInput } from './pdf-input';
import { draftsOf, openDraft, type DraftRow } from './report-rows';
import { EARLY, loadReportable, signedRefusal, statusWord } from './reportable';
import { formatBytes, sha256 } from './image-check';
import { readSignature } from './signature';
import { toVersionView } from './view';

/** Refuses a signature the protocol's status does not allow; answers the early reason kept. */
function checkStatus(p: ProtocolRow, earlyReason: string | undefined): string | null {
  const status = p.status as ProtocolStatus;
  if (status === 'ready' || status === 'report_sent') return null;
  if (!EARLY.includes(status)) {
    throw new AppError('CONFLICT', 'error.reportNotSignable', { status: statusWord(status) });
  }
  if (!earlyReason) {
    throw new AppError('VALIDATION', 'error.reportEarlyReason', {
      protocol: protocolCode(p),
      status: statusWord(status),
    });
  }
  return earlyReason;
}

async function draftToSign(ctx: ServiceContext, p: ProtocolRow): Promise<DraftRow> {
  const drafts = await draftsOf(ctx.db, p.id);
  const draft = openDraft(drafts);
  if (draft) return draft;
  const last = drafts.at(-1);
  if (last) throw await signedRefusal(ctx.db, p, last, ctx.timeZone);
  throw new AppError('NOT_FOUND', 'error.reportNoDraft', { protocol: protocolCode(p) });
}

function licenseOf(user: UsersTable): string {
  const license = user.license_number?.trim();
  if (!license) throw new AppError('FORBIDDEN', 'error.reportNoLicense');
  return license;
}

export async function signReport(
  ctx: ServiceContext,
  actor: Actor,
  input: MethodParsedInput<'reports.sign'>,
): Promise<VersionView> {
  const protocol = await resolveProtocol(ctx.db, input.protocol);
  const user = await reauthenticate(ctx, actor, input.password, protocol.id);

  const p = await loadReportable(ctx.db, protocol.id);
  const earlyReason = checkStatus(p, input.earlyReason);
  const draft = await draftToSign(ctx, p);
  if (draft.diagnosis.trim() === '') throw new AppError('VALIDATION', 'error.reportNoDiagnosis');
  const license = licenseOf(user);
  const amended = draft.amends_version_id
    ? await ctx.db
        .selectFrom('report_versions')
        .select(['id', 'version', 'signed_at'])
        .where('id', '=', draft.amends_version_id)
        .executeTakeFirstOrThrow()
    : null;
  const signature = await readSignature(ctx.db, user.id);

  const signedAt = ctx.clock.now().toISOString();
  const signed = await buildPdfInput(ctx.db, {
    p,
    draft,
    signer: {
      name: user.display_name,
      license,
      image: signature && Buffer.from(signature.data, 'base64'),
    },
    signedAt,
    amends: amended && { number: amended.version, signedAt: amended.signed_at },
    earlyReason,
    timeZone: ctx.timeZone,
  });
  const pdf = await renderReportPdf(signed.input);

  const row: ReportVersionsTable = {
    id: newId(),
    protocol_id: p.id,
    draft_id: draft.id,
    version: draft.version,
    amends_version_id: draft.amends_version_id,
    amendment_reason: draft.amendment_reason,
    early_reason: earlyReason,
    content: signed.content,
    content_sha256: signed.contentSha256,
    pdf: pdf.toString('base64'),
    pdf_sha256: sha256(pdf),
    signed_by: user.id,
    signer_name: user.display_name,
    signer_license: license,
    signed_at: signedAt,
  };
  // A version that could not travel would stop this desk's sync for good.
  const versionChange = inserted('report_version', row);
  const size = changeSize(versionChange.data);
  if (size > changeLimit('report_version')) {
    throw new AppError('VALIDATION', 'error.reportTooLargeToSign', {
      size: formatBytes(size),
      max: formatBytes(changeLimit('report_version')),
    });
  }

  await writeTransaction(ctx.db, async (tx) => {
    const fresh = await loadReportable(tx, p.id);
    checkStatus(fresh, input.earlyReason);
    await assertUnchanged(tx, ctx, fresh, draft, signed.imageIds);

    await tx.insertInto('report_versions').values(row).execute();
    const sealed = {
      macroscopic: draft.macroscopic,
      microscopic: draft.microscopic,
      microscopic_items: draft.microscopic_items,
      diagnosis: draft.diagnosis,
      comments: draft.comments,
      amendment_reason: draft.amendment_reason,
      updated_by: user.display_name,
      updated_at: signedAt,
      signed_version_id: row.id,
    };
    await tx.updateTable('report_drafts').set(sealed).where('id', '=', draft.id).execute();
    // The whole draft travels with its signature: see settleSignedDraft in sync/merge.ts.
    await recordChanges(tx, ctx, [versionChange, edited('report_draft', draft.id, sealed)]);
    await appendAudit(tx, ctx.clock, actor, {
      action: 'report.signed',
      entityType: 'protocol',
      entityId: p.id,
      details: {
        versionId: row.id,
        draftId: draft.id,
        version: row.version,
        amendsVersionId: row.amends_version_id,
        early: earlyReason !== null,
        contentSha256: row.content_sha256,
        pdfSha256: row.pdf_sha256,
      },
    });
    await queueReportMail(tx, ctx, row.id);
  });

  ctx.kickMail();
  ctx.log.info(
    { protocolId: p.id, versionId: row.id, version: row.version, bytes: pdf.length },
    'report signed',
  );
  return toVersionView(row, amended ? [amended, row] : [row]);
}

/** Refuses to sign a draft that was saved, signed or given other images since it was read. */
async function assertUnchanged(
  tx: Tx,
  ctx: ServiceContext,
  p: ProtocolRow,
  read: DraftRow,
  imageIds: readonly string[],
): Promise<void> {
  const draft = await tx
    .selectFrom('report_drafts')
    .selectAll()
    .where('id', '=', read.id)
    .executeTakeFirstOrThrow();
  if (draft.signed_version_id) throw await signedRefusal(tx, p, draft, ctx.timeZone);
  const images = await tx
    .selectFrom('report_images')
    .select('id')
    .where('draft_id', '=', read.id)
    .where('removed_at', 'is', null)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const sameImages = images.map((i) => i.id).join() === imageIds.join();
  if (draft.updated_at !== read.updated_at || !sameImages) {
    throw new AppError('CONFLICT', 'error.reportChangedWhileSigning', {
      by: draft.updated_by,
      when: formatLocalDateTime(draft.updated_at, ctx.timeZone),
    });
  }
}
