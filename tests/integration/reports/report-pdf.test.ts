import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderReportPdf } from '../../../src-main/reports/report-pdf';
import type { ReportPdfInput } from '../../../src-main/reports/report-pdf-input';
import { drawnPng, sampleReport } from '../../fixtures/report/sample-report';

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patolab-report-pdf-'));
});

afterEach(() => {
  vi.useRealTimers();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function renderToFile(input: ReportPdfInput): Promise<string> {
  const file = path.join(dir, `informe-${fs.readdirSync(dir).length + 1}.pdf`);
  fs.writeFileSync(file, await renderReportPdf(input));
  return file;
}

function run(tool: string, ...args: string[]): string {
  return execFileSync(`/usr/bin/${tool}`, args, { encoding: 'utf8' });
}

function textOf(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return run('pdftotext', '-layout', ...range, file, '-');
}

/** The text with line breaks and layout spacing undone, for sentences that wrap. */
function flatTextOf(file: string, page?: number): string {
  return textOf(file, page).replace(/\s+/g, ' ');
}

function pageCount(file: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', file))?.[1]);
}

interface ListedImage {
  page: number;
  type: string;
  width: number;
  height: number;
  encoding: string;
}

function imagesIn(file: string): ListedImage[] {
  return run('pdfimages', '-list', file)
    .split('\n')
    .slice(2)
    .filter((row) => row.trim() !== '')
    .map((row) => {
      const cells = row.trim().split(/\s+/);
      return {
        page: Number(cells[0]),
        type: cells[2]!,
        width: Number(cells[3]),
        height: Number(cells[4]),
        encoding: cells[8]!,
      };
    });
}

/** Where the body of an A4 page ends and its footer begins, in points from the top. */
const BODY_BOTTOM = 841.89 - 72;

/** The words on a page, each with its lowest point in points from the top of the page. */
function wordsOn(file: string, page: number): { text: string; yMax: number }[] {
  const range = ['-f', String(page), '-l', String(page)];
  const html = run('pdftotext', '-bbox', ...range, file, '-');
  return [...html.matchAll(/<word [^>]*yMax="([\d.]+)"[^>]*>([^<]*)</g)].map((match) => ({
    text: match[2]!.replace(/&amp;/g, '&'),
    yMax: Number(match[1]),
  }));
}

const HASH = sampleReport().contentSha256;

describe('the signed report as a PDF', () => {
  it('reads back the protocol, the diagnosis with its accents and the units exactly', async () => {
    const file = await renderToFile(sampleReport());
    const text = flatTextOf(file);

    expect(text).toContain('INFORME HISTOPATOLÓGICO');
    expect(text).toContain('HP 26/001');
    expect(text).toContain(
      'Diagnóstico Hemangiosarcoma cutáneo (dermis e hipodermis), grado histológico II, con ' +
        'émbolos vasculares. Margen lateral izquierdo comprometido.',
    );
    for (const phrase of ['15 ± 3 µm', '≥ 12 mitosis', 'a 4 °C', '(α-SMA)', 'TGF-β', 'mm²']) {
      expect(text).toContain(phrase);
    }
    expect(text).toContain('Laura Gómez Ñáñez');
    expect(text).toContain('Propietario: José Güemes');
  });

  it('names a cytology report as such', async () => {
    const input = sampleReport();
    input.protocol = { ...input.protocol, number: 'CT 26/014', kind: 'cytology' };

    const text = textOf(await renderToFile(input));

    expect(text).toContain('INFORME CITOLÓGICO');
    expect(text).not.toContain('HISTOPATOLÓGICO');
    expect(text).toContain('CT 26/014');
  });

  it('signs with name, license, Buenos Aires time and what the signature means', async () => {
    const text = flatTextOf(await renderToFile(sampleReport()));

    expect(text).toContain('Dra. María Fernanda Ibáñez');
    expect(text).toContain('Matrícula 1234');
    expect(text).toContain('Firmado el 05/12/2026 a las 10:42');
    expect(text).toContain('declara haber realizado el diagnóstico y ser responsable de él');
    expect(text).toContain('solo puede reemplazarse mediante una enmienda');
  });

  it('dates a signature made at 23:30 on 31 December in the old year', async () => {
    const input = sampleReport();
    input.signature = { ...input.signature, signedAt: '2027-01-01T02:30:00Z' };

    expect(flatTextOf(await renderToFile(input))).toContain('Firmado el 31/12/2026 a las 23:30');
  });

  it('carries the header, page count, version and SHA-256 on both pages', async () => {
    const file = await renderToFile(sampleReport());

    expect(pageCount(file)).toBe(2);
    for (const page of [1, 2]) {
      const text = flatTextOf(file, page);
      expect(text).toContain('INFORME HISTOPATOLÓGICO');
      expect(text).toContain(`Página ${page} de 2`);
      expect(text).toContain('Protocolo HP 26/001 · Versión 1');
      expect(text).toContain(`SHA-256 del contenido: ${HASH}`);
    }
  });

  it('flows a long description over more pages, each counting them all', async () => {
    const input = sampleReport();
    const paragraph = input.sections.microscopic.general;
    input.sections.microscopic.general = Array.from(
      { length: 12 },
      (_, i) => `Campo ${i + 1}. ${paragraph}`,
    ).join('\n');
    input.sections.comments = 'Último comentario del informe largo.';

    const file = await renderToFile(input);
    const pages = pageCount(file);

    expect(pages).toBeGreaterThanOrEqual(4);
    for (let page = 1; page <= pages; page++) {
      const text = flatTextOf(file, page);
      expect(text).toContain(`Página ${page} de ${pages}`);
      expect(text).toContain(`SHA-256 del contenido: ${HASH}`);
    }
    const all = flatTextOf(file);
    expect(all).toContain('Campo 12. Los cortes muestran piel');
    expect(all).toContain('Último comentario del informe largo.');
    const signed = all.indexOf('Firmado el 05/12/2026 a las 10:42');
    expect(signed).toBeGreaterThan(all.indexOf('Último comentario del informe largo.'));
  });

  it('puts the signature right after the diagnosis, and says so when it goes over the page', async () => {
    // Longer and longer comments until the signature no longer fits under them.
    const base = sampleReport();
    const short = { general: 'Sin particularidades.', items: [] };
    for (let lines = 1; lines < 120; lines++) {
      const comments = Array(lines).fill('Comentario.').join('\n');
      const input: ReportPdfInput = {
        ...base,
        images: [],
        sections: { ...base.sections, microscopic: short, comments },
      };
      const file = await renderToFile(input);
      const signedOnFirst = flatTextOf(file, 1).includes('Firmado el');
      if (signedOnFirst) {
        expect(flatTextOf(file, 1)).not.toContain('Continúa en la página siguiente');
        continue;
      }
      expect(flatTextOf(file, 1)).toContain('Continúa en la página siguiente con la firma.');
      expect(flatTextOf(file, 2)).toContain('Firmado el 05/12/2026 a las 10:42');
      return;
    }
    throw new Error('the signature never went over the first page');
  });

  it('prints the figures after the signature, as an annex', async () => {
    const text = flatTextOf(await renderToFile(sampleReport()));
    expect(text.indexOf('Figura 1')).toBeGreaterThan(text.indexOf('Firmado el'));
  });

  it('never splits a figure from its caption, nor runs one into the footer', async () => {
    const input = sampleReport();
    const comment = input.sections.comments;
    // Enough text that the second row of figures reaches the foot of a page.
    let file = '';
    let micrographs: ListedImage[] = [];
    for (let copies = 1; copies < 40; copies++) {
      input.sections.comments = Array.from({ length: copies }, () => comment).join('\n');
      file = await renderToFile(input);
      micrographs = imagesIn(file).filter((image) => image.encoding === 'jpeg');
      if (new Set(micrographs.map((image) => image.page)).size === 2) break;
    }

    expect(micrographs).toHaveLength(3);
    expect(new Set(micrographs.map((image) => image.page)).size).toBe(2);
    const sizes = ['1200x900', '1024x768', '900x1200'];
    sizes.forEach((size, i) => {
      const image = micrographs.find((m) => `${m.width}x${m.height}` === size);
      expect(image).toBeDefined();
      const words = wordsOn(file, image!.page);
      const caption = `Figura ${i + 1}: ${input.images[i]!.caption}`.split(' ');
      const captionWords = words.filter((word) => caption.includes(word.text));
      expect(new Set(captionWords.map((word) => word.text))).toEqual(new Set(caption));
      const number = words.find((word) => word.text === `${i + 1}:`);
      expect(number!.yMax).toBeLessThan(BODY_BOTTOM);
    });
  });

  it('shows an amendment on page 1, with the version and date it replaces and why', async () => {
    const input = sampleReport();
    input.version = {
      number: 2,
      amends: { number: 1, signedAt: '2026-12-05T13:42:00Z' },
      amendmentReason: 'Se corrige la distancia al margen profundo.',
      earlyReason: null,
    };
    input.signature = { ...input.signature, signedAt: '2026-12-09T18:05:00Z' };

    const file = await renderToFile(input);
    const first = flatTextOf(file, 1);

    expect(first).toContain('Informe enmendado');
    expect(first).toContain('Reemplaza a la versión 1 del 05/12/2026 10:42');
    expect(first).toContain('Motivo de la enmienda: Se corrige la distancia al margen profundo.');
    expect(flatTextOf(file, 2)).toContain('Protocolo HP 26/001 · Versión 2');
    expect(flatTextOf(file)).toContain('Firmado el 09/12/2026 a las 15:05');
  });

  it('says nothing of amendments on an original report', async () => {
    expect(textOf(await renderToFile(sampleReport()))).not.toMatch(/enmendado|Reemplaza/);
  });

  it('shows why a report was signed before processing was complete', async () => {
    const input = sampleReport();
    input.version = { ...input.version, earlyReason: 'La inmunohistoquímica demora 10 días.' };

    expect(flatTextOf(await renderToFile(input), 1)).toContain(
      'Firmado antes de completar el procesamiento: La inmunohistoquímica demora 10 días.',
    );
  });

  it('leaves out the sections the pathologist left empty', async () => {
    const input = sampleReport();
    input.clinicalHistory = null;
    input.sections.macroscopic = '  ';
    input.sections.comments = '';
    input.animal = { ...input.animal, breed: null, owner: null };

    const text = textOf(await renderToFile(input));

    for (const heading of ['Historia clínica', 'Descripción macroscópica', 'Comentarios']) {
      expect(text).not.toContain(heading);
    }
    expect(text).not.toMatch(/Raza|Propietario/);
    expect(text).toContain('Descripción microscópica');
    expect(text).toContain('Diagnóstico presuntivo');
  });

  it('comes out byte for byte the same when made again another day', async () => {
    const input = sampleReport();
    // A logo never seen before, so the second copy uses the prepared picture the first made.
    input.lab.logo = drawnPng(200, 200, true, 97);

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-05T13:42:00Z'));
    const first = await renderReportPdf(input);
    vi.setSystemTime(new Date('2027-03-15T09:30:00Z'));
    const again = await renderReportPdf(input);

    expect(again.equals(first)).toBe(true);
  });

  it('changes when the diagnosis changes', async () => {
    const input = sampleReport();
    const first = await renderReportPdf(input);
    input.sections.diagnosis = input.sections.diagnosis.replace(
      'grado histológico II',
      'grado III',
    );

    expect((await renderReportPdf(input)).equals(first)).toBe(false);
  });

  it('embeds the micrographs, the logo on every page and the signature', async () => {
    const file = await renderToFile(sampleReport());
    const images = imagesIn(file).filter((image) => image.type === 'image');

    const jpegs = images.filter((image) => image.encoding === 'jpeg');
    expect(jpegs.map((image) => `${image.width}x${image.height}`).sort()).toEqual([
      '1024x768',
      '1200x900',
      '900x1200',
    ]);
    const logos = images.filter((image) => image.width === 240 && image.height === 240);
    expect(logos.map((image) => image.page)).toEqual([1, 2]);
    expect(images.filter((image) => image.width === 480 && image.height === 160)).toHaveLength(1);
  });

  it('draws a mark of its own for a lab without a logo', async () => {
    const input = sampleReport();
    input.lab.logo = null;

    const file = await renderToFile(input);

    expect(imagesIn(file).some((image) => image.width === 240)).toBe(false);
    expect(textOf(file, 1)).toContain('Laboratorio de Patología Veterinaria');
  });

  it('keeps every pixel and the transparency of a PNG figure', async () => {
    const withAlpha = drawnPng(120, 90, true, 41);
    const opaque = drawnPng(100, 70, false, 42);
    const input = sampleReport();
    input.images = [
      { caption: 'Con transparencia', data: withAlpha },
      { caption: 'Opaca', data: opaque },
    ];

    const file = await renderToFile(input);
    run('pdfimages', '-png', file, path.join(dir, 'extracted'));
    const extracted = fs
      .readdirSync(dir)
      .filter((name) => name.startsWith('extracted'))
      .sort()
      .map((name) => PNG.sync.read(fs.readFileSync(path.join(dir, name))));

    const original = PNG.sync.read(withAlpha);
    const colour = extracted.find((png) => png.width === 120 && sameRgb(png, original));
    const mask = extracted.find((png) => png.width === 120 && !sameRgb(png, original));
    expect(colour).toBeDefined();
    expect(mask && sameAlphaAsGrey(mask, original)).toBe(true);
    const opaqueOriginal = PNG.sync.read(opaque);
    expect(extracted.some((png) => png.width === 100 && sameRgb(png, opaqueOriginal))).toBe(true);
  });

  it('refuses a figure that is not a picture, naming which one', async () => {
    const input = sampleReport();
    input.images[1] = { caption: 'Archivo dañado', data: Buffer.from('no es una imagen') };

    await expect(renderReportPdf(input)).rejects.toThrow(
      'la figura 2 no es una imagen PNG o JPEG válida',
    );
  });

  it('embeds its fonts, so it prints the same on a computer without DejaVu', async () => {
    const fonts = run('pdffonts', await renderToFile(sampleReport()));
    const rows = fonts.split('\n').filter((row) => row.includes('DejaVuSans'));

    expect(rows.some((row) => row.includes('DejaVuSans-Bold'))).toBe(true);
    expect(rows.some((row) => /DejaVuSans\s/.test(row))).toBe(true);
    for (const row of rows) expect(row).toMatch(/\byes\s+yes\s+yes\b/);
  });
});

function sameRgb(a: PNG, b: PNG): boolean {
  if (a.width !== b.width || a.height !== b.height) return false;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 3; c++) if (a.data[i + c] !== b.data[i + c]) return false;
  }
  return true;
}

/** A soft mask comes out as a grey picture whose every channel is the original's alpha. */
function sameAlphaAsGrey(mask: PNG, original: PNG): boolean {
  if (mask.width !== original.width || mask.height !== original.height) return false;
  for (let i = 0; i < mask.data.length; i += 4) {
    if (mask.data[i] !== original.data[i + 3]) return false;
  }
  return true;
}
