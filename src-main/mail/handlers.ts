import type { HandlerTable } from '../rpc/types';
import { AppError } from '../../src-shared/errors';
import { listOutbox, retryNow } from './outbox';
import { loadSmtpSettings } from './smtp-settings';
import { sendTestMail } from './deliver';

export const mailHandlers: Pick<HandlerTable, 'mail.outbox' | 'mail.retry' | 'mail.sendTest'> = {
  'mail.outbox': async (ctx, _actor, input) => {
    const items = await listOutbox(ctx.db, { status: input.status, limit: 200 });
    const configured = (await loadSmtpSettings(ctx.db, ctx.env).catch(() => null)) !== null;
    return { items, configured };
  },

  'mail.retry': async (ctx, _actor, input) => {
    if (!(await retryNow(ctx.db, ctx.clock, input.id))) {
      throw new AppError('CONFLICT', 'error.notFound', { what: 'un correo pendiente con ese id' });
    }
    ctx.kickMail();
    return { ok: true };
  },

  'mail.sendTest': async (ctx, _actor, input) => {
    const settings = await loadSmtpSettings(ctx.db, ctx.env);
    if (!settings) throw new AppError('UNAVAILABLE', 'error.mailNotConfigured');
    try {
      return await sendTestMail(settings, input.to);
    } catch (error) {
      throw new AppError('UNAVAILABLE', 'error.validation', { details: (error as Error).message });
    }
  },
};
