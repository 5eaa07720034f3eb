// The picture of each pathologist's handwritten signature, uploaded once and
// printed on everything they sign. One row per user, with an id made from the
// user's, so an upload at any desk replaces the same row on every other.

import type { Kysely } from 'kysely';
import type { Database, SignatureImagesTable } from '../db/schema';
import type { Actor, ServiceContext } from '../context';
import type { MethodParsedInput } from '../../src-shared/contract';
import { translate } from '../../src-shared/i18n/translate';
import { writeTransaction } from '../db/transaction';
import { appendAudit } from '../audit/append';
import { edited, inserted, recordChanges } from '../sync/record';
import { stableId } from '../sync/entities';
import { checkImage, sha256, SIGNATURE_LIMITS } from './image-check';
import { userOf } from './user';

export const signatureIdFor = (userId: string) => stableId(`signature:${userId}`);

export async function readSignature(
  db: Kysely<Database>,
  userId: string,
): Promise<Pick<SignatureImagesTable, 'mime' | 'data'> | null> {
  const row = await db
    .selectFrom('signature_images')
    .select(['mime', 'data'])
    .where('id', '=', signatureIdFor(userId))
    .executeTakeFirst();
  return row ?? null;
}

export async function signatureView(ctx: ServiceContext, actor: Actor) {
  const row = await readSignature(ctx.db, userOf(actor));
  return row && { mime: row.mime, base64: row.data };
}

export async function setSignature(
  ctx: ServiceContext,
  actor: Actor,
  input: MethodParsedInput<'reports.setSignature'>,
): Promise<{ ok: true }> {
  const userId = userOf(actor);
  const bytes = checkImage(
    input.base64,
    input.mime,
    SIGNATURE_LIMITS,
    translate('es-AR', 'report.what.signature'),
  );

  await writeTransaction(ctx.db, async (tx) => {
    const id = signatureIdFor(userId);
    const now = ctx.clock.now().toISOString();
    const existing = await tx
      .selectFrom('signature_images')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (existing) {
      const set = { mime: input.mime, data: input.base64, updated_at: now };
      await tx.updateTable('signature_images').set(set).where('id', '=', id).execute();
      await recordChanges(tx, ctx, [edited('signature_image', id, set)]);
    } else {
      const row: SignatureImagesTable = {
        id,
        user_id: userId,
        mime: input.mime,
        data: input.base64,
        created_at: now,
        updated_at: now,
      };
      await tx.insertInto('signature_images').values(row).execute();
      await recordChanges(tx, ctx, [inserted('signature_image', row)]);
    }
    await appendAudit(tx, ctx.clock, actor, {
      action: 'report.signature_set',
      entityType: 'user',
      entityId: userId,
      details: { sha256: sha256(bytes), bytes: bytes.length },
    });
  });
  ctx.log.info({ userId }, 'signature image set');
  return { ok: true };
}
