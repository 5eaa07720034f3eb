// Methods of the pathologist's workbench: the queue, the report editor, the
// phrase library, sign-out, amendments and the signed PDFs. A protocol is named
// by its code (number or temporary code) as everywhere else on the bench.

import { z } from 'zod';
import { cleanString, writtenReason } from './clean-text';
import { method } from './rpc-method';
import { PROTOCOL_STATUSES } from './status';

const id = z.string().min(1).max(64);
const code = z.string().trim().min(1).max(80);
const kind = z.enum(['histopathology', 'cytology']);

/** Long enough for any real report, short enough to keep a sync change and a PDF sane. */
export const REPORT_LIMITS = {
  section: 20_000,
  diagnosis: 5_000,
  items: 200,
  images: 4,
  /** Bytes of one image file. */
  imageBytes: 1024 * 1024,
  /**
   * Pixels of one image on either side, and in all. A figure prints 8 cm wide, where 2000
   * pixels show all there is to see. A JPEG goes into the PDF as it is, undecoded, so it may
   * be any photo a camera makes (24 megapixels, 6000 × 4000). A PNG must be unpacked, and
   * its transparency split off, in the server's own time and memory: 8 megapixels cost
   * up to 0.8 s and 220 MB at signing (measured: 0.4 s and 120 MB in 8-bit colour), and a
   * PNG photograph light enough for the megabyte a file may weigh has a megapixel or two.
   */
  imageSide: 6000,
  imagePixels: 25_000_000,
  imagePngPixels: 8_000_000,
  /** Bytes of a signature image, and of the lab's logo. */
  signatureBytes: 200 * 1024,
  /**
   * Pixels of a signature or a logo, printed 9 and 2 cm wide: a signature scanned at 600 dpi
   * is about 2800 × 900 pixels, a logo exported for print 2000 × 2000.
   */
  signatureSide: 3000,
  signaturePixels: 4_000_000,
  phrase: 5_000,
  phrases: 500,
  /** Characters of all sections and microscopic items together, so a draft always travels. */
  draftChars: 200_000,
} as const;

export const IMAGE_TYPES = ['image/png', 'image/jpeg'] as const;

