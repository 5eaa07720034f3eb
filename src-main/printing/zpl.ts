// Renders label layouts to ZPL II for Zebra-style label printers, one format
// (^XA … ^XZ) per label, drawn from the same geometry as the PDF so a line sits
// where it sits on the screen. Only builds bytes: sending them is send.ts's job.
//
// What a person typed (a material, a stain) reaches the printer only inside
// field data, and there as hexadecimal escapes for the three characters that
// could end it or start a command (^ and ~, and _ because it starts an escape):
// a material that reads "^XZ^XA" prints as those letters, never as commands.
// The printer's own setup (darkness, media type, speed) is left alone: it
// belongs to the label stock loaded in it, not to each label.

import QRCode from 'qrcode';
import { placeLabel } from '../../src-shared/labels/geometry';
import {
  AVERAGE_CHAR_EM,
  cleanLineText,
  type LabelGeometry,
  type LabelLayout,
  type PlacedLine,
} from '../../src-shared/labels/layout';
import { toLatin1Text } from './latin1-text';

// 203 dpi, 8 dots per millimetre: the head of nearly every desktop Zebra. A
// 300 dpi printer prints the same label at two thirds of its size, in a corner.
const DOTS_PER_MM = 8;

// Modules of blank paper the QR standard asks around a symbol, as on the PDF.
const QUIET_ZONE = 4;

// Font 0 shrunk narrower than this stops being legible on a 203 dpi head.
const MIN_CHAR_WIDTH_DOTS = 8;

// The QR payload is written as it is, without escapes, so the printer encodes
// exactly what a scanner will read back; a code never holds ^ or ~, so a payload
// that does is refused rather than escaped.
const QR_PAYLOAD = /^[\x20-\x7e]+$/;
const ZPL_PREFIXES = /[\^~]/;

export function renderLabelZpl(layouts: LabelLayout[]): Buffer {
  if (layouts.length === 0) throw new RangeError('No labels to render');
  return Buffer.from(layouts.map(labelFormat).join(''), 'utf8');
}

function labelFormat(layout: LabelLayout): string {
  const { geometry, lines } = placeLabel(layout);

  // ^CI28: field data is UTF-8, so "Ñandú" needs no code page of its own.
  // ^PW and ^LL give the label's size, so a printer set up for a bigger stock
  // does not print past this one; ^LH0,0 measures from its corner.
  const commands = [
    '^XA',
    '^CI28',
    `^PW${dots(layout.size.widthMm)}`,
    `^LL${dots(layout.size.heightMm)}`,
    '^LH0,0',
    ...lines.map(textField),
    qrField(layout.qrPayload, geometry.qr),
    '^XZ',
  ];
  // The printer ignores line breaks between commands; they keep a job readable
  // in a log or a capture.
  return `${commands.join('\n')}\n`;
}

// Font 0 (the resident scalable font, a bold face: bold lines need nothing more)
// is drawn as tall as the line's em. Its widths are not known here, so a line
// that would overflow its box by the average letter the layout cut by is
// narrowed instead, keeping its height: a code stays whole and readable.
function textField({ line, box, yMm, fontMm }: PlacedLine): string {
  const text = toLatin1Text(cleanLineText(line.text));
  const height = dots(fontMm);
  const fits = Math.floor(
    dots(box.widthMm) / (Math.max(1, Array.from(text).length) * AVERAGE_CHAR_EM),
  );
  const width = Math.max(MIN_CHAR_WIDTH_DOTS, Math.min(height, fits));

  // ^FH makes "_" followed by two hexadecimal digits a byte of field data.
  return `^FO${dots(box.xMm)},${dots(yMm)}^A0N,${height},${width}^FH^FD${escapeFieldData(text)}^FS`;
}

function escapeFieldData(text: string): string {
  return text.replace(/[_^~]/g, (char) => `_${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

// ^BQN,2,m: model 2 (what every scanner reads) with m printer dots per module,
// the most that fits the square the geometry gives, quiet zone included.
// "MA," asks error correction M, as the PDF and ESC/POS labels use, and lets
// the printer choose the encoding (alphanumeric for a protocol's codes).
function qrField(payload: string, box: LabelGeometry['qr']): string {
  if (!QR_PAYLOAD.test(payload) || ZPL_PREFIXES.test(payload)) {
    throw new RangeError(`A label's QR payload must be a plain code: ${JSON.stringify(payload)}`);
  }

  const modules = QRCode.create(payload, { errorCorrectionLevel: 'M' }).modules.size;
  const fit = Math.floor(dots(box.sizeMm) / (modules + 2 * QUIET_ZONE));
  const magnification = Math.min(10, Math.max(1, fit));
  const x = dots(box.xMm) + QUIET_ZONE * magnification;
  const y = dots(box.yMm) + QUIET_ZONE * magnification;

  return `^FO${x},${y}^BQN,2,${magnification}^FDMA,${payload}^FS`;
}

function dots(mm: number): number {
  return Math.round(mm * DOTS_PER_MM);
}
