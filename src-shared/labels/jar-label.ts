// A specimen jar's label as data: what it says, in which size, and where things
// go on the paper. The PDF, ESC/POS and ZPL drivers draw this same layout, so
// the label reads the same on whichever printer the lab has. The QR carries the
// protocol number only: a jar travels through hands that must not learn the
// owner's details from a scan. Pure: no Node, no DOM.

import { DEFAULT_TIME_ZONE, formatLocalDay } from '../calendar';
import {
  assertLabelSize,
  charsThatFitEm,
  cleanLineText,
  LINE_HEIGHT,
  NUMBER_PENDING_MARK,
  SCANNABLE_CODE,
  truncateLine,
  type LabelGeometry,
  type LabelLayout,
  type LabelLine,
  type LabelSize,
  type LineSize,
} from './layout';

// The shared parts were first written for the jar and are still imported from
// here by older callers.
export {
  cleanLineText,
  LINE_HEIGHT,
  truncateLine,
  type Box,
  type LabelLayout,
  type LabelLine,
  type LabelSize,
  type LineSize,
} from './layout';

// 62 mm is the continuous-roll width of the common desktop label printers
// (Brother QL, DK-22205) and fits inside the 72 mm printable width of an 80 mm
// thermal roll; 40 mm high fits the side of a 60 to 250 ml formalin jar below
// the lid, so the number is read without turning the jar.
export const DEFAULT_JAR_LABEL_SIZE: LabelSize = { widthMm: 62, heightMm: 40 };

// Below this the QR and two readable lines no longer fit side by side.
export const MIN_JAR_LABEL_SIZE: LabelSize = { widthMm: 30, heightMm: 20 };

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

/** Em size of each line size, in millimetres (xl ≈ 18 pt, md ≈ 10 pt, sm ≈ 8 pt). */
export const LINE_FONT_MM: Record<LineSize, number> = { xl: 6.5, md: 3.5, sm: 2.8 };

/** How many average letters of a line size fit in a width on a jar label. */
export function charsThatFit(widthMm: number, size: LineSize): number {
  return charsThatFitEm(widthMm, LINE_FONT_MM[size]);
}

export type JarLabelGeometry = LabelGeometry;

const MARGIN_MM = 2;
const GAP_MM = 2;

/** Where each part of a jar label goes, measured from the label's top-left corner. */
export function jarLabelGeometry(size: LabelSize): JarLabelGeometry {
  assertLabelSize(size, MIN_JAR_LABEL_SIZE, 'jar');
  const { widthMm, heightMm } = size;

  const headline = { xMm: MARGIN_MM, yMm: MARGIN_MM, widthMm: widthMm - 2 * MARGIN_MM };
  const bodyTop = MARGIN_MM + LINE_FONT_MM.xl * LINE_HEIGHT;

  // The QR grows with the label but never past what a hand scanner reads
  // comfortably, nor so far that the names beside it lose their room.
  const wanted = Math.min(Math.max(heightMm * 0.45, 12), 24);
  const sizeMm = Math.min(wanted, heightMm - MARGIN_MM - bodyTop, headline.widthMm * 0.4);
  const qr = { xMm: widthMm - MARGIN_MM - sizeMm, yMm: bodyTop, sizeMm };

  const body = { xMm: MARGIN_MM, yMm: bodyTop, widthMm: headline.widthMm - sizeMm - GAP_MM };
  return { marginMm: MARGIN_MM, fontMm: LINE_FONT_MM, topLines: 1, headline, body, qr };
}

export function jarLabelLayout(
  data: JarLabelData,
  size: LabelSize = DEFAULT_JAR_LABEL_SIZE,
): LabelLayout {
  if (!SCANNABLE_CODE.test(data.protocolNumber)) {
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
    ? { text: NUMBER_PENDING_MARK, size: 'sm', bold: true }
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
