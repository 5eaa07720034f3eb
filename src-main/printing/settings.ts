// Which printer gets each kind of label (jar, cassette, slide) and the labels'
// size: one printer profile per purpose, because the desk's jar labels, the
// bench's cassettes and its slides usually come out of different printers on
// different stock. With no printer at all, labels become PDF files in
// <data>/labels, ready to print by hand.
//
// PATOLAB_PRINTER_URI replaces the address of every purpose, not only the
// jar's it first stood for: it exists for a kiosk or a test bench with one
// printer, and there a label that escapes to a printer configured in the
// database (perhaps a real one on the lab's network) is worse than a slide
// label printed on the jar printer. The sizes still come from each profile.

import path from 'node:path';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema';
import type { LabelKind } from '../../src-shared/labels/layout';
import { DEFAULT_LABEL_SIZES, MAX_LABEL_MM, MIN_LABEL_SIZES } from '../../src-shared/labels/sizes';
import type { ServiceContext } from '../context';
import { readSetting, writeSetting } from '../settings/store';
import { AppError } from '../../src-shared/errors';
import type { Actor } from '../context';
import { parsePrinterUri } from './printer-uri';

export type PrintPurpose = LabelKind;

export interface PrinterProfile {
  /** Null: no printer; callers then write a PDF at `defaultPdfUri`. */
  uri: string | null;
  widthMm: number;
  heightMm: number;
}

/** `printing.jarLabel` is the key earlier versions kept the jar printer under. */
export const PRINTER_SETTING_KEYS: Record<PrintPurpose, string> = {
  jar: 'printing.jarLabel',
  cassette: 'printing.cassetteLabel',
  slide: 'printing.slideLabel',
};

// A stored size below today's minimum (the row edited by hand, or a minimum
// raised by an update) falls back to the default instead of failing every print.
function sizeOf(purpose: PrintPurpose) {
  const min = MIN_LABEL_SIZES[purpose];
  return {
    widthMm: z.number().min(min.widthMm).max(MAX_LABEL_MM),
    heightMm: z.number().min(min.heightMm).max(MAX_LABEL_MM),
  };
}

// The jar keeps the shape earlier versions wrote, so a workstation taken back
// to one of them still finds its jar printer.
function storedSchema(purpose: PrintPurpose) {
  if (purpose === 'jar') {
    return z
      .object({ jarLabelUri: z.string().nullable(), ...sizeOf(purpose) })
      .transform(({ jarLabelUri, ...size }): PrinterProfile => ({ uri: jarLabelUri, ...size }));
  }
  return z.object({ uri: z.string().nullable(), ...sizeOf(purpose) });
}

/** The printer for a purpose, as labels are printed: PATOLAB_PRINTER_URI replaces its address. */
export async function loadPrinterProfile(
  ctx: ServiceContext,
  purpose: PrintPurpose,
  /** The caller's transaction when there is one: SQLite has one connection to share. */
  db: Kysely<Database> = ctx.db,
): Promise<PrinterProfile> {
  const saved = await savedPrinterProfile(db, purpose);
  const override = printerOverride(ctx);
  return override ? { ...saved, uri: override } : saved;
}

/** The printer for a purpose as saved in the settings, without the environment's override. */
export async function savedPrinterProfile(
  db: Kysely<Database>,
  purpose: PrintPurpose,
): Promise<PrinterProfile> {
  const stored = await readSetting(db, PRINTER_SETTING_KEYS[purpose], storedSchema(purpose));
  return stored ?? { uri: null, ...DEFAULT_LABEL_SIZES[purpose] };
}

export async function savePrinterProfile(
  db: Kysely<Database>,
  ctx: ServiceContext,
  purpose: PrintPurpose,
  profile: PrinterProfile,
): Promise<void> {
  const { uri, widthMm, heightMm } = profile;
  const value =
    purpose === 'jar' ? { jarLabelUri: uri, widthMm, heightMm } : { uri, widthMm, heightMm };
  await writeSetting(db, ctx.clock, PRINTER_SETTING_KEYS[purpose], value);
}

/** PATOLAB_PRINTER_URI, when set: the address every label goes to on this computer. */
export function printerOverride(ctx: ServiceContext): string | null {
  return ctx.env.PATOLAB_PRINTER_URI?.trim() || null;
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
