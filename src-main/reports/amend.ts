// An amendment corrects a signed report without touching it: a new draft, the
// next version, starting from exactly what was signed (texts and pictures), with
// the reason the pathologist gives and the version it replaces. Signed in turn
// like any draft, it prints as an amended report naming the version and date it
// replaces; the earlier version and its PDF stay as they were, byte for byte.

import type { ReportDraftsTable, ReportImagesTable } from '../db/schema';
import type { Actor, ServiceContext } from '../context';
import type { MethodParsedInput } from '../../src-shared/contract';
import type { DraftView } from '../../src-shared/report-contract';
import { AppError } from '../../src-shared/errors';
import { writeTransaction } from '../db/transaction';
import { appendAudit } from '../audit/append';
import { newId } from '../ids';
import { inserted, recordChanges } from '../sync/record';
import { protocolCode, resolveProtocol } from '../processing/resolve';
import { draftView } from './drafts';
import { loadReportable } from './reportable';
import {
  draftIdFor,
  draftsOf,
  openDraft,
  signedSections,
  standingVersion,
  versionsOf,
} from './report-rows';

export async function amendReport(
  ctx: ServiceContext,
  actor: Actor,
  input: MethodParsedInput<'reports.amend'>,
): Promise<DraftView> {
  const protocol = await resolveProtocol(ctx.db, input.protocol);

  const made = await writeTransaction(ctx.db, async (tx) => {
    const p = await loadReportable(tx, protocol.id);
    const drafts = await draftsOf(tx, p.id);
    const open = openDraft(drafts);
    if (open) {
      throw new AppError('CONFLICT', 'error.reportDraftOpen', {
        protocol: protocolCode(p),
        version: open.version,
      });
    }
    const versions = await versionsOf(tx, p.id);
    const amended = standingVersion(versions, drafts);
    if (!amended) {
      throw new AppError('CONFLICT', 'error.reportNothingToAmend', { protocol: protocolCode(p) });
    }

    const number = Math.max(...versions.map((v) => v.version), ...drafts.map((d) => d.version)) + 1;
    const sections = signedSections(amended);
    const now = ctx.clock.now().toISOString();
    const draft: ReportDraftsTable = {
      id: draftIdFor(p.id, number),
      protocol_id: p.id,
      version: number,
      amends_version_id: amended.id,
      amendment_reason: input.reason,
      macroscopic: sections.macroscopic,
      microscopic: sections.microscopic,
      microscopic_items: JSON.stringify(sections.microscopicItems),
      diagnosis: sections.diagnosis,
      comments: sections.comments,
      created_by: actor.name,
      created_at: now,
      updated_by: actor.name,
      updated_at: now,
      signed_version_id: null,
    };
    await tx.insertInto('report_drafts').values(draft).execute();

    // The pictures the signed version printed, found by their SHA-256 among the
    // signed draft's images and copied as the new draft's own rows.
    const printed = (JSON.parse(amended.content) as { images: { data: { sha256: string } }[] })
      .images;
    const held = await tx
      .selectFrom('report_images')
      .selectAll()
      .where('draft_id', '=', amended.draft_id)
      .execute();
    const images: ReportImagesTable[] = printed.flatMap((image, i) => {
      const source = held.find((h) => h.sha256 === image.data.sha256);
      if (!source) return [];
      return [
        {
          ...source,
          id: newId(),
          draft_id: draft.id,
          position: i + 1,
          created_by: actor.name,
          created_at: now,
          updated_at: now,
          removed_at: null,
        },
      ];
    });
    for (const image of images) await tx.insertInto('report_images').values(image).execute();

    await recordChanges(tx, ctx, [
      inserted('report_draft', draft),
      ...images.map((image) => inserted('report_image', image)),
    ]);
    await appendAudit(tx, ctx.clock, actor, {
      action: 'report.amendment_started',
      entityType: 'protocol',
      entityId: p.id,
      details: {
        draftId: draft.id,
        version: number,
        amendsVersionId: amended.id,
        images: images.length,
      },
    });
    return { p, draft };
  });

  ctx.log.info(
    { protocolId: made.p.id, draftId: made.draft.id, version: made.draft.version },
    'report amendment started',
  );
  return draftView(ctx.db, made.p, made.draft);
}
