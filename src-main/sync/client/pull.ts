// Pull: pages of the server's change log after this workstation's cursor,
// each page applied and the cursor moved in one transaction, so a pull cut
// short (server restarted, cable pulled) resumes at the first page not applied.

import type { ServiceContext } from '../../context';
import { writeTransaction } from '../../db/transaction';
import { receiveHlc } from '../../../src-shared/hlc';
import { pullResponse } from '../../../src-shared/sync-wire';
import type { SyncProgress } from '../../../src-shared/sync-contract';
import { applyChanges } from '../bulk';
import { loadSyncState, updateSyncState } from '../state';
import { postJson, type Connection, type Traffic } from './http';
import { clockProblem } from './push';

export const PULL_PAGE = 500;

export async function pullAll(
  ctx: ServiceContext,
  connection: Connection,
  traffic: Traffic,
  onProgress: (p: SyncProgress) => void,
): Promise<number> {
  let pulled = 0;
  for (;;) {
    const { pull_cursor: cursor } = await writeTransaction(ctx.db, (tx) => loadSyncState(tx, ctx));
    const page = await postJson(
      connection,
      '/api/sync/pull',
      { cursor, limit: PULL_PAGE },
      pullResponse,
      traffic,
    );

    await writeTransaction(ctx.db, async (tx) => {
      const state = await loadSyncState(tx, ctx);
      await applyChanges(tx, ctx, page.changes);
      const hlc = page.changes.reduce((clock, c) => receiveHlc(clock, c.hlc), state.hlc);
      const offset = Date.parse(page.serverTime) - ctx.clock.now().getTime();
      await updateSyncState(tx, {
        pull_cursor: page.cursor,
        hlc,
        clock_offset_ms: offset,
        clock_problem: clockProblem(offset),
      });
    });

    pulled += page.changes.length;
    onProgress({ phase: 'pull', items: pulled, bytes: traffic.received, totalItems: null });
    if (!page.more) return pulled;
  }
}
