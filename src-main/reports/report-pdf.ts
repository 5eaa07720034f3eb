// The signed pathology report as a PDF: A4, in Spanish, in the institution's format.
// Every page carries the lab's header and a footer with the page count, the protocol,
// the version and the SHA-256 of the signed content, so a loose printed page can be
// matched with the version it belongs to. The same input must give the same bytes (no
// clock time, no random identifier): a copy made again later can be compared with the
// one the veterinarian received.

import PDFDocument from 'pdfkit';
import { formatLocalDay } from '../../src-shared/calendar';
import { AppError } from '../../src-shared/errors';
import { translate, type MessageKey, type MessageParams } from '../../src-shared/i18n/translate';
import { BOLD, REGULAR, loadFonts } from '../printing/pdf';
import type { ReportPdfInput } from './report-pdf-input';
import { FIGURE_LIMITS, pixelParams } from './image-check';
import { openReportImage, OversizedImage, type OpenedImage } from './report-pdf-images';

type Doc = PDFKit.PDFDocument;

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN_X = 57;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;

const HEADER_TOP = 30;
const LOGO_SIZE = 54;
const LAB_X = MARGIN_X + LOGO_SIZE + 12;
const TITLE_SIZE = 10;
const NUMBER_SIZE = 18;

const FOOTER_RULE_Y = PAGE_HEIGHT - 58;
const BODY_BOTTOM_MARGIN = 72;

const BODY_SIZE = 9.5;
const SMALL_SIZE = 8;
const HEADING_SIZE = 10.5;
const LINE_GAP = 1.5;

const FIGURE_GAP = 16;
const FIGURE_WIDTH = (CONTENT_WIDTH - FIGURE_GAP) / 2;
const FIGURE_HEIGHT = 160;
const SIGNATURE_WIDTH = 250;
const SIGNATURE_IMAGE_HEIGHT = 55;

const INK = '#000000';
const MUTED = '#555555';
const RULE = '#9a9a9a';
const MARK = '#1f4e5f';
const MARK_LIGHT = '#d8e6ea';
const AMENDED = '#9b1c1c';
const EARLY = '#8a5a00';

const SHA256_HEX = /^[0-9a-f]{64}$/i;

