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

type Ranked = Pick<VersionRow, 'id' | 'protocol_id' | 'draft_id' | 'version'>;

/**
 * The signed versions that stand, one per number, lowest first. A version stands when its own
 * draft names it (`signed_version_id`). Two desks that signed one draft offline made two
 * versions with one number; the draft names the one the central server took first, on every
 * copy once it has synced (see settleSignedDraft in sync/merge.ts), and the other stays,
 * retrievable by id, never given out as that number. A version no draft names stands nowhere.
 * Every screen, command, mail and the portal choose through here, so "version 1" is one PDF.
 */
export function standingVersions<V extends Ranked>(
  versions: readonly V[],
  drafts: readonly Pick<DraftRow, 'id' | 'signed_version_id'>[],
): V[] {
  const named = new Map(drafts.map((d) => [d.id, d.signed_version_id]));
  // Signing here gives each number one draft, whose id comes from the protocol and the
  // number: a second draft claiming the number was made elsewhere and never outranks it.
  const own = (v: V) => v.draft_id === draftIdFor(v.protocol_id, v.version);
  const byNumber = new Map<number, V>();
  for (const v of versions) {
    if (named.get(v.draft_id) !== v.id) continue;
    const held = byNumber.get(v.version);
    if (!held || (own(v) && !own(held))) byNumber.set(v.version, v);
  }
  return [...byNumber.values()].sort((a, b) => a.version - b.version);
}

/** The version that stands for number `version`, or the latest one standing when absent. */
export function standingVersion<V extends Ranked>(
  versions: readonly V[],
  drafts: readonly Pick<DraftRow, 'id' | 'signed_version_id'>[],
  version?: number,
): V | null {
  const standing = standingVersions(versions, drafts);
  if (version === undefined) return standing.at(-1) ?? null;
  return standing.find((v) => v.version === version) ?? null;
}

/** As `standingVersion`, read from the database for one protocol; the PDF is not read. */
export async function loadStandingVersion(
  db: Kysely<Database>,
  protocolId: string,
  version?: number,
): Promise<Ranked | null> {
  let query = db
    .selectFrom('report_versions')
    .select(['id', 'protocol_id', 'draft_id', 'version'])
    .where('protocol_id', '=', protocolId);
  if (version !== undefined) query = query.where('version', '=', version);
  const versions = await query.orderBy('version').orderBy('signed_at').orderBy('id').execute();
  return standingVersion(versions, await draftsOf(db, protocolId), version);
}

/** Whether a signed version is the one that stands for its number (a mail goes only for it). */
export async function isStandingVersion(db: Kysely<Database>, versionId: string): Promise<boolean> {
  const v = await db
    .selectFrom('report_versions')
    .select(['protocol_id', 'version'])
    .where('id', '=', versionId)
    .executeTakeFirst();
  if (!v) return false;
  return (await loadStandingVersion(db, v.protocol_id, v.version))?.id === versionId;
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
