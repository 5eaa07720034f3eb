import { describe, expect, it } from 'vitest';
import {
  DEFAULT_JAR_LABEL_SIZE,
  charsThatFit,
  jarLabelGeometry,
  jarLabelLayout,
  truncateLine,
  type JarLabelData,
} from '../../../src-shared/labels/jar-label';

function jarOf(overrides: Partial<JarLabelData> = {}): JarLabelData {
  return {
    protocolNumber: 'HP 26/001',
    animalIdentification: 'Ñandú Muñoz',
    species: 'Canino',
    veterinarianName: 'José Güemes Ñáñez',
    receivedAt: '2026-12-04T13:42:00Z',
    ...overrides,
  };
}

const bodyWidth = jarLabelGeometry(DEFAULT_JAR_LABEL_SIZE).body.widthMm;

describe('what a jar label says', () => {
  it('shows the protocol number first, large and bold', () => {
    const [first] = jarLabelLayout(jarOf()).lines;

    expect(first).toEqual({ text: 'HP 26/001', size: 'xl', bold: true });
  });

  it('then the animal with its species, the veterinarian and the day it was received, in that order', () => {
    const texts = jarLabelLayout(jarOf()).lines.map((line) => line.text);

    expect(texts).toEqual([
      'HP 26/001',
      'Ñandú Muñoz',
      'Canino',
      'José Güemes Ñáñez',
      'Recibido: 04/12/2026',
    ]);
  });

  it('names the animal by its species when it came without an identification', () => {
    const none = jarLabelLayout(jarOf({ animalIdentification: null, species: 'Felino' }));
    const blank = jarLabelLayout(jarOf({ animalIdentification: '   ', species: 'Felino' }));

    expect(none.lines[1]?.text).toBe('Felino');
    expect(blank.lines[1]?.text).toBe('Felino');
  });

  it('has a QR that carries the protocol number and nothing about the animal, owner or vet', () => {
    const layout = jarLabelLayout(jarOf());

    expect(layout.qrPayload).toBe('HP 26/001');
  });

  it('keeps a temporary code whole, in the QR and on the first line', () => {
    const layout = jarLabelLayout(jarOf({ protocolNumber: 'TMP-HP-20261204-007' }));

    expect(layout.qrPayload).toBe('TMP-HP-20261204-007');
    expect(layout.lines[0]?.text).toBe('TMP-HP-20261204-007');
  });

  it('refuses a protocol number a scanner could not read back', () => {
    expect(() => jarLabelLayout(jarOf({ protocolNumber: '' }))).toThrow(RangeError);
    expect(() => jarLabelLayout(jarOf({ protocolNumber: ' HP 26/001' }))).toThrow(RangeError);
    expect(() => jarLabelLayout(jarOf({ protocolNumber: 'HP 26/001\n' }))).toThrow(RangeError);
    expect(() => jarLabelLayout(jarOf({ protocolNumber: 'HP 26/00ñ' }))).toThrow(RangeError);
  });
});

describe('the date on a jar label', () => {
  it("is the lab's day: received 31 December at 23:30 in Buenos Aires says 31/12/2026", () => {
    const layout = jarLabelLayout(jarOf({ receivedAt: '2027-01-01T02:30:00Z' }));

    expect(layout.lines.at(-1)?.text).toBe('Recibido: 31/12/2026');
  });

  it("follows the lab's own time zone when it has one", () => {
    const layout = jarLabelLayout(
      jarOf({ receivedAt: '2027-01-01T02:30:00Z', timeZone: 'Europe/Madrid' }),
    );

    expect(layout.lines.at(-1)?.text).toBe('Recibido: 01/01/2027');
  });

  it('refuses a reception time that is not a date', () => {
    expect(() => jarLabelLayout(jarOf({ receivedAt: 'ayer' }))).toThrow(RangeError);
  });
});

describe('long names on a jar label', () => {
  it('are cut with an ellipsis so they fit beside the QR', () => {
    const long = 'Dra. María Fernanda de los Ángeles Álvarez Urquiza';
    const layout = jarLabelLayout(jarOf({ veterinarianName: long }));
    const vet = layout.lines[3]?.text ?? '';
    const room = charsThatFit(bodyWidth, 'md');

    expect(vet.endsWith('…')).toBe(true);
    expect(Array.from(vet)).toHaveLength(room);
    expect(long.startsWith(vet.slice(0, -1))).toBe(true);
  });

  it('are printed whole when they fit', () => {
    const name = 'x'.repeat(charsThatFit(bodyWidth, 'md'));
    const layout = jarLabelLayout(jarOf({ animalIdentification: name }));

    expect(layout.lines[1]?.text).toBe(name);
  });

  it('never end in a space or a comma before the ellipsis', () => {
    expect(truncateLine('Güemes, José', 9)).toBe('Güemes…');
    expect(truncateLine('José Güemes', 6)).toBe('José…');
  });

  it('count an accented letter typed as letter plus accent as one letter', () => {
    const decomposed = 'N\u0303andu\u0301';

    expect(truncateLine(decomposed, 5)).toBe('Ñandú');
  });

  it('lose stray line breaks and runs of spaces', () => {
    expect(truncateLine('  José\n  Güemes\t', 20)).toBe('José Güemes');
  });

  it('shrink to the ellipsis alone when there is room for nothing else', () => {
    expect(truncateLine('Güemes', 1)).toBe('…');
    expect(truncateLine('Güemes', 0)).toBe('');
    expect(truncateLine('Güemes', 3, '...')).toBe('...');
  });
});

describe('the shape of a jar label', () => {
  it('keeps the QR and the names beside it apart and inside the label, whatever its size', () => {
    const sizes = [
      DEFAULT_JAR_LABEL_SIZE,
      { widthMm: 30, heightMm: 20 },
      { widthMm: 50, heightMm: 25 },
      { widthMm: 100, heightMm: 60 },
      { widthMm: 76, heightMm: 51 },
    ];
    for (const size of sizes) {
      const { body, qr, headline } = jarLabelGeometry(size);

      expect(qr.sizeMm).toBeGreaterThan(0);
      expect(body.xMm + body.widthMm).toBeLessThan(qr.xMm);
      expect(qr.xMm + qr.sizeMm).toBeLessThanOrEqual(size.widthMm);
      expect(qr.yMm + qr.sizeMm).toBeLessThanOrEqual(size.heightMm);
      expect(headline.xMm + headline.widthMm).toBeLessThanOrEqual(size.widthMm);
    }
  });

  it('refuses a label too small to hold a QR and a readable line', () => {
    expect(() => jarLabelLayout(jarOf(), { widthMm: 25, heightMm: 40 })).toThrow(RangeError);
    expect(() => jarLabelLayout(jarOf(), { widthMm: 62, heightMm: 15 })).toThrow(RangeError);
    expect(() => jarLabelLayout(jarOf(), { widthMm: NaN, heightMm: 40 })).toThrow(RangeError);
  });

  it('carries its size, so each renderer makes a page or strip of that size', () => {
    const layout = jarLabelLayout(jarOf(), { widthMm: 50, heightMm: 30 });

    expect(layout.size).toEqual({ widthMm: 50, heightMm: 30 });
    expect(layout.kind).toBe('jar');
  });
});
