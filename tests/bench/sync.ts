// Sync figures: 10,000 protocols pushed from one workstation to the central
// server on PostgreSQL over loopback HTTP, then pulled by a fresh workstation;
// the push set against a bare batched insert of the same rows into the same
// PostgreSQL in the same run; heap growth at 2,000 and 10,000 protocols, to
// show memory stays flat; lease requests per second.

import path from 'node:path';
import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { DATABASE_FILE } from '../../src-main/db/open';
import { pushAll } from '../../src-main/sync/client/push';
import { pullAll } from '../../src-main/sync/client/pull';
import { SYNC_TIMEOUT_MS, type Connection } from '../../src-main/sync/client/http';
import { createTestDatabaseUrl, postgresAvailable } from '../helpers/postgres';
import { enrolledWorkstation, startSyncServer, type TestServer } from '../helpers/sync';
import { fillProtocols } from './fill';
import type { Services } from '../../src-main/services';
import { openWorkstation } from '../helpers/workstation';
import { enrollWorkstation } from '../../src-main/sync/client/enroll';
import { cliActor } from '../../src-main/cli/run';

async function connectionOf(ws: { services: Services }): Promise<Connection> {
  const state = await ws.services.ctx.db
    .selectFrom('sync_state')
    .selectAll()
    .executeTakeFirstOrThrow();
  return {
    serverUrl: state.server_url!,
    deviceId: state.device_id,
    secret: state.device_secret,
    timeoutMs: SYNC_TIMEOUT_MS,
  };
}

/**
 * Runs `work` while sampling the heap. Peak growth includes garbage not yet
 * collected; what stays after a full collection (node --expose-gc) is what a
 * sync keeps, and must not grow with the number of protocols.
 */
async function measured(work: () => Promise<unknown>) {
  global.gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  global.gc?.();
  const kept = process.memoryUsage().heapUsed - base;
  return { seconds, heapMb: (peak - base) / 1024 / 1024, keptMb: kept / 1024 / 1024 };
}

const noProgress = () => undefined;
let firstCode = 0;

async function pushAndPull(server: TestServer, count: number) {
  const source = await enrolledWorkstation(server, `bench-${count}-a`);
  const sqlite = (await import('better-sqlite3')).default(path.join(source.dataDir, DATABASE_FILE));
  sqlite.pragma('busy_timeout = 15000');
  fillProtocols(sqlite, count, firstCode);
  firstCode += count;
  sqlite.close();
  // Rows that never travelled are queued as they would be at enrolment.
  await source.close();
  const reopened = await enrolledWorkstationFrom(server, source.dataDir);

  const traffic = { sent: 0, received: 0 };
  const push = await measured(() =>
    pushAll(reopened.services.ctx, reopened.connection, traffic, noProgress),
  );
  await reopened.close();

  const fresh = await enrolledWorkstation(server, `bench-${count}-b`);
  const target = await connectionOf(fresh);
  const pull = await measured(() =>
    pullAll(fresh.services.ctx, target, { sent: 0, received: 0 }, noProgress),
  );
  const pulled = await fresh.services.ctx.db
    .selectFrom('protocols')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  await fresh.close();
  if (Number(pulled.n) < count) throw new Error(`pull brought ${pulled.n} of ${count}`);
  return { push, pull, bytes: traffic.sent, count };
}

async function enrolledWorkstationFrom(server: TestServer, dataDir: string) {
  const ws = await openWorkstation({ dataDir });
  await ws.services.ctx.db.deleteFrom('sync_state').execute();
  const { code } = (await server.call('devices.createEnrolmentCode', { name: 'bench' })) as {
    code: string;
  };
  await enrollWorkstation(ws.services.ctx, cliActor(), { server: server.url, code });
  return Object.assign(ws, { connection: await connectionOf(ws) });
}

/** The same protocol rows, inserted by hand in batches of 500 into the same PostgreSQL. */
async function bareInsert(url: string, rows: Record<string, unknown>[]): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('create table bench_protocols (like protocols)');
  const columns = Object.keys(rows[0]!);
  const started = performance.now();
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    const values: unknown[] = [];
    const tuples = batch.map((row) => {
      const marks = columns.map((c) => {
        values.push(row[c]);
        return `$${values.length}`;
      });
      return `(${marks.join(',')})`;
    });
    await client.query('begin');
    await client.query(
      `insert into bench_protocols (${columns.map((c) => `"${c}"`).join(',')}) values ${tuples.join(',')}`,
      values,
    );
    await client.query('commit');
  }
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  return seconds;
}

async function leaseRate(server: TestServer, requests: number): Promise<number> {
  const ws = await enrolledWorkstation(server, 'bench-leases');
  const connection = await connectionOf(ws);
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < requests) {
      const n = next++;
      const response = await fetch(new URL('/api/sync/lease', connection.serverUrl), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${connection.deviceId}.${connection.secret}`,
        },
        body: JSON.stringify({
          requestId: `bench-${n}`,
          requests: [{ series: 'CT:2027', size: 5 }],
        }),
      });
      if (!response.ok) throw new Error(`lease answered ${response.status}`);
      await response.text();
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const rate = requests / ((performance.now() - started) / 1000);
  await ws.close();
  return rate;
}

export async function benchSync(count: number): Promise<Record<string, number | string | null>> {
  const unavailable = await postgresAvailable();
  if (unavailable) return { sync_skipped: unavailable };

  const database = await createTestDatabaseUrl();
  const server = await startSyncServer({ databaseUrl: database.url });
  try {
    const small = await pushAndPull(server, Math.max(1, Math.round(count / 5)));
    const full = await pushAndPull(server, count);

    const rows = await server.services.ctx.db
      .selectFrom('protocols')
      .selectAll()
      .limit(count)
      .execute();
    const bare = await bareInsert(database.url, rows);
    const leases = await leaseRate(server, 200);

    const round = (n: number, digits = 2) => Number(n.toFixed(digits));
    return {
      sync_protocols: count,
      sync_push_10k_s: round(full.push.seconds),
      sync_pull_10k_s: round(full.pull.seconds),
      sync_bare_insert_10k_s: round(bare, 3),
      sync_overhead_ratio: round(full.push.seconds / bare),
      sync_push_mb_sent: round(full.bytes / 1024 / 1024, 1),
      sync_small_protocols: small.count,
      sync_push_peak_heap_mb_small: round(small.push.heapMb, 1),
      sync_push_peak_heap_mb_full: round(full.push.heapMb, 1),
      sync_pull_peak_heap_mb_small: round(small.pull.heapMb, 1),
      sync_pull_peak_heap_mb_full: round(full.pull.heapMb, 1),
      sync_push_kept_heap_mb_small: round(small.push.keptMb, 1),
      sync_push_kept_heap_mb_full: round(full.push.keptMb, 1),
      sync_pull_kept_heap_mb_small: round(small.pull.keptMb, 1),
      sync_pull_kept_heap_mb_full: round(full.pull.keptMb, 1),
      lease_requests_per_s: round(leases, 0),
    };
  } finally {
    await server.stop();
    await database.drop();
  }
}
