// The bench's work as the report names it: each live cassette with its material
// and each live slide with its stain. A microscopic description is written for
// one of these, by the code on its label.
//
// Codes are kept spelled with the protocol's number; one written while the
// number was pending (TMP-…-C1) is spelled again with the number once it has
// one, so the report never prints a code the labels no longer carry.

import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../../src-shared/errors';
import { itemCode, parseWorkCode, type WorkItem } from '../../src-shared/processing';
import { loadItems } from '../processing/views';
import { protocolCode, type ProtocolRow } from '../processing/resolve';

export interface ReportItem {
  code: string;
  item: WorkItem;
  number: number;
  description: string;
}

export async function liveItems(db: Kysely<Database>, p: ProtocolRow): Promise<ReportItem[]> {
  const code = protocolCode(p);
  const { cassettes, slides } = await loadItems(db, p.id);
  return [
    ...cassettes
      .filter((c) => c.voided_at === null)
      .map((c) => ({
        code: itemCode(code, 'cassette', c.number),
        item: 'cassette' as const,
        number: c.number,
        description: c.material,
      })),
    ...slides
      .filter((s) => s.replaced_by === null)
      .map((s) => ({
        code: itemCode(code, 'slide', s.number),
        item: 'slide' as const,
        number: s.number,
        description: s.stain,
      })),
  ];
}

const SHORT = /^([CS])\s*(\d{1,4})$/i;

/** Which item of this protocol a written code names, or null when it names none of it. */
function itemOf(p: ProtocolRow, raw: string): { item: WorkItem; number: number } | null {
  const short = SHORT.exec(raw.trim());
  if (short) {
    return { item: short[1]!.toUpperCase() === 'C' ? 'cassette' : 'slide', number: +short[2]! };
  }
  const scanned = parseWorkCode(raw);
  if (scanned.type !== 'cassette' && scanned.type !== 'slide') return null;
  if (scanned.protocolCode !== p.protocol_number && scanned.protocolCode !== p.temporary_code) {
    return null;
  }
  return { item: scanned.type, number: scanned.number };
}

/**
 * The microscopic items of a save, each code checked against the protocol's live
 * cassettes and slides and written as its label reads now. Refuses a code that
 * names anything else, saying which one.
 */
export function checkItemCodes(
  p: ProtocolRow,
  live: readonly ReportItem[],
  items: readonly { code: string; text: string }[],
): { code: string; text: string }[] {
  return items.map(({ code, text }) => {
    const named = itemOf(p, code);
    const found = named && live.find((l) => l.item === named.item && l.number === named.number);
    if (!found) {
      throw new AppError('VALIDATION', 'error.reportItemUnknown', {
        code: code.slice(0, 80),
        protocol: protocolCode(p),
      });
    }
    return { code: found.code, text };
  });
}

/** Stored item codes spelled as the protocol's labels read now. */
export function respellItems<T extends { code: string }>(p: ProtocolRow, items: readonly T[]): T[] {
  const code = protocolCode(p);
  return items.map((i) => {
    const named = itemOf(p, i.code);
    return named ? { ...i, code: itemCode(code, named.item, named.number) } : i;
  });
}
