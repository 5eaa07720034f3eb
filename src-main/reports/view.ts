// Everything the report editor shows for one protocol: the facts from the form,
// the bench's cassettes and slides, the draft being written, every signed
// version, the mail that carried each, and any edit of the draft that another
// desk made without seeing this one (kept by sync, shown here so it is not lost).

import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Actor } from '../context';
import type { ReportView, VersionView } from '../../src-shared/report-contract';
import type { ProtocolStatus } from '../../src-shared/status';
import { protocolCode, type ProtocolRow } from '../processing/resolve';
import { draftView } from './drafts';
import { liveItems } from './items';
import { EARLY } from './reportable';
import {
  draftsOf,
  openDraft,
  signedSections,
  standingVersions,
  versionsOf,
  type VersionRow,
} from './report-rows';
import { signatureIdFor } from './signature';
import { reportDeliveries } from '../mail/report-delivery';

export function toVersionView(
  v: VersionRow,
  all: readonly Pick<VersionRow, 'id' | 'version'>[],
): VersionView {
  return {
    id: v.id,
    version: v.version,
    signedAt: v.signed_at,
    signerName: v.signer_name,
    signerLicense: v.signer_license,
    amendsVersion: all.find((a) => a.id === v.amends_version_id)?.version ?? null,
    amendmentReason: v.amendment_reason,
    earlyReason: v.early_reason,
    diagnosis: signedSections(v).diagnosis,
    contentSha256: v.content_sha256,
    pdfSha256: v.pdf_sha256,
  };
}

export async function protocolFacts(
  db: Kysely<Database>,
  p: ProtocolRow,
): Promise<ReportView['protocol']> {
  const vet = await db
    .selectFrom('veterinarians')
    .select(['first_name', 'last_name', 'license_number', 'email', 'phone'])
    .where('id', '=', p.veterinarian_id)
    .executeTakeFirst();
  const pathologist = p.pathologist_id
    ? await db
        .selectFrom('users')
        .select('display_name')
        .where('id', '=', p.pathologist_id)
        .executeTakeFirst()
    : undefined;
  const owner = [p.owner_last_name, p.owner_first_name].filter(Boolean).join(', ');
  return {
    id: p.id,
    code: protocolCode(p),
    numberPending: p.protocol_number === null,
    kind: p.kind,
    status: p.status as ProtocolStatus,
    submissionDate: p.submission_date,
    receivedAt: p.received_at,
    veterinarian: {
      name: vet ? `${vet.first_name} ${vet.last_name}` : '',
      license: vet?.license_number ?? '',
      email: vet?.email ?? '',
      phone: vet?.phone ?? null,
    },
    animal: {
      species: p.animal_species,
      breed: p.animal_breed,
      sex: p.animal_sex,
      age: p.animal_age,
      identification: p.animal_identification,
      owner: owner || null,
    },
    presumptiveDiagnosis: p.presumptive_diagnosis,
    clinicalHistory: p.clinical_history,
    pathologistId: p.pathologist_id,
    pathologistName: pathologist?.display_name ?? null,
  };
}

const asText = (json: string | null): string | null => {
  if (json === null) return null;
  const value = JSON.parse(json) as unknown;
  return value === null || typeof value === 'string' ? value : JSON.stringify(value);
};

export async function loadReportView(
  db: Kysely<Database>,
  actor: Actor,
  p: ProtocolRow,
): Promise<ReportView> {
  const drafts = await draftsOf(db, p.id);
  const versions = await versionsOf(db, p.id);
  const open = openDraft(drafts);
  const conflicts =
    drafts.length === 0
      ? []
      : await db
          .selectFrom('sync_conflicts')
          .select(['id', 'field', 'kept_value', 'lost_value', 'detected_at'])
          .where('entity', '=', 'report_draft')
          .where(
            'row_id',
            'in',
            drafts.map((d) => d.id),
          )
          .where('resolved_at', 'is', null)
          .orderBy('detected_at')
          .execute();
  const signature = actor.userId
    ? await db
        .selectFrom('signature_images')
        .select('id')
        .where('id', '=', signatureIdFor(actor.userId))
        .executeTakeFirst()
    : undefined;

  // Of two versions with one number (signed at two desks offline) both are
  // listed; the one that stands comes first.
  const standing = new Set(standingVersions(versions, drafts).map((v) => v.id));
  const listed = [...versions].sort(
    (a, b) => a.version - b.version || Number(standing.has(b.id)) - Number(standing.has(a.id)),
  );

  return {
    protocol: await protocolFacts(db, p),
    items: (await liveItems(db, p)).map(({ code, item, description }) => ({
      code,
      item,
      description,
    })),
    draft: open && (await draftView(db, p, open)),
    versions: listed.map((v) => toVersionView(v, versions)),
    deliveries: await reportDeliveries(db, p.id),
    conflicts: conflicts.map((c) => ({
      id: c.id,
      field: c.field ?? '',
      kept: asText(c.kept_value),
      lost: asText(c.lost_value),
      at: c.detected_at,
    })),
    signNeedsReason: EARLY.includes(p.status as ProtocolStatus),
    hasSignatureImage: signature !== undefined,
  };
}
