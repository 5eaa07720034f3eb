// Methods of the veterinarians' portal: accounts (register, verify, sign in,
// reset), the vet's profile and notification choices, drafts, and the vet's
// own protocols; plus the admin's view of veterinarians. A vet caller only ever
// reaches their own rows: the handlers take the account from the session, never
// from the input.

import { z } from 'zod';
import './validation-locale';
import { cleanString } from './clean-text';
import { normaliseEmail } from './email-address';
import { addressSchema, veterinarianSchema } from './protocol-schema';
import { PROTOCOL_STATUSES, SAMPLE_CONDITIONS } from './status';
import { method } from './rpc-method';

const id = z.string().min(1).max(64);
const token = z.string().trim().min(16).max(200);

/** Typed by a person: refused past these lengths before any work is done. */
export const MAX_PASSWORD_LENGTH = 256;
const password = z.string().max(MAX_PASSWORD_LENGTH);
// Folded before it is checked: a full-width or zero-width spelling of an address
// is the same address, and gets the same answer.
const email = z
  .string()
  .max(254)
  .transform(normaliseEmail)
  .pipe(z.email({ message: 'el correo electrónico no es válido' }));

export const PORTAL_LOCALES = ['es-AR', 'en'] as const;

/**
 * Statuses a vet may choose to be mailed about. The signed report is not among them: it is
 * always mailed, with its PDF, so no choice may promise to turn it off. Choices stored when
 * `report_sent` was one still read; the retired choice is dropped.
 */
export const NOTIFIABLE_STATUSES = ['received', 'rejected', 'processing', 'ready'] as const;
export type NotifiableStatus = (typeof NOTIFIABLE_STATUSES)[number];
export const DEFAULT_NOTIFY: readonly NotifiableStatus[] = ['received', 'rejected'];

/** What a vet keeps about themselves: the veterinarian record without the address it signs in with. */
export const vetProfileInput = veterinarianSchema.omit({ email: true });
export type VetProfileInput = z.output<typeof vetProfileInput>;

const checkMail = z.object({ status: z.literal('check_mail') });

export const vetAccountView = z.object({
  id,
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  licenseNumber: z.string(),
  phone: z.string().nullable(),
  dni: z.string().nullable(),
  cuit: z.string().nullable(),
  address: addressSchema.nullable(),
  /** Marked by an admin after checking the license. */
  labVerified: z.boolean(),
  locale: z.enum(PORTAL_LOCALES),
  notify: z.array(z.enum(NOTIFIABLE_STATUSES)),
});
export type VetAccountView = z.infer<typeof vetAccountView>;

export const profileChangeView = z.object({
  id,
  changedBy: z.string(),
  changedAt: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
});

