import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CASSETTE_LABEL_SIZE,
  DEFAULT_SLIDE_LABEL_SIZE,
  ITEM_LINE_FONT_MM,
  itemLabelGeometry,
  itemLabelLayout,
  MIN_ITEM_LABEL_SIZE,
  shortProtocolNumber,
  type ItemLabelData,
} from '../../../src-shared/labels/item-label';
import { AVERAGE_CHAR_EM, type LabelSize } from '../../../src-shared/labels/layout';

function cassette(overrides: Partial<ItemLabelData> = {}): ItemLabelData {
  return {
    item: 'cassette',
    code: 'HP 26/001-C1',
    protocolCode: 'HP 26/001',
    detail: 'Hígado, lóbulo izquierdo',
    extra: 'Multicorte',
    ...overrides,
  };
}

function slide(overrides: Partial<ItemLabelData> = {}): ItemLabelData {
  return {
    item: 'slide',
    code: 'HP 26/001-S1',
    protocolCode: 'HP 26/001',
    detail: 'H-E',
    extra: 'Campo 2',
    ...overrides,
  };
}

const texts = (data: ItemLabelData, size: LabelSize) =>
  itemLabelLayout(data, size).lines.map((line) => line.text);

/** Printer dots per QR module at 203 dpi for a code in a square of this size. */
function dotsPerModule(code: string, sizeMm: number): number {
  const modules = QRCode.create(code, { errorCorrectionLevel: 'M' }).modules.size;
  return Math.floor((sizeMm * 8) / (modules + 8));
}

describe('what a cassette label says', () => {
  it('shows the protocol number large, then the whole code, then the material and its type', () => {
    const layout = itemLabelLayout(cassette(), DEFAULT_CASSETTE_LABEL_SIZE);

    expect(layout.kind).toBe('cassette');
    expect(layout.lines[0]).toEqual({ text: '26/001', size: 'xl', bold: true, whole: true });
    expect(layout.lines[1]).toEqual({ text: 'HP 26/001-C1', size: 'md', bold: true, whole: true });
    expect(layout.lines.slice(2).map((line) => line.text)).toEqual([
      'Hígado,',
      'lóbulo',
      'izquierdo',
      'Multicorte',
    ]);
  });

  it('has a QR that carries the cassette code and nothing else', () => {
    expect(itemLabelLayout(cassette(), DEFAULT_CASSETTE_LABEL_SIZE).qrPayload).toBe('HP 26/001-C1');
  });

  it('of a normal cassette has no type line, and the material may use its room', () => {
    const lines = texts(
      cassette({ detail: 'Bazo, nódulo capsular de dos centímetros', extra: null }),
      DEFAULT_CASSETTE_LABEL_SIZE,
    );

    expect(lines.slice(0, 2)).toEqual(['26/001', 'HP 26/001-C1']);
    expect(lines.slice(2)).toEqual(['Bazo,', 'nódulo', 'capsular', 'de dos ce…']);
  });

  it('with a material too long for the label cuts it with an ellipsis, keeping the type', () => {
    const lines = texts(
      cassette({ detail: 'Linfonodo mesentérico craneal con adherencias al yeyuno' }),
      DEFAULT_CASSETTE_LABEL_SIZE,
    );

    expect(lines).toHaveLength(6);
    expect(lines[4]).toMatch(/…$/);
    expect(lines[5]).toBe('Multicorte');
  });

  it('of a protocol whose number is pending says so, with the temporary code whole', () => {
    const layout = itemLabelLayout(
      cassette({
        code: 'TMP-HP-20261204-007-C1',
        protocolCode: 'TMP-HP-20261204-007',
        numberPending: true,
      }),
      DEFAULT_CASSETTE_LABEL_SIZE,
    );

    expect(layout.lines[0]).toEqual({ text: 'N° PENDIENTE', size: 'md', bold: true, whole: true });
    expect(layout.lines[1]?.text).toBe('TMP-HP-20261204-007-C1');
    expect(layout.qrPayload).toBe('TMP-HP-20261204-007-C1');
  });

  it('is refused for a code that is not a cassette of that protocol', () => {
    const size = DEFAULT_CASSETTE_LABEL_SIZE;
    expect(() => itemLabelLayout(cassette({ code: 'HP 26/002-C1' }), size)).toThrow(RangeError);
    expect(() => itemLabelLayout(cassette({ code: 'HP 26/001-S1' }), size)).toThrow(RangeError);
    expect(() => itemLabelLayout(cassette({ code: 'HP 26/001-C' }), size)).toThrow(RangeError);
    expect(() => itemLabelLayout(cassette({ code: 'HP 26/001-C1 ' }), size)).toThrow(RangeError);
  });
});

describe('what a slide label says', () => {
  it('shows the protocol number, the whole code, the stain and the field', () => {
    expect(texts(slide(), DEFAULT_SLIDE_LABEL_SIZE)).toEqual([
      '26/001',
      'HP 26/001-S1',
      'H-E',
      'Campo 2',
    ]);
  });

  it('of a cytology slide keeps the year and number, the kind being in the code under it', () => {
    const lines = texts(
      slide({ code: 'CT 26/014-S3', protocolCode: 'CT 26/014', detail: 'Diff-Quik', extra: null }),
      DEFAULT_SLIDE_LABEL_SIZE,
    );

    expect(lines).toEqual(['26/014', 'CT 26/014-S3', 'Diff-', 'Quik']);
  });

  it('cleans a stain typed with decomposed accents and stray line breaks', () => {
    const lines = texts(slide({ detail: 'Giemsa\n', extra: 'Tricro\u0301mico' }), {
      widthMm: 40,
      heightMm: 20,
    });

    expect(lines.slice(2)).toEqual(['Giemsa', 'Tricrómico']);
  });

  it('without stain or field holds just the number and the code', () => {
    expect(texts(slide({ detail: null, extra: null }), DEFAULT_SLIDE_LABEL_SIZE)).toEqual([
      '26/001',
      'HP 26/001-S1',
    ]);
  });
});

