// Workstations known to the central server. An admin makes a one-time code; a
// workstation trades it for its own secret, which the server keeps only as a
// SHA-256 (a 256-bit random secret needs no slow hash). Revoking a device
// refuses its next request, whatever it was doing.

import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { DeviceView } from '../../../src-shared/sync-contract';
import { AppError } from '../../../src-shared/errors';
import { formatLocalDateTime } from '../../../src-shared/calendar';
import type { DevicesTable } from '../../db/schema';
import type { Actor, ServiceContext } from '../../context';
import { writeTransaction } from '../../db/transaction';
import { appendAudit } from '../../audit/append';
import { newId } from '../../ids';
import { requireRole } from '../role';

const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 12;
const CODE_LIFETIME_MS = 24 * 3600_000;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Case, spaces and dashes do not matter when a person types the code. */
function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

export async function createEnrolmentCode(ctx: ServiceContext, actor: Actor, name: string) {
  requireRole(ctx, 'server');
  let raw = '';
  for (let i = 0; i < CODE_LENGTH; i++) raw += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  const code = raw.match(/.{4}/g)!.join('-');
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + CODE_LIFETIME_MS).toISOString();

  await writeTransaction(ctx.db, async (tx) => {
    await tx
      .insertInto('enrolment_codes')
      .values({
        code_hash: sha256(normalizeCode(code)),
        name,
        created_by: actor.name,
        created_at: now.toISOString(),
        expires_at: expiresAt,
        used_at: null,
        device_id: null,
      })
      .execute();
    await appendAudit(tx, ctx.clock, actor, {
      action: 'device.enrolment_code_created',
      details: { name, expiresAt },
    });
  });
  return { code, expiresAt };
}

export async function enrollDevice(
  ctx: ServiceContext,
  input: { code: string; appVersion: string; address: string | null },
) {
  requireRole(ctx, 'server');
  const secret = randomBytes(32).toString('base64url');
  const now = ctx.clock.now().toISOString();

  const device = await writeTransaction(ctx.db, async (tx) => {
    const code = await tx
      .selectFrom('enrolment_codes')
      .selectAll()
      .where('code_hash', '=', sha256(normalizeCode(input.code)))
      .executeTakeFirst();
    if (!code || code.used_at || code.expires_at <= now) {
      throw new AppError('UNAUTHENTICATED', 'error.enrolCodeInvalid');
    }

    const last = await tx
      .selectFrom('devices')
      .select((eb) => eb.fn.max('number').as('number'))
      .executeTakeFirst();
    const row: DevicesTable = {
      id: newId(),
      number: Number(last?.number ?? 0) + 1,
      name: code.name,
      secret_hash: sha256(secret),
      enrolled_at: now,
      enrolled_by: code.created_by,
      last_sync_at: null,
      last_address: input.address,
      app_version: input.appVersion,
      clock_offset_ms: null,
      revoked_at: null,
      revoked_by: null,
      audit_seq: 0,
      audit_hash: null,
      audit_problem: null,
    };
    await tx.insertInto('devices').values(row).execute();
    await tx
      .updateTable('enrolment_codes')
      .set({ used_at: now, device_id: row.id })
      .where('code_hash', '=', code.code_hash)
      .execute();
    await appendAudit(
      tx,
      ctx.clock,
      { name: `device:${row.name}` },
      {
        action: 'device.enrolled',
        entityType: 'device',
        entityId: row.id,
        details: { number: row.number, address: input.address },
      },
    );
    return row;
  });

  ctx.log.info({ deviceId: device.id, name: device.name }, 'workstation enrolled');
  return {
    deviceId: device.id,
    deviceNumber: device.number,
    deviceName: device.name,
    secret,
    serverTime: now,
  };
}

/** `Authorization: Bearer <device id>.<secret>` → the device, or a refusal. */
export async function authenticateDevice(
  ctx: ServiceContext,
  header: string | undefined,
): Promise<DevicesTable> {
  const match = /^Bearer ([A-Za-z0-9-]{1,64})\.([A-Za-z0-9_-]{20,100})$/.exec(header ?? '');
  const device = match
    ? await ctx.db
        .selectFrom('devices')
        .selectAll()
        .where('secret_hash', '=', sha256(match[2]!))
        .executeTakeFirst()
    : undefined;
  if (!device || device.id !== match?.[1]) {
    throw new AppError('UNAUTHENTICATED', 'error.deviceUnknown');
  }
  if (device.revoked_at) {
    throw new AppError('FORBIDDEN', 'error.deviceRevoked', {
      when: formatLocalDateTime(device.revoked_at, ctx.timeZone),
    });
  }
  return device;
}

export async function listDevices(ctx: ServiceContext): Promise<DeviceView[]> {
  requireRole(ctx, 'server');
  const rows = await ctx.db.selectFrom('devices').selectAll().orderBy('number').execute();
  const counts = await ctx.db
    .selectFrom('device_audit')
    .select(['device_id', (eb) => eb.fn.countAll<number>().as('entries')])
    .groupBy('device_id')
    .execute();
  const entries = new Map(counts.map((c) => [c.device_id, Number(c.entries)]));
  return rows.map((d) => ({
    id: d.id,
    name: d.name,
    number: d.number,
    enrolledAt: d.enrolled_at,
    lastSyncAt: d.last_sync_at,
    lastAddress: d.last_address,
    appVersion: d.app_version,
    clockOffsetMs: d.clock_offset_ms,
    revokedAt: d.revoked_at,
    auditEntries: entries.get(d.id) ?? 0,
    auditProblem: d.audit_problem,
  }));
}

export async function revokeDevice(ctx: ServiceContext, actor: Actor, id: string) {
  requireRole(ctx, 'server');
  const now = ctx.clock.now().toISOString();
  await writeTransaction(ctx.db, async (tx) => {
    const device = await tx
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!device) throw new AppError('NOT_FOUND', 'error.notFound', { what: 'el equipo' });
    if (device.revoked_at) return;

    await tx
      .updateTable('devices')
      .set({ revoked_at: now, revoked_by: actor.name })
      .where('id', '=', id)
      .execute();
    // Its blocks will get no more receptions: what is left of them shows as unused.
    await tx
      .updateTable('number_blocks')
      .set({ closed_at: now })
      .where('device_id', '=', id)
      .where('closed_at', 'is', null)
      .execute();
    await appendAudit(tx, ctx.clock, actor, {
      action: 'device.revoked',
      entityType: 'device',
      entityId: id,
      details: { name: device.name },
    });
  });
  ctx.log.warn({ deviceId: id }, 'workstation revoked');
  return { ok: true as const };
}
