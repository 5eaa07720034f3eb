import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { histopathologyForm } from '../../helpers/workstation';
import { runCli } from '../../helpers/cli';
import { enrollWorkstation } from '../../../src-main/sync/client/enroll';
import { cliActor } from '../../../src-main/cli/run';
import {
  enrolledWorkstation,
  startSyncServer,
  type SyncedWorkstation,
  type TestServer,
} from '../../helpers/sync';

const clockAt = (iso: string, counter = 0) =>
  `${String(Date.parse(iso)).padStart(15, '0')}:${counter.toString(16).padStart(8, '0')}:x`;

describe('what an enrolled device may send', () => {
  let server: TestServer;
  let desk: SyncedWorkstation;
  let auth: string;

  beforeAll(async () => {
    server = await startSyncServer();
    desk = await enrolledWorkstation(server, 'Recepción');
    const state = await desk.services.ctx.db
      .selectFrom('sync_state')
      .selectAll()
      .executeTakeFirstOrThrow();
    auth = `Bearer ${state.device_id}.${state.device_secret}`;
  });
  afterAll(async () => {
    await desk?.close();
    await server?.stop();
  });

  const post = (path: string, body: string, authorization?: string) =>
    fetch(new URL(path, server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body,
    });

  function push(changes: unknown[], batchId: string) {
    const body = { batchId, deviceTime: new Date().toISOString(), appVersion: 't', changes };
    return post('/api/sync/push', JSON.stringify({ ...body, audit: [], blocks: [] }), auth);
  }

  it('a stranger is turned away before its body is read', async () => {
    const answer = await post('/api/sync/push', '{not json at all');
    expect(answer.status).toBe(401);
    const refusal = (await answer.json()) as { error: { message: string } };
    expect(refusal.error.message).toContain('no reconoce este equipo');
  });

  it('refuses impossible clocks and malformed protocol numbers, keeping nothing', async () => {
    const made = await desk.call('protocols.submit', histopathologyForm());
    await desk.sync();
    const edit = (hlc: string, data: Record<string, unknown>) => ({
      id: `forged-${hlc}`,
      entity: 'protocol',
      rowId: made.id,
      data,
      hlc,
      base: null,
    });

    const ancient = await push(
      [edit(clockAt('2000-01-01T00:00:00Z'), { owner_last_name: 'X' })],
      'a',
    );
    expect(ancient.status).toBe(400);
    const huge = await push(
      [edit(clockAt('2026-12-04T13:00:01Z'), { protocol_number: `HP 26/${'9'.repeat(25)}` })],
      'b',
    );
    expect(huge.status).toBe(400);
    const topCounter = await push(
      [edit(clockAt('2026-12-04T13:00:01Z', 0xffffffff), { owner_last_name: 'X' })],
      'c',
    );
    expect(topCounter.status).toBe(400);

    const series = await server.services.ctx.db.selectFrom('number_series').selectAll().execute();
    expect(series.every((s) => s.next_first < 1000)).toBe(true);
  });

  it('keeps only the columns that travel', async () => {
    const made = await desk.call('protocols.submit', histopathologyForm());
    await desk.sync();
    const answer = await push(
      [
        {
          id: 'extra-keys',
          entity: 'protocol',
          rowId: made.id,
          data: { owner_first_name: 'Ana', junk: 'x'.repeat(1000) },
          hlc: clockAt('2026-12-04T13:00:02Z'),
          base: null,
        },
      ],
      'd',
    );
    expect(answer.status).toBe(200);
    const logged = await server.services.ctx.db
      .selectFrom('sync_changes')
      .select('data')
      .where('change_id', '=', 'extra-keys')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(logged.data)).toEqual({ owner_first_name: 'Ana' });
  });

  it('grants no blocks for years far from the server’s', async () => {
    const answer = await post(
      '/api/sync/lease',
      JSON.stringify({ requestId: 'far', requests: [{ series: 'CT:2031', size: 5 }] }),
      auth,
    );
    expect(answer.status).toBe(400);
  });
});

describe('staff created with the command line on the server’s folder', () => {
  let server: TestServer;
  afterAll(async () => server?.stop());

  // Made without --server, as if by the folder's own workstation: the server,
  // when it starts, records them so they travel all the same.
  it('reach every desk, even one that never saw them before a later edit', async () => {
    server = await startSyncServer();
    await server.stop();
    const init = await runCli(
      [
        'init',
        '--data',
        server.dataDir,
        '--admin-email',
        'jefa@lab.example',
        '--admin-password-file',
        '-',
      ],
      { stdin: 'una clave larga de prueba\n' },
    );
    expect(init.code).toBe(0);
    await server.restart();

    const admin = (await server.call('users.list', {})) as { id: string }[];
    await server.call('users.setRoles', { id: admin[0]!.id, roles: ['admin', 'pathologist'] });
    const desk = await enrolledWorkstation(server, 'Patología');
    try {
      await desk.sync();
      const here = await desk.services.ctx.db.selectFrom('users').selectAll().execute();
      expect(here.map((u) => [u.email, u.roles])).toEqual([
        ['jefa@lab.example', 'admin,pathologist'],
      ]);
    } finally {
      await desk.close();
    }
  });
});

describe('a desk revoked with receptions still queued', () => {
  it('enrols again with --again and sends them under its new identity', async () => {
    const server = await startSyncServer();
    const desk = await enrolledWorkstation(server, 'Recepción');
    try {
      await desk.sync();
      const made = await desk.call('protocols.submit', histopathologyForm());
      await desk.call('reception.receive', { code: made.temporaryCode });
      const devices = (await server.call('devices.list', {})) as { id: string }[];
      await server.call('devices.revoke', { id: devices[0]!.id });
      await expect(desk.sync()).rejects.toThrow(/dado de baja/);

      const { code } = (await server.call('devices.createEnrolmentCode', {
        name: 'Recepción (nueva alta)',
      })) as { code: string };
      await expect(
        enrollWorkstation(desk.services.ctx, cliActor(), { server: server.url, code }),
      ).rejects.toThrow(/--again/);
      await enrollWorkstation(desk.services.ctx, cliActor(), {
        server: server.url,
        code,
        again: true,
      });
      await desk.sync();

      const there = (await server.call('protocols.get', { code: made.temporaryCode })) as {
        status: string;
        protocolNumber: string;
      };
      expect(there).toMatchObject({ status: 'received', protocolNumber: 'HP 26/001' });
      const after = (await server.call('devices.list', {})) as { auditProblem: string | null }[];
      expect(after[1]!.auditProblem).toBeNull();
    } finally {
      await desk.close();
      await server.stop();
    }
  });
});

describe('a central server restored from an older copy', () => {
  it('tells a desk that read further than its log, instead of answering nothing new', async () => {
    const server = await startSyncServer();
    const desk = await enrolledWorkstation(server, 'Recepción');
    try {
      await desk.call('protocols.submit', histopathologyForm());
      await desk.sync();
      await desk.sync();

      // What the older copy lacks: the changes logged since it was made.
      await server.services.ctx.db.deleteFrom('sync_changes').execute();
      await expect(desk.sync()).rejects.toThrow(/restaurado de una copia anterior/);
      expect((await desk.call('sync.status', {})).lastError).toMatch(/Avise al administrador/);
    } finally {
      await desk.close();
      await server.stop();
    }
  });
});
