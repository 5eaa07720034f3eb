// What the sync fault tests share: a central server on either storage (its
// PostgreSQL database dropped afterwards), workstations enrolled through a
// fault proxy, a retry loop that stops at the first sync that gets through, and
// the checks that every copy holds the same data, nothing lost, nothing doubled.

import { expect } from 'vitest';
import { AppError } from '../../src-shared/errors';
import { fixedClock, type Clock } from '../../src-main/clock';
import { cliActor } from '../../src-main/cli/run';
import { enrollWorkstation } from '../../src-main/sync/client/enroll';
import type { SyncSummary } from '../../src-shared/sync-contract';
import type { Services } from '../../src-main/services';
import { createTestDatabaseUrl } from './postgres';
import {
  startSyncServer,
  syncedData,
  withSync,
  type SyncedWorkstation,
  type TestServer,
} from './sync';
import { histopathologyForm, openWorkstation } from './workstation';

export type Storage = 'sqlite' | 'postgres';
export const STORAGES: readonly Storage[] = ['sqlite', 'postgres'];

export interface ServerOnStorage {
  server: TestServer;
  /** Stops the server and drops its PostgreSQL database, if it had one. */
  dispose(): Promise<void>;
}

export async function serverOn(
  storage: Storage,
  options: { clock?: Clock } = {},
): Promise<ServerOnStorage> {
  const database = storage === 'postgres' ? await createTestDatabaseUrl() : null;
  let server: TestServer;
  try {
    server = await startSyncServer({ databaseUrl: database?.url, clock: options.clock });
  } catch (error) {
    await database?.drop();
    throw error;
  }
  let stopped = false;
  return {
    server,
    async dispose() {
      if (!stopped) {
        stopped = true;
        await server.stop().catch(() => undefined);
      }
      await database?.drop();
    },
  };
}

/** A fixed clock that a test can move forward, e.g. past an enrolment code's expiry. */
export function movableClock(startIso: string): Clock & { advance(ms: number): void } {
  const base = fixedClock(startIso);
  let extra = 0;
  return {
    now: () => new Date(base.now().getTime() + extra),
    advance(ms) {
      extra += ms;
    },
  };
}

/** A workstation enrolled with `server`, talking to it through `url` (a fault proxy). */
export async function enrolThrough(
  server: TestServer,
  url: string,
  name: string,
  options: { clock?: string; env?: NodeJS.ProcessEnv; dataDir?: string } = {},
): Promise<SyncedWorkstation> {
  const ws = await openWorkstation(options);
  const { code } = (await server.call('devices.createEnrolmentCode', { name })) as { code: string };
  await enrollWorkstation(ws.services.ctx, cliActor(), { server: url, code });
  return withSync(ws);
}

/**
 * Syncs again and again until one run gets through, as the background agent
 * would. Only "server unreachable" is retried; anything else is a real failure.
 */
export async function syncUntilDone(
  ws: SyncedWorkstation,
  attempts = 5,
): Promise<{ failures: AppError[]; summary: SyncSummary }> {
  const failures: AppError[] = [];
  for (let i = 0; i < attempts; i++) {
    try {
      return { failures, summary: await ws.sync() };
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'UNAVAILABLE') throw error;
      failures.push(error);
    }
  }
  throw new Error(`sync still failing after ${attempts} attempts: ${failures.at(-1)?.message}`);
}

/** Submits a protocol at the desk and receives its sample; returns the code and the number. */
export async function submitAndReceive(
  ws: SyncedWorkstation,
  identification: string,
): Promise<{ temporaryCode: string; protocolNumber: string | null }> {
  const { temporaryCode } = await ws.call(
    'protocols.submit',
    histopathologyForm({
      animal: { species: 'Canino', sex: 'female', identification },
    } as Parameters<typeof histopathologyForm>[0]),
  );
  const received = await ws.call('reception.receive', {
    code: temporaryCode,
    condition: 'optimal',
  });
  return { temporaryCode, protocolNumber: received.protocolNumber };
}

async function protocolNumbers(services: Services): Promise<string[]> {
  const rows = await services.ctx.db
    .selectFrom('protocols')
    .select('protocol_number')
    .where('protocol_number', 'is not', null)
    .execute();
  return rows.map((r) => r.protocol_number!);
}

/**
 * Every workstation syncs once more, then each holds exactly what the server
 * holds: the receptions made are all there, no row, change or number twice,
 * and nothing is left waiting in an outbox.
 */
export async function expectConverged(
  server: TestServer,
  workstations: readonly SyncedWorkstation[],
  made: { protocols: number; receptions: number },
): Promise<void> {
  for (const ws of workstations) await ws.sync();
  for (const ws of workstations) await ws.sync();

  const onServer = await syncedData(server.services);
  expect(onServer.protocols).toHaveLength(made.protocols);
  expect(onServer.receptions).toHaveLength(made.receptions);
  expect(onServer.statusHistory).toHaveLength(made.protocols + made.receptions);
  expect(onServer.protocols.filter((p) => p.status === 'received')).toHaveLength(made.receptions);
  for (const ws of workstations) {
    expect(await syncedData(ws.services)).toEqual(onServer);
    const queued = await ws.services.ctx.db.selectFrom('sync_outbox').select('seq').execute();
    expect(queued).toEqual([]);
  }

  const changeIds = (
    await server.services.ctx.db.selectFrom('sync_changes').select('change_id').execute()
  ).map((r) => r.change_id);
  expect(new Set(changeIds).size).toBe(changeIds.length);

  const numbers = await protocolNumbers(server.services);
  expect(numbers).toHaveLength(made.receptions);
  expect(new Set(numbers).size).toBe(numbers.length);
}
