// Renders label layouts to a PDF, one page per label and each page the size of
// the label, for any printer with a driver and for the screen. The same input
// must give the same bytes: a reprint can then be compared with the original,
// so the file carries no clock time and no random identifier. The QR is drawn
// as vector squares so it stays sharp at any printer resolution.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import * as fontkit from 'fontkit';
import QRCode from 'qrcode';
import { placeLabel } from '../../src-shared/labels/geometry';
import type { LabelLayout, PlacedLine } from '../../src-shared/labels/layout';

const POINTS_PER_MM = 72 / 25.4;

// Any fixed instant would do; the labels' content is what tells two files apart.
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

const QR_QUIET_ZONE_MODULES = 4;

export const REGULAR = 'DejaVuSans';
export const BOLD = 'DejaVuSans-Bold';

let assetsDirOverride: string | null = null;
// Parsed fonts, kept for the life of the process: parsing DejaVu's tables costs
// far more than drawing a label, and pdfkit accepts an already parsed font.
type ParsedFont = ReturnType<typeof fontkit.create>;
let fonts: { dir: string; regular: ParsedFont; bold: ParsedFont } | null = null;

/**
 * Where the `fonts` folder lives, for the packaged app whose files are not laid
 * out as in the repository.
 */
export function setAssetsDir(dir: string): void {
  assetsDirOverride = path.resolve(dir);
  fonts = null;
}

export async function renderLabelPdf(layouts: LabelLayout[]): Promise<Buffer> {
  if (layouts.length === 0) throw new RangeError('No labels to render');
  const { regular, bold } = loadFonts();

  // The default font is ours, so pdfkit never loads its Helvetica metrics.
  const doc = new PDFDocument({
    font: regular as unknown as string,
    autoFirstPage: false,
    compress: true,
    info: {
      Title: 'Etiquetas',
      Producer: 'Patolab',
      Creator: 'Patolab',
      CreationDate: FIXED_DATE,
      ModDate: FIXED_DATE,
    },
  });
  doc.registerFont(REGULAR, regular as unknown as Buffer);
  doc.registerFont(BOLD, bold as unknown as Buffer);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  for (const layout of layouts) drawLabel(doc, layout);
  doc.end();
  return done;
}

function drawLabel(doc: PDFKit.PDFDocument, layout: LabelLayout): void {
  const { size, qrPayload } = layout;
  const { geometry, lines } = placeLabel(layout);
  doc.addPage({ size: [pt(size.widthMm), pt(size.heightMm)], margin: 0 });

  drawQr(doc, qrPayload, geometry.qr);

  doc.fillColor('#000000');
  for (const placed of lines) drawLine(doc, placed);
}

// The layout already cut long lines by an average letter width, and a code is
// never cut; a line of wide capitals or a long code can still overflow, and
// shrinking it is better than printing over the QR or off the label.
function drawLine(doc: PDFKit.PDFDocument, { line, box, yMm, fontMm }: PlacedLine): void {
  doc.font(line.bold ? BOLD : REGULAR);
  let fontSize = pt(fontMm);
  doc.fontSize(fontSize);

  const width = doc.widthOfString(line.text);
  if (width > pt(box.widthMm)) {
    fontSize = (fontSize * pt(box.widthMm)) / width;
    doc.fontSize(fontSize);
  }

  doc.text(line.text, pt(box.xMm), pt(yMm), { lineBreak: false });
}

function drawQr(
  doc: PDFKit.PDFDocument,
  payload: string,
  box: { xMm: number; yMm: number; sizeMm: number },
): void {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  const module = pt(box.sizeMm) / (count + 2 * QR_QUIET_ZONE_MODULES);
  const left = pt(box.xMm) + QR_QUIET_ZONE_MODULES * module;
  const top = pt(box.yMm) + QR_QUIET_ZONE_MODULES * module;

  // One rectangle per run of dark modules in a row, all filled as one path, so
  // no hairline seams appear between neighbouring modules when rasterised.
  for (let row = 0; row < count; row++) {
    let col = 0;
    while (col < count) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && modules.get(row, col)) col++;
      doc.rect(left + start * module, top + row * module, (col - start) * module, module);
    }
  }
  doc.fill('#000000');
}

function pt(mm: number): number {
  return mm * POINTS_PER_MM;
}

export function loadFonts(): { regular: ParsedFont; bold: ParsedFont } {
  const dir = path.join(assetsDir(), 'fonts');
  if (fonts?.dir !== dir) {
    fonts = {
      dir,
      regular: fontkit.create(fs.readFileSync(path.join(dir, `${REGULAR}.ttf`))),
      bold: fontkit.create(fs.readFileSync(path.join(dir, `${BOLD}.ttf`))),
    };
  }
  return fonts;
}

// From the repository, this file sits two folders below the root; bundled, the
// depth changes and `import.meta.url` may be missing, hence the search upwards
// from both this file and the working folder.
function assetsDir(): string {
  if (assetsDirOverride) return assetsDirOverride;

  const starts: string[] = [];
  try {
    starts.push(path.dirname(fileURLToPath(import.meta.url)));
  } catch {
    // Bundled as CommonJS: there is no module URL, the working folder remains.
  }
  starts.push(process.cwd());

  for (const start of starts) {
    let dir = start;
    for (;;) {
      const candidate = path.join(dir, 'assets');
      if (fs.existsSync(path.join(candidate, 'fonts', `${REGULAR}.ttf`))) return candidate;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new Error(
    'No se encuentran las fuentes de los documentos (assets/fonts/DejaVuSans.ttf); ' +
      'reinstale el programa.',
  );
}
