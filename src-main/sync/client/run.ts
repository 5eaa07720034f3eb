// One sync of this workstation: push what it did, pull what others did, lease
// numbers if running low, give pending receptions their numbers, and push
// those at once. Whatever happens, the attempt, its outcome and any error are
// written down for the screen and for `patolab sync`.

import type { ServiceContext } from '../../context';
import { writeTransaction } from '../../db/transaction';
import { AppError } from '../../../src-shared/errors';
import type { SyncProgress, SyncSummary } from '../../../src-shared/sync-contract';
import { loadSyncState, updateSyncState } from '../state';
import { requireRole } from '../role';
import { SYNC_TIMEOUT_MS, type Connection } from './http';
import { pushAll } from './push';
import { pullAll } from './pull';
import { leaseIfLow } from './leases';
import { assignPendingNumbers } from './pending';

export async function runSync(
  ctx: ServiceContext,
  onProgress: (p: SyncProgress) => void = () => undefined,
): Promise<SyncSummary> {
  requireRole(ctx, 'workstation');
  const started = performance.now();
  const state = await writeTransaction(ctx.db, async (tx) => {
    const s = await loadSyncState(tx, ctx);
    if (s.device_id) await updateSyncState(tx, { last_attempt_at: ctx.clock.now().toISOString() });
    return s;
  });
  if (!state.device_id || !state.server_url || !state.device_secret) {
    throw new AppError('CONFLICT', 'error.notEnrolled');
  }

  const connection: Connection = {
    serverUrl: state.server_url,
    deviceId: state.device_id,
    secret: state.device_secret,
    timeoutMs: SYNC_TIMEOUT_MS,
  };
  const traffic = { sent: 0, received: 0 };

  try {
    const pushed = await pushAll(ctx, connection, traffic, onProgress);
    const pulled = await pullAll(ctx, connection, traffic, onProgress);
    onProgress({ phase: 'numbers', items: 0, bytes: traffic.sent, totalItems: null });
    const blocksLeased = await leaseIfLow(ctx, state, connection, traffic);
    const numbersAssigned = await assignPendingNumbers(ctx);
    const again = await pushAll(ctx, connection, traffic, onProgress);

    const summary: SyncSummary = {
      pushed: pushed.pushed + again.pushed,
      pulled,
      bytesSent: traffic.sent,
      bytesReceived: traffic.received,
      auditEntries: pushed.audit + again.audit,
      numbersAssigned,
      blocksLeased,
      conflicts: pushed.conflicts + again.conflicts,
      ms: Math.round(performance.now() - started),
    };
    await writeTransaction(ctx.db, (tx) =>
      updateSyncState(tx, {
        last_success_at: ctx.clock.now().toISOString(),
        last_error: null,
        last_summary: JSON.stringify(summary),
      }),
    );
    ctx.log.info(summary, 'sync finished');
    return summary;
  } catch (error) {
    const message = error instanceof AppError ? error.message : 'error inesperado (ver registro)';
    ctx.log.warn({ err: error, server: state.server_url }, 'sync failed');
    await writeTransaction(ctx.db, (tx) => updateSyncState(tx, { last_error: message }));
    throw error;
  }
}
