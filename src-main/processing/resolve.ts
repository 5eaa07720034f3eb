// Finds what a technician has in hand: a protocol, cassette or slide code,
// typed or scanned, with the protocol it belongs to. A cassette is found by
// its number on the protocol, so a label printed while the number was pending
// (TMP-…-C1) still finds it after the number is given.

import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../../src-shared/errors';
import { translate } from '../../src-shared/i18n/translate';
import { parseWorkCode, WORKABLE_STATUSES, type WorkItem } from '../../src-shared/processing';
import type { ProtocolStatus } from '../../src-shared/status';
import { UUID } from '../protocols/find';

export type ProtocolRow = Database['protocols'];

export interface Resolved {
  protocol: ProtocolRow;
  item: { kind: WorkItem; number: number } | null;
}

/** The code a person reads on the protocol's labels right now. */
export function protocolCode(p: Pick<ProtocolRow, 'protocol_number' | 'temporary_code'>) {
  return p.protocol_number ?? p.temporary_code;
}

/** A code, or a protocol's id as the app's own links carry it. */
export async function resolveCode(db: Kysely<Database>, raw: string): Promise<Resolved> {
  if (UUID.test(raw.trim())) {
    const byId = await db
      .selectFrom('protocols')
      .selectAll()
      .where('id', '=', raw.trim().toLowerCase())
      .executeTakeFirst();
    if (byId) return { protocol: byId, item: null };
  }

  const scanned = parseWorkCode(raw);
  if (scanned.type === 'unknown') {
    throw new AppError('NOT_FOUND', 'error.codeUnreadable', { code: raw.trim().slice(0, 80) });
  }

  const column = scanned.protocolCode.startsWith('TMP-') ? 'temporary_code' : 'protocol_number';
  const protocol = await db
    .selectFrom('protocols')
    .selectAll()
    .where(column, '=', scanned.protocolCode)
    .executeTakeFirst();
  if (!protocol) {
    throw new AppError('NOT_FOUND', 'error.protocolNotFound', { code: scanned.protocolCode });
  }

  const item = scanned.type === 'protocol' ? null : { kind: scanned.type, number: scanned.number };
  return { protocol, item };
}

/**
 * A protocol named where a protocol is asked for: a cassette or slide code there
 * is a slip (a label scanned into the wrong field), not a way to name its protocol.
 */
export async function resolveProtocol(db: Kysely<Database>, raw: string): Promise<ProtocolRow> {
  const { protocol, item } = await resolveCode(db, raw);
  if (item) {
    throw new AppError('VALIDATION', 'error.protocolExpected', {
      code: raw.trim().slice(0, 80),
      protocol: protocolCode(protocol),
    });
  }
  return protocol;
}

/** The protocol read again inside a write, refused if it was not received (or was rejected). */
export async function loadWorkable(db: Kysely<Database>, protocolId: string): Promise<ProtocolRow> {
  const p = await db
    .selectFrom('protocols')
    .selectAll()
    .where('id', '=', protocolId)
    .executeTakeFirstOrThrow();
  assertWorkable(p);
  return p;
}

function assertWorkable(p: ProtocolRow): void {
  if (WORKABLE_STATUSES.includes(p.status as ProtocolStatus)) return;
  throw new AppError('CONFLICT', 'error.notWorkable', {
    protocol: protocolCode(p),
    status: translate('es-AR', `status.${p.status}` as 'status.draft'),
  });
}

/** Each code once, resolved, in the order given: a batch scanned at the bench. */
export async function resolveAll(
  db: Kysely<Database>,
  codes: readonly string[],
): Promise<(Resolved & { code: string })[]> {
  const out: (Resolved & { code: string })[] = [];
  for (const code of new Set(codes)) out.push({ code, ...(await resolveCode(db, code)) });
  return out;
}
