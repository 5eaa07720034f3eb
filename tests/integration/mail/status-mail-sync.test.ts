// Exactly one status mail per event across the whole lab: a workstation enrolled with the
// central server queues none, the server queues each when the change reaches it, and nothing
// the network does (a push delivered twice, an answer lost, a batch replayed, a second desk
// pushing the same move) makes a second one. What a desk mailed itself before it enrolled is
// not mailed again. Real parts: the central server on SQLite (and PostgreSQL where the
// machine has one), workstations on their own SQLite files, a fault proxy between them.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postgresAvailable } from '../../helpers/postgres';
import { startFaultProxy, type FaultProxy } from '../../helpers/fault-proxy';
import {
  enrolThrough,
  serverOn,
  STORAGES,
  syncUntilDone,
  type ServerOnStorage,
} from '../../helpers/sync-faults';
import { withSync, type SyncedWorkstation, type TestServer } from '../../helpers/sync';
import {
  cytologyForm,
  histopathologyForm,
  openWorkstation,
  type Workstation,
} from '../../helpers/workstation';
import { cliActor } from '../../../src-main/cli/run';
import { enrollWorkstation } from '../../../src-main/sync/client/enroll';
import { writeSetting } from '../../../src-main/settings/store';
import { NUMBER_SETTINGS_KEY } from '../../../src-main/sync/client/numbers';
import { portalLink } from '../../../src-main/portal/links';
import { newId } from '../../../src-main/ids';
import type { Services } from '../../../src-main/services';

const postgresMissing = await postgresAvailable();
if (postgresMissing) console.warn(`Correo de estados en PostgreSQL omitido: ${postgresMissing}`);

