// Slides: cut from one or more cassettes of one protocol, or registered
// straight on a cytology protocol. A slide is never deleted: a poor one is
// redone, and the redo points to the slide it replaces (which stops counting
// toward the protocol being ready).

import type { MethodParsedInput } from '../../src-shared/contract';
import { AppError } from '../../src-shared/errors';
import {
  DEFAULT_STAIN,
  itemCode,
  parseWorkCode,
  slideStatusRank,
} from '../../src-shared/processing';
import { translate, type MessageKey } from '../../src-shared/i18n/translate';
import { SKIPPED_PRINT } from '../../src-shared/print-outcome';
import type { CassettesTable, SlidesTable } from '../db/schema';
import { writeTransaction, type Tx } from '../db/transaction';
import type { Actor, ServiceContext } from '../context';
import { appendAudit } from '../audit/append';
import { newId } from '../ids';
import { checkPrinterOverride } from '../printing/settings';
import { runPrintJob } from '../printing/jobs';
import { edited, inserted, recordChanges } from '../sync/record';
import { assertCassetteLive, findCassette, nextNumber } from './cassettes';
import { followWork } from './follow-status';
import { queueItemLabels, slideItems } from './labels';
import {
  loadWorkable,
  protocolCode,
  resolveAll,
  resolveCode,
  resolveProtocol,
  type ProtocolRow,
} from './resolve';
import { insertRows } from '../db/insert-rows';
import { catalogueStain } from './stains';
import { cassetteIds, loadItems, toSlideView } from './views';

/** More than a rack of slides in one go is a slip of the count, not a day's work. */
const MAX_SLIDES_AT_ONCE = 200;
const MAX_FIELD = 999;

export async function addSlides(
  ctx: ServiceContext,
  actor: Actor,
  input: MethodParsedInput<'processing.addSlides'>,
) {
  checkPrinterOverride(actor, input.printerUri);
  const protocol = await resolveProtocol(ctx.db, input.protocol);

  const committed = await writeTransaction(ctx.db, async (tx) => {
    const p = await loadWorkable(tx, protocol.id);
    const sources = await sourceCassettes(tx, ctx, p, input.cassettes);
    const stain = await catalogueStain(tx, p.kind, input.stain ?? DEFAULT_STAIN[p.kind]);

    const now = ctx.clock.now().toISOString();
    const first = await nextNumber(tx, 'slides', p.id);
    const groups = input.perCassette && sources.length > 0 ? sources.map((c) => [c]) : [sources];
    const made = groups.flatMap((group) => Array.from({ length: input.count }, () => group));
    if (made.length > MAX_SLIDES_AT_ONCE) {
      throw new AppError('VALIDATION', 'error.tooManySlides', {
        count: made.length,
        max: MAX_SLIDES_AT_ONCE,
      });
    }
    const lastField = (input.fieldNumber ?? 0) + made.length - 1;
    if (input.fieldNumber !== undefined && lastField > MAX_FIELD) {
      throw new AppError('VALIDATION', 'error.fieldTooHigh', { last: lastField, max: MAX_FIELD });
    }
    const rows: SlidesTable[] = made.map((group, i) =>
      newSlide(actor, p, now, {
        number: first + i,
        cassette_ids: JSON.stringify(group.map((c) => c.id)),
        stain,
        field_number: input.fieldNumber === undefined ? null : input.fieldNumber + i,
      }),
    );
    await writeSlides(tx, ctx, actor, p, rows, 'slide.added');

    const jobId = await queueItemLabels(tx, ctx, actor, p, slideItems(rows), input.printerUri);
    return { p, rows, jobId };
  });

  return finish(ctx, committed);
}

