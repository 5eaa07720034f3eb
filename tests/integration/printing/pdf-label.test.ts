import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_JAR_LABEL_SIZE,
  jarLabelGeometry,
  jarLabelLayout,
  type JarLabelData,
  type LabelLayout,
  type LabelSize,
} from '../../../src-shared/labels/jar-label';
import { renderLabelPdf } from '../../../src-main/printing/pdf';
import { printLabels } from '../../../src-main/printing/send';

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patolab-pdf-label-'));
});

afterEach(() => {
  vi.useRealTimers();
  fs.rmSync(dir, { recursive: true, force: true });
});

function jar(overrides: Partial<JarLabelData> = {}, size?: LabelSize): LabelLayout {
  return jarLabelLayout(
    {
      protocolNumber: 'HP 26/001',
      animalIdentification: 'Ñandú Muñoz',
      species: 'Canino',
      veterinarianName: 'José Güemes Ñáñez',
      receivedAt: '2027-01-01T02:30:00Z',
      ...overrides,
    },
    size,
  );
}

async function printToPdf(layouts: LabelLayout[]): Promise<string> {
  const file = path.join(dir, 'etiquetas.pdf');
  const result = await printLabels(`pdf:${file}`, layouts);
  expect(result.driver).toBe('pdf');
  expect(result.bytes).toBe(fs.statSync(file).size);
  return file;
}

function textOf(file: string): string {
  return execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

function qrOnPage(file: string, page: number): string | null {
  const prefix = path.join(dir, `page-${page}`);
  const range = ['-f', String(page), '-l', String(page)];
  execFileSync('/usr/bin/pdftoppm', ['-r', '300', '-png', '-singlefile', ...range, file, prefix]);
  const png = PNG.sync.read(fs.readFileSync(`${prefix}.png`));
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  return found ? found.data : null;
}

function pageSizesInPoints(file: string): Array<[number, number]> {
  const info = execFileSync('/usr/bin/pdfinfo', ['-f', '1', '-l', '99', file], {
    encoding: 'utf8',
  });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
}

function wordBoxes(file: string): Array<{ text: string; xMax: number }> {
  const html = execFileSync('/usr/bin/pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words = html.matchAll(/<word [^>]*xMax="([\d.]+)"[^>]*>([^<]*)</g);
  return [...words].map((m) => ({ text: m[2] ?? '', xMax: Number(m[1]) }));
}

const points = (mm: number) => (mm * 72) / 25.4;

describe('a jar label printed to PDF', () => {
  it('reads the protocol number and the names exactly, accents included', async () => {
    const text = textOf(await printToPdf([jar()]));

    expect(text).toContain('HP 26/001');
    expect(text).toContain('Ñandú Muñoz');
    expect(text).toContain('José Güemes Ñáñez');
    expect(text).toContain('Recibido: 31/12/2026');
  });

  it('has a QR that scans as the protocol number and nothing else', async () => {
    const file = await printToPdf([jar()]);

    expect(qrOnPage(file, 1)).toBe('HP 26/001');
  });

  it('keeps a long temporary code whole and scannable', async () => {
    const file = await printToPdf([jar({ protocolNumber: 'TMP-HP-20261204-007' })]);

    expect(textOf(file)).toContain('TMP-HP-20261204-007');
    expect(qrOnPage(file, 1)).toBe('TMP-HP-20261204-007');
  });

  it('shrinks a name of wide capitals that would overflow, never covering the QR', async () => {
    const wide = 'W'.repeat(18);
    const layout = jar({ animalIdentification: wide });
    const qrLeft = points(jarLabelGeometry(DEFAULT_JAR_LABEL_SIZE).qr.xMm);

    const words = wordBoxes(await printToPdf([layout]));
    const name = words.find((word) => word.text === layout.lines[1]?.text);

    expect(name).toBeDefined();
    expect(name?.xMax).toBeLessThanOrEqual(qrLeft);
  });

  it('puts each label on its own page, the size of the label', async () => {
    const small = { widthMm: 50, heightMm: 30 };
    const file = await printToPdf([jar(), jar({ protocolNumber: 'HP 26/002' }, small)]);
    const sizes = pageSizesInPoints(file);

    expect(sizes).toHaveLength(2);
    expect(sizes[0]?.[0]).toBeCloseTo(points(62), 2);
    expect(sizes[0]?.[1]).toBeCloseTo(points(40), 2);
    expect(sizes[1]?.[0]).toBeCloseTo(points(50), 2);
    expect(sizes[1]?.[1]).toBeCloseTo(points(30), 2);
    expect(qrOnPage(file, 2)).toBe('HP 26/002');
  });

  it('embeds its font, so it prints the same on a computer without DejaVu', async () => {
    const fonts = execFileSync('/usr/bin/pdffonts', [await printToPdf([jar()])], {
      encoding: 'utf8',
    });
    const rows = fonts.split('\n').filter((row) => row.includes('DejaVuSans'));

    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row).toMatch(/\byes\s+yes\s+yes\b/);
  });

  it('comes out byte for byte the same when printed again another day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-04T13:00:00Z'));
    const first = await renderLabelPdf([jar(), jar({ protocolNumber: 'HP 26/002' })]);
    vi.setSystemTime(new Date('2027-03-15T09:30:00Z'));
    const again = await renderLabelPdf([jar(), jar({ protocolNumber: 'HP 26/002' })]);

    expect(again.equals(first)).toBe(true);
  });

  it('leaves no half-written file behind beside the PDF', async () => {
    await printToPdf([jar()]);

    expect(fs.readdirSync(dir)).toEqual(['etiquetas.pdf']);
  });
});
