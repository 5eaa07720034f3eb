import type { HandlerTable } from '../rpc/types';
import { AppError } from '../../src-shared/errors';
import {
  printerOverride,
  savedPrinterProfile,
  savePrinterProfile,
  type PrintPurpose,
} from '../printing/settings';
import { parsePrinterUri } from '../printing/printer-uri';
import {
  describeSmtp,
  loadSmtpSettings,
  SMTP_SETTINGS_KEY,
  SMTP_URL_VARIABLE,
  smtpSettingsSchema,
} from '../mail/smtp-settings';
import { readSetting, writeSetting } from './store';
import { writeTransaction } from '../db/transaction';
import { appendAudit } from '../audit/append';
import type { ServiceContext } from '../context';

async function mailStatus(ctx: ServiceContext) {
  const source = ctx.env[SMTP_URL_VARIABLE]?.trim() ? ('env' as const) : ('settings' as const);
  const saved = await readSetting(ctx.db, SMTP_SETTINGS_KEY, smtpSettingsSchema);
  const stored = saved
    ? {
        host: saved.host,
        port: saved.port,
        secure: saved.secure,
        requireStartTls: saved.requireStartTls,
        user: saved.user,
        fromAddress: saved.fromAddress,
        fromName: saved.fromName,
      }
    : null;
  try {
    const settings = await loadSmtpSettings(ctx.db, ctx.env);
    return {
      configured: settings !== null,
      description: settings ? describeSmtp(settings) : null,
      source: settings ? source : null,
      stored,
    };
  } catch (error) {
    return { configured: false, description: (error as Error).message, source, stored };
  }
}

async function savedPrinterProfiles(ctx: ServiceContext) {
  const of = (purpose: PrintPurpose) => savedPrinterProfile(ctx.db, purpose);
  return { jar: await of('jar'), cassette: await of('cassette'), slide: await of('slide') };
}

export const settingsHandlers: Pick<
  HandlerTable,
  'settings.get' | 'settings.setPrinter' | 'settings.setMail'
> = {
  'settings.get': async (ctx) => ({
    printers: await savedPrinterProfiles(ctx),
    printerOverride: printerOverride(ctx),
    mail: await mailStatus(ctx),
    timeZone: ctx.timeZone,
  }),

  // The address is checked before it is saved: a typo is told to the person
  // setting the printer up, not found as a missing label at the bench.
  'settings.setPrinter': async (ctx, actor, input) => {
    const { purpose, uri, widthMm, heightMm } = input;
    if (uri) {
      try {
        parsePrinterUri(uri);
      } catch (error) {
        throw new AppError('VALIDATION', 'error.validation', { details: (error as Error).message });
      }
    }
    await writeTransaction(ctx.db, async (tx) => {
      await savePrinterProfile(tx, ctx, purpose, { uri, widthMm, heightMm });
      await appendAudit(tx, ctx.clock, actor, {
        action: 'settings.printer_changed',
        details: { purpose, uri, widthMm, heightMm },
      });
    });
    return savedPrinterProfile(ctx.db, purpose);
  },

  'settings.setMail': async (ctx, actor, input) => {
    // An empty password field keeps the stored one, so the form never has to show it.
    const stored = await readSetting(ctx.db, SMTP_SETTINGS_KEY, smtpSettingsSchema);
    const candidate = { ...input, password: input.password || stored?.password };
    const parsed = smtpSettingsSchema.safeParse(candidate);
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => i.message).join('; ');
      throw new AppError('VALIDATION', 'error.validation', { details });
    }
    await writeTransaction(ctx.db, async (tx) => {
      await writeSetting(tx, ctx.clock, SMTP_SETTINGS_KEY, candidate);
      await appendAudit(tx, ctx.clock, actor, {
        action: 'settings.mail_changed',
        details: { host: parsed.data.host, port: parsed.data.port, user: parsed.data.user ?? null },
      });
    });
    ctx.kickMail();
    return mailStatus(ctx);
  },
};
