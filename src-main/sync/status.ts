// What the sync screen shows: where this workstation syncs, how the last run
// went, what is queued, how many numbers are left, and a clock problem if any.

import type { ServiceContext } from '../context';
import { writeTransaction } from '../db/transaction';
import type { SyncStatus, SyncSummary } from '../../src-shared/sync-contract';
import { loadSyncState } from './state';
import { numberStock } from './client/numbers';

export async function syncStatus(ctx: ServiceContext): Promise<SyncStatus> {
  return writeTransaction(ctx.db, async (tx) => {
    const state = await loadSyncState(tx, ctx);
    const queued = await tx
      .selectFrom('sync_outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const pending = await tx
      .selectFrom('protocols')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('protocol_number', 'is', null)
      .where('received_at', 'is not', null)
      .executeTakeFirstOrThrow();
    const enrolled = state.device_id !== null;

    return {
      role: ctx.role,
      enrolled,
      serverUrl: state.server_url,
      deviceName: state.device_name,
      running: ctx.sync?.running() ?? false,
      progress: ctx.sync?.progress() ?? null,
      lastAttemptAt: state.last_attempt_at,
      lastSuccessAt: state.last_success_at,
      lastError: state.last_error,
      lastSummary: state.last_summary ? (JSON.parse(state.last_summary) as SyncSummary) : null,
      pendingChanges: Number(queued.n),
      clockProblem: state.clock_problem,
      numbers: enrolled && ctx.role === 'workstation' ? await numberStock(tx, ctx) : [],
      pendingNumbers: Number(pending.n),
    };
  });
}
