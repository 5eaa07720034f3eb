// What workstations and the central server say to each other on the sync
// routes. Both sides validate with these schemas: a device's request is input
// from outside like any other, and so is the server's answer to a device.

import { z } from 'zod';
import { isHlc } from './hlc';

export const SYNCED_ENTITY_NAMES = [
  'veterinarian',
  'protocol',
  'user',
  'reception',
  'status_history',
  'cassette',
  'slide',
  'stage_record',
  'stain',
  'report_draft',
  'report_image',
  'report_version',
  'report_phrase',
  'signature_image',
] as const;

const hlc = z.string().refine(isHlc, 'reloj lógico inválido');
const id = z.string().min(1).max(64);

/** A whole protocol with long clinical notes is a few KB; a page of changes must stay small. */
const MAX_CHANGE_BYTES = 64 * 1024;
/** One value of an ordinary record: longer than any field a form allows. */
const MAX_VALUE_CHARS = 20_000;

// What a report's records hold sets their size: a draft up to its characters
// (escaped twice over at worst, the microscopic items being JSON inside JSON),
// an image or a signature in base64, a signed version its content and its PDF
// with up to four images, the signature and the logo in it.
const LARGE_CHANGES: Partial<Record<(typeof SYNCED_ENTITY_NAMES)[number], number>> = {
  report_draft: 1024 * 1024,
  report_image: 2 * 1024 * 1024,
  signature_image: 512 * 1024,
  report_version: 8 * 1024 * 1024,
};

/** The most a change of `entity` may weigh on the wire (characters of its data's JSON). */
export function changeLimit(entity: (typeof SYNCED_ENTITY_NAMES)[number]): number {
  return LARGE_CHANGES[entity] ?? MAX_CHANGE_BYTES;
}

export function changeSize(data: Record<string, unknown>): number {
  return JSON.stringify(data).length;
}

const changeFields = {
  id,
  entity: z.enum(SYNCED_ENTITY_NAMES),
  rowId: id,
  data: z.record(z.string().max(64), z.union([z.string(), z.number(), z.null()])),
  hlc,
  base: z.record(z.string().max(64), hlc.nullable()).nullable(),
};

function checkSize(
  change: { entity: (typeof SYNCED_ENTITY_NAMES)[number]; data: Record<string, unknown> },
  ctx: z.RefinementCtx,
): void {
  const large = change.entity in LARGE_CHANGES;
  const longValue = Object.values(change.data).some(
    (v) => typeof v === 'string' && v.length > MAX_VALUE_CHARS,
  );
  if ((!large && longValue) || changeSize(change.data) > changeLimit(change.entity)) {
    ctx.addIssue({ code: 'custom', path: ['data'], message: 'cambio demasiado grande' });
  }
}

export const wireChange = z.object(changeFields).superRefine(checkSize);
export type WireChange = z.infer<typeof wireChange>;

export const pulledChange = z
  .object({ ...changeFields, seq: z.number().int(), origin: z.string() })
  .superRefine(checkSize);
export type PulledChange = z.infer<typeof pulledChange>;

export const wireAuditEntry = z.object({
  seq: z.number().int().min(1),
  id,
  at: z.string().max(40),
  actor: z.string().max(200),
  action: z.string().max(100),
  entity_type: z.string().max(100).nullable(),
  entity_id: z.string().max(100).nullable(),
  // Before and after of a corrected protocol, escaped twice, can be long.
  details: z.string().max(200_000),
  prev_hash: z.string().length(64),
  hash: z.string().length(64),
});
export type WireAuditEntry = z.infer<typeof wireAuditEntry>;

export const blockReport = z.object({
  id,
  /** The highest number of the block this workstation has used; null for none. */
  usedUpTo: z.number().int().nullable(),
  /** True when the workstation will use no more of it (its year is over). */
  closed: z.boolean(),
});

export const MAX_BATCH_CHANGES = 1000;

export const enrollRequest = z.object({
  code: z.string().trim().min(4).max(64),
  appVersion: z.string().max(40),
});
export const enrollResponse = z.object({
  deviceId: id,
  deviceNumber: z.number().int(),
  deviceName: z.string(),
  secret: z.string(),
  serverTime: z.string(),
});

export const pushRequest = z.object({
  batchId: id,
  /** This device's wall clock when it sent the batch, to measure its error. */
  deviceTime: z.string().max(40),
  appVersion: z.string().max(40),
  changes: z.array(wireChange).max(MAX_BATCH_CHANGES),
  audit: z.array(wireAuditEntry).max(MAX_BATCH_CHANGES),
  blocks: z.array(blockReport).max(200),
});
export type PushRequest = z.infer<typeof pushRequest>;

export const pushResponse = z.object({
  batchId: id,
  applied: z.number(),
  duplicate: z.boolean(),
  conflicts: z.number(),
  auditAccepted: z.number(),
  auditProblem: z.string().nullable(),
  /** Per reported block, the highest number the server knows this device used. */
  blocks: z.array(z.object({ id, usedUpTo: z.number().int().nullable() })),
  serverTime: z.string(),
});
export type PushResponse = z.infer<typeof pushResponse>;

export const pullRequest = z.object({
  cursor: z.number().int().min(0),
  limit: z.number().int().min(1).max(MAX_BATCH_CHANGES).default(500),
});
export const pullResponse = z.object({
  changes: z.array(pulledChange),
  cursor: z.number().int(),
  more: z.boolean(),
  serverTime: z.string(),
});
export type PullResponse = z.infer<typeof pullResponse>;

export const leaseRequest = z.object({
  /** The same request sent again (its answer lost) gets the same blocks, not new ones. */
  requestId: id,
  requests: z
    .array(
      z.object({
        series: z.string().regex(/^(HP|CT):\d{4}$/),
        size: z.number().int().min(1).max(1000),
      }),
    )
    .max(8),
});
export const leasedBlock = z.object({
  id,
  series: z.string(),
  first: z.number().int(),
  last: z.number().int(),
  grantedAt: z.string(),
  /** On a repeated request, how far the server knows the block was used already. */
  usedUpTo: z.number().int().nullable().default(null),
});
export const leaseResponse = z.object({
  blocks: z.array(leasedBlock),
  serverTime: z.string(),
});
export type LeasedBlock = z.infer<typeof leasedBlock>;
