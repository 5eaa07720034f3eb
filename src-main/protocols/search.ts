// The protocol list's search: every word must appear (accent- and case-blind)
// in the number, codes, veterinarian, animal or owner; plus filters. On SQLite,
// words of three letters or more go through the trigram index; shorter ones,
// and every word on PostgreSQL, are matched with LIKE.

import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ProtocolSummary, SearchInput } from '../../src-shared/contract';
import { foldForSearch } from '../../src-shared/search-text';
import { normalizeScannedCode } from '../../src-shared/codes';
import { isSqlite } from '../db/transaction';
import { summarySelect, toSummary } from './views';

type ParsedSearch = Required<Pick<SearchInput, 'limit' | 'offset'>> & SearchInput;

/** Counting every match of a common word costs more than it tells; past this the list says "more than". */
export const TOTAL_CAP = 1000;

const TRIGRAM = 3;

function escapeLike(word: string): string {
  return word.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const ftsPhrase = (word: string) => `"${word.replaceAll('"', '""')}"`;

export async function searchProtocols(
  db: Kysely<Database>,
  input: ParsedSearch,
): Promise<{ items: ProtocolSummary[]; total: number; totalCapped: boolean }> {
  let query = summarySelect(db);

  // A whole code, however a scanner mangled it, is searched as the code it stands for.
  const scanned = input.query ? normalizeScannedCode(input.query) : null;
  const text = scanned && scanned.type !== 'unknown' ? scanned.code : input.query;
  const words = text ? foldForSearch(text).split(' ').filter(Boolean) : [];
  const indexed = isSqlite(db) ? words.filter((w) => w.length >= TRIGRAM) : [];
  if (indexed.length > 0) {
    // Driven from the index in its own (rowid) order, newest registered first, so
    // a word found in half the protocols still stops after one page.
    const match = indexed.map(ftsPhrase).join(' AND ');
    query = query
      .innerJoin(sql<{ rowid: number }>`protocols_fts`.as('f'), (join) =>
        join.on(sql<boolean>`f.rowid = p.rowid`),
      )
      .where(sql<boolean>`protocols_fts match ${match}`)
      .orderBy(sql`f.rowid`, 'desc');
  } else {
    query = query.orderBy('p.created_at', 'desc');
  }
  for (const word of words.filter((w) => !indexed.includes(w))) {
    const pattern = `%${escapeLike(word)}%`;
    query = query.where(sql<boolean>`p.search_text like ${pattern} escape '\\'`);
  }
  if (input.status) query = query.where('p.status', '=', input.status);
  if (input.kind) query = query.where('p.kind', '=', input.kind);
  if (input.from) query = query.where('p.submission_date', '>=', input.from);
  if (input.to) query = query.where('p.submission_date', '<=', input.to);

  const rows = await query.limit(input.limit).offset(input.offset).execute();
  const counted = await db
    .selectFrom(
      query
        .clearSelect()
        .clearOrderBy()
        .select('p.id')
        .limit(TOTAL_CAP + 1)
        .as('matches'),
    )
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const total = Number(counted.total);
  return {
    items: rows.map(toSummary),
    total: Math.min(total, TOTAL_CAP),
    totalCapped: total > TOTAL_CAP,
  };
}
