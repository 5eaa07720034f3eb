// Photomicrographs on a report: optional, a few, each at most a megabyte and 25
// megapixels, a whole PNG or JPEG by its bytes (image-check.ts). A removed image
// stays (marked removed) so that sync can tell every desk; the report prints the
// live ones in the order they were added. Nothing changes on a signed draft's images.

import type { ReportImagesTable } from '../db/schema';
import type { Actor, ServiceContext } from '../context';
import type { MethodParsedInput } from '../../src-shared/contract';
import { REPORT_LIMITS, type ReportImageView } from '../../src-shared/report-contract';
import { AppError } from '../../src-shared/errors';
import { translate } from '../../src-shared/i18n/translate';
import { writeTransaction } from '../db/transaction';
import { appendAudit } from '../audit/append';
import { newId } from '../ids';
import { edited, inserted, recordChanges, type LocalChange } from '../sync/record';
import { resolveProtocol } from '../processing/resolve';
import { ensureDraft } from './drafts';
import { checkImage, FIGURE_LIMITS, sha256 } from './image-check';
import { loadReportable, signedRefusal } from './reportable';

export async function addImage(
  ctx: ServiceContext,
  actor: Actor,
  input: MethodParsedInput<'reports.addImage'>,
): Promise<ReportImageView> {
  const bytes = checkImage(
    input.base64,
    input.mime,
    FIGURE_LIMITS,
    translate('es-AR', 'report.what.image'),
  );
  const protocol = await resolveProtocol(ctx.db, input.protocol);

  const row = await writeTransaction(ctx.db, async (tx) => {
    const p = await loadReportable(tx, protocol.id);
    const { draft, created } = await ensureDraft(tx, ctx, actor, p);
    const held = await tx
      .selectFrom('report_images')
      .select(['position', 'removed_at'])
      .where('draft_id', '=', draft.id)
      .execute();
    if (held.filter((i) => i.removed_at === null).length >= REPORT_LIMITS.images) {
      throw new AppError('CONFLICT', 'error.reportTooManyImages', { max: REPORT_LIMITS.images });
    }

    const now = ctx.clock.now().toISOString();
    const image: ReportImagesTable = {
      id: newId(),
      draft_id: draft.id,
      protocol_id: p.id,
      position: Math.max(0, ...held.map((i) => i.position)) + 1,
      caption: input.caption,
      mime: input.mime,
      data: input.base64,
      sha256: sha256(bytes),
      created_by: actor.name,
      created_at: now,
      updated_at: now,
      removed_at: null,
    };
    await tx.insertInto('report_images').values(image).execute();
    const changes: LocalChange[] = [inserted('report_image', image)];
    if (created) changes.unshift(inserted('report_draft', draft));
    await recordChanges(tx, ctx, changes);
    await appendAudit(tx, ctx.clock, actor, {
      action: 'report.image_added',
      entityType: 'protocol',
      entityId: p.id,
      details: { draftId: draft.id, imageId: image.id, sha256: image.sha256, bytes: bytes.length },
    });
    return image;
  });

  ctx.log.info({ protocolId: row.protocol_id, imageId: row.id }, 'report image added');
  return {
    id: row.id,
    position: row.position,
    caption: row.caption,
    mime: row.mime,
    bytes: bytes.length,
  };
}

export async function removeImage(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
): Promise<{ ok: true }> {
  await writeTransaction(ctx.db, async (tx) => {
    const image = await tx
      .selectFrom('report_images')
      .select(['id', 'draft_id', 'protocol_id', 'removed_at', 'sha256'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!image) throw new AppError('NOT_FOUND', 'error.reportImageNotFound');
    const p = await loadReportable(tx, image.protocol_id);
    const draft = await tx
      .selectFrom('report_drafts')
      .select(['version', 'signed_version_id'])
      .where('id', '=', image.draft_id)
      .executeTakeFirstOrThrow();
    if (draft.signed_version_id) throw await signedRefusal(tx, p, draft, ctx.timeZone);
    if (image.removed_at) return;

    const now = ctx.clock.now().toISOString();
    const set = { removed_at: now, updated_at: now };
    await tx.updateTable('report_images').set(set).where('id', '=', id).execute();
    await recordChanges(tx, ctx, [edited('report_image', id, set)]);
    await appendAudit(tx, ctx.clock, actor, {
      action: 'report.image_removed',
      entityType: 'protocol',
      entityId: p.id,
      details: { draftId: image.draft_id, imageId: id, sha256: image.sha256 },
    });
  });
  return { ok: true };
}

export async function readImage(
  ctx: ServiceContext,
  id: string,
): Promise<{ mime: ReportImagesTable['mime']; base64: string }> {
  const row = await ctx.db
    .selectFrom('report_images')
    .select(['mime', 'data'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'error.reportImageNotFound');
  return { mime: row.mime, base64: row.data };
}
