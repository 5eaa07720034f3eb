// The workstation's background sync: one run at a time, every few minutes
// and whenever someone asks, with its progress kept for the status screen.

import type { ServiceContext } from '../../context';
import { AppError } from '../../../src-shared/errors';
import type { SyncProgress, SyncSummary } from '../../../src-shared/sync-contract';
import { runSync } from './run';

export interface SyncAgent {
  running(): boolean;
  progress(): SyncProgress | null;
  /** Runs now; refused while another run is going. */
  runNow(): Promise<SyncSummary>;
  stop(): Promise<void>;
}

export function startSyncAgent(ctx: ServiceContext, intervalMs: number | null): SyncAgent {
  let current: Promise<SyncSummary> | null = null;
  let progress: SyncProgress | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  function run(): Promise<SyncSummary> {
    if (current) throw new AppError('CONFLICT', 'error.syncRunning');
    progress = { phase: 'push', items: 0, bytes: 0, totalItems: null };
    current = runSync(ctx, (p) => (progress = p)).finally(() => {
      current = null;
      progress = null;
    });
    return current;
  }

  async function tick() {
    timer = null;
    if (stopped) return;
    try {
      const state = await ctx.db.selectFrom('sync_state').select('device_id').executeTakeFirst();
      if (state?.device_id && !current) await run();
    } catch {
      // runSync has logged it and kept it for the screen; the next tick retries.
    }
    if (!stopped && intervalMs) timer = setTimeout(() => void tick(), intervalMs);
  }

  if (intervalMs) timer = setTimeout(() => void tick(), Math.min(intervalMs, 5_000));

  return {
    running: () => current !== null,
    progress: () => progress,
    runNow: run,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current?.catch(() => undefined);
    },
  };
}
