import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { histopathologyForm, openWorkstation, type Workstation } from '../../helpers/workstation';
import { startPrinterServer, type PrinterServer } from '../../helpers/printer-server';
import { decodeEscPos, labelsBetweenCuts, printedLines } from '../../helpers/escpos-decode';
import { decodeZpl } from '../../helpers/zpl-decode';

let ws: Workstation | undefined;
let printer: PrinterServer | undefined;
afterEach(async () => {
  await ws?.close();
  await printer?.close();
  ws = undefined;
  printer = undefined;
});

async function received(station: Workstation) {
  const { temporaryCode } = await station.call('protocols.submit', histopathologyForm());
  const { protocolNumber } = await station.call('reception.receive', {
    code: temporaryCode,
    printerUri: 'none',
  });
  return protocolNumber!;
}

function escPosLabels(bytes: Buffer) {
  return labelsBetweenCuts(decodeEscPos(bytes)).map((label) => ({
    qr: label.flatMap((e) => (e.type === 'qr' ? [e.payload] : [])),
    text: printedLines(label).map((l) => l.text),
  }));
}

describe('cassette and slide labels from the bench', () => {
  it('three cassettes added print as one job on the thermal printer, codes in order', async () => {
    ws = await openWorkstation();
    printer = await startPrinterServer();
    const hp = await received(ws);

    const added = await ws.call('processing.addCassettes', {
      protocol: hp,
      material: 'Mama, borde',
      count: 3,
      printerUri: printer.uri,
    });
    expect(added.print.status).toBe('printed');

    const labels = escPosLabels(await printer.nextJob());
    expect(printer.connectionCount()).toBe(1);
    expect(labels.map((l) => l.qr)).toEqual([[`${hp}-C1`], [`${hp}-C2`], [`${hp}-C3`]]);
    for (const [i, label] of labels.entries()) {
      expect(label.text).toContain(`${hp}-C${i + 1}`);
    }
  });

  it('a Zebra printer gets the same batch in ZPL, from the cassette printer set in settings', async () => {
    ws = await openWorkstation({ env: { PATOLAB_PRINTER_URI: '' } });
    printer = await startPrinterServer();
    const uri = `zpl+${printer.uri}`;
    await ws.call('settings.setPrinter', { purpose: 'cassette', uri, widthMm: 26, heightMm: 20 });
    const hp = await received(ws);

    await ws.call('processing.addCassettes', { protocol: hp, material: 'Bazo', count: 10 });
    const labels = decodeZpl(await printer.nextJob());
    expect(labels.map((l) => l.qr?.payload)).toEqual(
      Array.from({ length: 10 }, (_, i) => `${hp}-C${i + 1}`),
    );
    expect(labels.every((l, i) => l.texts.includes(`${hp}-C${i + 1}`))).toBe(true);
  });

  it('"print all" leaves out voided cassettes and redone slides', async () => {
    ws = await openWorkstation();
    printer = await startPrinterServer();
    const hp = await received(ws);
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Piel', count: 3 });
    await ws.call('processing.voidCassette', { code: `${hp}-C2`, reason: 'Vacío' });
    await ws.call('processing.addSlides', { protocol: hp, cassettes: ['C1'], count: 2 });
    await ws.call('processing.redoSlide', { code: `${hp}-S1`, reason: 'Pliegue' });

    await ws.call('processing.printLabels', {
      protocol: hp,
      item: 'cassette',
      printerUri: printer.uri,
    });
    expect(escPosLabels(await printer.nextJob()).map((l) => l.qr[0])).toEqual([
      `${hp}-C1`,
      `${hp}-C3`,
    ]);
    await ws.call('processing.printLabels', {
      protocol: hp,
      item: 'slide',
      printerUri: printer.uri,
    });
    expect(escPosLabels(await printer.nextJob()).map((l) => l.qr[0])).toEqual([
      `${hp}-S2`,
      `${hp}-S3`,
    ]);

    await ws.call('processing.printLabels', {
      protocol: hp,
      item: 'slide',
      codes: [`${hp}-S3`],
      printerUri: printer.uri,
    });
    expect(escPosLabels(await printer.nextJob()).map((l) => l.qr[0])).toEqual([`${hp}-S3`]);
  });

  it('a printer that refuses the job does not undo the cassettes; the job waits to retry', async () => {
    ws = await openWorkstation();
    printer = await startPrinterServer('reset');
    const hp = await received(ws);

    const added = await ws.call('processing.addCassettes', {
      protocol: hp,
      material: 'Hígado',
      count: 2,
      printerUri: printer.uri,
    });
    expect(added.print.status).toBe('failed');
    expect(added.print.error).toMatch(/impresora/);
    const work = await ws.call('processing.work', { protocol: hp });
    expect(work.cassettes).toHaveLength(2);
    const jobs = await ws.call('printing.jobs', { status: 'failed' });
    expect(jobs.map((j) => j.labelKind)).toEqual(['cassette']);
  });

  it("the PDF of a protocol's slide labels reads back with every code", async () => {
    ws = await openWorkstation();
    const hp = await received(ws);
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Piel' });
    await ws.call('processing.addSlides', {
      protocol: hp,
      cassettes: ['C1'],
      count: 2,
      printerUri: 'none',
    });

    const pdf = await ws.call('processing.labelPdf', { protocol: hp, item: 'slide' });
    const file = path.join(ws.dataDir, pdf.fileName);
    fs.writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(`${hp}-S1`);
    expect(text).toContain(`${hp}-S2`);
    expect(text).toContain('H-E');
  });
  it('with no printer, each batch becomes its own PDF and never replaces an earlier one', async () => {
    ws = await openWorkstation({ env: { PATOLAB_PRINTER_URI: '' } });
    const hp = await received(ws);
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Piel', count: 2 });
    await ws.call('processing.addCassettes', { protocol: hp, material: 'Hígado' });

    const folder = path.join(ws.dataDir, 'labels');
    expect(fs.readdirSync(folder).sort()).toEqual(['HP-26-001-C1-C2.pdf', 'HP-26-001-C3.pdf']);
    const first = execFileSync('pdftotext', [path.join(folder, 'HP-26-001-C1-C2.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(first).toContain(`${hp}-C2`);
    expect(first).not.toContain(`${hp}-C3`);
  });
});
