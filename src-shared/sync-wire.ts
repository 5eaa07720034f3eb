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
] as const;

const hlc = z.string().refine(isHlc, 'reloj lógico inválido');
const id = z.string().min(1).max(64);

/** A whole protocol with long clinical notes is a few KB; a page of changes must stay small. */
const MAX_CHANGE_BYTES = 64 * 1024;

export const wireChange = z.object({
  id,
  entity: z.enum(SYNCED_ENTITY_NAMES),
  rowId: id,
  data: z
    .record(z.string().max(64), z.union([z.string().max(20_000), z.number(), z.null()]))
    .refine((data) => JSON.stringify(data).length <= MAX_CHANGE_BYTES, 'cambio demasiado grande'),
  hlc,
  base: z.record(z.string().max(64), hlc.nullable()).nullable(),
});
export type WireChange = z.infer<typeof wireChange>;

export const pulledChange = wireChange.extend({ seq: z.number().int(), origin: z.string() });
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
