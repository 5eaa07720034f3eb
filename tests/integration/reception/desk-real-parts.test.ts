import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { histopathologyForm, openWorkstation, type Workstation } from '../../helpers/workstation';
import { runCli } from '../../helpers/cli';
import { startPrinterServer, type PrinterServer } from '../../helpers/printer-server';
import { decodeEscPos, printedLines } from '../../helpers/escpos-decode';
import { startTestSmtpServer, type TestSmtpServer } from '../../helpers/smtp-server';

let ws: Workstation | undefined;
let printer: PrinterServer | undefined;
let smtp: TestSmtpServer | undefined;

afterEach(async () => {
  await ws?.close();
  await printer?.close();
  await smtp?.close();
  ws = printer = smtp = undefined;
});

async function submittedProtocol(form = histopathologyForm()) {
  ws = await openWorkstation();
  const { temporaryCode } = await ws.call('protocols.submit', form);
  await ws.close();
  const dataDir = ws.dataDir;
  ws = undefined;
  return { temporaryCode, dataDir };
}

describe('the reception desk on real parts', () => {
  it('receives from the command line, prints the label and mails the vet', async () => {
    const { temporaryCode, dataDir } = await submittedProtocol(
      histopathologyForm({
        veterinarian: {
          firstName: 'José',
          lastName: 'Güemes Ñáñez',
          email: 'jose.guemes@example.org',
          licenseNumber: '777',
        },
        animal: { species: 'Canino', sex: 'male', identification: 'Ñandú' },
      }),
    );
    printer = await startPrinterServer();
    smtp = await startTestSmtpServer({ mode: 'plain', dir: dataDir });

    const run = await runCli(
      ['reception', 'receive', temporaryCode, '--printer', printer.uri, '--data', dataDir],
      {
        env: {
          PATOLAB_SMTP_URL: `smtp://127.0.0.1:${smtp.port}?from=lab@example.org&starttls=false`,
        },
      },
    );

    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({
      protocolNumber: 'HP 26/001',
      status: 'received',
      print: { status: 'printed', printerUri: printer.uri, error: null },
      mail: { sent: 1 },
    });

    const events = decodeEscPos(await printer.nextJob());
    const text = printedLines(events).map((l) => l.text.trim());
    expect(text).toContain('HP 26/001');
    expect(text.join('\n')).toContain('Ñandú');
    expect(text.join('\n')).toContain('José Güemes Ñáñez');
    expect(events.filter((e) => e.type === 'qr').map((e) => e.type === 'qr' && e.payload)).toEqual([
      'HP 26/001',
    ]);
    expect(events.some((e) => e.type === 'cut')).toBe(true);

    const [mail] = await smtp.waitForMail(1);
    expect(mail!.envelopeTo).toEqual(['jose.guemes@example.org']);
    expect(mail!.subject).toBe('Muestra recibida: protocolo HP 26/001');
    expect(mail!.text).toContain('Se le asignó el número de protocolo HP 26/001');
    expect(mail!.text).toContain(temporaryCode);
  });

  it('keeps the reception when the printer is off, and a retry prints it', async () => {
    printer = await startPrinterServer();
    const uri = printer.uri;
    await printer.close();

    ws = await openWorkstation({ env: { PATOLAB_PRINTER_URI: uri } });
    const { temporaryCode } = await ws.call('protocols.submit', histopathologyForm());
    const started = Date.now();
    const received = await ws.call('reception.receive', { code: temporaryCode });

    expect(Date.now() - started).toBeLessThan(10_000);
    expect(received.protocolNumber).toBe('HP 26/001');
    expect(received.print.status).toBe('failed');
    expect(received.print.error).toMatch(/impresora .* (rechazó|no responde)/i);
    expect((await ws.call('protocols.get', { code: 'HP 26/001' })).status).toBe('received');

    const port = Number(new URL(uri).port);
    printer = await startPrinterServer('print', port);
    const retried = await ws.call('printing.retry', { jobId: received.print.jobId! });
    expect(retried.status).toBe('printed');
    const text = printedLines(decodeEscPos(await printer.nextJob())).map((l) => l.text.trim());
    expect(text).toContain('HP 26/001');

    const jobs = await ws.call('printing.jobs', {});
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ status: 'printed', attempts: 2, protocolNumber: 'HP 26/001' });
  });

  it('reprints with one action, as a new job in the queue', async () => {
    printer = await startPrinterServer();
    ws = await openWorkstation({ env: { PATOLAB_PRINTER_URI: printer.uri } });
    const { temporaryCode } = await ws.call('protocols.submit', histopathologyForm());
    const received = await ws.call('reception.receive', { code: temporaryCode });

    const again = await ws.call('printing.reprint', { protocolId: received.protocolId });
    expect(again.status).toBe('printed');
    expect(printer.jobs).toHaveLength(2);
    expect(printer.jobs[1]).toEqual(printer.jobs[0]);
  });

  it('writes the label as a PDF whose text and QR code carry the number', async () => {
    const { temporaryCode, dataDir } = await submittedProtocol();
    const pdf = path.join(dataDir, 'etiqueta.pdf');

    const run = await runCli([
      'reception',
      'receive',
      temporaryCode,
      '--label-pdf',
      pdf,
      '--data',
      dataDir,
    ]);
    expect(JSON.parse(run.stdout).print.status).toBe('printed');

    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('HP 26/001');
    expect(text).toContain('Laura Gómez');
    expect(fs.statSync(pdf).size).toBeGreaterThan(1000);
  });
});