export async function redoSlide(
  ctx: ServiceContext,
  actor: Actor,
  input: MethodParsedInput<'processing.redoSlide'>,
) {
  checkPrinterOverride(actor, input.printerUri);
  const resolved = await resolveCode(ctx.db, input.code);

  const committed = await writeTransaction(ctx.db, async (tx) => {
    const p = await loadWorkable(tx, resolved.protocol.id);
    const old = await findLiveSlide(tx, p, resolved.item, input.code);
    await assertSourcesLive(tx, ctx, p, old);

    const now = ctx.clock.now().toISOString();
    const redo = newSlide(actor, p, now, {
      number: await nextNumber(tx, 'slides', p.id),
      cassette_ids: old.cassette_ids,
      stain: old.stain,
      field_number: old.field_number,
    });
    redo.redo_of = old.id;
    redo.redo_reason = input.reason;
    const set = { replaced_by: redo.id, updated_at: now };
    await tx.updateTable('slides').set(set).where('id', '=', old.id).execute();
    await recordChanges(tx, ctx, [edited('slide', old.id, set)]);
    await writeSlides(tx, ctx, actor, p, [redo], 'slide.redone', {
      replaces: itemCode(protocolCode(p), 'slide', old.number),
      reason: input.reason,
    });

    const jobId = await queueItemLabels(tx, ctx, actor, p, slideItems([redo]), input.printerUri);
    return { p, rows: [redo], jobId };
  });

  return finish(ctx, committed);
}

export async function setSlides(
  ctx: ServiceContext,
  actor: Actor,
  input: MethodParsedInput<'processing.setSlides'>,
) {
  const targets = await resolveAll(ctx.db, input.codes);

  const touched = await writeTransaction(ctx.db, async (tx) => {
    const now = ctx.clock.now().toISOString();
    const protocols = new Map<string, ProtocolRow>();
    const done = new Set<string>();

    for (const target of targets) {
      const p = protocols.get(target.protocol.id) ?? (await loadWorkable(tx, target.protocol.id));
      protocols.set(p.id, p);
      const slide = await findLiveSlide(tx, p, target.item, target.code);
      if (done.has(slide.id)) continue;
      done.add(slide.id);

      const set: Partial<SlidesTable> = { updated_at: now };
      if (input.status !== undefined && input.status !== slide.status) {
        if (slideStatusRank(input.status) < slideStatusRank(slide.status)) {
          throw new AppError('CONFLICT', 'error.slideStatusBack', {
            code: itemCode(protocolCode(p), 'slide', slide.number),
            current: translate('es-AR', `slideStatus.${slide.status}` as MessageKey),
            wanted: translate('es-AR', `slideStatus.${input.status}` as MessageKey),
          });
        }
        set.status = input.status;
      }
      if (input.quality !== undefined) set.quality = input.quality;
      await tx.updateTable('slides').set(set).where('id', '=', slide.id).execute();
      await recordChanges(tx, ctx, [edited('slide', slide.id, set)]);
      await appendAudit(tx, ctx.clock, actor, {
        action: 'slide.updated',
        entityType: 'protocol',
        entityId: p.id,
        details: {
          code: itemCode(protocolCode(p), 'slide', slide.number),
          status: set.status,
          quality: set.quality,
        },
      });
    }

    const statuses = [];
    for (const p of protocols.values()) {
      statuses.push({ p, status: await followWork(tx, ctx, actor, p.id) });
    }
    return { statuses, done };
  });

  const slides = [];
  for (const { p } of touched.statuses) {
    const { cassettes, slides: all } = await loadItems(ctx.db, p.id);
    const cassetteNumbers = new Map(cassettes.map((c) => [c.id, c.number]));
    const slideNumbers = new Map(all.map((s) => [s.id, s.number]));
    for (const s of all) {
      if (!touched.done.has(s.id)) continue;
      slides.push(toSlideView(protocolCode(p), s, cassetteNumbers, slideNumbers));
    }
  }
  return {
    slides,
    protocols: touched.statuses.map(({ p, status }) => ({ code: protocolCode(p), status })),
  };
}

function newSlide(
  actor: Actor,
  p: ProtocolRow,
  now: string,
  fields: Pick<SlidesTable, 'number' | 'cassette_ids' | 'stain' | 'field_number'>,
): SlidesTable {
  return {
    id: newId(),
    protocol_id: p.id,
    ...fields,
    status: 'pending',
    quality: null,
    stage: null,
    redo_of: null,
    replaced_by: null,
    redo_reason: null,
    created_by: actor.name,
    created_at: now,
    updated_at: now,
  };
}

async function writeSlides(
  tx: Tx,
  ctx: ServiceContext,
  actor: Actor,
  p: ProtocolRow,
  rows: SlidesTable[],
  action: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await insertRows(tx, 'slides', rows);
  await recordChanges(
    tx,
    ctx,
    rows.map((row) => inserted('slide', row)),
  );
  const codes = rows.map((r) => itemCode(protocolCode(p), 'slide', r.number));
  await appendAudit(tx, ctx.clock, actor, {
    action,
    entityType: 'protocol',
    entityId: p.id,
    details: { codes, stain: rows[0]?.stain, ...details },
  });
  await followWork(tx, ctx, actor, p.id);
}

