import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jarLabelLayout, type LabelLayout } from '../../../src-shared/labels/jar-label';
import { renderLabelEscPos } from '../../../src-main/printing/escpos';
import { parsePrinterUri } from '../../../src-main/printing/printer-uri';
import { printLabels, sendToPrinter } from '../../../src-main/printing/send';
import { decodeEscPos } from '../../helpers/escpos-decode';

let dir: string;
const originalPath = process.env.PATH;
const originalPlatform = Object.getOwnPropertyDescriptor(process, 'platform');

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patolab-send-'));
});

afterEach(() => {
  process.env.PATH = originalPath;
  if (originalPlatform) Object.defineProperty(process, 'platform', originalPlatform);
  fs.rmSync(dir, { recursive: true, force: true });
});

function jar(): LabelLayout {
  return jarLabelLayout({
    protocolNumber: 'HP 26/001',
    animalIdentification: 'Ñandú Muñoz',
    species: 'Canino',
    veterinarianName: 'José Güemes Ñáñez',
    receivedAt: '2027-01-01T02:30:00Z',
  });
}

/** Puts a stand-in for CUPS's `lp` first on the PATH, running `body` as its script. */
function fakeLp(body: string): void {
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'lp'), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  process.env.PATH = `${bin}${path.delimiter}${originalPath ?? ''}`;
}

async function failure(work: () => Promise<unknown>): Promise<{ ms: number; message: string }> {
  const started = performance.now();
  try {
    await work();
  } catch (error) {
    return { ms: performance.now() - started, message: (error as Error).message };
  }
  throw new Error('The print was expected to fail');
}

describe('a label sent to a device or file', () => {
  it('writes the thermal printer bytes to it, whole', async () => {
    const file = path.join(dir, 'lp0');

    const result = await printLabels(`file:${file}`, [jar()]);
    const written = fs.readFileSync(file);

    expect(written.equals(renderLabelEscPos([jar()]))).toBe(true);
    expect(result).toMatchObject({ driver: 'escpos', bytes: written.length });
    expect(decodeEscPos(written).some((e) => e.type === 'qr' && e.payload === 'HP 26/001')).toBe(
      true,
    );
  });

  it('that is not there is reported as a printer not connected', async () => {
    const missing = path.join(dir, 'usb', 'lp0');

    const { message } = await failure(() => printLabels(`file:${missing}`, [jar()]));

    expect(message).toBe(
      `No se encuentra la impresora ${missing}: compruebe que esté conectada y encendida.`,
    );
  });

  it('that never takes the bytes gives up after the time allowed', async () => {
    const fifo = path.join(dir, 'stuck-printer');
    execFileSync('mkfifo', [fifo]);

    const { ms, message } = await failure(() =>
      sendToPrinter(parsePrinterUri(`file:${fifo}`), Buffer.from('HP 26/001\n'), {
        timeoutMs: 500,
      }),
    );
    // Let the blocked writer through so that it does not outlive the test.
    const reader = fs.openSync(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    fs.closeSync(reader);

    expect(message).toBe(`La impresora ${fifo} no responde (tiempo de espera agotado).`);
    expect(ms).toBeGreaterThanOrEqual(450);
    expect(ms).toBeLessThan(10_000);
  });
});

describe("a label sent to a print queue of the computer's system", () => {
  it('is handed to lp as raw bytes for that queue', async () => {
    fakeLp(`printf '%s\\n' "$@" > "${dir}/args"\ncat > "${dir}/job"`);

    const result = await printLabels('printer:Etiquetas', [jar()], { timeoutMs: 3000 });

    expect(fs.readFileSync(path.join(dir, 'args'), 'utf8')).toBe('-d\nEtiquetas\n-o\nraw\n');
    expect(fs.readFileSync(path.join(dir, 'job')).equals(renderLabelEscPos([jar()]))).toBe(true);
    expect(result.driver).toBe('escpos');
  });

  it('that lp refuses is reported with what lp said', async () => {
    fakeLp('cat > /dev/null\necho "lp: The printer or class does not exist." >&2\nexit 1');

    const { message } = await failure(() =>
      printLabels('printer:NoExiste', [jar()], { timeoutMs: 3000 }),
    );

    expect(message).toBe(
      'La cola de impresión printer:NoExiste no aceptó la etiqueta: ' +
        'lp: The printer or class does not exist.',
    );
  });

  it('that lp never finishes gives up after the time allowed', async () => {
    fakeLp('exec sleep 30');

    const { ms, message } = await failure(() =>
      printLabels('printer:Etiquetas', [jar()], { timeoutMs: 500 }),
    );

    expect(message).toBe('La impresora printer:Etiquetas no responde (tiempo de espera agotado).');
    expect(ms).toBeLessThan(10_000);
  });

  it('on Windows, says to share the printer and use its network path', async () => {
    Object.defineProperty(process, 'platform', { value: 'win32' });

    const { message } = await failure(() => printLabels('printer:Etiquetas', [jar()]));

    expect(message).toBe(
      'En Windows no se puede imprimir en la cola «Etiquetas» directamente. ' +
        'Comparta la impresora en Windows y escriba su ruta de red, ' +
        'por ejemplo \\\\localhost\\Etiquetas.',
    );
  });
});

describe('labels asked for with a printer address that is wrong', () => {
  it('are not printed, and the message says how to write the address', async () => {
    const { message } = await failure(() => printLabels('impresora-recepcion', [jar()]));

    expect(message).toBe(
      'La dirección de impresora «impresora-recepcion» no es válida. ' +
        'Use tcp://host:9100, printer:NOMBRE o la ruta del dispositivo.',
    );
  });
});
