// What a signed version says, gathered once at signing: the lab's header, the
// protocol as the vet filled it, the bench's material, the pathologist's texts,
// the live images in order, the version it amends and the signature. The PDF is
// drawn from this, and the version keeps it as `content`.
//
// The content's SHA-256 is taken over a canonical JSON of it (keys sorted, each
// picture replaced by its own SHA-256), not over the PDF: it depends on what the
// report says, never on the PDF library, so a printed copy's footer can be
// checked against the stored content with nothing but a SHA-256 tool.

import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ReportPdfInput } from './report-pdf-input';
import { translate } from '../../src-shared/i18n/translate';
import type { MessageKey } from '../../src-shared/i18n/translate';
import { es } from '../../src-shared/i18n/es';
import { protocolCode, type ProtocolRow } from '../processing/resolve';
import { readLabHeader } from './lab-header';
import { liveItems, respellItems } from './items';
import { protocolFacts } from './view';
import { draftSections, type DraftRow } from './report-rows';
import { sha256 } from './image-check';

export interface SignedContent {
  input: ReportPdfInput;
  /** The canonical JSON stored with the version; its SHA-256 is `contentSha256`. */
  content: string;
  contentSha256: string;
  /** The draft's images printed, by id, to check nothing changed before the version is written. */
  imageIds: string[];
}

export interface Signing {
  p: ProtocolRow;
  draft: DraftRow;
  signer: { name: string; license: string; image: Buffer | null };
  /** ISO instant of the signature. */
  signedAt: string;
  amends: { number: number; signedAt: string } | null;
  earlyReason: string | null;
  timeZone: string;
}

function canonical(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return { sha256: sha256(value) };
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(object)
        .sort()
        .map((key) => [key, canonical(object[key])]),
    );
  }
  return value;
}

/** The exact text hashed for a version. Changing it makes every printed hash uncheckable. */
export function canonicalContent(input: Omit<ReportPdfInput, 'contentSha256'>): string {
  return JSON.stringify(canonical(input));
}

const word = (key: string, fallback: string) =>
  key in es ? translate('es-AR', key as MessageKey) : fallback;

function submitted(p: ProtocolRow): string[] {
  const text =
    p.kind === 'histopathology'
      ? (p.sample_material ?? '')
      : [p.sample_technique, p.sample_site].filter(Boolean).join(', ');
  return text ? [translate('es-AR', 'report.material.submitted', { text })] : [];
}

export async function buildPdfInput(db: Kysely<Database>, s: Signing): Promise<SignedContent> {
  const { p, draft } = s;
  const facts = await protocolFacts(db, p);
  const items = await liveItems(db, p);
  const images = await db
    .selectFrom('report_images')
    .select(['id', 'caption', 'data'])
    .where('draft_id', '=', draft.id)
    .where('removed_at', 'is', null)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const sections = draftSections(draft);

  const body: Omit<ReportPdfInput, 'contentSha256'> = {
    lab: await readLabHeader(db),
    protocol: {
      number: protocolCode(p),
      kind: p.kind,
      submissionDate: p.submission_date,
      receivedAt: p.received_at,
    },
    veterinarian: facts.veterinarian,
    animal: { ...facts.animal, sex: word(`sex.${p.animal_sex}`, p.animal_sex) },
    presumptiveDiagnosis: p.presumptive_diagnosis,
    clinicalHistory: p.clinical_history,
    material: [...submitted(p), ...items.map((i) => `${i.code} · ${i.description}`)],
    sections: {
      macroscopic: sections.macroscopic,
      microscopic: {
        general: sections.microscopic,
        items: respellItems(p, sections.microscopicItems).map(({ code, text }) => ({
          code,
          text,
        })),
      },
      diagnosis: sections.diagnosis,
      comments: sections.comments,
    },
    images: images.map((i) => ({ caption: i.caption, data: Buffer.from(i.data, 'base64') })),
    version: {
      number: draft.version,
      amends: s.amends,
      amendmentReason: draft.amendment_reason,
      earlyReason: s.earlyReason,
    },
    signature: {
      name: s.signer.name,
      license: s.signer.license,
      signedAt: s.signedAt,
      image: s.signer.image,
    },
    timeZone: s.timeZone,
  };
  const content = canonicalContent(body);
  const contentSha256 = sha256(content);
  return {
    input: { ...body, contentSha256 },
    content,
    contentSha256,
    imageIds: images.map((i) => i.id),
  };
}
