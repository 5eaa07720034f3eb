// A specimen jar's label as data: what it says, in which size, and where things
// go on the paper. The PDF and ESC/POS renderers draw this same layout, so the
// label reads the same on whichever printer the lab has. The QR carries the
// protocol number only: a jar travels through hands that must not learn the
// owner's details from a scan. Pure: no Node, no DOM.

import { DEFAULT_TIME_ZONE, formatLocalDay } from '../calendar';

export interface LabelSize {
  widthMm: number;
  heightMm: number;
}

// 62 mm is the continuous-roll width of the common desktop label printers
// (Brother QL, DK-22205) and fits inside the 72 mm printable width of an 80 mm
// thermal roll; 40 mm high fits the side of a 60 to 250 ml formalin jar below
// the lid, so the number is read without turning the jar.
export const DEFAULT_JAR_LABEL_SIZE: LabelSize = { widthMm: 62, heightMm: 40 };

// Below this the QR and two readable lines no longer fit side by side.
export const MIN_JAR_LABEL_SIZE: LabelSize = { widthMm: 30, heightMm: 20 };

export type LineSize = 'xl' | 'md' | 'sm';

export interface LabelLine {
  text: string;
  size: LineSize;
  bold?: boolean;
}

export interface LabelLayout {
  kind: 'jar';
  size: LabelSize;
  qrPayload: string;
  lines: LabelLine[];
}

export interface JarLabelData {
  /** The protocol number, or the temporary code while the number is pending. */
  protocolNumber: string;
  /** Received offline with no number left: the label says so until it is reprinted. */
  numberPending?: boolean;
  animalIdentification: string | null;
  species: string;
  veterinarianName: string;
  /** ISO 8601 instant, UTC. */
  receivedAt: string;
  timeZone?: string;
}

const RECEIVED_PREFIX = 'Recibido: ';
const PENDING_MARK = 'N° PENDIENTE';

/** Em size of each line size, in millimetres (xl ≈ 18 pt, md ≈ 10 pt, sm ≈ 8 pt). */
export const LINE_FONT_MM: Record<LineSize, number> = { xl: 6.5, md: 3.5, sm: 2.8 };

/** Distance from one baseline to the next, as a multiple of the em size. */
export const LINE_HEIGHT = 1.2;

// Average advance of a letter in DejaVu Sans, the labels' font, as a fraction of
// the em: names written in mixed case measure 0.49 to 0.62, capitals about 0.63.
// A renderer that can measure (PDF) shrinks the rare line that still overflows.
const AVERAGE_CHAR_EM = 0.6;

const ELLIPSIS = '…';

const PROTOCOL_NUMBER = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/** How many average letters of a line size fit in a width. */
export function charsThatFit(widthMm: number, size: LineSize): number {
  return Math.max(0, Math.floor(widthMm / (LINE_FONT_MM[size] * AVERAGE_CHAR_EM)));
}

/**
 * One line of printable text: accents composed (a name typed on a Mac arrives
 * as "n" plus a combining tilde, which no thermal code page can print), control
 * characters and runs of spaces turned into single spaces.
 */
export function cleanLineText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Cuts a line to at most `maxChars` characters, ending in an ellipsis so that a
 * reader knows something is missing. Cuts inside a word rather than dropping it
 * whole: "José Güemes Ñá…" tells more than "José Güemes…".
 */
export function truncateLine(text: string, maxChars: number, ellipsis = ELLIPSIS): string {
  const chars = Array.from(cleanLineText(text));
  if (chars.length <= maxChars) return chars.join('');

  const mark = Array.from(ellipsis);
  if (maxChars <= mark.length) return mark.slice(0, Math.max(0, maxChars)).join('');

  const kept = chars
    .slice(0, maxChars - mark.length)
    .join('')
    .replace(/[\s,;:\-–]+$/u, '');
  return kept + ellipsis;
}

export interface Box {
  xMm: number;
  yMm: number;
  widthMm: number;
}

