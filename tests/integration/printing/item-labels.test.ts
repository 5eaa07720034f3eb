import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_CASSETTE_LABEL_SIZE,
  DEFAULT_SLIDE_LABEL_SIZE,
  itemLabelLayout,
  type ItemLabelData,
} from '../../../src-shared/labels/item-label';
import { jarLabelLayout } from '../../../src-shared/labels/jar-label';
import type { LabelLayout } from '../../../src-shared/labels/layout';
import { writeTransaction } from '../../../src-main/db/transaction';
import { insertPrintJob, runPrintJob } from '../../../src-main/printing/jobs';
import { printLabels } from '../../../src-main/printing/send';
import { decodeEscPos, labelsBetweenCuts, printedLines } from '../../helpers/escpos-decode';
import { startPrinterServer, type PrinterServer } from '../../helpers/printer-server';
import { openWorkstation, type Workstation } from '../../helpers/workstation';
import { decodeZpl } from '../../helpers/zpl-decode';

let dir: string;
let server: PrinterServer | undefined;
let ws: Workstation | undefined;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patolab-item-labels-'));
});

afterEach(async () => {
  await server?.close();
  await ws?.close();
  server = undefined;
  ws = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

const MATERIALS = [
  'Hígado, lóbulo izquierdo',
  'Hígado, lóbulo derecho',
  'Bazo',
  'Riñón izquierdo',
  'Riñón derecho',
  'Pulmón, lóbulo caudal',
  'Linfonodo mesentérico',
  'Piel, dorso',
  'Estómago, píloro',
  'Intestino delgado',
];

/** Every cassette of one protocol, as the bench cuts them: C1 to C10. */
function cassetteBatch(): LabelLayout[] {
  return MATERIALS.map((material, index) =>
    itemLabelLayout(
      {
        item: 'cassette',
        code: `HP 26/001-C${index + 1}`,
        protocolCode: 'HP 26/001',
        detail: material,
        extra: index === 6 ? 'Multicorte' : null,
      },
      DEFAULT_CASSETTE_LABEL_SIZE,
    ),
  );
}

const CODES = MATERIALS.map((_, index) => `HP 26/001-C${index + 1}`);

function slide(overrides: Partial<ItemLabelData> = {}): LabelLayout {
  return itemLabelLayout(
    {
      item: 'slide',
      code: 'HP 26/001-S1',
      protocolCode: 'HP 26/001',
      detail: 'Ziehl-Neelsen',
      extra: 'Campo 2',
      ...overrides,
    },
    DEFAULT_SLIDE_LABEL_SIZE,
  );
}

/** The job as it is written beside the bench's records, then sent after the commit. */
async function printAsOneJob(printerUri: string, layouts: LabelLayout[]) {
  ws = await openWorkstation();
  const { ctx } = ws.services;
  const jobId = await writeTransaction(ctx.db, (tx) =>
    insertPrintJob(tx, ctx, {
      protocolId: null,
      labelKind: 'cassette',
      printerUri,
      layouts,
      createdBy: 'Técnica de banco',
    }),
  );
  return runPrintJob(ctx, jobId);
}

function qrOnPage(file: string, page: number): string | null {
  const prefix = path.join(dir, `page-${page}`);
  const range = ['-f', String(page), '-l', String(page)];
  execFileSync('/usr/bin/pdftoppm', ['-r', '300', '-png', '-singlefile', ...range, file, prefix]);
  const png = PNG.sync.read(fs.readFileSync(`${prefix}.png`));
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  return found ? found.data : null;
}

function textOf(file: string): string {
  return execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe("a protocol's cassettes printed as one job", () => {
  it('on a thermal printer come out as the ten cassettes in order, each code and QR intact', async () => {
    server = await startPrinterServer();

    const outcome = await printAsOneJob(server.uri, cassetteBatch());
    const labels = labelsBetweenCuts(decodeEscPos(await server.nextJob()));

    expect(outcome).toMatchObject({ status: 'printed', error: null });
    expect(server.connectionCount()).toBe(1);
    expect(labels).toHaveLength(10);
    expect(labels.map((label) => printedLines(label)[1]?.text)).toEqual(CODES);
    expect(labels.map((label) => printedLines(label)[0]?.text)).toEqual(CODES.map(() => '26/001'));
    const qrs = labels.map((label) => label.filter((event) => event.type === 'qr'));
    expect(qrs.map((codes) => codes.map((code) => code.payload))).toEqual(
      CODES.map((code) => [code]),
    );
  });

  it('on a ZPL printer come out as the same ten cassettes in order', async () => {
    server = await startPrinterServer();

    const outcome = await printAsOneJob(`zpl+${server.uri}`, cassetteBatch());
    const labels = decodeZpl(await server.nextJob());

    expect(outcome).toMatchObject({ status: 'printed', printerUri: `zpl+${server.uri}` });
    expect(server.connectionCount()).toBe(1);
    expect(labels.map((label) => label.texts[1])).toEqual(CODES);
    expect(labels.map((label) => label.qr?.payload)).toEqual(CODES);
    expect(labels[0]?.texts).toContain('Hígado,');
    expect(labels[6]?.texts).toContain('Multicorte');
  });

  it('with a material that reads as ZPL commands, still prints one label with that text', async () => {
    server = await startPrinterServer();
    const [first] = cassetteBatch();
    const hostile = itemLabelLayout(
      {
        item: 'cassette',
        code: 'HP 26/001-C2',
        protocolCode: 'HP 26/001',
        detail: '^XZ^XA^FDX^FS',
        extra: null,
      },
      DEFAULT_CASSETTE_LABEL_SIZE,
    );

    const result = await printLabels(`zpl+${server.uri}`, [first!, hostile], { timeoutMs: 2000 });
    const labels = decodeZpl(await server.nextJob());

    expect(result.driver).toBe('zpl');
    expect(labels).toHaveLength(2);
    // Wrapped over two lines beside the QR, the material reads back as typed.
    expect(labels[1]?.texts.slice(0, 2)).toEqual(['26/001', 'HP 26/001-C2']);
    expect(labels[1]?.texts.slice(2).join('')).toBe('^XZ^XA^FDX^FS');
    expect(labels[1]?.qr?.payload).toBe('HP 26/001-C2');
  });
});

describe('a cassette and a slide label printed to PDF', () => {
  it('have 2D codes that scan as their codes, a temporary one included', async () => {
    const file = path.join(dir, 'banco.pdf');
    const pending = slide({
      code: 'TMP-HP-20261204-007-S1',
      protocolCode: 'TMP-HP-20261204-007',
      numberPending: true,
    });

    const result = await printLabels(`pdf:${file}`, [cassetteBatch()[0]!, slide(), pending]);

    expect(result.driver).toBe('pdf');
    expect(qrOnPage(file, 1)).toBe('HP 26/001-C1');
    expect(qrOnPage(file, 2)).toBe('HP 26/001-S1');
    expect(qrOnPage(file, 3)).toBe('TMP-HP-20261204-007-S1');
  });

  it('read back with their whole codes and short numbers', async () => {
    const file = path.join(dir, 'banco.pdf');

    await printLabels(`pdf:${file}`, [cassetteBatch()[0]!, slide()]);
    const text = textOf(file);

    expect(text).toContain('HP 26/001-C1');
    expect(text).toContain('HP 26/001-S1');
    expect(text).toContain('26/001');
    expect(text).toContain('Hígado,');
    expect(text).toContain('Campo 2');
  });
});

describe('a print job written before batches existed', () => {
  it('still prints its one label when retried', async () => {
    server = await startPrinterServer();
    ws = await openWorkstation();
    const { ctx } = ws.services;
    const layout = jarLabelLayout({
      protocolNumber: 'HP 26/001',
      animalIdentification: 'Luna',
      species: 'Canino',
      veterinarianName: 'Laura Gómez',
      receivedAt: '2026-12-04T13:00:00Z',
    });
    await ctx.db
      .insertInto('print_jobs')
      .values({
        id: 'trabajo-antiguo',
        protocol_id: null,
        label_kind: 'jar',
        printer_uri: server.uri,
        layout: JSON.stringify(layout),
        status: 'failed',
        attempts: 1,
        last_error: 'La impresora no responde (tiempo de espera agotado).',
        created_by: 'Marta Pérez',
        created_at: '2026-12-04T12:00:00Z',
        updated_at: '2026-12-04T12:00:00Z',
        printed_at: null,
      })
      .execute();

    const outcome = await runPrintJob(ctx, 'trabajo-antiguo');
    const labels = labelsBetweenCuts(decodeEscPos(await server.nextJob()));

    expect(outcome).toMatchObject({ status: 'printed', error: null });
    expect(labels).toHaveLength(1);
    expect(printedLines(labels[0]!)[0]?.text).toBe('HP 26/001');
  });
});
