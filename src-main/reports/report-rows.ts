// A protocol's report as stored: one draft per version (the open one not signed
// yet) and the signed versions. Every report service reads through here; each
// one writes its own rows.
//
// A draft's id is made from its protocol and version, the same on every desk:
// two pathologists who start the same report on two offline workstations edit
// one row, which sync merges field by field and shows as a conflict where the
// texts differ, instead of two reports that never meet.

import { sql, type Kysely } from 'kysely';
import type { Database, ReportDraftsTable, ReportVersionsTable } from '../db/schema';
import { stableId } from '../sync/entities';
import type { ReportSections } from '../../src-shared/report-contract';

export type DraftRow = ReportDraftsTable;
/** A signed version without its PDF, which is read only when the file itself is asked for. */
export type VersionRow = Omit<ReportVersionsTable, 'pdf'>;

export function draftIdFor(protocolId: string, version: number): string {
  return stableId(`report-draft:${protocolId}:${version}`);
}

export async function draftsOf(db: Kysely<Database>, protocolId: string): Promise<DraftRow[]> {
  return db
    .selectFrom('report_drafts')
    .selectAll()
    .where('protocol_id', '=', protocolId)
    .orderBy('version')
    .orderBy('id')
    .execute();
}

/** The draft being written: the highest version not signed yet, or null. */
export function openDraft(drafts: readonly DraftRow[]): DraftRow | null {
  return drafts.filter((d) => d.signed_version_id === null).at(-1) ?? null;
}

export async function versionsOf(db: Kysely<Database>, protocolId: string): Promise<VersionRow[]> {
  return db
    .selectFrom('report_versions')
    .select([
      'id',
      'protocol_id',
      'draft_id',
      'version',
      'amends_version_id',
      'amendment_reason',
      'early_reason',
      'content',
      'content_sha256',
      'pdf_sha256',
      'signed_by',
      'signer_name',
      'signer_license',
      'signed_at',
    ])
    .where('protocol_id', '=', protocolId)
    .orderBy('version')
    .orderBy('signed_at')
    .orderBy('id')
    .execute();
}

/**
 * The version that stands for number `version` (the latest when absent). Two desks
 * that signed one draft offline made two versions with one number; the one its draft
 * kept (the first signed, on every copy) stands, the other stays retrievable by id.
 */
export function standingVersion<V extends Pick<VersionRow, 'id' | 'version'>>(
  versions: readonly V[],
  drafts: readonly Pick<DraftRow, 'signed_version_id'>[],
  version?: number,
): V | null {
  const wanted = version ?? Math.max(0, ...versions.map((v) => v.version));
  const candidates = versions.filter((v) => v.version === wanted);
  const kept = new Set(drafts.map((d) => d.signed_version_id));
  return candidates.find((v) => kept.has(v.id)) ?? candidates[0] ?? null;
}

/** The signed text, as the version's content keeps it. */
export function signedSections(v: Pick<VersionRow, 'content'>): ReportSections {
  const content = JSON.parse(v.content) as {
    sections: {
      macroscopic: string;
      microscopic: { general: string; items: { code: string; text: string }[] };
      diagnosis: string;
      comments: string;
    };
  };
  const s = content.sections;
  return {
    macroscopic: s.macroscopic,
    microscopic: s.microscopic.general,
    microscopicItems: s.microscopic.items,
    diagnosis: s.diagnosis,
    comments: s.comments,
  };
}

export function draftSections(d: DraftRow): ReportSections {
  return {
    macroscopic: d.macroscopic,
    microscopic: d.microscopic,
    microscopicItems: JSON.parse(d.microscopic_items) as ReportSections['microscopicItems'],
    diagnosis: d.diagnosis,
    comments: d.comments,
  };
}

export interface ImageMeta {
  id: string;
  draft_id: string;
  position: number;
  caption: string;
  mime: 'image/png' | 'image/jpeg';
  sha256: string;
  removed_at: string | null;
  /** Bytes of the file, worked out from its base64 without reading it. */
  bytes: number;
}

/**
 * A draft's images without their data: a save at typing speed must not read
 * megabytes of pictures to answer. Removed ones too when `withRemoved`.
 */
export async function imagesOf(
  db: Kysely<Database>,
  draftId: string,
  withRemoved = false,
): Promise<ImageMeta[]> {
  let query = db
    .selectFrom('report_images')
    .select([
      'id',
      'draft_id',
      'position',
      'caption',
      'mime',
      'sha256',
      'removed_at',
      sql<number>`length(data)`.as('chars'),
      sql<string>`substr(data, length(data) - 1, 2)`.as('tail'),
    ])
    .where('draft_id', '=', draftId);
  if (!withRemoved) query = query.where('removed_at', 'is', null);
  const rows = await query.orderBy('position').orderBy('id').execute();
  return rows.map(({ chars, tail, ...row }) => ({
    ...row,
    bytes: (Number(chars) / 4) * 3 - (tail.match(/=/g)?.length ?? 0),
  }));
}
