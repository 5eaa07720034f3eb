import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CASSETTE_LABEL_SIZE,
  DEFAULT_SLIDE_LABEL_SIZE,
  itemLabelGeometry,
  itemLabelLayout,
  type ItemLabelData,
} from '../../../src-shared/labels/item-label';
import { jarLabelGeometry, jarLabelLayout } from '../../../src-shared/labels/jar-label';
import type { LabelLayout, LabelSize } from '../../../src-shared/labels/layout';
import { renderLabelZpl } from '../../../src-main/printing/zpl';
import { decodeZpl } from '../../helpers/zpl-decode';

function cassette(overrides: Partial<ItemLabelData> = {}, size?: LabelSize): LabelLayout {
  return itemLabelLayout(
    {
      item: 'cassette',
      code: 'HP 26/001-C1',
      protocolCode: 'HP 26/001',
      detail: 'Hígado, lóbulo izquierdo',
      extra: 'Multicorte',
      ...overrides,
    },
    size ?? DEFAULT_CASSETTE_LABEL_SIZE,
  );
}

function jar(): LabelLayout {
  return jarLabelLayout({
    protocolNumber: 'HP 26/001',
    animalIdentification: 'Ñandú Muñoz',
    species: 'Canino',
    veterinarianName: 'José Güemes Ñáñez',
    receivedAt: '2027-01-01T02:30:00Z',
  });
}

const dots = (mm: number) => Math.round(mm * 8);

describe('a cassette label in ZPL', () => {
  it('is one ^XA … ^XZ format, in UTF-8, the size of the label at 8 dots per mm', () => {
    const [label, ...more] = decodeZpl(renderLabelZpl([cassette()]));

    expect(more).toEqual([]);
    expect(label).toMatchObject({ encoding: 28, widthDots: 208, lengthDots: 160 });
  });

  it('prints the lines of its layout, Spanish letters intact', () => {
    const layout = cassette();
    const [label] = decodeZpl(renderLabelZpl([layout]));

    expect(label?.texts).toEqual(layout.lines.map((line) => line.text));
    expect(label?.texts).toContain('lóbulo');
  });

  it('has a QR that scans as the cassette code, model 2, error correction M, fitting its square', () => {
    const layout = cassette();
    const { qr: box } = itemLabelGeometry(layout.size);
    const [label] = decodeZpl(renderLabelZpl([layout]));
    const modules = QRCode.create('HP 26/001-C1', { errorCorrectionLevel: 'M' }).modules.size;

    expect(label?.qr).toMatchObject({ payload: 'HP 26/001-C1', model: 2, errorCorrection: 'M' });
    const magnification = label!.qr!.magnification;
    expect(magnification).toBeGreaterThanOrEqual(2);
    expect((modules + 8) * magnification).toBeLessThanOrEqual(dots(box.sizeMm));
    expect(label?.qr?.x).toBe(dots(box.xMm) + 4 * magnification);
    expect(label?.qr?.y).toBe(dots(box.yMm) + 4 * magnification);
  });

  it('puts each line where the PDF puts it, inside the label', () => {
    const layout = cassette();
    const { headline, body } = itemLabelGeometry(layout.size);
    const [label] = decodeZpl(renderLabelZpl([layout]));
    const fields = label!.fields;

    expect(fields[0]).toMatchObject({ x: dots(headline.xMm), y: dots(headline.yMm) });
    expect(fields[2]).toMatchObject({ x: dots(body.xMm), y: dots(body.yMm) });
    for (const field of fields) {
      expect(field.x).toBeLessThan(208);
      expect(field.y + field.height).toBeLessThanOrEqual(160);
    }
  });

  it('narrows a temporary code too long for the slide rather than cutting it', () => {
    const layout = itemLabelLayout(
      {
        item: 'slide',
        code: 'TMP-HP-20261204-007-S1',
        protocolCode: 'TMP-HP-20261204-007',
        numberPending: true,
        detail: 'H-E',
        extra: null,
      },
      DEFAULT_SLIDE_LABEL_SIZE,
    );
    const { headline } = itemLabelGeometry(layout.size);
    const [label] = decodeZpl(renderLabelZpl([layout]));
    const code = label!.fields[1]!;

    expect(code.text).toBe('TMP-HP-20261204-007-S1');
    expect(code.width).toBeLessThan(code.height);
    expect(code.text.length * code.width * 0.6).toBeLessThanOrEqual(dots(headline.widthMm));
    expect(label?.texts[0]).toBe('N° PENDIENTE');
  });
});

describe('what a person types on a label, sent to a ZPL printer', () => {
  it('cannot end the label or start a command, however it is written', () => {
    const material = 'Bazo ^XZ^XA^FO0,0^A0N,99,99^FDOTRA^FS~JA ~DGR:X _5E fin';
    const layout = cassette({ detail: material, extra: null }, { widthMm: 100, heightMm: 30 });

    const zpl = renderLabelZpl([layout]);
    const labels = decodeZpl(zpl);

    expect(labels).toHaveLength(1);
    expect(labels[0]?.texts).toContain(material);
    expect(zpl.toString('latin1')).not.toContain('~');
    expect(zpl.toString('latin1').match(/\^XA/g)).toHaveLength(1);
  });

  it('prints typographic signs as plain ones the printer font has', () => {
    const layout = cassette(
      { detail: 'Piel – “dorso”', extra: null },
      { widthMm: 100, heightMm: 30 },
    );

    expect(decodeZpl(renderLabelZpl([layout]))[0]?.texts).toContain('Piel - "dorso"');
  });

  it('refuses a QR payload that could carry a command, as no code can hold one', () => {
    const layout = { ...cassette(), qrPayload: 'HP 26/001-C1^XZ' };

    expect(() => renderLabelZpl([layout])).toThrow(RangeError);
  });
});

describe('labels of every kind in one ZPL job', () => {
  it('come out one after another, jars included, each with its own size and QR', () => {
    const second = cassette({ code: 'HP 26/001-C2', detail: 'Riñón', extra: null });
    const labels = decodeZpl(renderLabelZpl([jar(), cassette(), second]));

    expect(labels.map((label) => label.qr?.payload)).toEqual([
      'HP 26/001',
      'HP 26/001-C1',
      'HP 26/001-C2',
    ]);
    expect(labels[0]).toMatchObject({ widthDots: 496, lengthDots: 320 });
    expect(labels[0]?.texts).toEqual(jar().lines.map((line) => line.text));
    expect(labels[0]?.fields[1]?.x).toBe(dots(jarLabelGeometry(jar().size).body.xMm));
    expect(labels[2]?.texts).toEqual(['26/001', 'HP 26/001-C2', 'Riñón']);
  });

  it('is refused when empty', () => {
    expect(() => renderLabelZpl([])).toThrow(RangeError);
  });
});
