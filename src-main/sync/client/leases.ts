// Asking the server for number blocks ahead of need: whenever a series this
// desk receives under has fewer numbers left than the low-water mark.

import { createHash } from 'node:crypto';
import type { ServiceContext } from '../../context';
import { writeTransaction } from '../../db/transaction';
import { leaseResponse } from '../../../src-shared/sync-wire';
import type { SyncStateTable } from '../../db/schema';
import { loadNumberSettings, numberStock } from './numbers';
import { postJson, type Connection, type Traffic } from './http';

export async function leaseIfLow(
  ctx: ServiceContext,
  state: SyncStateTable,
  connection: Connection,
  traffic: Traffic,
): Promise<number> {
  // A repeated request gets the blocks it was granted the first time, which
  // may not cover a series that ran low since: that one is asked for next.
  const first = await leaseOnce(ctx, state, connection, traffic);
  if (!first.uncovered) return first.granted;
  return first.granted + (await leaseOnce(ctx, state, connection, traffic)).granted;
}

async function leaseOnce(
  ctx: ServiceContext,
  state: SyncStateTable,
  connection: Connection,
  traffic: Traffic,
): Promise<{ granted: number; uncovered: boolean }> {
  const { requests, known } = await writeTransaction(ctx.db, async (tx) => {
    const settings = await loadNumberSettings(tx);
    const stock = await numberStock(tx, ctx);
    const leases = await tx.selectFrom('number_leases').select('id').execute();
    const low = stock.filter((s) => s.remaining <= s.lowWater).map((s) => s.series);
    // Receptions waiting for a number get one even on a desk set not to receive.
    const waiting = await tx.selectFrom('pending_numbers').select('series').distinct().execute();
    const series = [...new Set([...low, ...waiting.map((w) => w.series)])];
    return {
      requests: series.map((name) => ({ series: name, size: settings.blockSize })),
      known: leases.length,
    };
  });
  if (requests.length === 0) return { granted: 0, uncovered: false };

  // Asked again after a lost answer, the same request id brings back the same
  // blocks instead of leaving the first ones granted to nobody. The id depends
  // only on the blocks this desk holds, not on what it asks for: another
  // series may have run low between the lost answer and the retry.
  const requestId = createHash('sha256')
    .update(JSON.stringify([state.device_id, known]))
    .digest('hex')
    .slice(0, 32);
  const answer = await postJson(
    connection,
    '/api/sync/lease',
    { requestId, requests },
    leaseResponse,
    traffic,
  );

  await writeTransaction(ctx.db, async (tx) => {
    for (const block of answer.blocks) {
      await tx
        .insertInto('number_leases')
        .values({
          id: block.id,
          series: block.series,
          first: block.first,
          last: block.last,
          next: block.usedUpTo === null ? block.first : block.usedUpTo + 1,
          granted_at: block.grantedAt,
          reported_up_to: null,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
  });
  ctx.log.info({ blocks: answer.blocks.length }, 'number blocks leased');
  const granted = new Set(answer.blocks.map((b) => b.series));
  return {
    granted: answer.blocks.length,
    uncovered: requests.some((r) => !granted.has(r.series)),
  };
}
