import type { HandlerTable } from '../rpc/types';
import { AppError } from '../../src-shared/errors';
import { itemLabelLayout } from '../../src-shared/labels/item-label';
import { jarLabelLayout } from '../../src-shared/labels/jar-label';
import type { LabelLayout, LabelSize } from '../../src-shared/labels/layout';
import type { ServiceContext } from '../context';
import { writeTransaction } from '../db/transaction';
import { jarLabelFor } from '../reception/jar-label';
import { insertPrintJob, listPrintJobs, runPrintJob } from './jobs';
import { renderLabelPdf } from './pdf';
import {
  checkPrinterOverride,
  defaultPdfUri,
  loadPrinterProfile,
  type PrintPurpose,
} from './settings';
import { toPrintJobView } from '../protocols/views';

type PrintingMethods =
  | 'printing.jobs'
  | 'printing.retry'
  | 'printing.reprint'
  | 'printing.testLabel'
  | 'printing.labelPdf';

export const printingHandlers: Pick<HandlerTable, PrintingMethods> = {
  'printing.jobs': async (ctx, _actor, input) => {
    const rows = await listPrintJobs(ctx.db, input.status);
    return rows.map((r) => toPrintJobView(r, r.protocol_number));
  },

  'printing.retry': (ctx, _actor, input) => runPrintJob(ctx, input.jobId),

  // A reprint is a new job, so the queue shows every label that left the desk.
  'printing.reprint': async (ctx, actor, input) => {
    checkPrinterOverride(actor, input.printerUri);
    const label = await jarLabelFor(ctx, ctx.db, input.protocolId);
    if (!label) throw new AppError('CONFLICT', 'error.notReceivable', { status: 'sin número' });
    const jobId = await writeTransaction(ctx.db, (tx) =>
      insertPrintJob(tx, ctx, {
        protocolId: input.protocolId,
        labelKind: 'jar',
        printerUri: input.printerUri ?? label.printerUri,
        layouts: [label.layout],
        createdBy: actor.name,
      }),
    );
    return runPrintJob(ctx, jobId);
  },

  // A test label of the purpose's kind and size, with every Spanish letter, so
  // the person setting a printer up sees the label the bench or desk will get.
  'printing.testLabel': async (ctx, actor, input) => {
    checkPrinterOverride(actor, input.printerUri);
    const printer = await loadPrinterProfile(ctx, input.purpose);
    const size = { widthMm: printer.widthMm, heightMm: printer.heightMm };
    const layout = testLabelLayout(ctx, input.purpose, size);
    const jobId = await writeTransaction(ctx.db, (tx) =>
      insertPrintJob(tx, ctx, {
        protocolId: null,
        labelKind: 'test',
        printerUri:
          input.printerUri ?? printer.uri ?? defaultPdfUri(ctx, `prueba-${input.purpose}`),
        layouts: [layout],
        createdBy: actor.name,
      }),
    );
    return runPrintJob(ctx, jobId);
  },

  'printing.labelPdf': async (ctx, _actor, input) => {
    const label = await jarLabelFor(ctx, ctx.db, input.protocolId);
    if (!label) throw new AppError('CONFLICT', 'error.notReceivable', { status: 'sin número' });
    const pdf = await renderLabelPdf([label.layout]);
    const fileName = `etiqueta-${label.protocolNumber.replace(/[^A-Za-z0-9]+/g, '-')}.pdf`;
    return { fileName, base64: pdf.toString('base64') };
  },
};

function testLabelLayout(ctx: ServiceContext, purpose: PrintPurpose, size: LabelSize): LabelLayout {
  if (purpose === 'jar') {
    return jarLabelLayout(
      {
        protocolNumber: 'HP 00/000',
        animalIdentification: 'ñ á é í ó ú ü',
        species: 'Ñ Á É Í Ó Ú Ü',
        veterinarianName: 'Prueba de impresión',
        receivedAt: ctx.clock.now().toISOString(),
        timeZone: ctx.timeZone,
      },
      size,
    );
  }
  const suffix = purpose === 'cassette' ? 'C' : 'S';
  return itemLabelLayout(
    {
      item: purpose,
      code: `HP 00/000-${suffix}1`,
      protocolCode: 'HP 00/000',
      detail: 'ñ á é í ó ú ü Ñ Á É Í Ó Ú Ü',
      extra: 'Prueba de impresión',
    },
    size,
  );
}
