// Workstations as the central server knows them: enrolled once with a code an
// admin made, which works once and expires; authenticated afterwards by a
// secret the server keeps only as a hash; cut off at once when revoked; and
// carrying their audit chain, which the server checks entry by entry.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postgresAvailable } from '../../helpers/postgres';
import { startFaultProxy, type FaultProxy } from '../../helpers/fault-proxy';
import {
  enrolThrough,
  expectConverged,
  movableClock,
  serverOn,
  STORAGES,
  submitAndReceive,
  type ServerOnStorage,
} from '../../helpers/sync-faults';
import type { SyncedWorkstation, TestServer } from '../../helpers/sync';
import { openWorkstation, type Workstation } from '../../helpers/workstation';
import { cliActor } from '../../../src-main/cli/run';
import { enrollWorkstation } from '../../../src-main/sync/client/enroll';
import { pullAll } from '../../../src-main/sync/client/pull';
import { SYNC_TIMEOUT_MS } from '../../../src-main/sync/client/http';
import type { DeviceView } from '../../../src-shared/sync-contract';

const postgresMissing = await postgresAvailable();
if (postgresMissing)
  console.warn(`Pruebas de sincronización en PostgreSQL omitidas: ${postgresMissing}`);

const CODE_REFUSED =
  'El código de alta no es válido, ya se usó o venció. Pida uno nuevo al administrador.';
const HOUR = 3600_000;

