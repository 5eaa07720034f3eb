// Sync over real HTTP on loopback, with the network and the machines failing
// at the worst moments: before the server commits, after it commits but before
// the answer arrives, twice over, with the server restarted between two pages
// of a pull and with a workstation killed while its push is in flight. After
// each fault the workstations retry until a sync gets through, and then every
// copy must hold the same data: nothing lost, nothing doubled, no number twice.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postgresAvailable } from '../../helpers/postgres';
import { startFaultProxy, type Answer, type FaultProxy } from '../../helpers/fault-proxy';
import {
  enrolThrough,
  expectConverged,
  serverOn,
  STORAGES,
  submitAndReceive,
  syncUntilDone,
  type ServerOnStorage,
} from '../../helpers/sync-faults';
import { withSync, type SyncedWorkstation, type TestServer } from '../../helpers/sync';
import { cytologyForm, histopathologyForm, openWorkstation } from '../../helpers/workstation';
import { writeSetting } from '../../../src-main/settings/store';
import { NUMBER_SETTINGS_KEY } from '../../../src-main/sync/client/numbers';
import { PULL_PAGE } from '../../../src-main/sync/client/pull';

const postgresMissing = await postgresAvailable();
if (postgresMissing)
  console.warn(`Pruebas de sincronización en PostgreSQL omitidas: ${postgresMissing}`);

const blocksIn = (answer: Answer) =>
  (answer.body as { result: { blocks: unknown[] } }).result.blocks;

interface PushAnswer {
  ok: boolean;
  result: { batchId: string; applied: number; duplicate: boolean };
}

