import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { histopathologyForm } from '../../helpers/workstation';
import {
  enrolledWorkstation,
  startSyncServer,
  syncedData,
  type SyncedWorkstation,
  type TestServer,
} from '../../helpers/sync';
import { fixedClock } from '../../../src-main/clock';

describe('a desk whose clock jumps ahead after it last synced', () => {
  let server: TestServer;
  let desk: SyncedWorkstation;
  let other: SyncedWorkstation;

  beforeAll(async () => {
    server = await startSyncServer();
    desk = await enrolledWorkstation(server, 'Recepción');
    other = await enrolledWorkstation(server, 'Histología');
  });
  afterAll(async () => {
    await desk?.close();
    await other?.close();
    await server?.stop();
  });

  it('keeps its own edits in order and after what they replaced', async () => {
    const made = await desk.call('protocols.submit', histopathologyForm());
    await desk.sync();
    await other.sync();

    // Its clock now runs twenty minutes ahead; it corrects the owner twice.
    desk.services.ctx.clock = fixedClock('2026-12-04T13:20:00Z');
    await desk.call('protocols.update', { code: made.id, changes: { ownerLastName: 'Uno' } });
    await desk.call('protocols.update', { code: made.id, changes: { ownerLastName: 'Dos' } });

    await desk.sync();
    await other.sync();
    await desk.sync();

    for (const node of [desk, other, server]) {
      const p = await node.services.ctx.db
        .selectFrom('protocols')
        .select('owner_last_name')
        .where('id', '=', made.id)
        .executeTakeFirstOrThrow();
      expect(p.owner_last_name).toBe('Dos');
    }
    expect(await server.services.ctx.db.selectFrom('sync_conflicts').selectAll().execute()).toEqual(
      [],
    );
    expect(await syncedData(desk.services)).toEqual(await syncedData(server.services));
    expect((await desk.call('sync.status', {})).clockProblem).toMatch(/adelantado 20 min/);
  });
});