export const draftView = z.object({
  id,
  kind: z.enum(['histopathology', 'cytology']),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A draft is the form as typed: any shape, bounded in size and depth. */
export const MAX_DRAFT_BYTES = 32 * 1024;
const MAX_DRAFT_DEPTH = 8;

function depthWithin(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (depth === 0) return false;
  return Object.values(value).every((inner) => depthWithin(inner, depth - 1));
}

// As stored: UTF-8, where an accented letter takes two bytes and some symbols four.
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

// Depth first: serialising a value nested thousands of levels deep would overflow the stack.
const draftData = z
  .record(z.string(), z.unknown())
  .refine((data) => depthWithin(data, MAX_DRAFT_DEPTH), {
    message: `el borrador tiene más de ${MAX_DRAFT_DEPTH} niveles`,
    abort: true,
  })
  .refine((data) => utf8Bytes(JSON.stringify(data)) <= MAX_DRAFT_BYTES, {
    message: `el borrador supera ${MAX_DRAFT_BYTES / 1024} KB`,
  });

export const myProtocolView = z.object({
  id,
  kind: z.enum(['histopathology', 'cytology']),
  temporaryCode: z.string(),
  protocolNumber: z.string().nullable(),
  status: z.enum(PROTOCOL_STATUSES),
  animalSpecies: z.string(),
  animalIdentification: z.string().nullable(),
  ownerName: z.string().nullable(),
  presumptiveDiagnosis: z.string(),
  submissionDate: z.string(),
  createdAt: z.string(),
  receivedAt: z.string().nullable(),
  /** A signed report can be downloaded. */
  reportAvailable: z.boolean(),
});
export type MyProtocolView = z.infer<typeof myProtocolView>;

/** One signed version of the report, as the vet may download it. */
export const myReportVersion = z.object({
  version: z.number(),
  signedAt: z.string(),
  signerName: z.string(),
  /** The version an amendment replaces, and why; null for the first report. */
  amendsVersion: z.number().nullable(),
  amendmentReason: z.string().nullable(),
  /** Printed in the PDF's footer: what a printed copy is checked against. */
  contentSha256: z.string(),
});
export type MyReportVersion = z.infer<typeof myReportVersion>;

export const myProtocolDetail = myProtocolView.extend({
  sample: z.object({
    material: z.string().nullable(),
    containers: z.number().nullable(),
    technique: z.string().nullable(),
    site: z.string().nullable(),
    slides: z.number().nullable(),
  }),
  animal: z.object({
    species: z.string(),
    breed: z.string().nullable(),
    sex: z.string(),
    age: z.string().nullable(),
    identification: z.string().nullable(),
  }),
  clinicalHistory: z.string().nullable(),
  reception: z
    .object({
      outcome: z.enum(['received', 'rejected']),
      sampleCondition: z.enum(SAMPLE_CONDITIONS),
      rejectionReason: z.string().nullable(),
      recordedAt: z.string(),
    })
    .nullable(),
  history: z.array(z.object({ status: z.string(), at: z.string() })),
  /** Signed versions, oldest first: an amendment never hides the one it replaces. */
  reports: z.array(myReportVersion),
});

export const veterinarianAdminView = z.object({
  id,
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  licenseNumber: z.string(),
  verified: z.boolean(),
  /** `none`: known only from forms typed at the desk. */
  account: z.enum(['none', 'unverified', 'active', 'disabled']),
  protocols: z.number(),
});

const ok = z.object({ ok: z.literal(true) });
const empty = z.object({});

export const portalMethods = {
  'auth.register': method(
    vetProfileInput.extend({
      email,
      password,
      locale: z.enum(PORTAL_LOCALES).default('es-AR'),
    }),
    checkMail,
    'public',
  ),
  // The account's password too: a link alone must not activate an account someone else made.
  'auth.verifyEmail': method(
    z.object({ token, password }),
    z.object({ email: z.string() }),
    'public',
  ),
  'auth.resendVerification': method(z.object({ email }), checkMail, 'public'),
  'auth.login': method(
    z.object({ email: z.string().max(254), password }),
    z.object({ account: vetAccountView, token: z.string() }),
    'public',
  ),
  'auth.logout': method(empty, ok, 'public'),
  'auth.me': method(empty, vetAccountView.nullable(), 'public'),
  'auth.requestPasswordReset': method(z.object({ email }), checkMail, 'public'),
  'auth.resetPassword': method(z.object({ token, password }), ok, 'public'),

  'profile.get': method(empty, vetAccountView, ['veterinarian']),
  'profile.update': method(vetProfileInput, vetAccountView, ['veterinarian']),
  'profile.history': method(empty, z.array(profileChangeView), ['veterinarian']),
  'profile.setNotifications': method(
    z.object({
      notify: z.array(z.enum(NOTIFIABLE_STATUSES)).max(NOTIFIABLE_STATUSES.length),
      locale: z.enum(PORTAL_LOCALES),
    }),
    vetAccountView,
    ['veterinarian'],
  ),
  'profile.changePassword': method(
    z.object({ currentPassword: password, newPassword: password }),
    ok,
    ['veterinarian'],
  ),
  'profile.changeEmail': method(z.object({ password, newEmail: email }), checkMail, [
    'veterinarian',
  ]),

  'drafts.list': method(empty, z.array(draftView), ['veterinarian']),
  'drafts.save': method(
    z.object({
      id: id.optional(),
      kind: z.enum(['histopathology', 'cytology']),
      data: draftData,
    }),
    draftView,
    ['veterinarian'],
  ),
  'drafts.delete': method(z.object({ id }), ok, ['veterinarian']),

  'protocols.listMine': method(
    z.object({
      status: z.enum(PROTOCOL_STATUSES).optional(),
      limit: z.number().int().min(1).max(200).default(50),
      offset: z.number().int().min(0).max(1_000_000).default(0),
    }),
    z.object({ items: z.array(myProtocolView), total: z.number() }),
    ['veterinarian'],
  ),
  'protocols.getMine': method(z.object({ id }), myProtocolDetail, ['veterinarian']),
  'protocols.reportPdf': method(
    z.object({ id, version: z.number().int().min(1).max(1000) }),
    z.object({ fileName: z.string(), base64: z.string() }),
    ['veterinarian'],
  ),

  'veterinarians.list': method(
    z.object({
      query: cleanString().max(120).optional(),
      limit: z.number().int().min(1).max(200).default(50),
      offset: z.number().int().min(0).default(0),
    }),
    z.object({ items: z.array(veterinarianAdminView), total: z.number() }),
    ['admin'],
  ),
  'veterinarians.setVerified': method(
    z.object({ id, verified: z.boolean() }),
    veterinarianAdminView,
    ['admin'],
  ),
} as const;
