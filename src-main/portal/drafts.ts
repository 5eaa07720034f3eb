// Protocol forms a vet has started and not yet submitted. The portal saves the
// form as it is typed, every few seconds, so saving is a plain upsert with no
// audit entry and nothing synced: a draft is the vet's scratch paper, not lab
// data. Only the vet's own drafts are ever read or touched; another vet's id
// is answered exactly like an id that does not exist.

import type { ServiceContext, VetPrincipal } from '../context';
import type { PortalDraftsTable } from '../db/schema';
import { writeTransaction, type Tx } from '../db/transaction';
import { AppError } from '../../src-shared/errors';
import { newId } from '../ids';

/** Enough for every form a busy vet leaves half done; beyond it the list stops being useful. */
export const MAX_DRAFTS = 50;

type DraftKind = 'histopathology' | 'cytology';

function toDraftView(row: PortalDraftsTable) {
  return {
    id: row.id,
    kind: row.kind as DraftKind,
    data: JSON.parse(row.data) as Record<string, unknown>,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const notFound = () => new AppError('NOT_FOUND', 'error.portal.draftNotFound');

export async function listDrafts(ctx: ServiceContext, vet: VetPrincipal) {
  const rows = await ctx.db
    .selectFrom('portal_drafts')
    .selectAll()
    .where('account_id', '=', vet.accountId)
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(MAX_DRAFTS)
    .execute();
  return rows.map(toDraftView);
}

export async function saveDraft(
  ctx: ServiceContext,
  vet: VetPrincipal,
  input: { id?: string; kind: DraftKind; data: Record<string, unknown> },
) {
  const now = ctx.clock.now().toISOString();
  const data = JSON.stringify(input.data);
  return writeTransaction(ctx.db, async (tx) => {
    if (input.id) {
      const updated = await tx
        .updateTable('portal_drafts')
        .set({ kind: input.kind, data, updated_at: now })
        .where('id', '=', input.id)
        .where('account_id', '=', vet.accountId)
        .returningAll()
        .executeTakeFirst();
      if (!updated) throw notFound();
      return toDraftView(updated);
    }

    const held = await tx
      .selectFrom('portal_drafts')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('account_id', '=', vet.accountId)
      .executeTakeFirstOrThrow();
    if (Number(held.count) >= MAX_DRAFTS) {
      throw new AppError('CONFLICT', 'error.portal.tooManyDrafts', { max: MAX_DRAFTS });
    }
    const row: PortalDraftsTable = {
      id: newId(),
      account_id: vet.accountId,
      kind: input.kind,
      data,
      created_at: now,
      updated_at: now,
    };
    await tx.insertInto('portal_drafts').values(row).execute();
    return toDraftView(row);
  });
}

export async function deleteDraft(ctx: ServiceContext, vet: VetPrincipal, id: string) {
  const [owned] = await writeTransaction(ctx.db, (tx) => spendDrafts(tx, [{ vet, id }]));
  if (!owned) throw notFound();
  return { ok: true as const };
}

/**
 * Deletes the drafts submitted forms came from, in the submission's transaction;
 * answers, per id asked for, whether it was the vet's own draft (and is gone now).
 */
export async function spendDrafts(
  tx: Tx,
  drafts: readonly { vet: VetPrincipal; id: string }[],
): Promise<boolean[]> {
  if (drafts.length === 0) return [];
  const ids = [...new Set(drafts.map((draft) => draft.id))];
  const owners = new Map(
    (
      await tx
        .selectFrom('portal_drafts')
        .select(['id', 'account_id'])
        .where('id', 'in', ids)
        .execute()
    ).map((row) => [row.id, row.account_id]),
  );
  // The same draft named twice in one batch is spent by the first.
  const spent = new Set<string>();
  const owned = drafts.map(({ vet, id }) => {
    const mine = owners.get(id) === vet.accountId && !spent.has(id);
    if (mine) spent.add(id);
    return mine;
  });
  if (spent.size > 0)
    await tx
      .deleteFrom('portal_drafts')
      .where('id', 'in', [...spent])
      .execute();
  return owned;
}

export const draftNotFound = notFound;
