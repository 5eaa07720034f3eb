// A desk that signed reports offline queues their PDFs, megabytes each. A push
// batch reads only the queued changes that fit in it, oldest first: the rest
// wait in the database for the next batch instead of all being read at once.

import { randomBytes } from 'node:crypto';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTransaction } from '../../../src-main/db/transaction';
import { newId } from '../../../src-main/ids';
import { BATCH_BYTES, buildBatch } from '../../../src-main/sync/client/push';
import { recordChanges } from '../../../src-main/sync/record';
import { loadSyncState } from '../../../src-main/sync/state';
import { openWorkstation, type Workstation } from '../../helpers/workstation';

/** A signed report as its version travels: the PDF, base64, of about `megabytes`. */
function signedVersion(megabytes: number) {
  const pdf = randomBytes(Math.round((megabytes * 1024 * 1024 * 3) / 4)).toString('base64');
  return {
    protocol_id: newId(),
    draft_id: newId(),
    version: 1,
    content: JSON.stringify({ diagnosis: 'Hemangiosarcoma cutáneo, bordes comprometidos.' }),
    pdf,
    signer_name: 'Ana Ríos',
    signed_at: '2026-12-04T13:00:00.000Z',
  };
}

let ws: Workstation;

beforeAll(async () => {
  ws = await openWorkstation();
  const { ctx } = ws.services;
  await writeTransaction(ctx.db, async (tx) => {
    for (let i = 0; i < 5; i++) {
      await recordChanges(tx, ctx, [
        { entity: 'report_version', rowId: newId(), data: signedVersion(5), isNew: true },
      ]);
    }
  });
});
afterAll(() => ws.close());

/** The next batch, and which queued changes were read in full to build it. */
async function nextBatch() {
  const read: string[] = [];
  const watcher: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      for (const row of args.result.rows) {
        if (typeof row.change_id === 'string' && typeof row.data === 'string') {
          read.push(row.change_id);
        }
      }
      return args.result;
    },
  };
  const { ctx } = ws.services;
  const state = await writeTransaction(ctx.db, (tx) => loadSyncState(tx, ctx));
  const batch = await buildBatch({ ...ctx, db: ctx.db.withPlugin(watcher) }, state);
  return { batch, read };
}

describe('a push batch from a desk with signed reports queued offline', () => {
  it('reads only the oldest changes that fit, and the next batch takes the rest', async () => {
    const queued = await ws.services.ctx.db
      .selectFrom('sync_outbox')
      .select(['change_id', 'seq', 'entity', 'data'])
      .orderBy('seq')
      .execute();
    const sizes = new Map(queued.map((row) => [row.change_id, row.data.length]));

    const sent: string[] = [];
    let batches = 0;
    for (;;) {
      const { batch, read } = await nextBatch();
      const ids = batch.request.changes.map((c) => c.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(read).toEqual(ids);

      const bytes = ids.reduce((n, id) => n + sizes.get(id)!, 0);
      expect(bytes).toBeLessThanOrEqual(BATCH_BYTES);
      const following = queued[sent.length + ids.length];
      if (following) expect(bytes + sizes.get(following.change_id)!).toBeGreaterThan(BATCH_BYTES);

      sent.push(...ids);
      batches++;
      // As an accepted push does: the batch leaves the outbox.
      await ws.services.ctx.db
        .deleteFrom('sync_outbox')
        .where('seq', '<=', batch.lastSeq)
        .execute();
      if (!batch.full) break;
    }

    expect(sent).toEqual(queued.map((row) => row.change_id));
    const versions = queued.filter((row) => row.entity === 'report_version');
    expect(versions).toHaveLength(5);
    expect(batches).toBeGreaterThanOrEqual(3);
  });
});
