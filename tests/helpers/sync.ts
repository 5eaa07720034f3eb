// A central server and workstations that sync with it, all real: services on
// their own SQLite files (or a PostgreSQL database for the server), the
// server's HTTP routes on a loopback port, enrolment with a one-time code.

import pino from 'pino';
import { startServices, type Services } from '../../src-main/services';
import { startCentralServer, type CentralServer } from '../../src-main/server/central';
import { fixedClock, type Clock } from '../../src-main/clock';
import { silentLogger } from '../../src-main/logger';
import { cliActor } from '../../src-main/cli/run';
import { enrollWorkstation } from '../../src-main/sync/client/enroll';
import { runSync } from '../../src-main/sync/client/run';
import { openWorkstation, tempDataDir, type Workstation } from './workstation';
import type { SyncSummary } from '../../src-shared/sync-contract';

export interface TestServer {
  services: Services;
  url: string;
  dataDir: string;
  call(method: string, input: unknown): Promise<unknown>;
  /** Stops listening and closes the database; `restart` brings the same data back. */
  stop(): Promise<void>;
  restart(): Promise<void>;
}

export async function startSyncServer(
  options: { databaseUrl?: string; clock?: Clock; port?: number; dataDir?: string } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDataDir('server-');
  const clock = options.clock ?? fixedClock('2026-12-04T13:00:00Z');
  let services: Services;
  let http: CentralServer;
  let port = options.port ?? 0;

  async function start() {
    services = await startServices({
      dataDir,
      role: 'server',
      databaseUrl: options.databaseUrl,
      clock,
      log: process.env.PATOLAB_TEST_LOG ? pino({ level: 'debug' }) : silentLogger,
      env: { PATOLAB_PRINTER_URI: 'none' },
      mailLoop: false,
    });
    http = await startCentralServer({
      services,
      host: '127.0.0.1',
      port,
      staticDir: '/nonexistent',
    });
    port = Number(new URL(http.url).port);
  }
  await start();

  const server: TestServer = {
    get services() {
      return services;
    },
    get url() {
      return http.url;
    },
    dataDir,
    async call(method, input) {
      const outcome = await services.call({ sessionToken: null, actor: cliActor() }, method, input);
      if (!outcome.ok) throw Object.assign(new Error(outcome.error.message), outcome.error);
      return outcome.result;
    },
    async stop() {
      await http.close();
      await services.close();
    },
    restart: start,
  };
  return server;
}

export interface SyncedWorkstation extends Workstation {
  sync(): Promise<SyncSummary>;
}

/** A workstation enrolled with the server under `name`. */
export async function enrolledWorkstation(
  server: TestServer,
  name: string,
  options: { clock?: string; dataDir?: string } = {},
): Promise<SyncedWorkstation> {
  const ws = await openWorkstation(options);
  const { code } = (await server.call('devices.createEnrolmentCode', { name })) as { code: string };
  await enrollWorkstation(ws.services.ctx, cliActor(), { server: server.url, code });
  return withSync(ws);
}

export function withSync(ws: Workstation): SyncedWorkstation {
  return Object.assign(ws, { sync: () => runSync(ws.services.ctx) });
}

/** Everything that syncs, as plain rows sorted by id: what replicas must agree on. */
export async function syncedData(services: Services) {
  const db = services.ctx.db;
  const strip = <T extends Record<string, unknown>>(rows: T[], drop: string[] = []) =>
    rows
      .map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !drop.includes(k))))
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return {
    veterinarians: strip(await db.selectFrom('veterinarians').selectAll().execute()),
    protocols: strip(await db.selectFrom('protocols').selectAll().execute()),
    receptions: strip(await db.selectFrom('receptions').selectAll().execute()),
    statusHistory: strip(await db.selectFrom('status_history').selectAll().execute()),
    users: strip(await db.selectFrom('users').selectAll().execute(), [
      'failed_attempts',
      'locked_until',
    ]),
    cassettes: strip(await db.selectFrom('cassettes').selectAll().execute()),
    slides: strip(await db.selectFrom('slides').selectAll().execute()),
    stageRecords: strip(await db.selectFrom('stage_records').selectAll().execute()),
    stains: strip(await db.selectFrom('stains').selectAll().execute()),
  };
}
