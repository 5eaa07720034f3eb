import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { histopathologyForm } from '../../helpers/workstation';
import {
  enrolledWorkstation,
  startSyncServer,
  syncedData,
  type SyncedWorkstation,
  type TestServer,
} from '../../helpers/sync';

describe('two workstations and the central server', () => {
  let server: TestServer;
  let desk: SyncedWorkstation;
  let bench: SyncedWorkstation;

  beforeAll(async () => {
    server = await startSyncServer();
    desk = await enrolledWorkstation(server, 'Recepción');
    bench = await enrolledWorkstation(server, 'Histología');
  });
  afterAll(async () => {
    await desk?.close();
    await bench?.close();
    await server?.stop();
  });

  it('a reception at one desk reaches the other through the server', async () => {
    const first = await desk.sync();
    expect(first.blocksLeased).toBe(2);

    const submitted = await desk.call('protocols.submit', histopathologyForm());
    const received = await desk.call('reception.receive', {
      code: submitted.temporaryCode,
      condition: 'optimal',
    });
    expect(received.protocolNumber).toBe('HP 26/001');

    const pushed = await desk.sync();
    expect(pushed.pushed).toBeGreaterThan(0);
    const pulled = await bench.sync();
    expect(pulled.pulled).toBeGreaterThan(0);

    const seen = await bench.call('protocols.get', { code: 'HP 26/001' });
    expect(seen.status).toBe('received');
    expect(seen.reception?.recordedBy).toMatch(/^cli:/);

    const onServer = await syncedData(server.services);
    expect(await syncedData(desk.services)).toEqual(onServer);
    await desk.sync();
    expect(await syncedData(bench.services)).toEqual(await syncedData(server.services));
  });

  it('staff made on the server sign in at a workstation, and a new password reaches it', async () => {
    const created = (await server.call('users.create', {
      email: 'ana.tecnica@patolab.local',
      displayName: 'Ana Técnica',
      roles: ['technician'],
      password: 'una clave larga de prueba',
    })) as { id: string };
    await bench.sync();

    const signIn = (password: string) =>
      bench.services.call({ sessionToken: null }, 'session.signIn', {
        email: 'ana.tecnica@patolab.local',
        password,
      });
    expect((await signIn('una clave larga de prueba')).ok).toBe(true);

    await server.call('users.setPassword', { id: created.id, password: 'otra clave larga nueva' });
    await server.call('users.setRoles', { id: created.id, roles: ['technician', 'pathologist'] });
    await bench.sync();
    expect((await signIn('una clave larga de prueba')).ok).toBe(false);
    const again = await signIn('otra clave larga nueva');
    expect(again.ok && again.result).toMatchObject({
      user: { roles: ['technician', 'pathologist'] },
    });
  });

  it('a sample received on the server itself takes a number no block holds', async () => {
    const submitted = (await server.call('protocols.submit', histopathologyForm())) as {
      temporaryCode: string;
    };
    const received = (await server.call('reception.receive', {
      code: submitted.temporaryCode,
      condition: 'optimal',
    })) as { protocolNumber: string };

    const blocks = await server.services.ctx.db
      .selectFrom('number_blocks')
      .selectAll()
      .where('series', '=', 'HP:2026')
      .execute();
    const sequence = Number(received.protocolNumber.split('/')[1]);
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect(sequence < b.first || sequence > b.last).toBe(true);

    await desk.sync();
    const seen = await desk.call('protocols.get', { code: received.protocolNumber });
    expect(seen.status).toBe('received');
  });

  it('staff accounts are managed on the server: a desk neither edits nor pushes them', async () => {
    await expect(
      desk.call('users.create', {
        email: 'intruso@patolab.local',
        displayName: 'Intruso',
        roles: ['admin'],
        password: 'una clave larga de prueba',
      }),
    ).rejects.toThrow(/los usuarios se crean y modifican allí/);

    // A device that sends one anyway, straight to the sync route, changes nothing.
    const state = await desk.services.ctx.db
      .selectFrom('sync_state')
      .selectAll()
      .executeTakeFirstOrThrow();
    const target = (await server.call('users.list', {})) as { id: string; roles: string[] }[];
    const victim = target.find((u) => u.roles.includes('technician'))!;
    const response = await fetch(new URL('/api/sync/push', server.url), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${state.device_id}.${state.device_secret}`,
      },
      body: JSON.stringify({
        batchId: 'forged-roles',
        deviceTime: new Date().toISOString(),
        appVersion: 'x',
        changes: [
          {
            id: 'forged-change',
            entity: 'user',
            rowId: victim.id,
            data: { roles: 'admin' },
            hlc: `${String(Date.parse('2026-12-04T13:04:00Z')).padStart(15, '0')}:00000000:x`,
            base: null,
          },
        ],
        audit: [],
        blocks: [],
      }),
    });
    expect(response.status).toBe(200);
    const after = (await server.call('users.list', {})) as { id: string; roles: string[] }[];
    expect(after.find((u) => u.id === victim.id)!.roles).not.toContain('admin');
  });
});
