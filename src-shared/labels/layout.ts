// What every label is made of, whatever it goes on: a size, lines of text and a
// QR payload. A label's own file (jar-label.ts, item-label.ts) decides what it
// says and where each part goes; the drivers (PDF, ESC/POS, ZPL) only draw.
// Also the text rules every label shares: how a line is cleaned, measured and
// cut. Pure: no Node, no DOM.

/** What a label goes on; it is also the purpose a printer is chosen for. */
export const LABEL_KINDS = ['jar', 'cassette', 'slide'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

export interface LabelSize {
  widthMm: number;
  heightMm: number;
}

export type LineSize = 'xl' | 'md' | 'sm';

export interface LabelLine {
  text: string;
  size: LineSize;
  bold?: boolean;
  /**
   * Never cut, like a code a person may have to type: a driver that cannot fit
   * it shrinks it or lets it run on. Other lines were already cut to fit.
   */
  whole?: boolean;
}

export interface LabelLayout {
  kind: LabelKind;
  size: LabelSize;
  qrPayload: string;
  lines: LabelLine[];
}

export interface Box {
  xMm: number;
  yMm: number;
  widthMm: number;
}

/**
 * Where the parts of a label go, measured from its top-left corner. The first
 * `topLines` lines run across the label, one under the other from the
 * headline's top; the rest stack beside the QR from the body's top.
 */
export interface LabelGeometry {
  marginMm: number;
  /** Em size of each line size on this kind of label, in millimetres. */
  fontMm: Record<LineSize, number>;
  topLines: number;
  headline: Box;
  body: Box;
  /** The QR square, quiet zone included. */
  qr: { xMm: number; yMm: number; sizeMm: number };
}

/** One line of a layout where it is drawn: its box, the top of its line and its em size. */
export interface PlacedLine {
  line: LabelLine;
  box: Box;
  yMm: number;
  fontMm: number;
}

/** Distance from one baseline to the next, as a multiple of the em size. */
export const LINE_HEIGHT = 1.2;

// Average advance of a letter in DejaVu Sans, the labels' font, as a fraction of
// the em: names written in mixed case measure 0.49 to 0.62, capitals about 0.63.
// A renderer that can measure (PDF) shrinks the rare line that still overflows.
export const AVERAGE_CHAR_EM = 0.6;

const ELLIPSIS = '…';

/** Said on a label printed before its protocol number was given (offline, no block left). */
export const NUMBER_PENDING_MARK = 'N° PENDIENTE';

/** Printable ASCII without spaces at either end: what a scanner reads back as typed. */
export const SCANNABLE_CODE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/** How many average letters of an em size fit in a width. */
export function charsThatFitEm(widthMm: number, emMm: number): number {
  return Math.max(0, Math.floor(widthMm / (emMm * AVERAGE_CHAR_EM)));
}

/** Where each line goes, in the order the layout lists them. */
export function placeLines(geometry: LabelGeometry, lines: LabelLine[]): PlacedLine[] {
  let topY = geometry.headline.yMm;
  let bodyY = geometry.body.yMm;

  return lines.map((line, index) => {
    const fontMm = geometry.fontMm[line.size];
    const step = fontMm * LINE_HEIGHT;
    if (index < geometry.topLines) {
      const placed = { line, box: geometry.headline, yMm: topY, fontMm };
      topY += step;
      return placed;
    }
    const placed = { line, box: geometry.body, yMm: bodyY, fontMm };
    bodyY += step;
    return placed;
  });
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

/**
 * Breaks a text into at most `maxLines` lines of at most `maxChars` characters,
 * between words where it can (after a space or a hyphen), and cuts the last line
 * with an ellipsis when the text does not fit. "Hígado, lóbulo izquierdo" on a
 * narrow label reads better over two lines than cut after "Hígado".
 */
export function wrapLines(text: string, maxChars: number, maxLines: number): string[] {
  const clean = cleanLineText(text);
  if (clean === '' || maxLines <= 0 || maxChars <= 0) return [];

  const lines: string[] = [];
  let rest = Array.from(clean);
  while (rest.length > 0 && lines.length < maxLines - 1) {
    if (rest.length <= maxChars) break;

    // The last break that leaves the line within the width; none means a word
    // longer than the line, which is split where the line ends.
    let cut = maxChars;
    for (let i = maxChars; i > 0; i--) {
      if (rest[i] === ' ' || rest[i - 1] === '-') {
        cut = i;
        break;
      }
    }
    lines.push(rest.slice(0, cut).join('').trimEnd());
    rest = Array.from(rest.slice(cut).join('').trimStart());
  }

  if (rest.length > 0) lines.push(truncateLine(rest.join(''), maxChars));
  return lines;
}

export function assertLabelSize(size: LabelSize, min: LabelSize, what: string): void {
  const ok =
    Number.isFinite(size.widthMm) &&
    Number.isFinite(size.heightMm) &&
    size.widthMm >= min.widthMm &&
    size.heightMm >= min.heightMm;
  if (!ok) {
    throw new RangeError(
      `A ${what} label must be at least ${min.widthMm} × ${min.heightMm} mm, ` +
        `got ${size.widthMm} × ${size.heightMm} mm`,
    );
  }
}
