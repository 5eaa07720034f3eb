// Finds a protocol by whatever a person has in hand: a scanned or typed
// temporary code, a protocol number, or (from links inside the app) its id.

import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { normalizeScannedCode } from '../../src-shared/codes';
import { AppError } from '../../src-shared/errors';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The protocol's id, or a NOT_FOUND error a receptionist can read. */
export async function findProtocolId(db: Kysely<Database>, raw: string): Promise<string> {
  const text = raw.trim();
  const query = db.selectFrom('protocols').select('id');

  if (UUID.test(text)) {
    const row = await query.where('id', '=', text.toLowerCase()).executeTakeFirst();
    if (row) return row.id;
    throw new AppError('NOT_FOUND', 'error.protocolNotFound', { code: text });
  }

  const scanned = normalizeScannedCode(text);
  if (scanned.type === 'unknown') {
    throw new AppError('NOT_FOUND', 'error.codeNotRecognized', { code: text });
  }
  const column = scanned.type === 'temporary' ? 'temporary_code' : 'protocol_number';
  const row = await query.where(column, '=', scanned.code).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'error.protocolNotFound', { code: scanned.code });
  return row.id;
}
