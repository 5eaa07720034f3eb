// Renders label layouts to ESC/POS bytes for thermal printers (Epson and the
// many printers that speak its language). Only builds bytes: sending them is
// send.ts's job, so this never touches the network or a device.
//
// Code page 850 (ESC t 2): it holds every Spanish letter and sign, and table 2
// is PC850 on Epson printers and on the compatible ones alike, while the higher
// tables (WPC1252 at 16, PC858 at 19) are missing or elsewhere on some of them.

import { BreakLine, CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import QRCode from 'qrcode';
import { labelGeometry } from '../../src-shared/labels/geometry';
import {
  cleanLineText,
  truncateLine,
  type LabelLayout,
  type LabelLine,
} from '../../src-shared/labels/layout';
import { toLatin1Text } from './latin1-text';

// Every text goes through toLatin1Text first: on meeting a character the page
// lacks, the library silently switches to another table that many printers do
// not have.
const CODE_PAGE = CharacterSet.PC850_MULTILINGUAL;

// 203 dpi, the resolution of nearly every thermal head.
const DOTS_PER_MM = 8;
const FONT_A_DOTS = 12;
const FONT_B_DOTS = 9;

const INITIALIZE = Buffer.from([0x1b, 0x40]);

// Modules of blank paper the QR standard asks around a symbol; counted in its
// size so that the printed QR matches the one on the PDF label.
const QUIET_ZONE = 4;

// The typings only admit a URI string; the library also takes an object as its
// interface, and one that refuses to execute proves this module never does I/O.
const NO_INTERFACE = {
  getPrinterName: () => 'none',
  isPrinterConnected: async () => false,
  execute: async () => {
    throw new Error('ESC/POS rendering does not send; use sendToPrinter');
  },
} as unknown as string;

export function renderLabelEscPos(layouts: LabelLayout[]): Buffer {
  if (layouts.length === 0) throw new RangeError('No labels to render');

  const printer = new ThermalPrinter({
    type: PrinterTypes.EPSON,
    interface: NO_INTERFACE,
    breakLine: BreakLine.NONE,
  });
  printer.add(INITIALIZE);
  for (const layout of layouts) appendLabel(printer, layout);
  return printer.getBuffer();
}

// A strip prints top to bottom with everything centred: the lines that run
// across the label, then the QR on its own, then the lines that sit beside it
// on the other drivers, which get the strip's whole width here.
function appendLabel(printer: ThermalPrinter, layout: LabelLayout): void {
  const geometry = labelGeometry(layout);
  const widthDots = geometry.headline.widthMm * DOTS_PER_MM;

  // The library follows every cut with ESC @, which resets the printer to its
  // default code page, so the page is chosen again for every label.
  printer.setCharacterSet(CODE_PAGE);
  printer.alignCenter();

  for (const line of layout.lines.slice(0, geometry.topLines)) {
    appendLine(printer, line, widthDots);
  }
  appendQr(printer, layout.qrPayload, geometry.qr.sizeMm);
  for (const line of layout.lines.slice(geometry.topLines)) appendLine(printer, line, widthDots);

  printer.partialCut();
}

// ESC ! selects size, emphasis and font together; GS ! is avoided because the
// library swaps its height and width nibbles.
function appendHeadline(printer: ThermalPrinter, line: LabelLine, widthDots: number): void {
  const text = toLatin1Text(cleanLineText(line.text));
  const doubleColumns = Math.floor(widthDots / (2 * FONT_A_DOTS));

  if (Array.from(text).length <= doubleColumns) printer.setTextQuadArea();
  else printer.setTextDoubleHeight();
  printer.bold(true);
  printer.println(text);
  printer.setTextNormal();
  printer.bold(false);
}

// A line that must stay whole (a code) is never cut here: if it is longer than
// the label it runs on, on a roll that is wider than the label or on a second row.
function appendLine(printer: ThermalPrinter, line: LabelLine, widthDots: number): void {
  if (line.size === 'xl') return appendHeadline(printer, line, widthDots);

  const small = line.size === 'sm';
  const columns = Math.floor(widthDots / (small ? FONT_B_DOTS : FONT_A_DOTS));
  const text = line.whole
    ? toLatin1Text(cleanLineText(line.text))
    : truncateLine(toLatin1Text(line.text), columns, '...');

  printer.setTextNormal();
  if (small) printer.setTypeFontB();
  if (line.bold) printer.bold(true);
  printer.println(text);
  if (line.bold) printer.bold(false);
  if (small) printer.setTypeFontA();
}

function appendQr(printer: ThermalPrinter, payload: string, sizeMm: number): void {
  // GS ( k counts bytes while the library counts UTF-16 units: they agree only
  // for ASCII, which protocol and temporary codes are.
  if (!/^[\x20-\x7e]+$/.test(payload)) {
    throw new RangeError(
      `A label's QR payload must be printable ASCII: ${JSON.stringify(payload)}`,
    );
  }

  const modules = QRCode.create(payload, { errorCorrectionLevel: 'M' }).modules.size;
  const targetDots = sizeMm * DOTS_PER_MM;
  const cellSize = Math.min(8, Math.max(1, Math.floor(targetDots / (modules + 2 * QUIET_ZONE))));

  printer.printQR(payload, { cellSize, correction: 'M', model: 2 });
  printer.newLine();
}
