import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { histopathologyForm } from '../../helpers/workstation';
import {
  enrolledWorkstation,
  startSyncServer,
  type SyncedWorkstation,
  type TestServer,
} from '../../helpers/sync';
import { HIGH_WATER_FILE } from '../../../src-main/sync/client/numbers';

describe('a desk that asks again for blocks it was given before a restore', () => {
  let server: TestServer;
  let desk: SyncedWorkstation;

  beforeAll(async () => {
    server = await startSyncServer();
    desk = await enrolledWorkstation(server, 'Recepción');
  });
  afterAll(async () => {
    await desk?.close();
    await server?.stop();
  });

  async function receiveOne(): Promise<string | null> {
    const submitted = await desk.call('protocols.submit', histopathologyForm());
    const received = await desk.call('reception.receive', { code: submitted.temporaryCode });
    return received.protocolNumber;
  }

  it('continues after the numbers the server knows it used', async () => {
    await desk.sync();
    expect([await receiveOne(), await receiveOne(), await receiveOne()]).toEqual([
      'HP 26/001',
      'HP 26/002',
      'HP 26/003',
    ]);
    await desk.sync();

    // What an old copy of the database and of the data folder would hold: no
    // leases yet, so its lease request repeats the very first one.
    await desk.services.ctx.db.deleteFrom('number_leases').execute();
    fs.rmSync(path.join(desk.dataDir, HIGH_WATER_FILE));
    await desk.sync();

    expect(await receiveOne()).toBe('HP 26/004');
  });
});
