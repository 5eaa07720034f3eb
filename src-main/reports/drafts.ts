// The report being written. The editor saves as the pathologist types, so a
// crash loses at most the last seconds: each save is one small transaction that
// writes only the fields that changed and records them for sync, and nothing
// else. The audit log gets the draft's creation, not every keystroke.
//
// A save never overwrites what it did not see: the editor says which version of
// the draft it started from, and a draft saved since (another window, another
// desk through sync) is a conflict that names who saved it and when.
// A signed draft is never written again; a correction is an amendment.

import type { Kysely } from 'kysely';
import type { Database, ReportDraftsTable } from '../db/schema';
import type { Actor, ServiceContext } from '../context';
import type { MethodParsedInput } from '../../src-shared/contract';
import {
  REPORT_LIMITS,
  type DraftView,
  type ReportSections,
} from '../../src-shared/report-contract';
import { AppError } from '../../src-shared/errors';
import { formatLocalDateTime } from '../../src-shared/calendar';
import { writeTransaction, type Tx } from '../db/transaction';
import { appendAudit } from '../audit/append';
import { edited, inserted, recordChanges } from '../sync/record';
import { protocolCode, resolveProtocol, type ProtocolRow } from '../processing/resolve';
import { checkItemCodes, liveItems, respellItems } from './items';
import { loadReportable, signedRefusal } from './reportable';
import {
  draftIdFor,
  draftsOf,
  draftSections,
  imagesOf,
  openDraft,
  type DraftRow,
} from './report-rows';

export async function draftView(
  db: Kysely<Database>,
  p: ProtocolRow,
  d: DraftRow,
): Promise<DraftView> {
  const images = await imagesOf(db, d.id);
  const amends = d.amends_version_id
    ? await db
        .selectFrom('report_versions')
        .select('version')
        .where('id', '=', d.amends_version_id)
        .executeTakeFirst()
    : undefined;
  const sections = draftSections(d);
  return {
    ...sections,
    microscopicItems: respellItems(p, sections.microscopicItems),
    id: d.id,
    version: d.version,
    amendsVersion: amends?.version ?? null,
    amendmentReason: d.amendment_reason,
    updatedAt: d.updated_at,
    updatedBy: d.updated_by,
    images: images.map((i) => ({
      id: i.id,
      position: i.position,
      caption: i.caption,
      mime: i.mime,
      bytes: i.bytes,
    })),
  };
}

/**
 * The draft being written, made empty (version 1) when the protocol has none.
 * Once a version is signed, only an amendment opens a new draft. A new draft is
 * recorded for sync by the caller, with whatever it writes into it.
 */
export async function ensureDraft(
  tx: Tx,
  ctx: ServiceContext,
  actor: Actor,
  p: ProtocolRow,
): Promise<{ draft: DraftRow; created: boolean }> {
  const drafts = await draftsOf(tx, p.id);
  const open = openDraft(drafts);
  if (open) return { draft: open, created: false };
  const last = drafts.at(-1);
  if (last) throw await signedRefusal(tx, p, last, ctx.timeZone);

  const now = ctx.clock.now().toISOString();
  const draft: ReportDraftsTable = {
    id: draftIdFor(p.id, 1),
    protocol_id: p.id,
    version: 1,
    amends_version_id: null,
    amendment_reason: null,
    macroscopic: '',
    microscopic: '',
    microscopic_items: '[]',
    diagnosis: '',
    comments: '',
    created_by: actor.name,
    created_at: now,
    updated_by: actor.name,
    updated_at: now,
    signed_version_id: null,
  };
  await tx.insertInto('report_drafts').values(draft).execute();
  await appendAudit(tx, ctx.clock, actor, {
    action: 'report.draft_created',
    entityType: 'protocol',
    entityId: p.id,
    details: { draftId: draft.id, version: 1 },
  });
  return { draft, created: true };
}

function checkLength(s: ReportSections): void {
  const chars =
    s.macroscopic.length +
    s.microscopic.length +
    s.diagnosis.length +
    s.comments.length +
    s.microscopicItems.reduce((n, i) => n + i.code.length + i.text.length, 0);
  if (chars > REPORT_LIMITS.draftChars) {
    throw new AppError('VALIDATION', 'error.reportTooLong', {
      chars,
      max: REPORT_LIMITS.draftChars,
    });
  }
}

export async function saveDraft(
  ctx: ServiceContext,
  actor: Actor,
  input: MethodParsedInput<'reports.saveDraft'>,
): Promise<DraftView> {
  checkLength(input);
  const protocol = await resolveProtocol(ctx.db, input.protocol);

  const saved = await writeTransaction(ctx.db, async (tx) => {
    const p = await loadReportable(tx, protocol.id);
    const items =
      input.microscopicItems.length === 0
        ? []
        : checkItemCodes(p, await liveItems(tx, p), input.microscopicItems);
    const { draft, created } = await ensureDraft(tx, ctx, actor, p);
    // Any other stamp, not only a later one: a save that came by sync carries
    // another desk's clock, which may run behind this one.
    if (
      !created &&
      input.knownUpdatedAt !== undefined &&
      input.knownUpdatedAt !== draft.updated_at
    ) {
      throw new AppError('CONFLICT', 'error.reportDraftChanged', {
        protocol: protocolCode(p),
        by: draft.updated_by,
        when: formatLocalDateTime(draft.updated_at, ctx.timeZone),
      });
    }

    const wanted = {
      macroscopic: input.macroscopic,
      microscopic: input.microscopic,
      microscopic_items: JSON.stringify(items),
      diagnosis: input.diagnosis,
      comments: input.comments,
    };
    const changed = Object.fromEntries(
      Object.entries(wanted).filter(([field, value]) => draft[field as keyof DraftRow] !== value),
    );
    if (Object.keys(changed).length === 0) {
      if (created) await recordChanges(tx, ctx, [inserted('report_draft', draft)]);
      return { p, draft };
    }

    const set = { ...changed, updated_by: actor.name, updated_at: ctx.clock.now().toISOString() };
    await tx.updateTable('report_drafts').set(set).where('id', '=', draft.id).execute();
    const next = { ...draft, ...set };
    await recordChanges(tx, ctx, [
      created ? inserted('report_draft', next) : edited('report_draft', draft.id, set),
    ]);
    return { p, draft: next };
  });

  return draftView(ctx.db, saved.p, saved.draft);
}
