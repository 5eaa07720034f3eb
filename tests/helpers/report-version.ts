// A signed report version made the way signing leaves one, for the tests of what happens
// after signing (mail, portal, sync): the signed draft and the version row with a real PDF
// of the report, their changes recorded for sync and the vet's mail queued, all in one
// transaction. The pathologist's own workflow (editing, password, early reasons) is the
// signing service's and tested there.

import { createHash } from 'node:crypto';
import type { Services } from '../../src-main/services';
import { writeTransaction } from '../../src-main/db/transaction';
import { newId } from '../../src-main/ids';
import { queueReportMail } from '../../src-main/mail/report-mail';
import { renderReportPdf } from '../../src-main/reports/report-pdf';
import { inserted, recordChanges } from '../../src-main/sync/record';

export interface SignedVersion {
  id: string;
  version: number;
  /** The signed PDF's bytes, as stored. */
  pdf: Buffer;
  /** Whether signing queued the vet's mail on this node. */
  mailQueued: boolean;
}

export interface Signing {
  diagnosis?: string;
  signer?: string;
  /** Defaults to the node's clock. */
  signedAt?: string;
  /** An amendment: the version it replaces and why. */
  amends?: { id: string; reason: string };
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Signs a report of `protocolId` on `services` (a desk or the central server). */
export async function signReport(
  services: Services,
  protocolId: string,
  signing: Signing = {},
): Promise<SignedVersion> {
  const { ctx } = services;
  const p = await ctx.db
    .selectFrom('protocols as p')
    .innerJoin('veterinarians as v', 'v.id', 'p.veterinarian_id')
    .selectAll('p')
    .select(['v.first_name', 'v.last_name', 'v.license_number', 'v.email', 'v.phone'])
    .where('p.id', '=', protocolId)
    .executeTakeFirstOrThrow();
  const amended = signing.amends
    ? await ctx.db
        .selectFrom('report_versions')
        .select(['version', 'signed_at'])
        .where('id', '=', signing.amends.id)
        .executeTakeFirstOrThrow()
    : null;
  const version = amended ? amended.version + 1 : 1;
  const signedAt = signing.signedAt ?? ctx.clock.now().toISOString();
  const signer = signing.signer ?? 'Dra. Ana Pérez';
  const diagnosis = signing.diagnosis ?? 'Carcinoma tubular de glándula mamaria, grado I.';

  const sections = {
    macroscopic: 'Masa firme de 3 × 2 cm, superficie de corte blanquecina.',
    microscopic: { general: 'Proliferación epitelial tubular bien diferenciada.', items: [] },
    diagnosis,
    comments: '',
  };
  const content = JSON.stringify({ protocolId, version, sections, signer, signedAt });
  const contentSha256 = sha256(content);
  const pdf = await renderReportPdf({
    lab: { name: 'Laboratorio de Patología Veterinaria', lines: ['Santa Fe'], logo: null },
    protocol: {
      number: p.protocol_number ?? p.temporary_code,
      kind: p.kind,
      submissionDate: p.submission_date,
      receivedAt: p.received_at,
    },
    veterinarian: {
      name: `${p.first_name} ${p.last_name}`,
      license: p.license_number,
      email: p.email,
      phone: p.phone,
    },
    animal: {
      species: p.animal_species,
      breed: p.animal_breed,
      sex: p.animal_sex,
      age: p.animal_age,
      identification: p.animal_identification,
      owner: null,
    },
    presumptiveDiagnosis: p.presumptive_diagnosis,
    clinicalHistory: p.clinical_history,
    material: [],
    sections,
    images: [],
    version: {
      number: version,
      amends: amended && { number: amended.version, signedAt: amended.signed_at },
      amendmentReason: signing.amends?.reason ?? null,
      earlyReason: null,
    },
    signature: { name: signer, license: 'MP 2211', signedAt, image: null },
    contentSha256,
    timeZone: ctx.timeZone,
  });

  const id = newId();
  const draft = {
    id: newId(),
    protocol_id: protocolId,
    version,
    amends_version_id: signing.amends?.id ?? null,
    amendment_reason: signing.amends?.reason ?? null,
    macroscopic: sections.macroscopic,
    microscopic: sections.microscopic.general,
    microscopic_items: '[]',
    diagnosis,
    comments: '',
    created_by: signer,
    created_at: signedAt,
    updated_by: signer,
    updated_at: signedAt,
    signed_version_id: id,
  };
  const row = {
    id,
    protocol_id: protocolId,
    draft_id: draft.id,
    version,
    amends_version_id: signing.amends?.id ?? null,
    amendment_reason: signing.amends?.reason ?? null,
    early_reason: null,
    content,
    content_sha256: contentSha256,
    pdf: pdf.toString('base64'),
    pdf_sha256: sha256(pdf),
    signed_by: newId(),
    signer_name: signer,
    signer_license: 'MP 2211',
    signed_at: signedAt,
  };
  const mailQueued = await writeTransaction(ctx.db, async (tx) => {
    await tx.insertInto('report_drafts').values(draft).execute();
    await tx.insertInto('report_versions').values(row).execute();
    await recordChanges(tx, ctx, [
      inserted('report_draft', draft),
      inserted('report_version', row),
    ]);
    return queueReportMail(tx, ctx, row.id);
  });
  return { id: row.id, version, pdf, mailQueued };
}
