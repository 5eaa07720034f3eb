// The bench's RPC methods. Each hands its input to the service that does the
// work; what is read here is read in one place for every door.

import type { HandlerTable } from '../rpc/types';
import { AppError } from '../../src-shared/errors';
import { translate } from '../../src-shared/i18n/translate';
import { itemCode, type WorkItem } from '../../src-shared/processing';
import { writeTransaction } from '../db/transaction';
import type { ServiceContext } from '../context';
import { insertPrintJob, NO_PRINTER, runPrintJob } from '../printing/jobs';
import { SKIPPED_PRINT } from '../../src-shared/print-outcome';
import { renderLabelPdf } from '../printing/pdf';
import { checkPrinterOverride } from '../printing/settings';
import { loadBoard } from './board';
import { addCassettes, voidCassette } from './cassettes';
import { cassetteItems, itemLayouts, slideItems } from './labels';
import {
  protocolCode,
  resolveAll,
  resolveCode,
  resolveProtocol,
  type ProtocolRow,
} from './resolve';
import { addSlides, redoSlide, setSlides } from './slides';
import { recordStage } from './stages';
import { addStain, listStains, setStainActive } from './stains';
import { loadItems, loadWork } from './views';

type ProcessingMethods = Extract<keyof HandlerTable, `processing.${string}`>;

// Work that moves a protocol's status queues the vet's mail in its transaction;
// the sender is woken once that has committed.
function mailWoken<T>(ctx: ServiceContext, result: T): T {
  ctx.kickMail();
  return result;
}

export const processingHandlers: Pick<HandlerTable, ProcessingMethods> = {
  'processing.scan': async (ctx, _actor, input) => {
    const { protocol, item } = await resolveCode(ctx.db, input.code);
    const code = protocolCode(protocol);
    if (item) await assertItemExists(ctx, protocol, item);
    return {
      type: item?.kind ?? 'protocol',
      protocolId: protocol.id,
      protocolCode: code,
      itemCode: item ? itemCode(code, item.kind, item.number) : null,
    };
  },

  'processing.work': async (ctx, _actor, input) =>
    loadWork(ctx.db, (await resolveCode(ctx.db, input.protocol)).protocol),

  'processing.board': (ctx, _actor, input) => loadBoard(ctx.db, input),

  'processing.addCassettes': async (ctx, actor, input) =>
    mailWoken(ctx, await addCassettes(ctx, actor, input)),
  'processing.voidCassette': async (ctx, actor, input) =>
    mailWoken(ctx, await voidCassette(ctx, actor, input)),
  'processing.addSlides': async (ctx, actor, input) =>
    mailWoken(ctx, await addSlides(ctx, actor, input)),
  'processing.redoSlide': async (ctx, actor, input) =>
    mailWoken(ctx, await redoSlide(ctx, actor, input)),
  'processing.setSlides': async (ctx, actor, input) =>
    mailWoken(ctx, await setSlides(ctx, actor, input)),
  'processing.recordStage': async (ctx, actor, input) =>
    mailWoken(ctx, await recordStage(ctx, actor, input)),

  // A reprint is a new job, so the print queue shows every label that left the bench.
  'processing.printLabels': async (ctx, actor, input) => {
    checkPrinterOverride(actor, input.printerUri);
    const { p, items } = await labelItems(ctx, input);
    const { layouts, printerUri } = await itemLayouts(ctx, ctx.db, p, items);
    const target = input.printerUri ?? printerUri;
    if (target === NO_PRINTER) return SKIPPED_PRINT;
    const jobId = await writeTransaction(ctx.db, (tx) =>
      insertPrintJob(tx, ctx, {
        protocolId: p.id,
        labelKind: input.item,
        printerUri: target,
        layouts,
        createdBy: actor.name,
      }),
    );
    return runPrintJob(ctx, jobId);
  },

  'processing.labelPdf': async (ctx, _actor, input) => {
    const { p, items } = await labelItems(ctx, input);
    const { layouts } = await itemLayouts(ctx, ctx.db, p, items);
    const pdf = await renderLabelPdf(layouts);
    const stem = `${protocolCode(p)}-${input.item === 'cassette' ? 'casetes' : 'portaobjetos'}`;
    return {
      fileName: `etiquetas-${stem.replace(/[^A-Za-z0-9]+/g, '-')}.pdf`,
      base64: pdf.toString('base64'),
    };
  },

  'processing.stains': (ctx) => listStains(ctx.db),
  'processing.addStain': (ctx, actor, input) => addStain(ctx, actor, input),
  'processing.setStainActive': (ctx, actor, input) => setStainActive(ctx, actor, input),
};

/**
 * The labels asked for: the named items, or every live cassette (or slide) of
 * the protocol. Voided cassettes and redone slides are left out of "all".
 */
async function labelItems(
  ctx: ServiceContext,
  input: { protocol: string; item: WorkItem; codes?: string[] | undefined },
): Promise<{ p: ProtocolRow; items: ReturnType<typeof cassetteItems> }> {
  const p = await resolveProtocol(ctx.db, input.protocol);
  const { cassettes, slides } = await loadItems(ctx.db, p.id);
  const rows =
    input.item === 'cassette'
      ? cassetteItems(cassettes.filter((c) => !c.voided_at))
      : slideItems(slides.filter((s) => !s.replaced_by));

  let items = rows;
  if (input.codes && input.codes.length > 0) {
    const wanted = await resolveAll(ctx.db, input.codes);
    items = rows.filter((r) =>
      wanted.some(
        (w) => w.protocol.id === p.id && w.item?.kind === r.kind && w.item.number === r.row.number,
      ),
    );
  }
  if (items.length === 0) {
    throw new AppError('NOT_FOUND', 'error.noItemsToPrint', {
      protocol: protocolCode(p),
      items: translate('es-AR', input.item === 'cassette' ? 'items.cassettes' : 'items.slides'),
    });
  }
  return { p, items };
}

/** A scanned cassette or slide that the protocol does not have is told at once. */
async function assertItemExists(
  ctx: ServiceContext,
  p: ProtocolRow,
  item: { kind: WorkItem; number: number },
): Promise<void> {
  const found = await ctx.db
    .selectFrom(item.kind === 'cassette' ? 'cassettes' : 'slides')
    .select('id')
    .where('protocol_id', '=', p.id)
    .where('number', '=', item.number)
    .executeTakeFirst();
  if (found) return;
  throw new AppError(
    'NOT_FOUND',
    item.kind === 'cassette' ? 'error.cassetteNotFound' : 'error.slideNotFound',
    { protocol: protocolCode(p), code: itemCode(protocolCode(p), item.kind, item.number) },
  );
}
