// What the sync screen shows: where this workstation syncs, how the last run
// went, what is queued, how many numbers are left, and a clock problem if any.

import type { ServiceContext } from '../context';
import type { SyncStatus, SyncSummary } from '../../src-shared/sync-contract';
import { numberStock } from './client/numbers';

export async function syncStatus(ctx: ServiceContext): Promise<SyncStatus> {
  const db = ctx.db;
  const state = await db.selectFrom('sync_state').selectAll().executeTakeFirst();
  const queued = await db
    .selectFrom('sync_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const pending = await db
    .selectFrom('pending_numbers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const enrolled = !!state?.device_id;

  return {
    role: ctx.role,
    enrolled,
    serverUrl: state?.server_url ?? null,
    deviceName: state?.device_name ?? null,
    running: ctx.sync?.running() ?? false,
    progress: ctx.sync?.progress() ?? null,
    lastAttemptAt: state?.last_attempt_at ?? null,
    lastSuccessAt: state?.last_success_at ?? null,
    lastError: state?.last_error ?? null,
    lastSummary: state?.last_summary ? (JSON.parse(state.last_summary) as SyncSummary) : null,
    pendingChanges: Number(queued.n),
    clockProblem: state?.clock_problem ?? null,
    numbers: enrolled && ctx.role === 'workstation' ? await numberStock(db, ctx) : [],
    pendingNumbers: Number(pending.n),
  };
}
