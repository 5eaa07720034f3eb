// The RPC contract: every operation a screen, the CLI or another door can ask
// for. One method = a name, an input schema, an output schema and the roles
// allowed. Doors validate input against it; handlers are typed by it.

import { z } from 'zod';
import './validation-locale';
import { cleanString } from './clean-text';
import { protocolCorrectionSchema, protocolSubmissionSchema } from './protocol-schema';
import { PROTOCOL_STATUSES, SAMPLE_CONDITIONS } from './status';
import { LABEL_KINDS, type LabelKind } from './labels/layout';
import { MAX_LABEL_MM, MIN_LABEL_SIZES } from './labels/sizes';

import { method, ROLES, type Access, type Role } from './rpc-method';
import { syncMethods } from './sync-contract';
import { processingMethods } from './processing-contract';
import { portalMethods } from './portal-contract';
import { reportMethods } from './report-contract';
import { veterinarianSchema } from './protocol-schema';
import { printOutcome, type PrintOutcome } from './print-outcome';

export { ROLES, type Access, type Role, type PrintOutcome };

const id = z.string().min(1).max(64);
const isoInstant = z.string();
const optionalText = (max: number) => cleanString().max(max).optional();

export const userView = z.object({
  id,
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  licenseNumber: z.string().nullable(),
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
});
export type UserView = z.infer<typeof userView>;

export const protocolSummary = z.object({
  id,
  kind: z.enum(['histopathology', 'cytology']),
  temporaryCode: z.string(),
  protocolNumber: z.string().nullable(),
  status: z.enum(PROTOCOL_STATUSES),
  veterinarianName: z.string(),
  veterinarianEmail: z.string(),
  animalSpecies: z.string(),
  animalIdentification: z.string().nullable(),
  ownerName: z.string().nullable(),
  submissionDate: z.string(),
  receivedAt: z.string().nullable(),
  createdAt: isoInstant,
});
export type ProtocolSummary = z.infer<typeof protocolSummary>;

export const printJobView = z.object({
  id,
  protocolId: z.string().nullable(),
  protocolNumber: z.string().nullable(),
  labelKind: z.string(),
  printerUri: z.string(),
  status: z.enum(['pending', 'printed', 'failed']),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: isoInstant,
  printedAt: z.string().nullable(),
});
export type PrintJobView = z.infer<typeof printJobView>;

export const outboxView = z.object({
  id,
  toAddress: z.string(),
  subject: z.string(),
  status: z.enum(['pending', 'sending', 'sent', 'failed']),
  attempts: z.number(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: isoInstant,
  sentAt: z.string().nullable(),
});
export type OutboxView = z.infer<typeof outboxView>;

export const protocolDetail = protocolSummary.extend({
  veterinarian: z.object({
    firstName: z.string(),
    lastName: z.string(),
    email: z.string(),
    licenseNumber: z.string(),
    phone: z.string().nullable(),
  }),
  animal: z.object({
    species: z.string(),
    breed: z.string().nullable(),
    sex: z.string(),
    age: z.string().nullable(),
    identification: z.string().nullable(),
  }),
  owner: z.object({ lastName: z.string().nullable(), firstName: z.string().nullable() }),
  presumptiveDiagnosis: z.string(),
  clinicalHistory: z.string().nullable(),
  academicInterest: z.boolean(),
  sample: z.object({
    material: z.string().nullable(),
    containers: z.number().nullable(),
    technique: z.string().nullable(),
    site: z.string().nullable(),
    slides: z.number().nullable(),
  }),
  reception: z
    .object({
      outcome: z.enum(['received', 'rejected']),
      sampleCondition: z.enum(SAMPLE_CONDITIONS),
      containersReceived: z.number().nullable(),
      slidesReceived: z.number().nullable(),
      discrepancies: z.string().nullable(),
      notes: z.string().nullable(),
      rejectionReason: z.string().nullable(),
      recordedBy: z.string(),
      recordedAt: isoInstant,
    })
    .nullable(),
  history: z.array(
    z.object({
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      changedBy: z.string(),
      changedAt: isoInstant,
      reason: z.string().nullable(),
    }),
  ),
  printJobs: z.array(printJobView),
  mails: z.array(outboxView),
});
export type ProtocolDetail = z.infer<typeof protocolDetail>;

export const receiveInput = z.object({
  code: z.string().trim().min(1).max(80),
  /** A sample in "rejected" condition is rejected, not received. */
  condition: z.enum(SAMPLE_CONDITIONS).exclude(['rejected']).default('optimal'),
  containersReceived: z.number().int().min(0).max(99).optional(),
  slidesReceived: z.number().int().min(0).max(999).optional(),
  discrepancies: optionalText(2000),
  notes: optionalText(2000),
  /** Print to this printer instead of the configured one; `none` skips printing. */
  printerUri: optionalText(300),
});

export const rejectInput = z.object({
  code: z.string().trim().min(1).max(80),
  reason: cleanString().max(2000),
  condition: z.enum(SAMPLE_CONDITIONS).default('rejected'),
  notes: optionalText(2000),
});

export const searchInput = z.object({
  query: optionalText(120),
  status: z.enum(PROTOCOL_STATUSES).optional(),
  kind: z.enum(['histopathology', 'cytology']).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).default(0),
});
export type SearchInput = z.input<typeof searchInput>;

