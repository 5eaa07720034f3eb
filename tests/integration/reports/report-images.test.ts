// The pictures of a report (photomicrographs, the pathologist's signature, the lab's logo)
// are read whole when they are uploaded, and again when a report is signed, since a picture
// may also arrive by sync from a desk that checked less. A decompression bomb is refused by
// the size it declares, before anything is unpacked; a file that is not the picture it
// claims to be never reaches a signed report; and every refusal says, in Spanish, what the
// pathologist has to do.

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkstation, tempDataDir, type Workstation } from '../../helpers/workstation';
import { REPORT_LIMITS } from '../../../src-shared/report-contract';
import {
  addPathologist,
  as,
  attempt,
  micrograph,
  PASSWORD,
  readyProtocol,
  SECTIONS,
  signaturePng,
  type Pathologist,
} from './lab';
import { jpegClaiming, makePng, palette, pngChunk, zeroPng } from './image-files';

let ws: Workstation;
let ana: Pathologist;

beforeEach(async () => {
  ws = await openWorkstation();
  ana = await addPathologist(ws, { email: 'ana.rios@patolab.local', name: 'Ana Ríos' });
});
afterEach(async () => ws?.close());

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);

function addImage(protocol: string, mime: 'image/png' | 'image/jpeg', file: Buffer) {
  return attempt(ws.services, ana.token, 'reports.addImage', {
    protocol,
    caption: 'Vista panorámica',
    mime,
    base64: file.toString('base64'),
  });
}

/** The refusal's code and message, or the success that should not have been. */
async function refusal(outcome: Promise<{ ok: boolean; error?: unknown }>) {
  const answer = await outcome;
  if (answer.ok) return { code: 'OK', message: 'it was taken' };
  const { code, message } = answer.error as { code: string; message: string };
  return { code, message };
}

async function imagesOnTheDraft(protocol: string): Promise<number> {
  const view = await as(ws.services, ana.token, 'reports.get', { protocol });
  return view.draft?.images.length ?? 0;
}

function damaged(format: 'PNG' | 'JPEG', what = 'la imagen') {
  return (
    `El archivo cargado como ${what} empieza como una imagen ${format}, pero no es una imagen ` +
    `${format} completa y válida: está dañado, cortado o es otro tipo de archivo. Ábralo y ` +
    'guárdelo de nuevo como PNG o JPEG, y vuelva a cargarlo.'
  );
}

