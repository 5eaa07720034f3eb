// Moving change records between real databases by hand, in an order a test
// chooses: what a desk queued is taken from its outbox (as a push would take
// it) and applied on another node in one transaction, the node's clock moved
// past what it saw (as a pull or the server's push handler does).

import { wireChangeOf } from '../../src-main/sync/client/push';
import { startServices, type Services } from '../../src-main/services';
import { fixedClock } from '../../src-main/clock';
import { silentLogger } from '../../src-main/logger';
import { writeTransaction } from '../../src-main/db/transaction';
import { applyChange } from '../../src-main/sync/merge';
import { loadSyncState, updateSyncState } from '../../src-main/sync/state';
import { receiveHlc } from '../../src-shared/hlc';
import type { WireChange } from '../../src-shared/sync-wire';
import { tempDataDir } from './workstation';

/** A central server's services on its own SQLite file, without the HTTP door. */
export async function openCentralServices(clock = '2026-12-04T13:30:00Z'): Promise<Services> {
  return startServices({
    dataDir: tempDataDir('central-'),
    role: 'server',
    clock: fixedClock(clock),
    log: silentLogger,
    env: { PATOLAB_PRINTER_URI: 'none' },
    mailLoop: false,
  });
}

/** Everything the desk has queued since the last take, oldest first; the outbox is emptied. */
export async function takeOutbox(services: Services): Promise<WireChange[]> {
  return writeTransaction(services.ctx.db, async (tx) => {
    const rows = await tx.selectFrom('sync_outbox').selectAll().orderBy('seq').execute();
    await tx.deleteFrom('sync_outbox').execute();
    return rows.map(wireChangeOf);
  });
}

/** Applies the changes in the order given; returns the conflicts the node noted. */
export async function deliver(services: Services, changes: readonly WireChange[]): Promise<number> {
  const { ctx } = services;
  return writeTransaction(ctx.db, async (tx) => {
    let hlc = (await loadSyncState(tx, ctx)).hlc;
    let conflicts = 0;
    for (const change of changes) {
      conflicts += (await applyChange(tx, ctx, change)).conflicts;
      hlc = receiveHlc(hlc, change.hlc);
    }
    await updateSyncState(tx, { hlc });
    return conflicts;
  });
}

export async function conflictsOn(services: Services) {
  return services.ctx.db.selectFrom('sync_conflicts').selectAll().orderBy('detected_at').execute();
}
