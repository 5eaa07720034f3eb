// Walks the audit chain from the first entry and names the first one that does
// not match: edited content, a removed row (a gap in seq), or a broken link.

import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { entryHash, GENESIS_HASH } from './append';

export interface AuditVerification {
  ok: boolean;
  entries: number;
  firstBadSeq: number | null;
  problem: string | null;
}

const PAGE = 5000;

export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditVerification> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;

  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    if (rows.length === 0) break;

    for (const row of rows) {
      const fail = (problem: string) => ({ ok: false, entries, firstBadSeq: row.seq, problem });
      if (row.seq !== expectedSeq) {
        return {
          ...fail(`falta la entrada ${expectedSeq}: fue borrada`),
          firstBadSeq: expectedSeq,
        };
      }
      if (row.prev_hash !== prevHash)
        return fail(`la entrada ${row.seq} no enlaza con la anterior`);
      if (entryHash(row) !== row.hash) return fail(`la entrada ${row.seq} fue modificada`);

      prevHash = row.hash;
      expectedSeq += 1;
      entries += 1;
    }
  }

  return { ok: true, entries, firstBadSeq: null, problem: null };
}