/** What a printer is for: the kind of label it prints. */
export const printPurpose = z.enum(LABEL_KINDS);

/** One purpose's printer and label size. */
export const printerProfile = z.object({
  /** Blank means no printer: labels become PDF files in the data folder. */
  uri: z
    .string()
    .trim()
    .max(300)
    .nullable()
    .transform((uri) => uri || null),
  widthMm: z.number().max(MAX_LABEL_MM),
  heightMm: z.number().max(MAX_LABEL_MM),
});
export type PrinterProfileView = z.infer<typeof printerProfile>;

// Each kind of label has its own smallest size (a jar's lines, a slide's QR).
const printerSettingsOf = <P extends LabelKind>(purpose: P) =>
  printerProfile.extend({
    purpose: z.literal(purpose),
    widthMm: z.number().min(MIN_LABEL_SIZES[purpose].widthMm).max(MAX_LABEL_MM),
    heightMm: z.number().min(MIN_LABEL_SIZES[purpose].heightMm).max(MAX_LABEL_MM),
  });

export const printerSettings = z.discriminatedUnion('purpose', [
  printerSettingsOf('jar'),
  printerSettingsOf('cassette'),
  printerSettingsOf('slide'),
]);
export type PrinterSettings = z.infer<typeof printerSettings>;

export const mailSettingsInput = z.object({
  host: z.string().trim().min(1).max(200),
  port: z.number().int().min(1).max(65535).default(587),
  secure: z.boolean().default(false),
  /** Off only for a relay on this same machine. */
  requireStartTls: z.boolean().default(true),
  user: optionalText(200),
  /** Empty keeps the stored password. */
  password: z.string().max(500).optional(),
  fromAddress: z.email(),
  fromName: optionalText(200),
});

/** What the settings screen shows of the mail server: never the password. */
const mailStatus = z.object({
  configured: z.boolean(),
  description: z.string().nullable(),
  /** `env` when PATOLAB_SMTP_URL decides, so the screen can say the form has no effect. */
  source: z.enum(['env', 'settings']).nullable(),
  stored: mailSettingsInput.omit({ password: true }).nullable(),
});

const empty = z.object({});
const ok = z.object({ ok: z.literal(true) });
const vetSubmission = { veterinarian: veterinarianSchema.optional(), draftId: id.optional() };