// Base64 of at most `bytes` bytes: 4 characters for every 3 bytes, rounded up.
const base64Of = (bytes: number) =>
  z
    .string()
    .max(Math.ceil(bytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'no es un archivo en base64');

/** A written reason (amendment, early signature): read later by others, so a few words at least. */
const reason = writtenReason(10, 1000);

const section = (max: number) => cleanString().max(max).default('');

export const microscopicItem = z.object({
  /** A cassette or slide code, as printed on its label. */
  code: code,
  text: cleanString().max(REPORT_LIMITS.section),
});

export const reportSections = z.object({
  macroscopic: section(REPORT_LIMITS.section),
  microscopic: section(REPORT_LIMITS.section),
  microscopicItems: z.array(microscopicItem).max(REPORT_LIMITS.items).default([]),
  diagnosis: section(REPORT_LIMITS.diagnosis),
  comments: section(REPORT_LIMITS.section),
});
export type ReportSections = z.output<typeof reportSections>;

export const REPORT_STATES = ['none', 'draft', 'signed', 'sent'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const queueItem = z.object({
  protocolId: id,
  code: z.string(),
  kind,
  status: z.enum(PROTOCOL_STATUSES),
  species: z.string(),
  veterinarianName: z.string(),
  receivedAt: z.string().nullable(),
  /** When it became ready for the pathologist; null before. */
  readyAt: z.string().nullable(),
  /** Whole days from reception to now (or to the first signed version). */
  turnaroundDays: z.number().nullable(),
  pathologistId: z.string().nullable(),
  pathologistName: z.string().nullable(),
  report: z.enum(REPORT_STATES),
});
export type QueueItem = z.infer<typeof queueItem>;

export const reportImageView = z.object({
  id,
  position: z.number(),
  caption: z.string(),
  mime: z.enum(IMAGE_TYPES),
  bytes: z.number(),
});
export type ReportImageView = z.infer<typeof reportImageView>;

export const draftView = reportSections.extend({
  id,
  version: z.number(),
  /** The version this draft amends, and why; null for a first report. */
  amendsVersion: z.number().nullable(),
  amendmentReason: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  images: z.array(reportImageView),
});
export type DraftView = z.infer<typeof draftView>;

export const versionView = z.object({
  id,
  version: z.number(),
  signedAt: z.string(),
  signerName: z.string(),
  signerLicense: z.string().nullable(),
  amendsVersion: z.number().nullable(),
  amendmentReason: z.string().nullable(),
  earlyReason: z.string().nullable(),
  diagnosis: z.string(),
  /** Printed in the PDF's footer: what a printed copy is checked against. */
  contentSha256: z.string(),
  pdfSha256: z.string(),
});
export type VersionView = z.infer<typeof versionView>;

/** One report mail to one recipient, as the outbox holds it. */
export const deliveryView = z.object({
  id,
  version: z.number(),
  to: z.string(),
  status: z.enum(['pending', 'sending', 'sent', 'failed']),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type DeliveryView = z.infer<typeof deliveryView>;

/** A draft's field overwritten by another desk's edit made without seeing it. */
export const draftConflictView = z.object({
  /** The conflict's record, for `reports.dismissConflict`. */
  id,
  field: z.string(),
  kept: z.string().nullable(),
  lost: z.string().nullable(),
  at: z.string(),
});

export const reportView = z.object({
  protocol: z.object({
    id,
    code: z.string(),
    numberPending: z.boolean(),
    kind,
    status: z.enum(PROTOCOL_STATUSES),
    submissionDate: z.string(),
    receivedAt: z.string().nullable(),
    veterinarian: z.object({
      name: z.string(),
      license: z.string(),
      email: z.string(),
      phone: z.string().nullable(),
    }),
    animal: z.object({
      species: z.string(),
      breed: z.string().nullable(),
      /** The form's code (male, female, unknown), for the screen to put into words. */
      sex: z.string(),
      age: z.string().nullable(),
      identification: z.string().nullable(),
      owner: z.string().nullable(),
    }),
    presumptiveDiagnosis: z.string(),
    clinicalHistory: z.string().nullable(),
    pathologistId: z.string().nullable(),
    pathologistName: z.string().nullable(),
  }),
  /** The bench's work: one line per live cassette and slide, with material and stain. */
  items: z.array(
    z.object({ code: z.string(), item: z.enum(['cassette', 'slide']), description: z.string() }),
  ),
  draft: draftView.nullable(),
  versions: z.array(versionView),
  deliveries: z.array(deliveryView),
  conflicts: z.array(draftConflictView),
  /** Signing now needs a written reason: the protocol is not ready yet. */
  signNeedsReason: z.boolean(),
  /** Whether the signed-in pathologist has uploaded a signature image. */
  hasSignatureImage: z.boolean(),
});
export type ReportView = z.infer<typeof reportView>;

export const phraseView = z.object({
  id,
  kind: z.enum(['phrase', 'diagnosis']),
  title: z.string(),
  text: z.string(),
});
export type PhraseView = z.infer<typeof phraseView>;

export const labHeaderView = z.object({
  name: z.string(),
  lines: z.array(z.string()),
  hasLogo: z.boolean(),
});

const PATHOLOGIST = ['pathologist'] as const;
const pdfFile = z.object({ fileName: z.string(), base64: z.string(), sha256: z.string() });

export const reportMethods = {
  'reports.queue': method(
    z.object({
      kind: kind.optional(),
      /** `mine`, `unassigned`, or a pathologist's id; all when absent. */
      pathologist: z.string().max(64).optional(),
      /** Also protocols still received or in processing, whose report may be drafted early. */
      includeEarlier: z.boolean().default(false),
      limit: z.number().int().min(1).max(1000).default(300),
    }),
    z.object({
      items: z.array(queueItem),
      total: z.number(),
      pathologists: z.array(z.object({ id, name: z.string() })),
    }),
    ['pathologist', 'admin'],
  ),
  'reports.assign': method(z.object({ protocol: code, toMe: z.boolean() }), queueItem, PATHOLOGIST),
  'reports.get': method(z.object({ protocol: code }), reportView, 'staff'),
  'reports.saveDraft': method(
    reportSections.extend({
      protocol: code,
      /**
       * The draft's updatedAt the editor started from; any other one stored (a save since, here
       * or by sync) is a conflict and nothing is written. Absent: no check (a first save).
       */
      knownUpdatedAt: z.string().max(40).optional(),
    }),
    draftView,
    PATHOLOGIST,
  ),
  'reports.addImage': method(
    z.object({
      protocol: code,
      caption: cleanString().max(300).default(''),
      mime: z.enum(IMAGE_TYPES),
      base64: base64Of(REPORT_LIMITS.imageBytes),
    }),
    reportImageView,
    PATHOLOGIST,
  ),
  'reports.removeImage': method(z.object({ id }), z.object({ ok: z.literal(true) }), PATHOLOGIST),
  'reports.image': method(
    z.object({ id }),
    z.object({ mime: z.enum(IMAGE_TYPES), base64: z.string() }),
    'staff',
  ),
  'reports.sign': method(
    z.object({
      protocol: code,
      /** Re-authentication: the open session alone does not sign. */
      password: z.string().min(1).max(500),
      /** Required when the protocol is not ready yet. */
      earlyReason: reason.optional(),
    }),
    versionView,
    PATHOLOGIST,
  ),
  'reports.amend': method(z.object({ protocol: code, reason }), draftView, PATHOLOGIST),
  'reports.pdf': method(
    z.object({ protocol: code, version: z.number().int().min(1).max(1000).optional() }),
    pdfFile,
    'staff',
  ),
  /**
   * Marks the text sync replaced in a report's draft as reviewed: at a desk it leaves that
   * desk's report; on the central server it is the admin's "keep the value that won".
   */
  'reports.dismissConflict': method(
    z.object({ id }),
    z.object({ ok: z.literal(true) }),
    PATHOLOGIST,
  ),

  'reports.phrases': method(z.object({}), z.array(phraseView), PATHOLOGIST),
  'reports.savePhrase': method(
    z.object({
      id: id.optional(),
      kind: z.enum(['phrase', 'diagnosis']),
      title: cleanString().min(1).max(120),
      text: cleanString().min(1).max(REPORT_LIMITS.phrase),
    }),
    phraseView,
    PATHOLOGIST,
  ),
  'reports.removePhrase': method(z.object({ id }), z.object({ ok: z.literal(true) }), PATHOLOGIST),

  'reports.setSignature': method(
    z.object({
      mime: z.enum(IMAGE_TYPES),
      base64: base64Of(REPORT_LIMITS.signatureBytes).min(1),
    }),
    z.object({ ok: z.literal(true) }),
    PATHOLOGIST,
  ),
  'reports.signature': method(
    z.object({}),
    z.object({ mime: z.enum(IMAGE_TYPES), base64: z.string() }).nullable(),
    PATHOLOGIST,
  ),

  'reports.labHeader': method(z.object({}), labHeaderView, 'staff'),
  'reports.setLabHeader': method(
    z.object({
      name: cleanString().min(1).max(200),
      lines: z.array(cleanString().max(200)).max(4),
      /** A new logo; absent keeps the stored one, null removes it. */
      logo: z
        .object({ mime: z.enum(IMAGE_TYPES), base64: base64Of(REPORT_LIMITS.signatureBytes) })
        .nullable()
        .optional(),
    }),
    labHeaderView,
    ['admin'],
  ),
} as const;