describe('a picture uploaded for a report', () => {
  it('that unpacks to 900 MB from under a megabyte (15000 × 15000) is refused at once, saying its size and the limit', async () => {
    const code = await readyProtocol(ws);
    const bomb = await zeroPng(15_000, 15_000);
    expect(bomb.length).toBeLessThan(REPORT_LIMITS.imageBytes);

    const started = performance.now();
    expect(await refusal(addImage(code, 'image/png', bomb))).toEqual({
      code: 'VALIDATION',
      message:
        'El archivo cargado como la imagen mide 15.000 × 15.000 píxeles (225 megapíxeles); en ' +
        'PNG se admiten hasta 6.000 píxeles de lado y 8 megapíxeles. Achíquelo y vuelva a ' +
        'cargarlo.',
    });
    expect(performance.now() - started).toBeLessThan(500);
    expect(await imagesOnTheDraft(code)).toBe(0);
  }, 20_000);

  it('of 97 KB that unpacks to 25 megapixels is refused too, and a JPEG that claims 600 by its size', async () => {
    const code = await readyProtocol(ws);
    const small = await zeroPng(5000, 5000);
    expect(small.length).toBeLessThan(100 * 1024);
    expect((await refusal(addImage(code, 'image/png', small))).message).toContain(
      'mide 5.000 × 5.000 píxeles (25 megapíxeles); en PNG se admiten hasta 6.000 píxeles',
    );

    const claiming = jpegClaiming(30_000, 20_000);
    expect(await refusal(addImage(code, 'image/jpeg', claiming))).toEqual({
      code: 'VALIDATION',
      message:
        'El archivo cargado como la imagen mide 30.000 × 20.000 píxeles (600 megapíxeles); en ' +
        'JPEG se admiten hasta 6.000 píxeles de lado y 25 megapíxeles. Achíquelo y vuelva a ' +
        'cargarlo.',
    });
    expect(await imagesOnTheDraft(code)).toBe(0);
  }, 20_000);

  it('as a signature or as the lab logo is held to their smaller limits', async () => {
    const signature = await zeroPng(4000, 600, 4);
    expect(
      await refusal(
        attempt(ws.services, ana.token, 'reports.setSignature', {
          mime: 'image/png',
          base64: signature.toString('base64'),
        }),
      ),
    ).toEqual({
      code: 'VALIDATION',
      message:
        'El archivo cargado como la firma mide 4.000 × 600 píxeles (2,4 megapíxeles); en PNG ' +
        'se admiten hasta 3.000 píxeles de lado y 4 megapíxeles. Achíquelo y vuelva a cargarlo.',
    });

    const logo = await zeroPng(2500, 2500);
    const refused = await ws
      .call('reports.setLabHeader', {
        name: 'Laboratorio de Patología',
        lines: [],
        logo: { mime: 'image/png', base64: logo.toString('base64') },
      })
      .catch((error: Error & { code: string }) => ({ code: error.code, message: error.message }));
    expect(refused).toEqual({
      code: 'VALIDATION',
      message:
        'El archivo cargado como el logo mide 2.500 × 2.500 píxeles (6,3 megapíxeles); en PNG ' +
        'se admiten hasta 3.000 píxeles de lado y 4 megapíxeles. Achíquelo y vuelva a cargarlo.',
    });
    expect((await ws.call('reports.labHeader', {})).hasLogo).toBe(false);
  });

  it('whose PNG data is noise, cut short, too short for its rows or wrongly filtered is refused as damaged', async () => {
    const code = await readyProtocol(ws);
    const whole = makePng({ width: 200, height: 150 });
    const rowsBytes = (200 * 3 + 1) * 150;
    const broken = [
      makePng({ width: 200, height: 150, data: randomBytes(5000) }),
      whole.subarray(0, whole.length - 40),
      makePng({ width: 200, height: 150, data: zlib.deflateSync(Buffer.alloc(rowsBytes - 1)) }),
      makePng({ width: 200, height: 150, data: zlib.deflateSync(Buffer.alloc(rowsBytes, 9)) }),
    ];
    for (const file of broken) {
      expect(await refusal(addImage(code, 'image/png', file))).toEqual({
        code: 'VALIDATION',
        message: damaged('PNG'),
      });
    }
    expect(await imagesOnTheDraft(code)).toBe(0);
    expect((await addImage(code, 'image/png', whole)).ok).toBe(true);
  });

  it('that only starts like one (a PDF after a PNG’s first bytes, a web page after a JPEG’s) is refused', async () => {
    const code = await readyProtocol(ws);
    const pdf = Buffer.concat([PNG_MAGIC, Buffer.from('%PDF-1.7\n1 0 obj\n<< >>\nendobj\n')]);
    const page = Buffer.concat([JPEG_MAGIC, Buffer.from('<!doctype html><p>Hola</p>')]);
    const cut = micrograph().subarray(0, micrograph().length / 2);

    expect(await refusal(addImage(code, 'image/png', pdf))).toEqual({
      code: 'VALIDATION',
      message: damaged('PNG'),
    });
    for (const file of [page, cut]) {
      expect(await refusal(addImage(code, 'image/jpeg', file))).toEqual({
        code: 'VALIDATION',
        message: damaged('JPEG'),
      });
    }
    const signature = await refusal(
      attempt(ws.services, ana.token, 'reports.setSignature', {
        mime: 'image/jpeg',
        base64: page.toString('base64'),
      }),
    );
    expect(signature.message).toBe(damaged('JPEG', 'la firma'));
    expect(await imagesOnTheDraft(code)).toBe(0);
  });

  it('of every kind a PNG may be is taken, and signs into a PDF that opens without a complaint', async () => {
    const code = await readyProtocol(ws);
    const figures = [
      makePng({ width: 300, height: 200, interlaced: true }),
      makePng({
        width: 120,
        height: 90,
        colorType: 3,
        bitDepth: 4,
        before: [palette(16), pngChunk('tRNS', Buffer.from([0, 128]))],
      }),
      makePng({ width: 160, height: 120, colorType: 6, bitDepth: 16 }),
      makePng({ width: 200, height: 100, colorType: 0, bitDepth: 1 }),
    ];
    for (const file of figures) {
      const added = await addImage(code, 'image/png', file);
      expect(added.ok || added.error.message).toBe(true);
    }
    await as(ws.services, ana.token, 'reports.setSignature', {
      mime: 'image/png',
      base64: makePng({ width: 240, height: 80, colorType: 4 }).toString('base64'),
    });
    await ws.call('reports.setLabHeader', {
      name: 'Laboratorio de Patología',
      lines: [],
      logo: {
        mime: 'image/png',
        base64: makePng({ width: 200, height: 200, colorType: 6, interlaced: true }).toString(
          'base64',
        ),
      },
    });

    const pdf = await signedPdf(code);
    const sizes = imageSizes(pdf);
    for (const size of ['300x200', '120x90', '160x120', '200x100', '240x80', '200x200']) {
      expect(sizes).toContain(size);
    }
    const drawn = spawnSync('/usr/bin/pdftoppm', ['-r', '20', '-png', pdf, pdf], {
      encoding: 'utf8',
    });
    expect(drawn.status).toBe(0);
    expect(drawn.stderr).toBe('');
  });
});