export const contract = {
  'session.signIn': method(
    z.object({ email: z.string().trim().toLowerCase().max(200), password: z.string().max(500) }),
    z.object({ user: userView, token: z.string() }),
    'public',
  ),
  'session.signOut': method(empty, ok, 'public'),
  'session.me': method(empty, userView.nullable(), 'public'),

  'users.list': method(empty, z.array(userView), ['admin']),
  'users.create': method(
    z.object({
      email: z.email().trim().toLowerCase(),
      displayName: z.string().trim().min(1).max(120),
      roles: z.array(z.enum(ROLES)).min(1),
      licenseNumber: optionalText(30),
      password: z.string().max(500),
    }),
    userView,
    ['admin'],
  ),
  'users.setRoles': method(z.object({ id, roles: z.array(z.enum(ROLES)).min(1) }), userView, [
    'admin',
  ]),
  'users.unlock': method(z.object({ id }), userView, ['admin']),
  'users.setPassword': method(z.object({ id, password: z.string().max(500) }), userView, ['admin']),
  // The license printed under a pathologist's signature; null (or blank) takes it away.
  'users.setLicense': method(
    z.object({
      id,
      licenseNumber: cleanString()
        .max(30)
        .nullable()
        .transform((license) => license || null),
    }),
    userView,
    ['admin'],
  ),

  // Staff give the veterinarian; a vet on the portal is the veterinarian, and may
  // name the draft the form came from so it goes in the same transaction.
  'protocols.submit': method(
    z.discriminatedUnion('kind', [
      protocolSubmissionSchema.options[0].extend(vetSubmission),
      protocolSubmissionSchema.options[1].extend(vetSubmission),
    ]),
    z.object({ id, temporaryCode: z.string(), status: z.enum(PROTOCOL_STATUSES) }),
    ['reception', 'admin', 'veterinarian'],
  ),
  'protocols.update': method(
    z.object({ code: z.string().trim().min(1).max(80), changes: protocolCorrectionSchema }),
    protocolDetail,
    ['reception', 'admin'],
  ),
  'protocols.search': method(
    searchInput,
    z.object({ items: z.array(protocolSummary), total: z.number(), totalCapped: z.boolean() }),
    'staff',
  ),
  'protocols.get': method(
    z.object({ code: z.string().trim().min(1).max(80) }),
    protocolDetail,
    'staff',
  ),

  'reception.lookup': method(z.object({ code: z.string().trim().min(1).max(80) }), protocolDetail, [
    'reception',
    'admin',
  ]),
  'reception.receive': method(
    receiveInput,
    z.object({
      protocolId: id,
      /** Null when the workstation's number blocks ran out offline: given at the next sync. */
      protocolNumber: z.string().nullable(),
      status: z.literal('received'),
      mailQueued: z.boolean(),
      print: printOutcome,
    }),
    ['reception', 'admin'],
  ),
  'reception.reject': method(
    rejectInput,
    z.object({ protocolId: id, status: z.literal('rejected'), mailQueued: z.boolean() }),
    ['reception', 'admin'],
  ),

  'printing.jobs': method(
    z.object({ status: z.enum(['pending', 'printed', 'failed']).optional() }),
    z.array(printJobView),
    'staff',
  ),
  'printing.retry': method(z.object({ jobId: id }), printOutcome, 'staff'),
  'printing.reprint': method(
    z.object({ protocolId: id, printerUri: optionalText(300) }),
    printOutcome,
    'staff',
  ),
  'printing.testLabel': method(
    z.object({ printerUri: optionalText(300), purpose: printPurpose.default('jar') }),
    printOutcome,
    'staff',
  ),
  'printing.labelPdf': method(
    z.object({ protocolId: id }),
    z.object({ fileName: z.string(), base64: z.string() }),
    'staff',
  ),

  'settings.get': method(
    empty,
    z.object({
      /** As saved, one per purpose; `printerOverride` replaces every address while set. */
      printers: z.object({ jar: printerProfile, cassette: printerProfile, slide: printerProfile }),
      /** PATOLAB_PRINTER_URI of this computer, or null. */
      printerOverride: z.string().nullable(),
      mail: mailStatus,
      timeZone: z.string(),
    }),
    'staff',
  ),
  'settings.setPrinter': method(printerSettings, printerProfile, ['admin']),
  'settings.setMail': method(mailSettingsInput, mailStatus, ['admin']),

  'mail.outbox': method(
    z.object({ status: z.enum(['pending', 'sending', 'sent', 'failed']).optional() }),
    z.object({ items: z.array(outboxView), configured: z.boolean() }),
    'staff',
  ),
  'mail.retry': method(z.object({ id }), ok, 'staff'),
  'mail.sendTest': method(z.object({ to: z.email() }), z.object({ message: z.string() }), [
    'admin',
  ]),

  'audit.verify': method(
    empty,
    z.object({
      ok: z.boolean(),
      entries: z.number(),
      firstBadSeq: z.number().nullable(),
      problem: z.string().nullable(),
    }),
    ['admin'],
  ),

  ...syncMethods,
  ...processingMethods,
  ...portalMethods,
  ...reportMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export type RpcResult<T> =
  { ok: true; result: T } | { ok: false; error: import('./errors').ErrorPayload };
