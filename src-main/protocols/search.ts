// The protocol list's search: every word must appear (accent- and case-blind)
// in the number, codes, veterinarian, animal or owner; plus filters.

import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ProtocolSummary } from '../../src-shared/contract';
import type { SearchInput } from '../../src-shared/contract';
import { foldForSearch } from '../../src-shared/search-text';
import { summarySelect, toSummary } from './views';

type ParsedSearch = Required<Pick<SearchInput, 'limit' | 'offset'>> & SearchInput;

function escapeLike(word: string): string {
  return word.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function searchProtocols(
  db: Kysely<Database>,
  input: ParsedSearch,
): Promise<{ items: ProtocolSummary[]; total: number }> {
  let query = summarySelect(db);

  const words = input.query ? foldForSearch(input.query).split(' ').filter(Boolean) : [];
  for (const word of words) {
    const pattern = `%${escapeLike(word)}%`;
    query = query.where(sql<boolean>`p.search_text like ${pattern} escape '\\'`);
  }
  if (input.status) query = query.where('p.status', '=', input.status);
  if (input.kind) query = query.where('p.kind', '=', input.kind);
  if (input.from) query = query.where('p.submission_date', '>=', input.from);
  if (input.to) query = query.where('p.submission_date', '<=', input.to);

  const rows = await query
    .orderBy('p.created_at', 'desc')
    .limit(input.limit)
    .offset(input.offset)
    .execute();
  const { total } = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return { items: rows.map(toSummary), total: Number(total) };
}