describe('a picture that reached the database unchecked, as by sync from an older desk', () => {
  async function draftReady(): Promise<string> {
    const code = await readyProtocol(ws);
    await as(ws.services, ana.token, 'reports.saveDraft', { protocol: code, ...SECTIONS });
    return code;
  }

  async function withFigure(file: Buffer): Promise<string> {
    const code = await draftReady();
    const added = await as(ws.services, ana.token, 'reports.addImage', {
      protocol: code,
      caption: 'Vista panorámica',
      mime: 'image/png',
      base64: signaturePng().toString('base64'),
    });
    await ws.services.ctx.db
      .updateTable('report_images')
      .set({ data: file.toString('base64') })
      .where('id', '=', added.id)
      .execute();
    return code;
  }

  async function versionsOf(code: string): Promise<number> {
    const view = await as(ws.services, ana.token, 'reports.get', { protocol: code });
    return view.versions.length;
  }

  const sign = (code: string) =>
    refusal(
      attempt(ws.services, ana.token, 'reports.sign', { protocol: code, password: PASSWORD }),
    );

  const notValid = (what: string) =>
    `No se pudo armar el PDF del informe: ${what} no es una imagen PNG o JPEG válida. Vuelva ` +
    'a cargarla e intente de nuevo.';

  it('a figure whose PNG data is noise stops the signature, naming the figure; nothing is signed', async () => {
    const code = await withFigure(makePng({ width: 200, height: 150, data: randomBytes(5000) }));

    expect(await sign(code)).toEqual({ code: 'VALIDATION', message: notValid('la figura 1') });
    expect(await versionsOf(code)).toBe(0);
  });

  it('a web page behind a JPEG’s first bytes as the signature image stops the signature, naming it', async () => {
    const code = await draftReady();
    await as(ws.services, ana.token, 'reports.setSignature', {
      mime: 'image/png',
      base64: signaturePng().toString('base64'),
    });
    const page = Buffer.concat([JPEG_MAGIC, Buffer.from('<!doctype html><p>Hola</p>')]);
    await ws.services.ctx.db
      .updateTable('signature_images')
      .set({ mime: 'image/jpeg', data: page.toString('base64') })
      .execute();

    expect(await sign(code)).toEqual({
      code: 'VALIDATION',
      message: notValid('la imagen de la firma'),
    });
    expect(await versionsOf(code)).toBe(0);
  });

  it('a 25-megapixel bomb as a figure is refused by its size before it is unpacked', async () => {
    const code = await withFigure(await zeroPng(5000, 5000));

    const started = performance.now();
    expect(await sign(code)).toEqual({
      code: 'VALIDATION',
      message:
        'No se pudo armar el PDF del informe: la figura 1 mide 5.000 × 5.000 píxeles, más de lo ' +
        'que admite un informe en PNG (6.000 píxeles de lado y 8 megapíxeles). Vuelva a ' +
        'cargarla más chica e intente de nuevo.',
    });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await versionsOf(code)).toBe(0);
  }, 20_000);

  it('a PNG whose data unpacks past the size its header gives is stopped at that size', async () => {
    // 100 × 100 pixels in colour with transparency are 40 100 bytes; these unpack to 64 MB.
    const liar = makePng({
      width: 100,
      height: 100,
      colorType: 6,
      data: zlib.deflateSync(Buffer.alloc(64 * 1024 * 1024)),
    });
    const code = await withFigure(liar);

    expect(await sign(code)).toEqual({ code: 'VALIDATION', message: notValid('la figura 1') });
    expect(await versionsOf(code)).toBe(0);
  });
});

async function signedPdf(code: string): Promise<string> {
  await as(ws.services, ana.token, 'reports.saveDraft', { protocol: code, ...SECTIONS });
  await as(ws.services, ana.token, 'reports.sign', { protocol: code, password: PASSWORD });
  const { base64 } = await as(ws.services, ana.token, 'reports.pdf', { protocol: code });
  const file = path.join(tempDataDir('signed-'), 'informe.pdf');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}

/** `WIDTHxHEIGHT` of every picture in the PDF, masks included. */
function imageSizes(file: string): string[] {
  const listed = spawnSync('/usr/bin/pdfimages', ['-list', file], { encoding: 'utf8' }).stdout;
  return listed
    .split('\n')
    .slice(2)
    .filter((row) => row.trim() !== '')
    .map((row) => {
      const cells = row.trim().split(/\s+/);
      return `${cells[3]}x${cells[4]}`;
    });
}
