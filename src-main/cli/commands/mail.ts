import type { Command } from './index';
import { printJson, withServices } from '../run';
import type { Services } from '../../services';
import { deliverDueMail } from '../../mail/deliver';
import { loadSmtpSettings } from '../../mail/smtp-settings';

/** One delivery pass, so a one-shot command's mail leaves now when the server answers. */
export async function flushOutboxOnce(services: Services) {
  const { ctx } = services;
  const settings = await loadSmtpSettings(ctx.db, ctx.env);
  return deliverDueMail({ db: ctx.db, clock: ctx.clock, log: ctx.log, settings, ctx });
}

export const mailFlushCommand: Command = {
  summary: 'entrega ahora los correos pendientes de la bandeja de salida',
  usage: '',
  help:
    'Intenta enviar cada correo pendiente cuyo turno llegó. Sin servidor de correo\n' +
    'configurado no envía nada e informa cuántos esperan.',
  options: {},
  async run(values) {
    await withServices(values.data as string | undefined, async (services) => {
      printJson(await flushOutboxOnce(services));
    });
  },
};
