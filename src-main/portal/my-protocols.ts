// A vet's own protocols as the portal shows them: what was sent, where it is,
// what reception said, and each signed version of the report that stands (one
// per number, the one the vet was mailed). Only rows whose
// veterinarian is the caller's record are ever read; another vet's protocol is
// answered like one that does not exist. Staff details (who received, internal
// notes, print jobs, report drafts) stay out of it.

import type { Kysely } from 'kysely';
import type { ServiceContext, VetPrincipal } from '../context';
import type { Database, ProtocolsTable } from '../db/schema';
import { AppError } from '../../src-shared/errors';
import type { MyProtocolView, MyReportVersion } from '../../src-shared/portal-contract';
import type { ProtocolStatus, SampleCondition } from '../../src-shared/status';
import { reportFileName } from '../mail/report-mail';
import { draftsOf, loadStandingVersion, standingVersions } from '../reports/report-rows';

type ProtocolRow = ProtocolsTable & { has_report: unknown };

function toMyProtocolView(p: ProtocolRow): MyProtocolView {
  const owner = [p.owner_last_name, p.owner_first_name].filter(Boolean).join(', ');
  return {
    id: p.id,
    kind: p.kind,
    temporaryCode: p.temporary_code,
    protocolNumber: p.protocol_number,
    status: p.status as ProtocolStatus,
    animalSpecies: p.animal_species,
    animalIdentification: p.animal_identification,
    ownerName: owner || null,
    presumptiveDiagnosis: p.presumptive_diagnosis,
    submissionDate: p.submission_date,
    createdAt: p.created_at,
    receivedAt: p.received_at,
    // SQLite answers 0 or 1, PostgreSQL false or true.
    reportAvailable: Boolean(Number(p.has_report)),
  };
}

const ownProtocols = (db: Kysely<Database>, vet: VetPrincipal) =>
  db.selectFrom('protocols').where('veterinarian_id', '=', vet.veterinarianId);

const notFound = () => new AppError('NOT_FOUND', 'error.portal.protocolNotFound');

/**
 * Every column of a vet's protocol and whether a signed report of it stands: a version its own
 * draft names (see standingVersions), not merely one stored.
 */
const withReportFlag = (db: Kysely<Database>, vet: VetPrincipal) =>
  ownProtocols(db, vet)
    .selectAll('protocols')
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('report_drafts as d')
            .innerJoin('report_versions as r', 'r.id', 'd.signed_version_id')
            .select('r.id')
            .whereRef('r.draft_id', '=', 'd.id')
            .whereRef('d.protocol_id', '=', 'protocols.id'),
        )
        .as('has_report'),
    );

export async function listMyProtocols(
  ctx: ServiceContext,
  vet: VetPrincipal,
  input: { status?: ProtocolStatus; limit: number; offset: number },
): Promise<{ items: MyProtocolView[]; total: number }> {
  let mine = ownProtocols(ctx.db, vet);
  if (input.status) mine = mine.where('status', '=', input.status);

  let listed = withReportFlag(ctx.db, vet);
  if (input.status) listed = listed.where('status', '=', input.status);
  const rows = await listed
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  const counted = await mine
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return { items: rows.map(toMyProtocolView), total: Number(counted.total) };
}

export async function getMyProtocol(ctx: ServiceContext, vet: VetPrincipal, id: string) {
  const p = await withReportFlag(ctx.db, vet).where('id', '=', id).executeTakeFirst();
  if (!p) throw notFound();

  const [reception, history, reports] = await Promise.all([
    ctx.db
      .selectFrom('receptions')
      .select(['outcome', 'sample_condition', 'rejection_reason', 'recorded_at'])
      .where('protocol_id', '=', p.id)
      .executeTakeFirst(),
    ctx.db
      .selectFrom('status_history')
      .select(['to_status', 'changed_at'])
      .where('protocol_id', '=', p.id)
      .orderBy('changed_at')
      .orderBy('id')
      .execute(),
    signedVersions(ctx.db, p.id),
  ]);

  return {
    ...toMyProtocolView(p),
    sample: {
      material: p.sample_material,
      containers: p.sample_containers,
      technique: p.sample_technique,
      site: p.sample_site,
      slides: p.sample_slides,
    },
    animal: {
      species: p.animal_species,
      breed: p.animal_breed,
      sex: p.animal_sex,
      age: p.animal_age,
      identification: p.animal_identification,
    },
    clinicalHistory: p.clinical_history,
    reception: reception
      ? {
          outcome: reception.outcome,
          sampleCondition: reception.sample_condition as SampleCondition,
          rejectionReason: reception.rejection_reason,
          recordedAt: reception.recorded_at,
        }
      : null,
    history: history.map((h) => ({ status: h.to_status, at: h.changed_at })),
    reports,
  };
}

/** The versions that stand, one per number: a copy that lost to another signature is not listed. */
async function signedVersions(db: Kysely<Database>, protocolId: string) {
  const versions = await db
    .selectFrom('report_versions')
    .select([
      'id',
      'protocol_id',
      'draft_id',
      'version',
      'amends_version_id',
      'amendment_reason',
      'signed_at',
      'signer_name',
      'content_sha256',
    ])
    .where('protocol_id', '=', protocolId)
    .orderBy('version')
    .orderBy('signed_at')
    .orderBy('id')
    .execute();
  const standing = standingVersions(versions, await draftsOf(db, protocolId));
  return standing.map((r): MyReportVersion => ({
    version: r.version,
    signedAt: r.signed_at,
    signerName: r.signer_name,
    amendsVersion: versions.find((a) => a.id === r.amends_version_id)?.version ?? null,
    amendmentReason: r.amendment_reason,
    contentSha256: r.content_sha256,
  }));
}

/**
 * The signed PDF of one version, byte for byte as it was signed and mailed. Another vet's
 * protocol and a version that does not exist get the answer of a missing protocol, so the
 * answer tells nothing about protocols that are not the caller's.
 */
export async function myReportPdf(
  ctx: ServiceContext,
  vet: VetPrincipal,
  input: { id: string; version: number },
): Promise<{ fileName: string; base64: string }> {
  const p = await ownProtocols(ctx.db, vet)
    .select(['id', 'protocol_number', 'temporary_code'])
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (!p) throw notFound();
  // The version that stands for this number: the one the vet was mailed and staff print.
  const standing = await loadStandingVersion(ctx.db, p.id, input.version);
  if (!standing) throw notFound();
  const row = await ctx.db
    .selectFrom('report_versions')
    .select('pdf')
    .where('id', '=', standing.id)
    .executeTakeFirstOrThrow();
  return {
    fileName: reportFileName(p.protocol_number ?? p.temporary_code, standing.version),
    base64: row.pdf,
  };
}
