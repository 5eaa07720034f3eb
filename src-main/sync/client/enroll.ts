// Enrolling this workstation with the central server: a one-time code from an
// admin is traded for the device's own secret. Rows this workstation already
// holds and that never travelled are queued, so the first push brings them up.

import type { ServiceContext } from '../../context';
import { writeTransaction } from '../../db/transaction';
import { AppError } from '../../../src-shared/errors';
import { enrollResponse } from '../../../src-shared/sync-wire';
import { appendAudit } from '../../audit/append';
import { VERSION } from '../../version';
import { queueUntravelled } from '../record';
import { loadSyncState, updateSyncState } from '../state';
import { requireRole } from '../role';
import type { Actor } from '../../context';
import { postJson, SYNC_TIMEOUT_MS } from './http';

export function normalizeServerUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new AppError('VALIDATION', 'error.validation', {
      details: `«${text}» no es una dirección (ejemplo: https://patolab.fcv.example:4790)`,
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError('VALIDATION', 'error.validation', {
      details: 'la dirección del servidor debe empezar con https:// o http://',
    });
  }
  return url.origin;
}

export async function enrollWorkstation(
  ctx: ServiceContext,
  actor: Actor,
  input: { server: string; code: string; again?: boolean },
) {
  requireRole(ctx, 'workstation');
  const serverUrl = normalizeServerUrl(input.server);
  const before = await writeTransaction(ctx.db, (tx) => loadSyncState(tx, ctx));
  if (before.device_id && !input.again) {
    throw new AppError('CONFLICT', 'error.alreadyEnrolled', {
      server: before.server_url ?? '',
      name: before.device_name ?? '',
    });
  }

  const traffic = { sent: 0, received: 0 };
  const connection = { serverUrl, deviceId: null, secret: null, timeoutMs: SYNC_TIMEOUT_MS };
  const device = await postJson(
    connection,
    '/api/sync/enroll',
    { code: input.code, appVersion: VERSION },
    enrollResponse,
    traffic,
  );

  const queued = await writeTransaction(ctx.db, async (tx) => {
    await updateSyncState(tx, {
      server_url: serverUrl,
      device_id: device.deviceId,
      device_secret: device.secret,
      device_name: device.deviceName,
      device_number: device.deviceNumber,
      enrolled_at: ctx.clock.now().toISOString(),
      clock_offset_ms: Date.parse(device.serverTime) - ctx.clock.now().getTime(),
      // As a new device: its audit chain goes up whole, it reads the server's
      // log from the start, and blocks of the old identity (closed when it
      // was revoked) are not used again. What is queued still goes up.
      pull_cursor: 0,
      audit_pushed_seq: 0,
      last_error: null,
    });
    await tx.deleteFrom('number_leases').execute();

    const count = await queueUntravelled(tx, ctx);
    await appendAudit(tx, ctx.clock, actor, {
      action: 'sync.enrolled',
      details: { server: serverUrl, device: device.deviceName, number: device.deviceNumber },
    });
    return count;
  });

  ctx.log.info({ serverUrl, device: device.deviceName, queued }, 'workstation enrolled');
  return {
    serverUrl,
    deviceId: device.deviceId,
    deviceName: device.deviceName,
    deviceNumber: device.deviceNumber,
    queuedRecords: queued,
  };
}