export async function renderReportPdf(input: ReportPdfInput): Promise<Buffer> {
  if (!SHA256_HEX.test(input.contentSha256)) {
    throw new RangeError('contentSha256 must be 64 hexadecimal characters');
  }
  const { regular, bold } = loadFonts();
  const signedAt = new Date(input.signature.signedAt);

  // The signing instant stands for the file's dates: fixed by the input, and what a
  // viewer's "created" should say of a signed report. pdfkit derives the file's /ID
  // from these fields, so no random identifier is written either.
  const doc = new PDFDocument({
    font: regular as unknown as string,
    autoFirstPage: false,
    bufferPages: true,
    compress: true,
    lang: 'es-AR',
    displayTitle: true,
    info: {
      Title: t('pdf.report.documentTitle', {
        number: input.protocol.number,
        version: input.version.number,
      }),
      Author: input.lab.name,
      Producer: 'Patolab',
      Creator: 'Patolab',
      CreationDate: signedAt,
      ModDate: signedAt,
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

  const logo = input.lab.logo
    ? openImage(doc, input.lab.logo, 'PatolabLogo', t('pdf.report.image.logo'))
    : null;
  const header = measureHeader(doc, input);
  const page: PDFKit.PDFDocumentOptions = {
    size: [PAGE_WIDTH, PAGE_HEIGHT],
    margins: { top: header.bodyTop, bottom: BODY_BOTTOM_MARGIN, left: MARGIN_X, right: MARGIN_X },
  };
  const newPage = () => doc.addPage(page);
  newPage();

  drawNotices(doc, input);
  drawFacts(doc, input);
  drawParties(doc, input);
  drawSubmission(doc, input, newPage);
  drawSections(doc, input, newPage);
  // The signature follows the diagnosis it signs; the figures come after it, as an annex.
  drawSignature(doc, input, newPage);
  drawFigures(doc, input, newPage);

  // Only now is the page count known.
  const { start, count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    drawHeader(doc, input, header, logo);
    drawFooter(doc, input, i + 1, count);
  }

  doc.end();
  return done;
}

function t(key: MessageKey, params?: MessageParams): string {
  return translate('es-AR', key, params);
}

function field(label: MessageKey, value: string): string {
  return t('pdf.report.field', { label: t(label), value });
}

/** Text typed by a person: no stray carriage returns, no blank edges; null when empty. */
function typed(text: string | null): string | null {
  const clean = (text ?? '').replace(/\r\n?/g, '\n').trim();
  return clean === '' ? null : clean;
}

// --- header and footer -------------------------------------------------------------

interface HeaderGeometry {
  titleWidth: number;
  labWidth: number;
  ruleY: number;
  bodyTop: number;
}

/** The title takes the width it needs on the right; the lab's name and lines the rest. */
function measureHeader(doc: Doc, input: ReportPdfInput): HeaderGeometry {
  doc.font(BOLD).fontSize(TITLE_SIZE);
  const titleNeeds = doc.widthOfString(reportTitle(input));
  doc.fontSize(NUMBER_SIZE);
  const numberNeeds = doc.widthOfString(input.protocol.number);
  const titleWidth = Math.min(Math.max(titleNeeds, numberNeeds) + 2, CONTENT_WIDTH / 2);
  const labWidth = CONTENT_WIDTH - (LAB_X - MARGIN_X) - titleWidth - 12;

  doc.fontSize(TITLE_SIZE);
  let titleHeight = doc.heightOfString(reportTitle(input), { width: titleWidth }) + 4;
  doc.fontSize(NUMBER_SIZE);
  titleHeight += doc.heightOfString(input.protocol.number, { width: titleWidth });

  doc.font(BOLD).fontSize(11);
  let labHeight = doc.heightOfString(input.lab.name, { width: labWidth });
  doc.font(REGULAR).fontSize(7.5);
  for (const line of input.lab.lines) labHeight += doc.heightOfString(line, { width: labWidth });

  const ruleY = HEADER_TOP + Math.max(LOGO_SIZE, labHeight, titleHeight) + 8;
  return { titleWidth, labWidth, ruleY, bodyTop: ruleY + 16 };
}

function reportTitle(input: ReportPdfInput): string {
  return t(`pdf.report.title.${input.protocol.kind}`);
}

function drawHeader(
  doc: Doc,
  input: ReportPdfInput,
  header: HeaderGeometry,
  logo: OpenedImage | null,
): void {
  if (logo) drawLogo(doc, logo);
  else drawMark(doc);

  // Explicit heights keep pdfkit from ever starting a page for text in the margins.
  const room = { height: PAGE_HEIGHT };
  doc.fillColor(INK).font(BOLD).fontSize(11);
  doc.text(input.lab.name, LAB_X, HEADER_TOP, { width: header.labWidth, ...room });
  doc.fillColor(MUTED).font(REGULAR).fontSize(7.5);
  for (const line of input.lab.lines) doc.text(line, { width: header.labWidth, ...room });

  const titleX = MARGIN_X + CONTENT_WIDTH - header.titleWidth;
  const titleOptions = { width: header.titleWidth, align: 'right' as const, ...room };
  doc.fillColor(INK).font(BOLD).fontSize(TITLE_SIZE);
  doc.text(reportTitle(input), titleX, HEADER_TOP, titleOptions);
  doc.fontSize(NUMBER_SIZE);
  doc.text(input.protocol.number, titleX, doc.y + 4, titleOptions);

  doc.moveTo(MARGIN_X, header.ruleY).lineTo(MARGIN_X + CONTENT_WIDTH, header.ruleY);
  doc.lineWidth(0.8).strokeColor(RULE).stroke();
}

/** A lens over a cell, for a lab that has not loaded its logo. */
function drawMark(doc: Doc): void {
  const cx = MARGIN_X + LOGO_SIZE / 2;
  const cy = HEADER_TOP + LOGO_SIZE / 2;
  doc.circle(cx, cy, LOGO_SIZE / 2 - 3);
  doc.lineWidth(3).strokeColor(MARK).stroke();
  doc.circle(cx, cy, LOGO_SIZE / 2 - 10);
  doc.fillColor(MARK_LIGHT).fill();
  doc.circle(cx - 4, cy + 2, 8);
  doc.fillColor(MARK).fill();
}

function drawFooter(doc: Doc, input: ReportPdfInput, pageNumber: number, pages: number): void {
  doc.moveTo(MARGIN_X, FOOTER_RULE_Y).lineTo(MARGIN_X + CONTENT_WIDTH, FOOTER_RULE_Y);
  doc.lineWidth(0.5).strokeColor(RULE).stroke();

  const room = { height: PAGE_HEIGHT };
  const y = FOOTER_RULE_Y + 6;
  doc.fillColor(MUTED).font(REGULAR).fontSize(7.5);
  const protocol = t('pdf.report.footer.protocol', {
    number: input.protocol.number,
    version: input.version.number,
  });
  doc.text(protocol, MARGIN_X, y, { width: CONTENT_WIDTH / 2, ...room });
  const pageText = t('pdf.report.footer.page', { page: pageNumber, pages });
  doc.text(pageText, MARGIN_X + CONTENT_WIDTH / 2, y, {
    width: CONTENT_WIDTH / 2,
    align: 'right',
    ...room,
  });

  doc.fontSize(6.5);
  const sha = t('pdf.report.footer.sha256', { hash: input.contentSha256.toLowerCase() });
  doc.text(sha, MARGIN_X, y + 11, { width: CONTENT_WIDTH, ...room });
}

// --- page 1: notices, facts, parties --------------------------------------------------

function drawNotices(doc: Doc, input: ReportPdfInput): void {
  const { amends, amendmentReason, earlyReason, number } = input.version;
  if (amends) {
    const lines = [
      t('pdf.report.amended.replaces', {
        version: amends.number,
        date: formatLocalDay(amends.signedAt, input.timeZone),
        time: localTime(amends.signedAt, input.timeZone),
      }),
    ];
    const reason = typed(amendmentReason);
    if (reason) lines.push(t('pdf.report.amended.reason', { reason }));
    drawNotice(doc, AMENDED, t('pdf.report.amended.title', { version: number }), lines);
  }
  const early = typed(earlyReason);
  if (early) drawNotice(doc, EARLY, null, [t('pdf.report.early', { reason: early })]);
}

/** A framed box with a coloured bar on its left, for what must not be overlooked. */
function drawNotice(doc: Doc, colour: string, title: string | null, lines: string[]): void {
  const padding = 7;
  const textX = MARGIN_X + padding + 4;
  const width = CONTENT_WIDTH - 2 * padding - 4;
  const text = lines.join('\n');

  doc.font(BOLD).fontSize(11);
  const titleHeight = title ? doc.heightOfString(title, { width }) + 2 : 0;
  doc.font(REGULAR).fontSize(BODY_SIZE);
  const height = titleHeight + doc.heightOfString(text, { width, lineGap: LINE_GAP }) + 2 * padding;

  const top = doc.y;
  doc.lineWidth(0.8).rect(MARGIN_X, top, CONTENT_WIDTH, height).strokeColor(colour).stroke();
  doc.rect(MARGIN_X, top, 4, height).fillColor(colour).fill();
  if (title) {
    doc.fillColor(colour).font(BOLD).fontSize(11);
    doc.text(title, textX, top + padding, { width });
    doc.y += 2;
  }
  doc.fillColor(INK).font(REGULAR).fontSize(BODY_SIZE);
  doc.text(text, textX, title ? doc.y : top + padding, { width, lineGap: LINE_GAP });
  doc.x = MARGIN_X;
  doc.y = top + height + 10;
}

function drawFacts(doc: Doc, input: ReportPdfInput): void {
  const { submissionDate, receivedAt } = input.protocol;
  const facts = [field('pdf.report.submitted', calendarDay(submissionDate))];
  if (receivedAt) {
    facts.push(field('pdf.report.received', localDateTime(receivedAt, input.timeZone)));
  }
  facts.push(field('pdf.report.version', String(input.version.number)));

  doc.fillColor(MUTED).font(REGULAR).fontSize(SMALL_SIZE);
  doc.text(facts.join('     '), MARGIN_X, doc.y, { width: CONTENT_WIDTH });
  doc.y += 8;
}

/** The veterinarian and the animal side by side; both fit on page 1 whatever they say. */
function drawParties(doc: Doc, input: ReportPdfInput): void {
  const { veterinarian: vet, animal } = input;
  const columnWidth = (CONTENT_WIDTH - 20) / 2;
  const vetLines = [
    vet.name,
    field('pdf.report.license', vet.license),
    field('pdf.report.email', vet.email),
  ];
  if (vet.phone) vetLines.push(field('pdf.report.phone', vet.phone));
  const animalLines = [field('pdf.report.species', animal.species)];
  if (animal.breed) animalLines.push(field('pdf.report.breed', animal.breed));
  animalLines.push(field('pdf.report.sex', animal.sex));
  if (animal.age) animalLines.push(field('pdf.report.age', animal.age));
  if (animal.identification) {
    animalLines.push(field('pdf.report.identification', animal.identification));
  }
  if (animal.owner) animalLines.push(field('pdf.report.owner', animal.owner));

  const top = doc.y;
  const left = drawColumn(doc, t('pdf.report.veterinarian'), vetLines, MARGIN_X, top, columnWidth);
  const rightX = MARGIN_X + columnWidth + 20;
  const right = drawColumn(doc, t('pdf.report.animal'), animalLines, rightX, top, columnWidth);
  doc.x = MARGIN_X;
  doc.y = Math.max(left, right) + 4;
}

/** Draws a titled column and answers where it ends. */
function drawColumn(
  doc: Doc,
  title: string,
  lines: string[],
  x: number,
  y: number,
  width: number,
): number {
  doc.fillColor(INK).font(BOLD).fontSize(HEADING_SIZE);
  doc.text(title, x, y, { width });
  underline(doc, x, width);
  doc.font(REGULAR).fontSize(BODY_SIZE);
  doc.text(lines.join('\n'), x, doc.y, { width, lineGap: LINE_GAP });
  return doc.y;
}

function drawSubmission(doc: Doc, input: ReportPdfInput, newPage: () => void): void {
  block(doc, newPage, t('pdf.report.presumptiveDiagnosis'), typed(input.presumptiveDiagnosis));
  block(doc, newPage, t('pdf.report.clinicalHistory'), typed(input.clinicalHistory));
  const material = input.material.map((line) => line.trim()).filter((line) => line !== '');
  block(doc, newPage, t('pdf.report.material'), material.length ? material.join('\n') : null);
}

// --- the pathologist's sections -------------------------------------------------------

function drawSections(doc: Doc, input: ReportPdfInput, newPage: () => void): void {
  const { macroscopic, microscopic, diagnosis, comments } = input.sections;
  block(doc, newPage, t('pdf.report.macroscopic'), typed(macroscopic));

  const general = typed(microscopic.general);
  const items = microscopic.items
    .map((item) => ({ code: item.code.trim(), text: typed(item.text) }))
    .filter((item) => item.text !== null);
  if (general || items.length) {
    const first = general ?? items[0]!.text!;
    heading(doc, newPage, t('pdf.report.microscopic'), first);
    if (general) paragraph(doc, general);
    for (const item of items) {
      keepWithNext(doc, newPage, item.code, item.text!, BODY_SIZE);
      doc.y += 4;
      doc.fillColor(INK).font(BOLD).fontSize(BODY_SIZE);
      doc.text(item.code, MARGIN_X + 10, doc.y, { width: CONTENT_WIDTH - 10 });
      paragraph(doc, item.text!, { indent: 10 });
    }
  }

  block(doc, newPage, t('pdf.report.diagnosis'), typed(diagnosis), { bold: true });
  block(doc, newPage, t('pdf.report.comments'), typed(comments));
}

/** A heading and its text, or nothing at all when there is no text. */
function block(
  doc: Doc,
  newPage: () => void,
  title: string,
  text: string | null,
  options: { bold?: boolean } = {},
): void {
  if (text === null) return;
  heading(doc, newPage, title, text);
  paragraph(doc, text, options);
}

function heading(doc: Doc, newPage: () => void, title: string, firstText: string): void {
  doc.y += 10;
  keepWithNext(doc, newPage, title, firstText, HEADING_SIZE);
  doc.fillColor(INK).font(BOLD).fontSize(HEADING_SIZE);
  doc.text(title, MARGIN_X, doc.y, { width: CONTENT_WIDTH });
  underline(doc, MARGIN_X, CONTENT_WIDTH);
}

function underline(doc: Doc, x: number, width: number): void {
  const y = doc.y + 1;
  doc.moveTo(x, y).lineTo(x + width, y);
  doc.lineWidth(0.5).strokeColor(RULE).stroke();
  doc.y = y + 4;
}

/** Starts a new page unless a title and the first two lines of its text fit below it. */
function keepWithNext(
  doc: Doc,
  newPage: () => void,
  title: string,
  text: string,
  titleSize: number,
): void {
  doc.font(BOLD).fontSize(titleSize);
  const titleHeight = doc.heightOfString(title, { width: CONTENT_WIDTH }) + 5;
  doc.font(REGULAR).fontSize(BODY_SIZE);
  const lines = Math.min(2, text.split('\n').length + 1);
  const textHeight = lines * (doc.currentLineHeight(true) + LINE_GAP);
  ensureRoom(doc, newPage, titleHeight + textHeight);
}

function paragraph(
  doc: Doc,
  text: string,
  options: { bold?: boolean; indent?: number } = {},
): void {
  const indent = options.indent ?? 0;
  doc.fillColor(INK).font(options.bold ? BOLD : REGULAR);
  doc.fontSize(BODY_SIZE);
  doc.text(text, MARGIN_X + indent, doc.y, {
    width: CONTENT_WIDTH - indent,
    lineGap: LINE_GAP,
    paragraphGap: 3,
  });
  doc.x = MARGIN_X;
}

function ensureRoom(doc: Doc, newPage: () => void, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) newPage();
}

// --- figures and signature ------------------------------------------------------------

/** Two figures a row, each with its caption; a row never splits across pages. */
function drawFigures(doc: Doc, input: ReportPdfInput, newPage: () => void): void {
  if (input.images.length === 0) return;
  const figures = input.images.map((image, i) => {
    const n = i + 1;
    const what = t('pdf.report.image.figure', { n });
    const opened = openImage(doc, image.data, `PatolabFigure${n}`, what);
    const caption = t('pdf.report.figure', { n, caption: image.caption.trim() });
    doc.font(REGULAR).fontSize(SMALL_SIZE);
    const captionHeight = doc.heightOfString(caption, { width: FIGURE_WIDTH });
    return { opened, ...fitted(opened, FIGURE_WIDTH, FIGURE_HEIGHT), caption, captionHeight };
  });

  for (let i = 0; i < figures.length; i += 2) {
    const row = figures.slice(i, i + 2);
    const rowHeight = Math.max(...row.map((f) => f.height + 4 + f.captionHeight));
    if (i === 0) {
      doc.y += 10;
      ensureRoom(doc, newPage, HEADING_SIZE * 2 + rowHeight);
      doc.fillColor(INK).font(BOLD).fontSize(HEADING_SIZE);
      doc.text(t('pdf.report.figures'), MARGIN_X, doc.y, { width: CONTENT_WIDTH });
      underline(doc, MARGIN_X, CONTENT_WIDTH);
      doc.y += 2;
    } else {
      ensureRoom(doc, newPage, rowHeight);
    }

    const top = doc.y;
    // A figure alone in its row sits in the middle of the page.
    let x = row.length === 1 ? MARGIN_X + (CONTENT_WIDTH - FIGURE_WIDTH) / 2 : MARGIN_X;
    for (const figure of row) {
      const imageX = x + (FIGURE_WIDTH - figure.width) / 2;
      doc.image(figure.opened as never, imageX, top, {
        width: figure.width,
        height: figure.height,
      });
      doc.fillColor(INK).font(REGULAR).fontSize(SMALL_SIZE);
      doc.text(figure.caption, x, top + figure.height + 4, {
        width: FIGURE_WIDTH,
        align: 'center',
      });
      x += FIGURE_WIDTH + FIGURE_GAP;
    }
    doc.x = MARGIN_X;
    doc.y = top + rowHeight + 12;
  }
}

/** Image, name, license, date and what the signature means, kept on one page. */
function drawSignature(doc: Doc, input: ReportPdfInput, newPage: () => void): void {
  const { signature, timeZone } = input;
  const image = signature.image
    ? openImage(doc, signature.image, 'PatolabSignature', t('pdf.report.image.signature'))
    : null;
  const shown = image
    ? fitted(image, SIGNATURE_WIDTH, SIGNATURE_IMAGE_HEIGHT)
    : { width: 0, height: 0 };

  const lines = [];
  if (signature.license) {
    lines.push(t('pdf.report.signature.license', { license: signature.license }));
  }
  const date = formatLocalDay(signature.signedAt, timeZone);
  const time = localTime(signature.signedAt, timeZone);
  lines.push(t('pdf.report.signature.signedAt', { date, time }));
  const meaning = t('pdf.report.signature.meaning', { name: signature.name });

  const nameSize = BODY_SIZE + 0.5;
  doc.font(BOLD).fontSize(nameSize);
  const nameHeight = doc.heightOfString(signature.name, { width: SIGNATURE_WIDTH });
  doc.font(REGULAR).fontSize(BODY_SIZE);
  const linesHeight = doc.heightOfString(lines.join('\n'), { width: SIGNATURE_WIDTH });
  doc.fontSize(SMALL_SIZE);
  const meaningHeight = doc.heightOfString(meaning, { width: CONTENT_WIDTH });
  doc.y += 18;
  const height = shown.height + 6 + nameHeight + linesHeight + 8 + meaningHeight;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
    // A page that ends with the text and no signature says where the signature is.
    doc.fillColor(MUTED).font(REGULAR).fontSize(SMALL_SIZE);
    doc.text(t('pdf.report.signature.continues'), MARGIN_X, doc.y, { width: CONTENT_WIDTH });
    newPage();
  }

  const x = MARGIN_X + CONTENT_WIDTH - SIGNATURE_WIDTH;
  if (image) {
    doc.image(image as never, x + (SIGNATURE_WIDTH - shown.width) / 2, doc.y, shown);
    doc.y += shown.height;
  }
  doc.y += 4;
  doc.moveTo(x, doc.y).lineTo(x + SIGNATURE_WIDTH, doc.y);
  doc.lineWidth(0.6).strokeColor(INK).stroke();
  doc.y += 2;

  const centred = { width: SIGNATURE_WIDTH, align: 'center' as const };
  doc.fillColor(INK).font(BOLD).fontSize(nameSize);
  doc.text(signature.name, x, doc.y, centred);
  doc.font(REGULAR).fontSize(BODY_SIZE);
  doc.text(lines.join('\n'), x, doc.y, centred);

  doc.y += 8;
  doc.fillColor(MUTED).fontSize(SMALL_SIZE);
  doc.text(meaning, MARGIN_X, doc.y, { width: CONTENT_WIDTH });
}

// --- images and dates -------------------------------------------------------------------

/**
 * A picture the PDF cannot take is the pathologist's to replace, not a fault of the
 * program: it is refused as such, naming which picture it is.
 */
function openImage(doc: Doc, data: Buffer, label: string, what: string): OpenedImage {
  try {
    return openReportImage(doc, data, label);
  } catch (error) {
    if (error instanceof OversizedImage) {
      throw new AppError('VALIDATION', 'pdf.report.error.imageTooLarge', {
        what,
        ...pixelParams(error.width, error.height, error.format, FIGURE_LIMITS),
      });
    }
    throw new AppError('VALIDATION', 'pdf.report.error.badImage', { what });
  }
}

/** Width and height as shown: pdfkit turns a JPEG whose camera says it was held sideways. */
function upright(image: OpenedImage): [number, number] {
  return (image.orientation ?? 1) > 4 ? [image.height, image.width] : [image.width, image.height];
}

/** The size that fills the box without distorting the picture. */
function fitted(image: OpenedImage, boxWidth: number, boxHeight: number) {
  const [width, height] = upright(image);
  const scale = Math.min(boxWidth / width, boxHeight / height);
  return { width: width * scale, height: height * scale };
}

/** The logo in its square, against the left margin and centred in height. */
function drawLogo(doc: Doc, logo: OpenedImage): void {
  const shown = fitted(logo, LOGO_SIZE, LOGO_SIZE);
  doc.image(logo as never, MARGIN_X, HEADER_TOP + (LOGO_SIZE - shown.height) / 2, shown);
}

/** `2026-12-04` as `04/12/2026`: a calendar day, with no time zone to apply. */
function calendarDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/** `05/12/2026 10:42` in the lab's zone. */
function localDateTime(iso: string, timeZone: string): string {
  return `${formatLocalDay(iso, timeZone)} ${localTime(iso, timeZone)}`;
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** `10:42` in the lab's zone; `hourCycle` keeps midnight as 00, never 24. */
function localTime(iso: string, timeZone: string): string {
  let formatter = timeFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('es-AR', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    timeFormatters.set(timeZone, formatter);
  }
  return formatter.format(new Date(iso));
}