async function outbox(services: Services) {
  return services.ctx.db
    .selectFrom('mail_outbox')
    .select(['event_key', 'to_address', 'subject', 'text_body', 'html_body', 'protocol_id'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

function form(identification: string) {
  return histopathologyForm({
    animal: { species: 'Canino', sex: 'female', identification },
  } as Parameters<typeof histopathologyForm>[0]);
}

describe.each(STORAGES)('status mail with a central server on %s', (storage) => {
  if (storage === 'postgres' && postgresMissing) {
    it.skip(`omitida sin PostgreSQL (CI la exige): ${postgresMissing}`, () => undefined);
    return;
  }

  let central: ServerOnStorage;
  let server: TestServer;
  let proxy: FaultProxy;
  let open: Workstation[];

  async function workstation(name: string, options: { clock?: string } = {}) {
    const ws = await enrolThrough(server, proxy.url, name, options);
    open.push(ws);
    return ws;
  }

  /** The vet's portal account on the server, as registration and verification leave it. */
  async function portalAccount(veterinarianId: string, notify: string[]) {
    const now = '2026-12-01T12:00:00.000Z';
    await server.services.ctx.db
      .insertInto('vet_accounts')
      .values({
        id: newId(),
        email: 'laura.gomez@example.org',
        license_key: '1234',
        veterinarian_id: veterinarianId,
        password_hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo',
        profile: '{}',
        locale: 'es-AR',
        notify: JSON.stringify(notify),
        email_verified_at: now,
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
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

  it('a desk reception is mailed once by the server, even when pushed twice', async () => {
    const desk = await workstation('Recepción');
    await desk.sync();
    const { id, temporaryCode } = await desk.call('protocols.submit', form('Luna'));
    const received = await desk.call('reception.receive', { code: temporaryCode });
    expect(received.mailQueued).toBe(false);
    expect(await outbox(desk.services)).toEqual([]);

    proxy.inject('/api/sync/push', 'deliverTwice');
    await desk.sync();
    const twice = proxy.seen('/api/sync/push').find((r) => r.fault === 'deliverTwice')!;
    type PushAnswer = { result: { duplicate: boolean } };
    expect(twice.answers.map((a) => (a.body as PushAnswer).result.duplicate)).toEqual([
      false,
      true,
    ]);

    const mails = await outbox(server.services);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      event_key: `protocol.received:${id}`,
      to_address: 'laura.gomez@example.org',
      subject: 'Muestra recibida: protocolo HP 26/001',
      protocol_id: id,
    });
    const link = portalLink(server.services.ctx, `protocolos/${id}`);
    expect(mails[0]!.text_body).toContain(`Puede seguir el protocolo en el portal`);
    expect(mails[0]!.text_body).toContain(link);
    expect(mails[0]!.html_body).toContain(`<a href="${link}">`);

    await desk.sync();
    await desk.sync();
    expect(await outbox(server.services)).toHaveLength(1);
    expect(await outbox(desk.services)).toEqual([]);
  });

  it('a batch resent after a lost answer, or replayed, queues nothing more', async () => {
    const desk = await workstation('Recepción');
    await desk.sync();
    const { temporaryCode } = await desk.call('protocols.submit', form('Tobi'));
    await desk.call('reception.receive', { code: temporaryCode });

    proxy.inject('/api/sync/push', 'dropAfterResponse');
    const { failures } = await syncUntilDone(desk as SyncedWorkstation);
    expect(failures.length).toBeGreaterThan(0);
    expect(await outbox(server.services)).toHaveLength(1);

    // The same changes once more, straight to the server, as a new batch.
    const pushed = proxy
      .seen('/api/sync/push')
      .map((r) => r.body as { changes: unknown[] })
      .find((body) => body.changes.length > 0)!;
    const state = await desk.services.ctx.db
      .selectFrom('sync_state')
      .select(['device_id', 'device_secret'])
      .executeTakeFirstOrThrow();
    const replay = await fetch(new URL('/api/sync/push', server.url), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${state.device_id}.${state.device_secret}`,
      },
      body: JSON.stringify({ ...pushed, batchId: 'replayed-under-another-id', audit: [] }),
    });
    expect(replay.status).toBe(200);
    expect(((await replay.json()) as { result: { applied: number } }).result.applied).toBe(0);
    expect(await outbox(server.services)).toHaveLength(1);
  });

  it('two desks that both start the bench on one protocol make one "processing" mail', async () => {
    const desk = await workstation('Recepción');
    const bench = await workstation('Histología');
    await desk.sync();
    const { id, temporaryCode } = await desk.call('protocols.submit', cytologyForm());
    await desk.call('reception.receive', { code: temporaryCode });
    await desk.sync();
    await bench.sync();

    const protocol = await server.services.ctx.db
      .selectFrom('protocols')
      .select('veterinarian_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await portalAccount(protocol.veterinarian_id, ['received', 'processing', 'ready']);

    // Each desk registers a slide before hearing of the other's.
    await desk.call('processing.addSlides', { protocol: 'CT 26/001', count: 1 });
    await bench.call('processing.addSlides', { protocol: 'CT 26/001', count: 1 });
    for (const ws of [desk, bench, desk, bench]) await ws.sync();

    const mails = await outbox(server.services);
    expect(mails.map((m) => m.subject)).toEqual([
      'Muestra recibida: protocolo CT 26/001',
      'Protocolo CT 26/001: la muestra está en procesamiento',
    ]);
    for (const ws of [desk, bench]) expect(await outbox(ws.services)).toEqual([]);
    expect((await outbox(server.services)).map((m) => m.event_key)).toEqual([
      `protocol.received:${id}`,
      `protocol.processing:${id}`,
    ]);
  });

  it('the last slide made ready is mailed as "ready" by the server, once', async () => {
    const desk = await workstation('Recepción');
    const bench = await workstation('Histología');
    await desk.sync();
    const { id, temporaryCode } = await desk.call('protocols.submit', cytologyForm());
    await desk.call('reception.receive', { code: temporaryCode });
    await desk.sync();
    const protocol = await server.services.ctx.db
      .selectFrom('protocols')
      .select('veterinarian_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await portalAccount(protocol.veterinarian_id, ['received', 'processing', 'ready']);

    await bench.sync();
    const { slides } = await bench.call('processing.addSlides', {
      protocol: 'CT 26/001',
      count: 2,
    });
    await bench.call('processing.setSlides', { codes: slides.map((s) => s.code), status: 'ready' });
    for (const ws of [bench, desk, bench, desk]) await ws.sync();

    expect((await outbox(server.services)).map((m) => m.subject)).toEqual([
      'Muestra recibida: protocolo CT 26/001',
      'Protocolo CT 26/001: la muestra está en procesamiento',
      'Protocolo CT 26/001: el informe está en redacción',
    ]);
    for (const ws of [desk, bench]) expect(await outbox(ws.services)).toEqual([]);
  });

  it('a reception made before the desk enrolled is not mailed again', async () => {
    const early = await openWorkstation({ clock: '2026-12-04T11:00:00Z' });
    const before = await early.call('protocols.submit', form('Mora'));
    expect((await early.call('reception.receive', { code: before.temporaryCode })).mailQueued).toBe(
      true,
    );
    await early.close();

    const desk = withSync(await openWorkstation({ dataDir: early.dataDir }));
    open.push(desk);
    const { code } = (await server.call('devices.createEnrolmentCode', { name: 'Recepción' })) as {
      code: string;
    };
    await enrollWorkstation(desk.services.ctx, cliActor(), { server: proxy.url, code });
    await desk.sync();
    expect(await outbox(server.services)).toEqual([]);

    const after = await desk.call('protocols.submit', form('Simba'));
    expect((await desk.call('reception.receive', { code: after.temporaryCode })).mailQueued).toBe(
      false,
    );
    await desk.sync();
    const mails = await outbox(server.services);
    expect(mails.map((m) => m.event_key)).toEqual([`protocol.received:${after.id}`]);
    // The desk still holds, and sends, the one it queued itself.
    expect((await outbox(desk.services)).map((m) => m.event_key)).toEqual([
      `protocol.received:${before.id}`,
    ]);
  });

  it('a desk whose clock runs two hours behind still has its receptions mailed', async () => {
    const desk = await workstation('Recepción', { clock: '2026-12-04T11:00:00Z' });
    await desk.sync();
    const { id, temporaryCode } = await desk.call('protocols.submit', form('Kira'));
    await desk.call('reception.receive', { code: temporaryCode });
    await desk.sync();
    expect((await outbox(server.services)).map((m) => m.event_key)).toEqual([
      `protocol.received:${id}`,
    ]);
  });

  it('a reception whose number waited for the sync is mailed when the number arrives', async () => {
    const desk = await workstation('Recepción');
    await writeSetting(desk.services.ctx.db, desk.services.ctx.clock, NUMBER_SETTINGS_KEY, {
      blockSize: 1,
      lowWater: 0,
      receives: true,
    });
    await desk.sync();

    proxy.setOffline(true);
    const first = await desk.call('protocols.submit', form('Luna'));
    const second = await desk.call('protocols.submit', form('Nina'));
    expect(
      (await desk.call('reception.receive', { code: first.temporaryCode })).protocolNumber,
    ).toBe('HP 26/001');
    const pending = await desk.call('reception.receive', { code: second.temporaryCode });
    expect(pending).toMatchObject({ protocolNumber: null, mailQueued: false });
    proxy.setOffline(false);

    await desk.sync();
    await desk.sync();
    const mails = await outbox(server.services);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      'Muestra recibida: protocolo HP 26/001',
      'Muestra recibida: protocolo HP 26/002',
    ]);
    expect(await outbox(desk.services)).toEqual([]);
  });

  it('the server mails the rejections of a desk and its own receptions', async () => {
    const desk = await workstation('Recepción');
    await desk.sync();
    const rejected = await desk.call('protocols.submit', form('Rocco'));
    const answer = await desk.call('reception.reject', {
      code: rejected.temporaryCode,
      reason: 'Frasco roto, sin formol',
    });
    expect(answer.mailQueued).toBe(false);

    const atServer = (await server.call('protocols.submit', form('Coco'))) as {
      id: string;
      temporaryCode: string;
    };
    const onServer = (await server.call('reception.receive', {
      code: atServer.temporaryCode,
    })) as { mailQueued: boolean; protocolNumber: string };
    expect(onServer.mailQueued).toBe(true);

    await desk.sync();
    await desk.sync();
    const mails = await outbox(server.services);
    expect(mails.map((m) => m.event_key).sort()).toEqual(
      [`protocol.received:${atServer.id}`, `protocol.rejected:${rejected.id}`].sort(),
    );
    const rejection = mails.find((m) => m.event_key.startsWith('protocol.rejected'))!;
    expect(rejection.subject).toBe(`Muestra rechazada: ${rejected.temporaryCode}`);
    expect(rejection.text_body).toContain('Motivo: Frasco roto, sin formol');
    expect(await outbox(desk.services)).toEqual([]);
  });
});