describe.each(STORAGES)('sync through a failing network, central server on %s', (storage) => {
  if (storage === 'postgres' && postgresMissing) {
    it.skip(`skipped: ${postgresMissing}`, () => undefined);
    return;
  }

  let central: ServerOnStorage;
  let server: TestServer;
  let proxy: FaultProxy;
  let open: SyncedWorkstation[];

  async function workstation(name: string) {
    const ws = await enrolThrough(server, proxy.url, name);
    open.push(ws);
    return ws;
  }

  async function changesOnServer(): Promise<number> {
    const rows = await server.services.ctx.db.selectFrom('sync_changes').select('seq').execute();
    return rows.length;
  }

  async function outbox(ws: SyncedWorkstation): Promise<number> {
    return (await ws.services.ctx.db.selectFrom('sync_outbox').select('seq').execute()).length;
  }

  async function pullCursor(ws: SyncedWorkstation): Promise<number> {
    const state = await ws.services.ctx.db
      .selectFrom('sync_state')
      .select('pull_cursor')
      .executeTakeFirstOrThrow();
    return state.pull_cursor;
  }

  beforeEach(async () => {
    central = await serverOn(storage);
    server = central.server;
    proxy = await startFaultProxy(server.url);
    open = [];
  });
  afterEach(async () => {
    for (const ws of open) await ws.close();
    await proxy?.close();
    await central?.dispose();
  });

  it('a push cut before it reaches the server is sent again and applied once', async () => {
    const desk = await workstation('Recepción');
    const bench = await workstation('Histología');
    await desk.sync();
    await bench.sync();
    await submitAndReceive(desk, 'Luna');
    await submitAndReceive(desk, 'Tobi');
    const before = await changesOnServer();

    proxy.inject('/api/sync/push', 'dropBeforeForward');
    const { failures } = await syncUntilDone(desk);

    expect(failures.map((f) => f.code)).toEqual(['UNAVAILABLE']);
    expect(failures[0]!.message).toContain('No se pudo conectar con el servidor central');
    const pushes = proxy.seen('/api/sync/push');
    const dropped = pushes.findIndex((p) => p.fault === 'dropBeforeForward');
    expect(pushes[dropped]!.answers).toEqual([]);
    expect((pushes[dropped + 1]!.answers[0]!.body as PushAnswer).result.duplicate).toBe(false);
    expect(await changesOnServer()).toBeGreaterThan(before);
    await expectConverged(server, [desk, bench], { protocols: 2, receptions: 2 });
  });

  it('a pull cut before it reaches the server is asked again from the same cursor', async () => {
    const desk = await workstation('Recepción');
    const bench = await workstation('Histología');
    await desk.sync();
    await bench.sync();
    await submitAndReceive(desk, 'Luna');
    await desk.sync();
    const cursor = await pullCursor(bench);

    proxy.inject('/api/sync/pull', 'dropBeforeForward');
    const { failures } = await syncUntilDone(bench);

    expect(failures).toHaveLength(1);
    const pulls = proxy.seen('/api/sync/pull').slice(-2);
    expect(pulls.map((p) => p.fault)).toEqual(['dropBeforeForward', null]);
    expect(pulls.map((p) => (p.body as { cursor: number }).cursor)).toEqual([cursor, cursor]);
    expect((await bench.call('protocols.get', { code: 'HP 26/001' })).status).toBe('received');
    await expectConverged(server, [desk, bench], { protocols: 1, receptions: 1 });
  });

  it('a push whose answer is lost after the server committed is answered again, not applied again', async () => {
    const desk = await workstation('Recepción');
    const bench = await workstation('Histología');
    await desk.sync();
    await bench.sync();
    await submitAndReceive(desk, 'Luna');
    await submitAndReceive(desk, 'Tobi');
    const queued = await outbox(desk);

    proxy.inject('/api/sync/push', 'dropAfterResponse');
    await expect(desk.sync()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    const lost = proxy.seen('/api/sync/push').at(-1)!;
    expect((lost.answers[0]!.body as PushAnswer).result.applied).toBe(queued);
    expect(await outbox(desk)).toBe(queued);
    const committed = await changesOnServer();

    await desk.sync();
    const again = proxy.seen('/api/sync/push').at(-2)!;
    const answer = (again.answers[0]!.body as PushAnswer).result;
    expect(answer.batchId).toBe((lost.body as { batchId: string }).batchId);
    expect(answer.duplicate).toBe(true);
    expect(await changesOnServer()).toBe(committed);
    await expectConverged(server, [desk, bench], { protocols: 2, receptions: 2 });
  });

  it('work done while a push answer was lost goes up with it, and the old part is applied once', async () => {
    const desk = await workstation('Recepción');
    const bench = await workstation('Histología');
    await desk.sync();
    await bench.sync();
    await submitAndReceive(desk, 'Luna');

    proxy.inject('/api/sync/push', 'dropAfterResponse');
    await expect(desk.sync()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    const committed = await changesOnServer();
    const second = await submitAndReceive(desk, 'Tobi');
    expect(second.protocolNumber).toBe('HP 26/002');
    const queued = await outbox(desk);

    await desk.sync();
    const retried = proxy.seen('/api/sync/push').at(-2)!;
    const answer = (retried.answers[0]!.body as PushAnswer).result;
    expect(answer.duplicate).toBe(false);
    expect(answer.applied).toBeLessThan(queued);
    expect(await changesOnServer()).toBe(committed + answer.applied);
    const devices = (await server.call('devices.list', {})) as {
      name: string;
      auditProblem: string | null;
    }[];
    expect(devices.find((d) => d.name === 'Recepción')!.auditProblem).toBeNull();
    await expectConverged(server, [desk, bench], { protocols: 2, receptions: 2 });
  });

  it('a pull whose answer is lost changes nothing here and is asked again from the same cursor', async () => {
    const desk = await workstation('Recepción');
    const bench = await workstation('Histología');
    await desk.sync();
    await bench.sync();
    await submitAndReceive(desk, 'Luna');
    await desk.sync();
    const cursor = await pullCursor(bench);

    proxy.inject('/api/sync/pull', 'dropAfterResponse');
    await expect(bench.sync()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(await pullCursor(bench)).toBe(cursor);
    await expect(bench.call('protocols.get', { code: 'HP 26/001' })).rejects.toThrow();

    await bench.sync();
    const pulls = proxy.seen('/api/sync/pull').slice(-2);
    expect(pulls.map((p) => (p.body as { cursor: number }).cursor)).toEqual([cursor, cursor]);
    expect(pulls.map((p) => p.answers.length)).toEqual([1, 1]);
    await expectConverged(server, [desk, bench], { protocols: 1, receptions: 1 });
  });

  it('a lease whose answer is lost brings back the same blocks, and no block is left to nobody', async () => {
    const desk = await workstation('Recepción');
    const bench = await workstation('Histología');

    proxy.inject('/api/sync/lease', 'dropAfterResponse');
    const { failures, summary } = await syncUntilDone(desk);
    expect(failures).toHaveLength(1);
    expect(summary.blocksLeased).toBe(2);

    const leases = proxy.seen('/api/sync/lease');
    expect(leases).toHaveLength(2);
    expect((leases[1]!.body as { requestId: string }).requestId).toBe(
      (leases[0]!.body as { requestId: string }).requestId,
    );
    expect(blocksIn(leases[1]!.answers[0]!)).toEqual(blocksIn(leases[0]!.answers[0]!));

    const granted = await server.services.ctx.db
      .selectFrom('number_blocks')
      .select(['id', 'series', 'first', 'last'])
      .orderBy('series')
      .execute();
    const held = await desk.services.ctx.db
      .selectFrom('number_leases')
      .select(['id', 'series', 'first', 'last'])
      .orderBy('series')
      .execute();
    expect(held).toEqual(granted);
    expect(granted.map((b) => [b.series, b.first])).toEqual([
      ['CT:2026', 1],
      ['HP:2026', 1],
    ]);

    await bench.sync();
    expect((await submitAndReceive(desk, 'Luna')).protocolNumber).toBe('HP 26/001');
    expect((await submitAndReceive(bench, 'Tobi')).protocolNumber).toBe('HP 26/051');
    await expectConverged(server, [desk, bench], { protocols: 2, receptions: 2 });
  });

  it('a lease answer lost while another series ran low leaves no block to nobody and no gap', async () => {
    const desk = await workstation('Recepción');
    const ctx = desk.services.ctx;
    await writeSetting(ctx.db, ctx.clock, NUMBER_SETTINGS_KEY, {
      blockSize: 3,
      lowWater: 1,
      receives: true,
    });
    await desk.sync();
    await submitAndReceive(desk, 'Luna');
    await submitAndReceive(desk, 'Tobi');

    proxy.inject('/api/sync/lease', 'dropAfterResponse');
    await expect(desk.sync()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    for (let i = 0; i < 2; i++) {
      const { temporaryCode } = await desk.call('protocols.submit', cytologyForm());
      await desk.call('reception.receive', { code: temporaryCode, condition: 'optimal' });
    }
    const { summary } = await syncUntilDone(desk);
    expect(summary.blocksLeased).toBe(2);

    const granted = await server.services.ctx.db
      .selectFrom('number_blocks')
      .select(['id', 'series', 'first', 'last'])
      .orderBy('series')
      .orderBy('first')
      .execute();
    const held = await ctx.db
      .selectFrom('number_leases')
      .select(['id', 'series', 'first', 'last'])
      .orderBy('series')
      .orderBy('first')
      .execute();
    expect(held).toEqual(granted);
    expect(held.map((b) => `${b.series} ${b.first}-${b.last}`)).toEqual([
      'CT:2026 1-3',
      'CT:2026 4-6',
      'HP:2026 1-3',
      'HP:2026 4-6',
    ]);
    expect((await submitAndReceive(desk, 'Kira')).protocolNumber).toBe('HP 26/003');
    expect((await submitAndReceive(desk, 'Rocco')).protocolNumber).toBe('HP 26/004');
  });

  it('a batch, a pull and a lease each delivered twice are each applied once', async () => {
    const desk = await workstation('Recepción');
    const bench = await workstation('Histología');

    proxy.inject('/api/sync/lease', 'deliverTwice');
    await desk.sync();
    const lease = proxy.seen('/api/sync/lease')[0]!;
    expect(lease.answers).toHaveLength(2);
    expect(blocksIn(lease.answers[1]!)).toEqual(blocksIn(lease.answers[0]!));
    const blocks = await server.services.ctx.db.selectFrom('number_blocks').select('id').execute();
    expect(blocks).toHaveLength(2);

    await bench.sync();
    await submitAndReceive(desk, 'Luna');
    await submitAndReceive(desk, 'Tobi');
    const queued = await outbox(desk);
    proxy.inject('/api/sync/push', 'deliverTwice');
    await desk.sync();
    const push = proxy.seen('/api/sync/push').find((p) => p.fault === 'deliverTwice')!;
    const [first, second] = push.answers.map((a) => (a.body as PushAnswer).result);
    expect(first).toMatchObject({ applied: queued, duplicate: false });
    expect(second).toMatchObject({ applied: queued, duplicate: true, batchId: first!.batchId });

    proxy.inject('/api/sync/pull', 'deliverTwice');
    await bench.sync();
    await expectConverged(server, [desk, bench], { protocols: 2, receptions: 2 });
  });

  it('a pull cut short by a server restart keeps the pages it got and resumes after them', async () => {
    const desk = await workstation('Recepción');
    const bench = await workstation('Histología');
    await desk.sync();
    await bench.sync();
    // Each submission makes two changes (protocol, history): enough for three pages.
    const submissions = PULL_PAGE + 10;
    for (let i = 0; i < submissions; i++) await desk.call('protocols.submit', histopathologyForm());
    await desk.sync();

    const holding = proxy.hold('/api/sync/pull', { skip: 1 });
    const attempt = bench.sync().then(
      () => null,
      (error: unknown) => error,
    );
    const held = await Promise.race([
      holding,
      attempt.then((outcome) => {
        throw new Error(`the pull ended before its second page: ${String(outcome)}`);
      }),
    ]);
    await server.stop();
    await held.forward();
    expect(await attempt).toMatchObject({ code: 'UNAVAILABLE' });

    const firstPage = proxy.seen('/api/sync/pull').at(-2)!;
    const pageCursor = (firstPage.answers[0]!.body as { result: { cursor: number } }).result.cursor;
    expect(await pullCursor(bench)).toBe(pageCursor);
    const kept = await bench.services.ctx.db.selectFrom('protocols').select('id').execute();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(submissions);

    await server.restart();
    const summary = await bench.sync();
    const pulls = proxy.seen('/api/sync/pull');
    const resumed = pulls[pulls.findIndex((p) => p.fault === 'held') + 1]!;
    expect((resumed.body as { cursor: number }).cursor).toBe(pageCursor);
    expect(summary.pulled).toBeLessThan(2 * submissions);
    await expectConverged(server, [desk, bench], { protocols: submissions, receptions: 0 });
  });

  it('a workstation killed while its push is in flight sends it again when it starts, applied once', async () => {
    const desk = await workstation('Recepción');
    const bench = await workstation('Histología');
    await desk.sync();
    await bench.sync();
    await submitAndReceive(desk, 'Luna');
    await submitAndReceive(desk, 'Tobi');
    const queued = await outbox(desk);
    const dataDir = desk.dataDir;
    await desk.close();
    open.splice(open.indexOf(desk), 1);

    const holding = proxy.hold('/api/sync/push');
    const script = path.resolve(import.meta.dirname, '../../helpers/sync-until-killed.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir], {
      env: { ...process.env, PATOLAB_CLOCK: '2026-12-04T13:00:00Z', PATOLAB_PRINTER_URI: 'none' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    const held = await Promise.race([
      holding,
      exited.then((signal) => {
        throw new Error(`the workstation ended (${signal}) before its push: ${stderr}`);
      }),
    ]);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    await held.clientGone;
    await held.forward();
    const lost = proxy.seen('/api/sync/push').at(-1)!;
    expect(lost.answered).toBe(false);
    expect((lost.answers[0]!.body as PushAnswer).result).toMatchObject({
      applied: queued,
      duplicate: false,
    });

    const again = withSync(await openWorkstation({ dataDir }));
    open.push(again);
    expect(await outbox(again)).toBe(queued);
    await again.sync();
    const resent = proxy.seen('/api/sync/push').at(-2)!;
    expect((resent.answers[0]!.body as PushAnswer).result).toMatchObject({
      batchId: (lost.body as { batchId: string }).batchId,
      duplicate: true,
    });
    expect((await again.call('audit.verify', {})).ok).toBe(true);
    await expectConverged(server, [again, bench], { protocols: 2, receptions: 2 });
  });
});
