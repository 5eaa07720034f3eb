import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { histopathologyForm } from '../../helpers/workstation';
import {
  enrolledWorkstation,
  syncedData,
  type SyncedWorkstation,
  type TestServer,
} from '../../helpers/sync';
import { serverOn, STORAGES, type ServerOnStorage } from '../../helpers/sync-faults';
import { postgresAvailable } from '../../helpers/postgres';
import type { ConflictView } from '../../../src-shared/sync-contract';

const postgresMissing = await postgresAvailable();
// Only where PostgreSQL does not answer on 127.0.0.1:5432; CI sets PATOLAB_REQUIRE_POSTGRES=1,
// which turns that into a failure instead.
if (postgresMissing) {
  console.warn(`Pruebas de la mesada en PostgreSQL omitidas: ${postgresMissing}`);
}

describe.each(STORAGES)('the bench between two workstations, server on %s', (storage) => {
  if (storage === 'postgres' && postgresMissing) {
    it.skip(`omitida sin PostgreSQL (CI la exige): ${postgresMissing}`, () => undefined);
    return;
  }

  let central: ServerOnStorage;
  let server: TestServer;
  let desk: SyncedWorkstation;
  let bench: SyncedWorkstation;

  beforeAll(async () => {
    central = await serverOn(storage);
    server = central.server;
    desk = await enrolledWorkstation(server, 'Recepción');
    bench = await enrolledWorkstation(server, 'Histología');
    await desk.sync();
    await bench.sync();
  });
  afterAll(async () => {
    await desk?.close();
    await bench?.close();
    await central?.dispose();
  });

  it('cassettes, slides, stages and voids made at the bench are seen at the desk', async () => {
    const { temporaryCode } = await desk.call('protocols.submit', histopathologyForm());
    const { protocolNumber } = await desk.call('reception.receive', { code: temporaryCode });
    const hp = protocolNumber!;
    await desk.sync();
    await bench.sync();

    await bench.call('processing.addCassettes', { protocol: hp, material: 'Mama', count: 3 });
    await bench.call('processing.voidCassette', { code: `${hp}-C3`, reason: 'Vacío' });
    await bench.call('processing.recordStage', {
      codes: [`${hp}-C1`, `${hp}-C2`],
      stage: 'embedding',
    });
    await bench.call('processing.addSlides', { protocol: hp, cassettes: ['C1', 'C2'] });
    await bench.call('processing.recordStage', { codes: [`${hp}-S1`], stage: 'staining' });
    await bench.call('processing.setSlides', { codes: [`${hp}-S1`], status: 'ready' });
    await bench.sync();
    await desk.sync();

    const seen = await desk.call('processing.work', { protocol: hp });
    expect(seen.protocol.status).toBe('ready');
    expect(seen.cassettes.map((c) => [c.code, c.stage, c.voidReason])).toEqual([
      [`${hp}-C1`, 'embedding', null],
      [`${hp}-C2`, 'embedding', null],
      [`${hp}-C3`, null, 'Vacío'],
    ]);
    expect(seen.slides[0]).toMatchObject({
      cassetteCodes: [`${hp}-C1`, `${hp}-C2`],
      status: 'ready',
    });
    expect(seen.stages.map((s) => [s.itemCode, s.stage])).toEqual([
      [`${hp}-C1`, 'embedding'],
      [`${hp}-C2`, 'embedding'],
      [`${hp}-S1`, 'staining'],
    ]);

    const onServer = await syncedData(server.services);
    expect(await syncedData(desk.services)).toEqual(onServer);
    expect(await syncedData(bench.services)).toEqual(onServer);
  });

  it('two desks adding the next cassette offline keep both, and the clash is shown', async () => {
    const { temporaryCode } = await desk.call('protocols.submit', histopathologyForm());
    const { protocolNumber } = await desk.call('reception.receive', { code: temporaryCode });
    const hp = protocolNumber!;
    await desk.sync();
    await bench.sync();

    await desk.call('processing.addCassettes', { protocol: hp, material: 'Hígado' });
    await bench.call('processing.addCassettes', { protocol: hp, material: 'Bazo' });
    await desk.sync();
    await bench.sync();
    await desk.sync();

    const work = await desk.call('processing.work', { protocol: hp });
    expect(work.cassettes.map((c) => [c.code, c.material]).sort()).toEqual([
      [`${hp}-C1`, 'Bazo'],
      [`${hp}-C1`, 'Hígado'],
    ]);
    const conflicts = (await server.call('sync.conflicts', {})) as ConflictView[];
    const clashes = conflicts.filter((c) => c.entity === 'cassette' && c.field === 'number');
    expect(clashes.map((c) => c.label)).toEqual([`${hp}-C1`]);

    // The code means the same cassette on every desk; the other is voided by its id.
    await desk.call('processing.recordStage', { codes: [`${hp}-C1`], stage: 'fixation' });
    await bench.call('processing.recordStage', { codes: [`${hp}-C1`], stage: 'embedding' });
    const staged = async (ws: SyncedWorkstation) =>
      (await ws.call('processing.work', { protocol: hp })).cassettes.filter((c) => c.stage);
    const [atDesk] = await staged(desk);
    const [atBench] = await staged(bench);
    expect(atDesk?.id).toBe(atBench?.id);
    const other = work.cassettes.find((c) => c.id !== atDesk?.id)!;
    const voided = await desk.call('processing.voidCassette', { code: other.id, reason: 'Doble' });
    expect(voided).toMatchObject({ id: other.id, code: `${hp}-C1`, voidReason: 'Doble' });
    await desk.sync();
    await bench.sync();

    const next = await desk.call('processing.addCassettes', { protocol: hp, material: 'Riñón' });
    expect(next.cassettes[0]?.code).toBe(`${hp}-C2`);
    await desk.sync();
    expect(await syncedData(desk.services)).toEqual(await syncedData(server.services));
  });
  it('a slide made ready at one desk stays ready when an older mounting arrives from another', async () => {
    const { temporaryCode } = await desk.call('protocols.submit', histopathologyForm());
    const { protocolNumber } = await desk.call('reception.receive', { code: temporaryCode });
    const hp = protocolNumber!;
    await desk.call('processing.addCassettes', { protocol: hp, material: 'Piel' });
    await desk.call('processing.addSlides', { protocol: hp, cassettes: ['C1'] });
    await desk.sync();
    await bench.sync();

    await bench.call('processing.recordStage', { codes: [`${hp}-S1`], stage: 'mounting' });
    await desk.call('processing.setSlides', { codes: [`${hp}-S1`], status: 'ready' });
    await desk.sync();
    await bench.sync();
    await desk.sync();

    for (const ws of [desk, bench]) {
      const work = await ws.call('processing.work', { protocol: hp });
      expect(work.slides[0]).toMatchObject({ status: 'ready', stage: 'mounting' });
      expect(work.protocol.status).toBe('ready');
    }
    expect(await syncedData(bench.services)).toEqual(await syncedData(server.services));
  });
  it('two desks each making one slide ready offline end with the protocol ready, once', async () => {
    const { temporaryCode } = await desk.call('protocols.submit', histopathologyForm());
    const { protocolNumber } = await desk.call('reception.receive', { code: temporaryCode });
    const hp = protocolNumber!;
    await desk.sync();
    await bench.sync();

    // Both start the work offline: each moves the protocol to processing on its own.
    await desk.call('processing.addCassettes', { protocol: hp, material: 'Piel' });
    await bench.call('processing.addCassettes', { protocol: hp, material: 'Bazo' });
    await desk.call('processing.addSlides', { protocol: hp, cassettes: ['C1'], count: 2 });
    await desk.sync();
    await bench.sync();
    await desk.sync();

    await desk.call('processing.setSlides', { codes: [`${hp}-S1`], status: 'ready' });
    await bench.call('processing.setSlides', { codes: [`${hp}-S2`], status: 'ready' });
    for (let i = 0; i < 2; i++) {
      await desk.sync();
      await bench.sync();
    }

    for (const ws of [desk, bench]) {
      const detail = await ws.call('protocols.get', { code: hp });
      expect(detail.status).toBe('ready');
      // The test clock stands still, so every row has the same time: compare as a set.
      expect(detail.history.map((h) => h.toStatus).sort()).toEqual([
        'processing',
        'ready',
        'received',
        'submitted',
      ]);
    }
    const onServer = await syncedData(server.services);
    expect(await syncedData(desk.services)).toEqual(onServer);
    expect(await syncedData(bench.services)).toEqual(onServer);
  });
});
