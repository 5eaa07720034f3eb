// Which printer gets the jar labels, and their size. PATOLAB_PRINTER_URI
// overrides the stored setting (handy for a kiosk or a test bench). With no
// printer at all, labels become PDF files in <data>/labels, ready to print by hand.

import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { printerSettings as schema, type PrinterSettings } from '../../src-shared/contract';
import { DEFAULT_JAR_LABEL_SIZE } from '../../src-shared/labels/jar-label';
import type { ServiceContext } from '../context';
import { readSetting } from '../settings/store';
import { AppError } from '../../src-shared/errors';
import type { Actor } from '../context';
import { parsePrinterUri } from './printer-uri';

export const PRINTER_SETTING_KEY = 'printing.jarLabel';

/** `db` is the caller's transaction when there is one: SQLite has one connection to share. */
export async function loadPrinterSettings(
  ctx: ServiceContext,
  db: Kysely<Database> = ctx.db,
): Promise<PrinterSettings> {
  const stored = await readSetting(db, PRINTER_SETTING_KEY, schema);
  const settings = stored ?? { jarLabelUri: null, ...DEFAULT_JAR_LABEL_SIZE };
  const fromEnv = ctx.env.PATOLAB_PRINTER_URI?.trim();
  return fromEnv ? { ...settings, jarLabelUri: fromEnv } : settings;
}

/** Where a label goes when no printer is configured. */
export function defaultPdfUri(ctx: ServiceContext, fileStem: string): string {
  const safe = fileStem.replace(/[^A-Za-z0-9-]+/g, '-');
  return `pdf:${path.join(ctx.dataDir, 'labels', `${safe}.pdf`)}`;
}

/**
 * A printer named in the request instead of the configured one. Only an admin may
 * name one: a printer address can be a file path or any host on the network.
 * It is checked before anything is written, so a typo spends no protocol number.
 */
export function checkPrinterOverride(actor: Actor, uri: string | undefined): void {
  if (uri === undefined || uri === 'none') return;
  try {
    parsePrinterUri(uri);
  } catch (error) {
    throw new AppError('VALIDATION', 'error.validation', { details: (error as Error).message });
  }
  if (!actor.roles.includes('admin')) throw new AppError('FORBIDDEN', 'error.printerOverride');
}
