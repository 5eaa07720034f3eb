// Portal figures: protocol submissions by 50 veterinarians at once, each with
// their own session, over loopback HTTP to the central server on PostgreSQL
// (CSRF token, session lookup, validation, temporary code, sync record, audit).
// Set against a bare Fastify route that parses the same body and inserts one
// row into the same PostgreSQL, driven by the same 50 clients in the same run.

import Fastify from 'fastify';
import pg from 'pg';
import { Worker } from 'node:worker_threads';
import { startServices } from '../../src-main/services';
import { startCentralServer } from '../../src-main/server/central';
import { silentLogger } from '../../src-main/logger';
import { createTestDatabaseUrl, postgresAvailable } from '../helpers/postgres';
import { newId } from '../../src-main/ids';
import { tempDataDir } from '../helpers/workstation';
import { createVetAccount, portalForm } from '../helpers/vet-account';
import { percentile } from './timing';

const CLIENTS = 50;
const PER_CLIENT = Number(process.env.BENCH_PORTAL_PER_CLIENT ?? 20);

interface Client {
  cookie: string;
  csrf: string;
}

/** Fifty clients in another thread, so the server's thread serves and nothing else. */
async function drive(clients: Client[], url: string, body: string, perClient = PER_CLIENT) {
  const worker = new Worker(new URL('./portal-clients.mjs', import.meta.url), {
    workerData: { clients, url, body, perClient },
  });
  const { samples, seconds } = await new Promise<{ samples: number[]; seconds: number }>(
    (resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    },
  );
  await worker.terminate();
  return {
    rps: samples.length / seconds,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
  };
}

async function bareServer(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // Dropping the database at the end ends connections still closing; that is no failure.
  pool.on('error', () => undefined);
  await pool.query('create table bench_submissions (id text primary key, data text not null)');
  const app = Fastify({ logger: false });
  app.post('/submit', async (request) => {
    await pool.query('insert into bench_submissions (id, data) values ($1, $2)', [
      newId(),
      JSON.stringify(request.body),
    ]);
    return { ok: true };
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}/submit`,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
}

export async function benchPortal(): Promise<Record<string, number | string>> {
  const unavailable = await postgresAvailable();
  if (unavailable) return { portal_skipped: unavailable };

  const database = await createTestDatabaseUrl();
  const services = await startServices({
    dataDir: tempDataDir('bench-portal-'),
    role: 'server',
    databaseUrl: database.url,
    log: silentLogger,
    env: { PATOLAB_PRINTER_URI: 'none' },
    mailLoop: false,
  });
  // Fifty vets behind one loopback address: the per-address limit is not what is measured.
  const server = await startCentralServer({
    services,
    port: 0,
    staticDir: '/nonexistent',
    rateLimits: { perMinute: 1_000_000 },
  });
  const bare = await bareServer(database.url);

  try {
    const clients: Client[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const { token } = await createVetAccount({ services }, { email: `vet${i}@bench.example` });
      const csrf = await fetch(`${server.url}/api/csrf`);
      const { token: csrfToken } = (await csrf.json()) as { token: string };
      clients.push({
        cookie: `patolab_session=${token}; patolab_csrf=${csrfToken}`,
        csrf: csrfToken,
      });
    }
    const body = JSON.stringify(portalForm());
    const submitUrl = `${server.url}/api/rpc/protocols.submit`;

    await drive(clients.slice(0, 5), submitUrl, body, 4);
    await drive(clients.slice(0, 5), bare.url, body, 4);
    const portal = await drive(clients, submitUrl, body);
    const baseline = await drive(clients, bare.url, body);

    const round = (n: number, digits = 1) => Number(n.toFixed(digits));
    return {
      portal_clients: CLIENTS,
      portal_submissions: CLIENTS * PER_CLIENT,
      portal_submit_rps: round(portal.rps),
      portal_p50_ms: round(portal.p50),
      portal_p95_ms: round(portal.p95),
      portal_bare_insert_rps: round(baseline.rps),
      portal_bare_p95_ms: round(baseline.p95),
      portal_overhead_ratio: round(baseline.rps / portal.rps, 2),
    };
  } finally {
    await bare.close();
    await server.close();
    await services.close();
    await database.drop();
  }
}
