// Methods of the central server and of sync: devices and their enrolment,
// conflicts left by merging, protocol number blocks, and the workstation's own
// sync status. Device-to-server sync itself runs on its own HTTP routes, not
// here: a device is not a signed-in person.

import { z } from 'zod';
import { method } from './rpc-method';

const id = z.string().min(1).max(64);

export const deviceView = z.object({
  id,
  name: z.string(),
  number: z.number(),
  enrolledAt: z.string(),
  lastSyncAt: z.string().nullable(),
  lastAddress: z.string().nullable(),
  appVersion: z.string().nullable(),
  /** Server time minus the device's clock at its last sync, in milliseconds. */
  clockOffsetMs: z.number().nullable(),
  revokedAt: z.string().nullable(),
  auditEntries: z.number(),
  auditProblem: z.string().nullable(),
});
export type DeviceView = z.infer<typeof deviceView>;

export const conflictView = z.object({
  id,
  kind: z.enum(['field', 'double_reception', 'duplicate_number', 'status']),
  entity: z.string(),
  rowId: z.string(),
  /** What a person recognises: a protocol number, a temporary code, an email. */
  label: z.string(),
  field: z.string().nullable(),
  keptValue: z.unknown(),
  lostValue: z.unknown(),
  keptBy: z.string(),
  lostBy: z.string(),
  detectedAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolution: z.string().nullable(),
});
export type ConflictView = z.infer<typeof conflictView>;

export const numberBlockView = z.object({
  id,
  series: z.string(),
  first: z.number(),
  last: z.number(),
  deviceName: z.string(),
  grantedAt: z.string(),
  usedUpTo: z.number().nullable(),
  closedAt: z.string().nullable(),
});
export type NumberBlockView = z.infer<typeof numberBlockView>;

export const syncProgress = z.object({
  phase: z.enum(['push', 'pull', 'numbers', 'audit']),
  items: z.number(),
  bytes: z.number(),
  /** Known for a push (what is queued); unknown while pulling. */
  totalItems: z.number().nullable(),
});
export type SyncProgress = z.infer<typeof syncProgress>;

export const syncSummary = z.object({
  pushed: z.number(),
  pulled: z.number(),
  bytesSent: z.number(),
  bytesReceived: z.number(),
  auditEntries: z.number(),
  numbersAssigned: z.number(),
  blocksLeased: z.number(),
  conflicts: z.number(),
  ms: z.number(),
});
export type SyncSummary = z.infer<typeof syncSummary>;

export const syncStatus = z.object({
  /** The central server answers `server`: it has devices, conflicts and blocks, not a sync. */
  role: z.enum(['workstation', 'server']),
  enrolled: z.boolean(),
  serverUrl: z.string().nullable(),
  deviceName: z.string().nullable(),
  running: z.boolean(),
  progress: syncProgress.nullable(),
  lastAttemptAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  lastError: z.string().nullable(),
  lastSummary: syncSummary.nullable(),
  pendingChanges: z.number(),
  /** Set when the server said this machine's clock is wrong. */
  clockProblem: z.string().nullable(),
  numbers: z.array(z.object({ series: z.string(), remaining: z.number(), lowWater: z.number() })),
  /** Receptions waiting for a number because the blocks ran out offline. */
  pendingNumbers: z.number(),
});
export type SyncStatus = z.infer<typeof syncStatus>;

const empty = z.object({});
const ok = z.object({ ok: z.literal(true) });

export const syncMethods = {
  'devices.list': method(empty, z.array(deviceView), ['admin']),
  'devices.createEnrolmentCode': method(
    z.object({ name: z.string().trim().min(1).max(80) }),
    z.object({ code: z.string(), expiresAt: z.string() }),
    ['admin'],
  ),
  'devices.revoke': method(z.object({ id }), ok, ['admin']),

  'sync.conflicts': method(
    z.object({ includeResolved: z.boolean().default(false) }),
    z.array(conflictView),
    ['admin'],
  ),
  'sync.resolveConflict': method(z.object({ id, keep: z.enum(['kept', 'lost']) }), ok, ['admin']),
  'sync.blocks': method(
    z.object({ year: z.number().int().min(2000).max(2999).optional() }),
    z.object({
      blocks: z.array(numberBlockView),
      unused: z.array(z.object({ series: z.string(), numbers: z.array(z.string()) })),
    }),
    ['admin'],
  ),

  'sync.status': method(empty, syncStatus, 'staff'),
  'sync.now': method(empty, syncSummary, 'staff'),
} as const;