export interface JarLabelGeometry {
  marginMm: number;
  /** The first line, the protocol number, across the whole label. */
  headline: Box;
  /** The other lines, left of the QR. */
  body: Box;
  /** The QR square, quiet zone included, right of the body. */
  qr: { xMm: number; yMm: number; sizeMm: number };
}

const MARGIN_MM = 2;
const GAP_MM = 2;

/** Where each part of a jar label goes, measured from the label's top-left corner. */
export function jarLabelGeometry(size: LabelSize): JarLabelGeometry {
  assertLabelSize(size);
  const { widthMm, heightMm } = size;

  const headline = { xMm: MARGIN_MM, yMm: MARGIN_MM, widthMm: widthMm - 2 * MARGIN_MM };
  const bodyTop = MARGIN_MM + LINE_FONT_MM.xl * LINE_HEIGHT;

  // The QR grows with the label but never past what a hand scanner reads
  // comfortably, nor so far that the names beside it lose their room.
  const wanted = Math.min(Math.max(heightMm * 0.45, 12), 24);
  const sizeMm = Math.min(wanted, heightMm - MARGIN_MM - bodyTop, headline.widthMm * 0.4);
  const qr = { xMm: widthMm - MARGIN_MM - sizeMm, yMm: bodyTop, sizeMm };

  const body = { xMm: MARGIN_MM, yMm: bodyTop, widthMm: headline.widthMm - sizeMm - GAP_MM };
  return { marginMm: MARGIN_MM, headline, body, qr };
}

export function jarLabelLayout(
  data: JarLabelData,
  size: LabelSize = DEFAULT_JAR_LABEL_SIZE,
): LabelLayout {
  if (!PROTOCOL_NUMBER.test(data.protocolNumber)) {
    const shown = JSON.stringify(data.protocolNumber);
    throw new RangeError(`A protocol number on a label must be printable ASCII: ${shown}`);
  }
  if (Number.isNaN(Date.parse(data.receivedAt))) {
    throw new RangeError(`receivedAt is not an ISO instant: ${JSON.stringify(data.receivedAt)}`);
  }

  const { body } = jarLabelGeometry(size);
  const fit = (text: string, lineSize: LineSize): LabelLine => ({
    text: truncateLine(text, charsThatFit(body.widthMm, lineSize)),
    size: lineSize,
  });

  // A name alone can read like anything on a jar ("Negro"); the species under it
  // says it is an animal.
  const name = cleanLineText(data.animalIdentification ?? '');
  const species = cleanLineText(data.species);
  const received = formatLocalDay(data.receivedAt, data.timeZone ?? DEFAULT_TIME_ZONE);

  // The number is the jar's identity and is never cut: a renderer shrinks it
  // instead (a temporary code is twice as long as a protocol number).
  // A jar received with its number pending says so where the species would
  // go, whole and bold: the number comes on a reprinted label.
  const third: LabelLine = data.numberPending
    ? { text: PENDING_MARK, size: 'sm', bold: true }
    : fit(name ? species : '', 'sm');
  const lines: LabelLine[] = [
    { text: data.protocolNumber, size: 'xl', bold: true },
    fit(name || species, 'md'),
    third,
    fit(data.veterinarianName, 'md'),
    fit(`${RECEIVED_PREFIX}${received}`, 'sm'),
  ];

  return {
    kind: 'jar',
    size: { ...size },
    qrPayload: data.protocolNumber,
    lines: lines.filter((line) => line.text !== ''),
  };
}

function assertLabelSize(size: LabelSize): void {
  const ok =
    Number.isFinite(size.widthMm) &&
    Number.isFinite(size.heightMm) &&
    size.widthMm >= MIN_JAR_LABEL_SIZE.widthMm &&
    size.heightMm >= MIN_JAR_LABEL_SIZE.heightMm;
  if (!ok) {
    throw new RangeError(
      `A jar label must be at least ${MIN_JAR_LABEL_SIZE.widthMm} × ` +
        `${MIN_JAR_LABEL_SIZE.heightMm} mm, got ${size.widthMm} × ${size.heightMm} mm`,
    );
  }
}
