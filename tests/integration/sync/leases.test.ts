// Number blocks under load: many desks asking the central server for blocks
// at the same moment, over HTTP, as their syncs would. Whatever the order the
// server takes them in, the blocks of a series must tile it from 1 with no
// gap and no overlap, and a request sent again (its answer lost) must get the
// blocks it was given, not new ones.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl, postgresAvailable } from '../../helpers/postgres';
import {
  enrolledWorkstation,
  startSyncServer,
  type SyncedWorkstation,
  type TestServer,
} from '../../helpers/sync';

const DESKS = 5;
const REQUESTS = 200;
/** Requests sent a second time, at the same moment as the first. */
const REPEATED = 20;
const SERIES = ['HP:2026', 'CT:2026'];

interface Grant {
  id: string;
  series: string;
  first: number;
  last: number;
}

interface LeaseRequest {
  device: number;
  requestId: string;
  requests: { series: string; size: number }[];
}

interface Door {
  url: string;
  authorization: string[];
}

async function lease(
  door: Door,
  request: LeaseRequest,
): Promise<{ status: number; blocks: Grant[] }> {
  const response = await fetch(`${door.url}/api/sync/lease`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: door.authorization[request.device]!,
    },
    body: JSON.stringify({ requestId: request.requestId, requests: request.requests }),
  });
  const body = (await response.json()) as { ok: boolean; result?: { blocks: Grant[] } };
  return { status: response.status, blocks: body.result?.blocks ?? [] };
}

/** Two hundred requests from five desks, one or two series each, of one to four numbers. */
function manyRequests(): LeaseRequest[] {
  return Array.from({ length: REQUESTS }, (_, i) => ({
    device: i % DESKS,
    requestId: `carga-${i}`,
    requests:
      i % 3 === 0
        ? SERIES.map((series, s) => ({ series, size: ((i + s) % 4) + 1 }))
        : [{ series: SERIES[i % 2]!, size: (i % 4) + 1 }],
  }));
}

/** The tests, against a server whose database `databaseUrl` gives (none: SQLite). */
function leaseTests(label: string, databaseUrl: () => Promise<string | undefined>) {
  let server: TestServer;
  let desks: SyncedWorkstation[] = [];
  let door: Door;

  beforeAll(async () => {
    server = await startSyncServer({ databaseUrl: await databaseUrl() });
    desks = [];
    for (let i = 0; i < DESKS; i++) desks.push(await enrolledWorkstation(server, `Puesto ${i}`));
    const authorization: string[] = [];
    for (const desk of desks) {
      const state = await desk.services.ctx.db
        .selectFrom('sync_state')
        .select(['device_id', 'device_secret'])
        .executeTakeFirstOrThrow();
      authorization.push(`Bearer ${state.device_id}.${state.device_secret}`);
    }
    door = { url: server.url, authorization };
  });
  afterAll(async () => {
    for (const desk of desks) await desk.close();
    await server?.stop();
  });

  it('asked for by many desks at once, tile each series with no gap and no overlap, and a request sent twice gets the same blocks', async () => {
    const requests = manyRequests();
    const again = requests.filter((_, i) => i % (REQUESTS / REPEATED) === 0);

    const started = performance.now();
    const answers = await Promise.all([...requests, ...again].map((r) => lease(door, r)));
    const ms = performance.now() - started;
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));

    // Each request got one block per series asked, of the size asked.
    const first = answers.slice(0, REQUESTS);
    for (const [i, r] of requests.entries()) {
      expect(first[i]!.blocks.map((b) => [b.series, b.last - b.first + 1])).toEqual(
        r.requests.map((q) => [q.series, q.size]),
      );
    }

    // Sent twice at the same moment: the same blocks, not a second grant.
    for (const [j, r] of again.entries()) {
      expect(answers[REQUESTS + j]!.blocks, r.requestId).toEqual(
        first[requests.indexOf(r)]!.blocks,
      );
    }

    for (const series of SERIES) {
      const blocks = first
        .flatMap((a) => a.blocks)
        .filter((b) => b.series === series)
        .sort((a, b) => a.first - b.first);
      const asked = requests
        .flatMap((r) => r.requests)
        .filter((q) => q.series === series)
        .reduce((sum, q) => sum + q.size, 0);
      expect(blocks[0]!.first).toBe(1);
      for (let k = 1; k < blocks.length; k++) {
        expect(blocks[k]!.first, `${series} after ${blocks[k - 1]!.last}`).toBe(
          blocks[k - 1]!.last + 1,
        );
      }
      expect(blocks.at(-1)!.last).toBe(asked);
    }

    // The server holds exactly what it answered, each block under the desk that asked.
    const held = await server.services.ctx.db
      .selectFrom('number_blocks')
      .select(['id', 'device_id'])
      .execute();
    const owners = new Map(held.map((b) => [b.id, b.device_id]));
    const granted = first.flatMap((a, i) =>
      a.blocks.map((b) => [b.id, requests[i]!.device] as const),
    );
    expect(owners.size).toBe(granted.length);
    for (const [id, device] of granted) {
      expect(door.authorization[device]).toContain(`Bearer ${owners.get(id)}.`);
    }
    console.info(`${label}: ${REQUESTS + REPEATED} lease requests in ${Math.round(ms)} ms`);
  });

  it('a request id another desk used gets that desk nothing of the first one’s, and its own blocks', async () => {
    const mine: LeaseRequest = {
      device: 0,
      requestId: 'prestada',
      requests: [{ series: 'HP:2026', size: 2 }],
    };
    const granted = await lease(door, mine);
    expect(granted.status).toBe(200);

    const borrowed = await lease(door, { ...mine, device: 1 });
    expect(borrowed.status).toBe(200);
    expect(borrowed.blocks).toHaveLength(1);
    const ids = granted.blocks.map((b) => b.id);
    expect(borrowed.blocks.filter((b) => ids.includes(b.id))).toEqual([]);
  });
}

describe('number blocks from a central server on SQLite', () => {
  leaseTests('SQLite', async () => undefined);
});

const pgSkip = await postgresAvailable();
if (pgSkip) console.warn(`number blocks on PostgreSQL skipped: ${pgSkip}`);

(pgSkip ? describe.skip : describe)('number blocks from a central server on PostgreSQL', () => {
  let dropDatabase: (() => Promise<void>) | null = null;
  afterAll(async () => {
    await dropDatabase?.();
  });
  leaseTests('PostgreSQL', async () => {
    const database = await createTestDatabaseUrl();
    dropDatabase = database.drop;
    return database.url;
  });
});
