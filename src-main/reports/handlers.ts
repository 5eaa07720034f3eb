// The pathologist's RPC methods. Each hands its input to the service that does
// the work; roles are checked by the handler table before any of this runs.

import type { HandlerTable } from '../rpc/types';
import { resolveProtocol } from '../processing/resolve';
import { loadQueue } from './queue';
import { assign } from './assign';
import { loadReportView } from './view';
import { saveDraft } from './drafts';
import { addImage, readImage, removeImage } from './images';
import { signReport } from './sign';
import { amendReport } from './amend';
import { dismissConflict } from './dismiss-conflict';
import { signedPdf } from './versions';
import { listPhrases, removePhrase, savePhrase } from './phrases';
import { setSignature, signatureView } from './signature';
import { labHeaderView, setLabHeader } from './lab-header';

type ReportMethods = Extract<keyof HandlerTable, `reports.${string}`>;

export const reportHandlers: Pick<HandlerTable, ReportMethods> = {
  'reports.queue': (ctx, actor, input) =>
    loadQueue(ctx.db, actor, input, ctx.clock.now(), ctx.timeZone),
  'reports.assign': (ctx, actor, input) => assign(ctx, actor, input),
  'reports.get': async (ctx, actor, input) =>
    loadReportView(ctx.db, actor, await resolveProtocol(ctx.db, input.protocol)),

  'reports.saveDraft': (ctx, actor, input) => saveDraft(ctx, actor, input),
  'reports.addImage': (ctx, actor, input) => addImage(ctx, actor, input),
  'reports.removeImage': (ctx, actor, input) => removeImage(ctx, actor, input.id),
  'reports.image': (ctx, _actor, input) => readImage(ctx, input.id),

  'reports.sign': (ctx, actor, input) => signReport(ctx, actor, input),
  'reports.amend': (ctx, actor, input) => amendReport(ctx, actor, input),
  'reports.pdf': async (ctx, _actor, input) => {
    const p = await resolveProtocol(ctx.db, input.protocol);
    const file = await signedPdf(ctx.db, p, input.version);
    return { fileName: file.fileName, base64: file.pdf.toString('base64'), sha256: file.sha256 };
  },
  'reports.dismissConflict': (ctx, actor, input) => dismissConflict(ctx, actor, input.id),

  'reports.phrases': (ctx, actor) => listPhrases(ctx, actor),
  'reports.savePhrase': (ctx, actor, input) => savePhrase(ctx, actor, input),
  'reports.removePhrase': (ctx, actor, input) => removePhrase(ctx, actor, input.id),

  'reports.setSignature': (ctx, actor, input) => setSignature(ctx, actor, input),
  'reports.signature': (ctx, actor) => signatureView(ctx, actor),

  'reports.labHeader': (ctx) => labHeaderView(ctx.db),
  'reports.setLabHeader': (ctx, actor, input) => setLabHeader(ctx, actor, input),
};