async function finish(
  ctx: ServiceContext,
  committed: { p: ProtocolRow; rows: SlidesTable[]; jobId: string | null },
) {
  ctx.log.info({ protocolId: committed.p.id, count: committed.rows.length }, 'slides added');
  const print = committed.jobId ? await runPrintJob(ctx, committed.jobId) : SKIPPED_PRINT;
  const { cassettes, slides } = await loadItems(ctx.db, committed.p.id);
  const cassetteNumbers = new Map(cassettes.map((c) => [c.id, c.number]));
  const slideNumbers = new Map(slides.map((s) => [s.id, s.number]));
  const code = protocolCode(committed.p);
  return {
    slides: committed.rows.map((s) => toSlideView(code, s, cassetteNumbers, slideNumbers)),
    print,
  };
}

/**
 * The cassettes a slide is cut from: full codes or the short `C2` of this
 * protocol. A cytology slide has none; a histopathology slide needs at least one.
 */
async function sourceCassettes(
  tx: Tx,
  ctx: ServiceContext,
  p: ProtocolRow,
  codes: readonly string[],
): Promise<CassettesTable[]> {
  const code = protocolCode(p);
  if (p.kind === 'cytology') {
    if (codes.length > 0)
      throw new AppError('VALIDATION', 'error.cassetteOnCytology', { protocol: code });
    return [];
  }
  if (codes.length === 0)
    throw new AppError('VALIDATION', 'error.slideNeedsCassette', { protocol: code });

  const found = new Map<string, CassettesTable>();
  for (const raw of codes) {
    const short = /^\s*C\s*(\d{1,4})\s*$/i.exec(raw);
    let item: { kind: string; number: number } | null;
    if (short) {
      item = { kind: 'cassette', number: Number(short[1]) };
    } else {
      const parsed = parseWorkCode(raw);
      const resolved = parsed.type === 'unknown' ? null : await resolveCode(tx, raw);
      if (resolved && resolved.protocol.id !== p.id) {
        throw new AppError('VALIDATION', 'error.cassetteOfOtherProtocol', {
          code: raw.trim(),
          protocol: code,
        });
      }
      item = resolved?.item ?? null;
    }

    const cassette = await findCassette(tx, p, item, raw.trim());
    assertCassetteLive(ctx, p, cassette);
    found.set(cassette.id, cassette);
  }
  return [...found.values()].sort((a, b) => a.number - b.number);
}

/**
 * A redo is cut again from the slide's cassettes: when every one of them was
 * voided there is nothing left to cut it from.
 */
async function assertSourcesLive(tx: Tx, ctx: ServiceContext, p: ProtocolRow, slide: SlidesTable) {
  const ids = cassetteIds(slide);
  if (ids.length === 0) return;
  const sources = await tx.selectFrom('cassettes').selectAll().where('id', 'in', ids).execute();
  if (sources.some((c) => !c.voided_at)) return;
  for (const c of sources) assertCassetteLive(ctx, p, c);
}

/** A slide of this protocol that has not been redone. */
export async function findLiveSlide(
  tx: Tx,
  p: ProtocolRow,
  item: { kind: string; number: number } | null,
  shown: string,
): Promise<SlidesTable> {
  const code = protocolCode(p);
  const rows =
    item?.kind === 'slide'
      ? await tx
          .selectFrom('slides')
          .selectAll()
          .where('protocol_id', '=', p.id)
          .where('number', '=', item.number)
          .orderBy('id')
          .execute()
      : [];
  const live = rows.find((r) => r.replaced_by === null);
  if (live) return live;

  const replaced = rows[0];
  if (!replaced)
    throw new AppError('NOT_FOUND', 'error.slideNotFound', { protocol: code, code: shown });
  const by = await tx
    .selectFrom('slides')
    .select('number')
    .where('id', '=', replaced.replaced_by!)
    .executeTakeFirst();
  throw new AppError('CONFLICT', 'error.slideReplaced', {
    code: itemCode(code, 'slide', replaced.number),
    replacement: by ? itemCode(code, 'slide', by.number) : '?',
  });
}
