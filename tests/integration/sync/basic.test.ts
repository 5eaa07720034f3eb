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
});
