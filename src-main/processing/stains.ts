// The catalogue of staining techniques. The routine ones come with the
// program; an admin adds the special stains the lab does. A stain is known by
// its letters and digits, so "HE" is not added beside "H-E".

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
 * What two spellings of one stain share: its letters and digits, without case,
 * accents or punctuation ("he", "H-E" and "h.e." are one stain; "Giemsa α" is
 * not "Giemsa").
 */
export function stainKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The catalogue's spelling of a stain typed by a person, checked for the protocol's kind. */
export async function catalogueStain(tx: Tx, kind: StudyKind, typed: string): Promise<string> {
  const wanted = stainKey(typed);
  const rows = await tx.selectFrom('stains').selectAll().execute();
  const match = rows.find((r) => stainKey(r.name) === wanted);
  if (!match || wanted === '') {
    throw new AppError('VALIDATION', 'error.stainUnknown', { stain: typed.trim() });
  }
  if (match.active !== 1) {
    throw new AppError('VALIDATION', 'error.stainInactive', { stain: match.name });
  }
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
  const key = stainKey(name);
  if (key === '') throw new AppError('VALIDATION', 'error.stainNameEmpty');
  // From the name, so that the same stain added at two desks offline is one row.
  const id = `stain-${key}`;

  const row = await writeTransaction(ctx.db, async (tx) => {
    const rows = await tx.selectFrom('stains').selectAll().execute();
    const existing = rows.find((r) => r.id === id || stainKey(r.name) === key);
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