describe.each(STORAGES)('devices of the central server on %s', (storage) => {
  if (storage === 'postgres' && postgresMissing) {
    it.skip(`skipped: ${postgresMissing}`, () => undefined);
    return;
  }

  let central: ServerOnStorage;
  let server: TestServer;
  let proxy: FaultProxy;
  let clock: ReturnType<typeof movableClock>;
  let open: Workstation[];

  async function workstation(name: string): Promise<SyncedWorkstation> {
    const ws = await enrolThrough(server, proxy.url, name);
    open.push(ws);
    return ws;
  }

  async function blankWorkstation(): Promise<Workstation> {
    const ws = await openWorkstation();
    open.push(ws);
    return ws;
  }

  async function newCode(name: string): Promise<string> {
    return ((await server.call('devices.createEnrolmentCode', { name })) as { code: string }).code;
  }

  const enrol = (ws: Workstation, code: string) =>
    enrollWorkstation(ws.services.ctx, cliActor(), { server: proxy.url, code });

  const devices = async () => (await server.call('devices.list', {})) as DeviceView[];

  async function deviceSecret(ws: Workstation) {
    return ws.services.ctx.db
      .selectFrom('sync_state')
      .select(['device_id', 'device_secret', 'server_url'])
      .executeTakeFirstOrThrow();
  }

  beforeEach(async () => {
    clock = movableClock('2026-12-04T13:00:00Z');
    central = await serverOn(storage, { clock });
    server = central.server;
    proxy = await startFaultProxy(server.url);
    open = [];
  });
  afterEach(async () => {
    for (const ws of open) await ws.close();
    await proxy?.close();
    await central?.dispose();
  });

  it('an enrolment code works once; a second desk using it is refused in Spanish', async () => {
    const code = await newCode('Recepción');
    const desk = await blankWorkstation();
    const enrolled = await enrol(desk, code.toLowerCase().replace(/-/g, ' '));
    expect(enrolled.deviceName).toBe('Recepción');

    const other = await blankWorkstation();
    await expect(enrol(other, code)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: CODE_REFUSED,
    });
    expect((await other.call('sync.status', {})).enrolled).toBe(false);
    expect((await devices()).map((d) => d.name)).toEqual(['Recepción']);
  });

  it('an enrolment code expires a day after it was made', async () => {
    const early = await newCode('Recepción');
    const late = await newCode('Histología');

    clock.advance(24 * HOUR - 60_000);
    await enrol(await blankWorkstation(), early);
    clock.advance(60_000);
    await expect(enrol(await blankWorkstation(), late)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: CODE_REFUSED,
    });
    expect((await devices()).map((d) => d.name)).toEqual(['Recepción']);
  });

  it('a wrong code is refused and makes no device', async () => {
    await newCode('Recepción');
    await expect(enrol(await blankWorkstation(), 'ABCD-EFGH-JKMN')).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: CODE_REFUSED,
    });
    expect(await devices()).toEqual([]);
  });

  it('keeps the device secret only as a hash', async () => {
    const desk = await workstation('Recepción');
    await submitAndReceive(desk, 'Luna');
    await desk.sync();
    const { device_id, device_secret } = await deviceSecret(desk);
    expect(device_secret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const secret = device_secret!;

    const db = server.services.ctx.db;
    let stored = '';
    for (const table of await db.introspection.getTables()) {
      const rows = await db
        .selectFrom(table.name as 'devices')
        .selectAll()
        .execute();
      stored += JSON.stringify(rows);
    }
    expect(stored).toContain(device_id);
    expect(stored).not.toContain(secret);
    const hashed = createHash('sha256').update(secret).digest('hex');
    const [device] = await db.selectFrom('devices').select('secret_hash').execute();
    expect(device!.secret_hash).toBe(hashed);

    // Nor anywhere in the server's data folder: database pages, WAL, logs.
    const files = fs.readdirSync(server.dataDir, { recursive: true, encoding: 'utf8' });
    for (const file of files) {
      const full = path.join(server.dataDir, file);
      if (!fs.statSync(full).isFile()) continue;
      expect(fs.readFileSync(full).includes(secret), file).toBe(false);
    }
  });

  it('a revoked device is refused at once on push and on pull, with the reason in Spanish', async () => {
    const desk = await workstation('Recepción');
    await desk.sync();
    await submitAndReceive(desk, 'Luna');
    const [device] = await devices();
    await server.call('devices.revoke', { id: device!.id });

    const before = proxy.requests.length;
    const refusal = await desk.sync().then(
      () => null,
      (error: unknown) => error as { code: string; message: string },
    );
    expect(refusal?.code).toBe('FORBIDDEN');
    expect(refusal?.message).toMatch(
      /^Este equipo fue dado de baja en el servidor central \(04\/12\/2026.*\)\. Consulte al administrador\.$/,
    );
    expect(proxy.requests.slice(before).map((r) => r.path)).toEqual(['/api/sync/push']);
    expect((await desk.call('sync.status', {})).lastError).toBe(refusal?.message);
    expect((await desk.call('sync.status', {})).pendingChanges).toBeGreaterThan(0);

    const state = await deviceSecret(desk);
    const connection = {
      serverUrl: state.server_url!,
      deviceId: state.device_id,
      secret: state.device_secret,
      timeoutMs: SYNC_TIMEOUT_MS,
    };
    await expect(
      pullAll(desk.services.ctx, connection, { sent: 0, received: 0 }, () => undefined),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: refusal?.message });
    expect(proxy.requests.slice(before).map((r) => r.path)).toEqual([
      '/api/sync/push',
      '/api/sync/pull',
    ]);
    expect(proxy.requests.slice(before).map((r) => r.answers[0]?.status)).toEqual([403, 403]);
  });

  it('lists each device with its last sync and how many audit entries arrived', async () => {
    const desk = await workstation('Recepción');
    const bench = await workstation('Histología');
    const listed = await devices();
    expect(listed.map((d) => [d.name, d.number, d.lastSyncAt, d.auditEntries])).toEqual([
      ['Recepción', 1, null, 0],
      ['Histología', 2, null, 0],
    ]);

    await submitAndReceive(desk, 'Luna');
    clock.advance(2 * 60_000);
    await desk.sync();
    const [afterSync] = await devices();
    expect(afterSync!.lastSyncAt).toMatch(/^2026-12-04T13:02:/);
    const entries = await desk.services.ctx.db.selectFrom('audit_log').select('hash').execute();
    expect(afterSync!.auditEntries).toBe(entries.length);
    expect(afterSync!.auditProblem).toBeNull();
    expect((await devices())[1]!.lastSyncAt).toBeNull();
    expect(bench).toBeDefined();
  });

  it('checks each device audit chain: a tampered entry is refused and shown, the data still syncs', async () => {
    const desk = await workstation('Recepción');
    const bench = await workstation('Histología');
    await submitAndReceive(desk, 'Luna');
    await submitAndReceive(bench, 'Tobi');

    const deskDb = desk.services.ctx.db;
    const tampered = await deskDb
      .selectFrom('audit_log')
      .select(['seq', 'details'])
      .where('action', '=', 'protocol.received')
      .executeTakeFirstOrThrow();
    await deskDb
      .updateTable('audit_log')
      .set({ details: tampered.details.replace('optimal', 'poor') })
      .where('seq', '=', tampered.seq)
      .execute();
    expect((await desk.call('audit.verify', {})).firstBadSeq).toBe(tampered.seq);

    await desk.sync();
    await bench.sync();
    const push = proxy.seen('/api/sync/push')[0]!;
    expect(
      (push.answers[0]!.body as { result: { auditProblem: string } }).result.auditProblem,
    ).toBe(`el registro ${tampered.seq} no encadena con el anterior o fue alterado`);

    const [deskDevice, benchDevice] = await devices();
    expect(deskDevice!.auditEntries).toBe(tampered.seq - 1);
    expect(deskDevice!.auditProblem).toContain(`registro ${tampered.seq}`);
    expect(benchDevice!.auditProblem).toBeNull();

    const chainOf = async (ws: SyncedWorkstation, id: string) => ({
      held: (
        await ws.services.ctx.db.selectFrom('audit_log').select('hash').orderBy('seq').execute()
      ).map((r) => r.hash),
      arrived: (
        await server.services.ctx.db
          .selectFrom('device_audit')
          .select('hash')
          .where('device_id', '=', id)
          .orderBy('seq')
          .execute()
      ).map((r) => r.hash),
    });
    const benchChain = await chainOf(bench, benchDevice!.id);
    expect(benchChain.arrived).toEqual(benchChain.held);
    const deskChain = await chainOf(desk, deskDevice!.id);
    expect(deskChain.arrived).toEqual(deskChain.held.slice(0, tampered.seq - 1));

    await expectConverged(server, [desk, bench], { protocols: 2, receptions: 2 });
    expect((await devices())[0]!.auditProblem).toContain(`registro ${tampered.seq}`);
  });
});