describe('the short protocol number on a cassette or slide', () => {
  it('is the year and the number without the kind, however long the number', () => {
    expect(shortProtocolNumber('HP 26/001')).toBe('26/001');
    expect(shortProtocolNumber('CT 27/1234')).toBe('27/1234');
  });

  it('does not exist for a temporary code', () => {
    expect(shortProtocolNumber('TMP-HP-20261204-007')).toBeNull();
  });
});

describe('cassette and slide labels at their default sizes', () => {
  const cases: Array<[string, ItemLabelData, LabelSize]> = [
    [
      'cassette',
      cassette({ code: 'HP 26/1234-C12', protocolCode: 'HP 26/1234' }),
      DEFAULT_CASSETTE_LABEL_SIZE,
    ],
    [
      'slide',
      slide({ code: 'HP 26/1234-S12', protocolCode: 'HP 26/1234' }),
      DEFAULT_SLIDE_LABEL_SIZE,
    ],
    [
      'pending slide',
      slide({
        code: 'TMP-HP-20261204-007-S12',
        protocolCode: 'TMP-HP-20261204-007',
        numberPending: true,
      }),
      DEFAULT_SLIDE_LABEL_SIZE,
    ],
  ];

  it.each(cases)('cut nothing but the details on a %s label', (_, data, size) => {
    const layout = itemLabelLayout(data, size);
    const { headline } = itemLabelGeometry(size);
    const [heading, code] = layout.lines;

    expect(code?.text).toBe(data.code);
    expect(heading?.text).not.toContain('…');
    // The heading fits by the average letter, so no driver needs to shrink it.
    const em = ITEM_LINE_FONT_MM[heading!.size];
    expect(Array.from(heading!.text).length * em * AVERAGE_CHAR_EM).toBeLessThanOrEqual(
      headline.widthMm,
    );
  });

  it.each(cases)('give the QR of a %s at least two printer dots per module', (_, data, size) => {
    const { qr } = itemLabelGeometry(size);

    expect(dotsPerModule(data.code, qr.sizeMm)).toBeGreaterThanOrEqual(2);
  });
});

describe('the shape of a cassette or slide label', () => {
  it('keeps the QR, the lines beside it and the lines above it apart and inside the label', () => {
    const sizes = [
      DEFAULT_CASSETTE_LABEL_SIZE,
      DEFAULT_SLIDE_LABEL_SIZE,
      MIN_ITEM_LABEL_SIZE,
      { widthMm: 50, heightMm: 25 },
      { widthMm: 100, heightMm: 60 },
    ];
    for (const size of sizes) {
      const { headline, body, qr, topLines } = itemLabelGeometry(size);
      const topHeight = (ITEM_LINE_FONT_MM.xl + ITEM_LINE_FONT_MM.md) * 1.2;

      expect(topLines).toBe(2);
      expect(headline.yMm + topHeight).toBeLessThanOrEqual(qr.yMm + 1e-9);
      expect(body.xMm + body.widthMm).toBeLessThan(qr.xMm);
      expect(qr.xMm + qr.sizeMm).toBeLessThanOrEqual(size.widthMm);
      expect(qr.yMm + qr.sizeMm).toBeLessThanOrEqual(size.heightMm);
      expect(headline.xMm + headline.widthMm).toBeLessThanOrEqual(size.widthMm);
    }
  });

  it('at the smallest size still gives a temporary code two printer dots per module', () => {
    const { qr } = itemLabelGeometry(MIN_ITEM_LABEL_SIZE);

    expect(dotsPerModule('TMP-HP-20261204-007-S12', qr.sizeMm)).toBeGreaterThanOrEqual(2);
  });

  it('never puts more lines beside the QR than its height holds', () => {
    for (const size of [
      MIN_ITEM_LABEL_SIZE,
      DEFAULT_SLIDE_LABEL_SIZE,
      { widthMm: 40, heightMm: 40 },
    ]) {
      const layout = itemLabelLayout(
        cassette({ detail: 'palabra '.repeat(40), extra: 'Coloración especial PAS' }),
        size,
      );
      const { body } = itemLabelGeometry(size);
      const besideQr = layout.lines.length - 2;

      expect(body.yMm + besideQr * ITEM_LINE_FONT_MM.sm * 1.2).toBeLessThanOrEqual(size.heightMm);
    }
  });

  it('refuses a label too small to hold the QR and the code', () => {
    expect(() => itemLabelLayout(slide(), { widthMm: 19, heightMm: 20 })).toThrow(RangeError);
    expect(() => itemLabelLayout(slide(), { widthMm: 22, heightMm: 18 })).toThrow(RangeError);
    expect(() => itemLabelLayout(slide(), { widthMm: NaN, heightMm: 20 })).toThrow(RangeError);
  });

  it('carries its kind and size, so each driver makes a label of that size', () => {
    const layout = itemLabelLayout(slide(), { widthMm: 25, heightMm: 22 });

    expect(layout.kind).toBe('slide');
    expect(layout.size).toEqual({ widthMm: 25, heightMm: 22 });
  });
});
