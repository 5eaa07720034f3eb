import { afterEach, describe, expect, it } from 'vitest';
import {
  jarLabelLayout,
  type JarLabelData,
  type LabelLayout,
} from '../../../src-shared/labels/jar-label';
import { printLabels } from '../../../src-main/printing/send';
import {
  decodeEscPos,
  labelsBetweenCuts,
  printedLines,
  type EscPosEvent,
} from '../../helpers/escpos-decode';
import {
  startPrinterServer,
  unusedLoopbackPort,
  type PrinterServer,
} from '../../helpers/printer-server';

let server: PrinterServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

function jar(overrides: Partial<JarLabelData> = {}): LabelLayout {
  return jarLabelLayout({
    protocolNumber: 'HP 26/001',
    animalIdentification: 'Ñandú Muñoz',
    species: 'Canino',
    veterinarianName: 'José Güemes Ñáñez',
    receivedAt: '2027-01-01T02:30:00Z',
    ...overrides,
  });
}

function qrCodes(events: EscPosEvent[]) {
  return events.filter((event) => event.type === 'qr');
}

async function elapsed<T>(work: () => Promise<T>): Promise<{ ms: number; error: Error }> {
  const started = performance.now();
  try {
    await work();
  } catch (error) {
    return { ms: performance.now() - started, error: error as Error };
  }
  throw new Error('The print was expected to fail');
}

describe('a jar label printed on a network thermal printer', () => {
  it('comes out with the protocol number first, in double size and bold', async () => {
    server = await startPrinterServer();

    await printLabels(server.uri, [jar()], { timeoutMs: 2000 });
    const lines = printedLines(decodeEscPos(await server.nextJob()));

    expect(lines[0]?.text).toBe('HP 26/001');
    expect(lines[0]?.runs.every((run) => run.bold && run.width === 2 && run.height === 2)).toBe(
      true,
    );
  });

  it('has a QR that scans as the protocol number and nothing else', async () => {
    server = await startPrinterServer();

    await printLabels(server.uri, [jar()], { timeoutMs: 2000 });
    const codes = qrCodes(decodeEscPos(await server.nextJob()));

    expect(codes).toHaveLength(1);
    expect(codes[0]).toMatchObject({ payload: 'HP 26/001', model: 2, errorCorrection: 'M' });
  });

  it('prints the animal and the veterinarian with their Spanish letters intact', async () => {
    server = await startPrinterServer();

    await printLabels(server.uri, [jar()], { timeoutMs: 2000 });
    const texts = printedLines(decodeEscPos(await server.nextJob())).map((line) => line.text);

    expect(texts).toEqual([
      'HP 26/001',
      'Ñandú Muñoz',
      'Canino',
      'José Güemes Ñáñez',
      'Recibido: 31/12/2026',
    ]);
  });

  it('is cut from the roll at the end, and the printer gets every byte sent', async () => {
    server = await startPrinterServer();

    const result = await printLabels(server.uri, [jar()], { timeoutMs: 2000 });
    const job = await server.nextJob();
    const events = decodeEscPos(job);
    const lastCut = events.findLastIndex((event) => event.type === 'cut');

    expect(lastCut).toBeGreaterThan(events.findLastIndex((event) => event.type === 'text'));
    expect(result).toMatchObject({ driver: 'escpos', bytes: job.length });
  });

  it('several labels come out one after another, each whole, readable and cut', async () => {
    server = await startPrinterServer();
    const second = jar({
      protocolNumber: 'HP 26/002',
      animalIdentification: 'Güiña',
      veterinarianName: 'Íñigo Ñuñez',
    });

    await printLabels(server.uri, [jar(), second], { timeoutMs: 2000 });
    const labels = labelsBetweenCuts(decodeEscPos(await server.nextJob()));

    expect(labels).toHaveLength(2);
    expect(printedLines(labels[0] ?? []).map((line) => line.text)).toContain('José Güemes Ñáñez');
    expect(printedLines(labels[1] ?? []).map((line) => line.text)).toEqual([
      'HP 26/002',
      'Güiña',
      'Canino',
      'Íñigo Ñuñez',
      'Recibido: 31/12/2026',
    ]);
    expect(qrCodes(labels[1] ?? []).map((code) => code.payload)).toEqual(['HP 26/002']);
  });

  it('keeps one code page when a name has typographic signs, printing plain ones', async () => {
    server = await startPrinterServer();

    const label = jar({ veterinarianName: 'Dra. O’Connor – Ñuñoa' });

    await printLabels(server.uri, [label], { timeoutMs: 2000 });
    const events = decodeEscPos(await server.nextJob());
    const pages = events.flatMap((event) => (event.type === 'codePage' ? [event.page] : []));

    expect(label.lines[3]?.text).toBe('Dra. O’Connor – Ñ…');
    expect(new Set(pages)).toEqual(new Set([2]));
    expect(printedLines(events).map((line) => line.text)).toContain("Dra. O'Connor - Ñ...");
  });
});

describe('a network thermal printer that does not take the label', () => {
  it('when nothing answers at its address, fails at once: it refused the connection', async () => {
    const port = await unusedLoopbackPort();
    const uri = `tcp://127.0.0.1:${port}`;

    const { ms, error } = await elapsed(() => printLabels(uri, [jar()], { timeoutMs: 1000 }));

    expect(error.message).toBe(
      `La impresora ${uri} rechazó la conexión. Compruebe que esté encendida ` +
        'y que la dirección y el puerto sean los correctos.',
    );
    expect(ms).toBeLessThan(10_000);
  });

  it('when it takes the connection but never reads, gives up after the time allowed', async () => {
    server = await startPrinterServer('silent');

    const { ms, error } = await elapsed(() =>
      printLabels(server!.uri, [jar()], { timeoutMs: 1000 }),
    );

    expect(error.message).toBe(
      `La impresora ${server.uri} no responde (tiempo de espera agotado).`,
    );
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(10_000);
    expect(server.connectionCount()).toBe(1);
  });

  it('when it hangs up on the job, is reported as not having received the label', async () => {
    server = await startPrinterServer('reset');

    const { error } = await elapsed(() => printLabels(server!.uri, [jar()], { timeoutMs: 2000 }));

    expect(error.message).toBe(
      `La impresora ${server.uri} cortó la conexión antes de recibir la etiqueta.`,
    );
  });
});
