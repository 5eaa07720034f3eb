// Each pathologist's library of frequent phrases and diagnoses, inserted into a
// report with a click. It is personal: a user sees and edits only their own, and
// another's phrase is answered like one that does not exist. It travels with
// sync so the library is the same at every desk the pathologist uses.

import type { ReportPhrasesTable } from '../db/schema';
import type { Actor, ServiceContext } from '../context';
import type { MethodParsedInput } from '../../src-shared/contract';
import { REPORT_LIMITS, type PhraseView } from '../../src-shared/report-contract';
import { AppError } from '../../src-shared/errors';
import { writeTransaction, type Tx } from '../db/transaction';
import { newId } from '../ids';
import { edited, inserted, recordChanges } from '../sync/record';
import { userOf } from './user';

const toView = (r: ReportPhrasesTable): PhraseView => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  text: r.text,
});

export async function listPhrases(ctx: ServiceContext, actor: Actor): Promise<PhraseView[]> {
  const rows = await ctx.db
    .selectFrom('report_phrases')
    .selectAll()
    .where('user_id', '=', userOf(actor))
    .where('removed_at', 'is', null)
    .orderBy('kind')
    .orderBy('title')
    .orderBy('id')
    .execute();
  return rows.map(toView);
}

async function ownPhrase(tx: Tx, userId: string, id: string): Promise<ReportPhrasesTable> {
  const row = await tx
    .selectFrom('report_phrases')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'error.phraseNotFound');
  return row;
}

export async function savePhrase(
  ctx: ServiceContext,
  actor: Actor,
  input: MethodParsedInput<'reports.savePhrase'>,
): Promise<PhraseView> {
  const userId = userOf(actor);
  return writeTransaction(ctx.db, async (tx) => {
    const now = ctx.clock.now().toISOString();
    if (input.id) {
      const row = await ownPhrase(tx, userId, input.id);
      const set = { kind: input.kind, title: input.title, text: input.text, updated_at: now };
      await tx.updateTable('report_phrases').set(set).where('id', '=', row.id).execute();
      await recordChanges(tx, ctx, [edited('report_phrase', row.id, set)]);
      return toView({ ...row, ...set });
    }

    const count = await tx
      .selectFrom('report_phrases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('removed_at', 'is', null)
      .executeTakeFirstOrThrow();
    if (Number(count.n) >= REPORT_LIMITS.phrases) {
      throw new AppError('CONFLICT', 'error.tooManyPhrases', { max: REPORT_LIMITS.phrases });
    }
    const row: ReportPhrasesTable = {
      id: newId(),
      user_id: userId,
      kind: input.kind,
      title: input.title,
      text: input.text,
      created_at: now,
      updated_at: now,
      removed_at: null,
    };
    await tx.insertInto('report_phrases').values(row).execute();
    await recordChanges(tx, ctx, [inserted('report_phrase', row)]);
    return toView(row);
  });
}

export async function removePhrase(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
): Promise<{ ok: true }> {
  const userId = userOf(actor);
  await writeTransaction(ctx.db, async (tx) => {
    const row = await ownPhrase(tx, userId, id);
    const now = ctx.clock.now().toISOString();
    const set = { removed_at: now, updated_at: now };
    await tx.updateTable('report_phrases').set(set).where('id', '=', row.id).execute();
    await recordChanges(tx, ctx, [edited('report_phrase', row.id, set)]);
  });
  return { ok: true };
}
