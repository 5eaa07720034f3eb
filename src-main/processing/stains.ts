// The catalogue of staining techniques. The routine ones come with the
// program; an admin adds the special stains the lab does. A stain's id comes
// from its name, so two desks adding the same stain offline make one row.

import type { Kysely } from 'kysely';
import type { Database, StainsTable } from '../db/schema';
import type { Tx } from '../db/transaction';
import type { StainView } from '../../src-shared/processing-contract';
import type { StudyKind } from '../../src-shared/codes';
import { AppError } from '../../src-shared/errors';
import { translate } from '../../src-shared/i18n/translate';
import { cleanLineText } from '../../src-shared/labels/jar-label';
import { writeTransaction } from '../db/transaction';
import type { Actor, ServiceContext } from '../context';
import { appendAudit } from '../audit/append';
import { edited, inserted, recordChanges } from '../sync/record';
import { stainId } from '../../migrations/003_processing';

function toStainView(row: StainsTable): StainView {
  return {
    id: row.id,
    name: row.name,
    kinds: JSON.parse(row.kinds) as StudyKind[],
    active: row.active === 1,
  };
}

export async function listStains(db: Kysely<Database>): Promise<StainView[]> {
  const rows = await db.selectFrom('stains').selectAll().orderBy('name').execute();
  return rows.map(toStainView);
}

/**
 * The catalogue's spelling of a stain typed by a person ("he" finds "H-E"):
 * letters and digits compared without case, accents or punctuation.
 */
export async function catalogueStain(tx: Tx, kind: StudyKind, typed: string): Promise<string> {
  const wanted = stainId(typed);
  const rows = await tx.selectFrom('stains').selectAll().where('active', '=', 1).execute();
  const match = rows.find((r) => r.id === wanted);
  if (!match) throw new AppError('VALIDATION', 'error.stainUnknown', { stain: typed.trim() });
  if (!(JSON.parse(match.kinds) as string[]).includes(kind)) {
    const kindName = translate('es-AR', `kind.${kind}`).toLowerCase();
    throw new AppError('VALIDATION', 'error.stainNotForKind', {
      stain: match.name,
      kind: kindName,
    });
  }
  return match.name;
}

export async function addStain(
  ctx: ServiceContext,
  actor: Actor,
  input: { name: string; kinds: StudyKind[] },
): Promise<StainView> {
  const name = cleanLineText(input.name);
  const id = stainId(name);
  if (id === 'stain-') throw new AppError('VALIDATION', 'error.stainUnknown', { stain: name });

  const row = await writeTransaction(ctx.db, async (tx) => {
    const existing = await tx
      .selectFrom('stains')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (existing) throw new AppError('CONFLICT', 'error.stainExists', { stain: existing.name });

    const now = ctx.clock.now().toISOString();
    const stain: StainsTable = {
      id,
      name,
      kinds: JSON.stringify([...new Set(input.kinds)].sort()),
      active: 1,
      created_at: now,
      updated_at: now,
    };
    await tx.insertInto('stains').values(stain).execute();
    await recordChanges(tx, ctx, [inserted('stain', stain)]);
    await appendAudit(tx, ctx.clock, actor, {
      action: 'stain.added',
      entityType: 'stain',
      entityId: id,
      details: { name, kinds: input.kinds },
    });
    return stain;
  });
  return toStainView(row);
}

export async function setStainActive(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; active: boolean },
): Promise<StainView> {
  const row = await writeTransaction(ctx.db, async (tx) => {
    const stain = await tx
      .selectFrom('stains')
      .selectAll()
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!stain) throw new AppError('NOT_FOUND', 'error.stainNotFound');

    const set = { active: input.active ? 1 : 0, updated_at: ctx.clock.now().toISOString() };
    await tx.updateTable('stains').set(set).where('id', '=', stain.id).execute();
    await recordChanges(tx, ctx, [edited('stain', stain.id, set)]);
    await appendAudit(tx, ctx.clock, actor, {
      action: input.active ? 'stain.activated' : 'stain.deactivated',
      entityType: 'stain',
      entityId: stain.id,
      details: { name: stain.name },
    });
    return { ...stain, ...set };
  });
  return toStainView(row);
}
