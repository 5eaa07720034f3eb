import type { HandlerTable } from '../rpc/types';
import { AppError } from '../../src-shared/errors';
import { jarLabelLayout } from '../../src-shared/labels/jar-label';
import { writeTransaction } from '../db/transaction';
import { jarLabelFor } from '../reception/jar-label';
import { insertPrintJob, listPrintJobs, runPrintJob } from './jobs';
import { renderLabelPdf } from './pdf';
import { checkPrinterOverride, defaultPdfUri, loadPrinterSettings } from './settings';
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
        layout: label.layout,
        createdBy: actor.name,
      }),
    );
    return runPrintJob(ctx, jobId);
  },

  'printing.testLabel': async (ctx, actor, input) => {
    checkPrinterOverride(actor, input.printerUri);
    const settings = await loadPrinterSettings(ctx);
    const layout = jarLabelLayout(
      {
        protocolNumber: 'HP 00/000',
        animalIdentification: 'ñ á é í ó ú ü',
        species: 'Ñ Á É Í Ó Ú Ü',
        veterinarianName: 'Prueba de impresión',
        receivedAt: ctx.clock.now().toISOString(),
        timeZone: ctx.timeZone,
      },
      { widthMm: settings.widthMm, heightMm: settings.heightMm },
    );
    const jobId = await writeTransaction(ctx.db, (tx) =>
      insertPrintJob(tx, ctx, {
        protocolId: null,
        labelKind: 'test',
        printerUri: input.printerUri ?? settings.jarLabelUri ?? defaultPdfUri(ctx, 'prueba'),
        layout,
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
