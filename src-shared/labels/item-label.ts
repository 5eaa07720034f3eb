// The label of a cassette or a slide as data. Each one carries its full code
// (`HP 26/001-C1`), whole, and a QR that holds that code and nothing else: a
// cassette or a slide says which protocol it belongs to, never whose animal it
// is. Above them the protocol number in large type, for the technician who
// sorts a rack by eye; beside the QR what the item holds (material or stain).
// Pure: no Node, no DOM.

import {
  assertLabelSize,
  charsThatFitEm,
  LINE_HEIGHT,
  NUMBER_PENDING_MARK,
  SCANNABLE_CODE,
  wrapLines,
  type LabelGeometry,
  type LabelLayout,
  type LabelLine,
  type LabelSize,
  type LineSize,
} from './layout';

export interface ItemLabelData {
  item: 'cassette' | 'slide';
  /** 'HP 26/001-C1' (or 'TMP-HP-20261204-007-C1' while the protocol number is pending). */
  code: string;
  /** 'HP 26/001' (or the temporary code). */
  protocolCode: string;
  numberPending?: boolean;
  /** Cassette: its material ("Hígado, lóbulo izquierdo"); slide: its stain ("H-E"). */
  detail: string | null;
  /** Cassette: its type when not normal ("Multicorte"); slide: "Campo 2" or null. */
  extra: string | null;
}

// A standard tissue cassette is about 28 mm across its writing end: a label no
// wider than 26 mm sits on it without an edge that catches in the processor's
// basket. 20 mm high is what the protocol number in large type, the full code
// and a QR of 10 mm need one above the other; beside the QR, four short lines of
// the material. A 10 mm QR gets modules of 0.25 mm on a 203 dpi printer (two
// dots) and 0.35 mm on a PDF, both within what a 2D hand scanner reads.
export const DEFAULT_CASSETTE_LABEL_SIZE: LabelSize = { widthMm: 26, heightMm: 20 };

// A slide is 25 to 26 mm wide and its frosted end about 20 mm long. 22 mm leaves
// a millimetre or more on each side, so the label never overhangs into the
// stainer's rack, and 20 mm keeps it on the frost, clear of the coverslip.
export const DEFAULT_SLIDE_LABEL_SIZE: LabelSize = { widthMm: 22, heightMm: 20 };

// Below 19 mm high the QR of a temporary code (25 modules and the quiet zone)
// gets less than two printer dots per module at 203 dpi and stops scanning;
// below 20 mm wide "N° PENDIENTE" no longer fits across.
export const MIN_ITEM_LABEL_SIZE: LabelSize = { widthMm: 20, heightMm: 19 };

/**
 * Em size of each line size on a cassette or slide label, in millimetres: the
 * protocol number about 12 pt, the code about 7 pt, the details about 6 pt,
 * the smallest a thermal head prints cleanly and a technician reads at hand.
 */
export const ITEM_LINE_FONT_MM: Record<LineSize, number> = { xl: 4.2, md: 2.4, sm: 2.0 };

const MARGIN_MM = 1;
const GAP_MM = 1;

// Past this a bigger QR scans no better and only takes room from the material.
const MAX_QR_MM = 16;

const PROTOCOL_NUMBER = /^[A-Z]{2} (\d{2}\/\d{3,})$/;

/** Where each part of a cassette or slide label goes, from its top-left corner. */
export function itemLabelGeometry(size: LabelSize): LabelGeometry {
  assertLabelSize(size, MIN_ITEM_LABEL_SIZE, 'cassette or slide');
  const { widthMm, heightMm } = size;
  const font = ITEM_LINE_FONT_MM;

  // The protocol number and the code run across the top; the QR and the details
  // share what is left below them.
  const headline = { xMm: MARGIN_MM, yMm: MARGIN_MM, widthMm: widthMm - 2 * MARGIN_MM };
  const bodyTop = MARGIN_MM + (font.xl + font.md) * LINE_HEIGHT;

  const sizeMm = Math.min(heightMm - MARGIN_MM - bodyTop, MAX_QR_MM, headline.widthMm * 0.55);
  const qr = { xMm: widthMm - MARGIN_MM - sizeMm, yMm: bodyTop, sizeMm };

  const body = { xMm: MARGIN_MM, yMm: bodyTop, widthMm: headline.widthMm - sizeMm - GAP_MM };
  return { marginMm: MARGIN_MM, fontMm: font, topLines: 2, headline, body, qr };
}

/**
 * The protocol number without its kind, `26/001`: the bench holds one kind of
 * work at a time and the full code with the kind is printed just under it, while
 * the year keeps this year's 001 apart from last year's blocks in the archive.
 * A temporary code has no short form: an invented one could be taken for a
 * protocol number and written down.
 */
export function shortProtocolNumber(protocolCode: string): string | null {
  return PROTOCOL_NUMBER.exec(protocolCode)?.[1] ?? null;
}

export function itemLabelLayout(data: ItemLabelData, size: LabelSize): LabelLayout {
  const suffix = data.item === 'cassette' ? 'C' : 'S';
  const belongs =
    data.code.startsWith(`${data.protocolCode}-${suffix}`) &&
    /^\d+$/.test(data.code.slice(data.protocolCode.length + 2));
  if (!SCANNABLE_CODE.test(data.code) || !belongs) {
    throw new RangeError(
      `A ${data.item} code must be its protocol's code, "-${suffix}" and a number, in ` +
        `printable ASCII: ${JSON.stringify(data.code)} for ${JSON.stringify(data.protocolCode)}`,
    );
  }

  const { body } = itemLabelGeometry(size);
  const chars = charsThatFitEm(body.widthMm, ITEM_LINE_FONT_MM.sm);
  const bodyHeight = size.heightMm - MARGIN_MM - body.yMm;
  const room = Math.floor((bodyHeight + 1e-9) / (ITEM_LINE_FONT_MM.sm * LINE_HEIGHT));

  // The code is the item's identity and is never cut: a driver shrinks it (a
  // temporary code is nearly twice as long). An item of a protocol whose number
  // is pending says so in the number's place, whole and bold.
  const short = data.numberPending ? null : shortProtocolNumber(data.protocolCode);
  const heading: LabelLine = short
    ? { text: short, size: 'xl', bold: true, whole: true }
    : {
        text: data.numberPending ? NUMBER_PENDING_MARK : data.protocolCode,
        size: 'md',
        bold: true,
        whole: true,
      };

  // The material gets the lines beside the QR, less one kept for the extra.
  const extraText = data.extra ?? '';
  const detail = wrapLines(data.detail ?? '', chars, room - (extraText.trim() ? 1 : 0));
  const extra = wrapLines(extraText, chars, Math.max(1, room - detail.length));
  const small = (text: string): LabelLine => ({ text, size: 'sm' });

  return {
    kind: data.item,
    size: { ...size },
    qrPayload: data.code,
    lines: [
      heading,
      { text: data.code, size: 'md', bold: true, whole: true },
      ...detail.map(small),
      ...extra.map(small),
    ],
  };
}
