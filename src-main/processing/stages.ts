// Recording a stage of processing on many cassettes or slides at once, as a
// technician does after embedding a rack or staining a batch. Stage records
// are append-only; an item's current stage only moves forward in bench order,
// and mounting or staining a slide moves its status with it.

import type { MethodParsedInput } from '../../src-shared/contract';
import type { StageRecordView } from '../../src-shared/processing-contract';
import { AppError } from '../../src-shared/errors';
import { translate, type MessageKey } from '../../src-shared/i18n/translate';
import {
  itemCode,
  slideStatusAfterStage,
  stageApplies,
  stageRank,
  type SlideStatus,
  type Stage,
} from '../../src-shared/processing';
import type { CassettesTable, SlidesTable, StageRecordsTable } from '../db/schema';
import { writeTransaction, type Tx } from '../db/transaction';
import type { Actor, ServiceContext } from '../context';
import { appendAudit } from '../audit/append';
import { newId } from '../ids';
import { edited, inserted, recordChanges, type LocalChange } from '../sync/record';
import { assertCassetteLive, findCassette } from './cassettes';
import { followWork } from './follow-status';
import { loadWorkable, protocolCode, resolveAll, type ProtocolRow } from './resolve';
import { findLiveSlide } from './slides';
import { loadItems } from './views';
import { insertRows } from '../db/insert-rows';

type Target =
  | { kind: 'cassette'; row: CassettesTable; p: ProtocolRow }
  | { kind: 'slide'; row: SlidesTable; p: ProtocolRow };

export async function recordStage(
  ctx: ServiceContext,
  actor: Actor,
  input: MethodParsedInput<'processing.recordStage'>,
): Promise<{ records: StageRecordView[] }> {
  const scanned = await resolveAll(ctx.db, input.codes);

  const records = await writeTransaction(ctx.db, async (tx) => {
    const targets = await loadTargets(tx, ctx, scanned, input.stage);
    const now = ctx.clock.now().toISOString();
    const rows: StageRecordsTable[] = [];
    const changes: LocalChange[] = [];

    for (const target of targets) {
      const record: StageRecordsTable = {
        id: newId(),
        protocol_id: target.p.id,
        item_kind: target.kind,
        item_id: target.row.id,
        stage: input.stage,
        notes: input.notes || null,
        technician: actor.name,
        recorded_at: now,
      };
      rows.push(record);
      changes.push(inserted('stage_record', record));

      const set = advance(target, input.stage);
      if (set) {
        const table = target.kind === 'cassette' ? 'cassettes' : 'slides';
        await tx
          .updateTable(table)
          .set({ ...set, updated_at: now })
          .where('id', '=', target.row.id)
          .execute();
        changes.push(edited(target.kind, target.row.id, { ...set, updated_at: now }));
      }
    }
    await insertRows(tx, 'stage_records', rows);
    await recordChanges(tx, ctx, changes);

    const protocols = new Map(targets.map((t) => [t.p.id, t.p]));
    for (const p of protocols.values()) {
      const codes = targets.filter((t) => t.p.id === p.id).map((t) => codeOf(t));
      await appendAudit(tx, ctx.clock, actor, {
        action: 'stage.recorded',
        entityType: 'protocol',
        entityId: p.id,
        details: { stage: input.stage, codes },
      });
      await followWork(tx, ctx, actor, p.id);
    }
    return rows.map((r, i) => ({
      id: r.id,
      item: r.item_kind,
      itemCode: codeOf(targets[i]!),
      stage: input.stage,
      notes: r.notes,
      technician: r.technician,
      recordedAt: r.recorded_at,
    }));
  });

  ctx.log.info({ stage: input.stage, items: records.length }, 'stage recorded');
  return { records };
}

function codeOf(t: Target): string {
  return itemCode(protocolCode(t.p), t.kind, t.row.number);
}

/** The item's new stage and, for a slide, its new status; null when neither moves. */
function advance(target: Target, stage: Stage): Record<string, string> | null {
  const set: Record<string, string> = {};
  if (stageRank(stage) > stageRank(target.row.stage)) set.stage = stage;
  if (target.kind === 'slide') {
    const status = slideStatusAfterStage(stage, target.row.status as SlideStatus);
    if (status !== target.row.status) set.status = status;
  }
  return Object.keys(set).length > 0 ? set : null;
}

/**
 * The items named by the codes. A protocol's own code stands for every live
 * item of it the stage applies to (its cassettes for embedding, its slides for
 * staining). An item the stage does not apply to stops the whole batch.
 */
async function loadTargets(
  tx: Tx,
  ctx: ServiceContext,
  scanned: Awaited<ReturnType<typeof resolveAll>>,
  stage: Stage,
): Promise<Target[]> {
  const targets = new Map<string, Target>();
  for (const s of scanned) {
    const p = await loadWorkable(tx, s.protocol.id);

    if (s.item === null) {
      const { cassettes, slides } = await loadItems(tx, p.id);
      const live: Target[] = [
        ...cassettes
          .filter((c) => !c.voided_at)
          .map((row) => ({ kind: 'cassette' as const, row, p })),
        ...slides.filter((r) => !r.replaced_by).map((row) => ({ kind: 'slide' as const, row, p })),
      ].filter((t) => stageApplies(stage, t.kind, p.kind));
      if (live.length === 0) {
        throw new AppError('VALIDATION', 'error.noItemsForStage', {
          protocol: protocolCode(p),
          stage: translate('es-AR', `stage.${stage}` as MessageKey),
        });
      }
      for (const t of live) targets.set(t.row.id, t);
      continue;
    }

    let target: Target;
    if (s.item.kind === 'cassette') {
      const row = await findCassette(tx, p, s.item, s.code);
      assertCassetteLive(ctx, p, row);
      target = { kind: 'cassette', row, p };
    } else {
      target = { kind: 'slide', row: await findLiveSlide(tx, p, s.item, s.code), p };
    }
    if (!stageApplies(stage, target.kind, p.kind)) {
      throw notFor(stage, `item.${target.kind}`, codeOf(target));
    }
    targets.set(target.row.id, target);
  }
  return [...targets.values()];
}

function notFor(stage: Stage, item: MessageKey, code: string): AppError {
  return new AppError('VALIDATION', 'error.stageNotForItem', {
    stage: translate('es-AR', `stage.${stage}` as MessageKey),
    item: translate('es-AR', item).toLowerCase(),
    code,
  });
}
