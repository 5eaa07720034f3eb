// The pathologist's report as she lives it, in the web mode: she takes a ready protocol from
// the queue, writes its report with a diagnosis from her own phrase library, signs it with her
// password, and sees it delivered to the referring vet; then she amends it, and the vet gets
// the amended report while version 1 stays exactly as it was delivered.
//
// "Delivered" needs a mail server, so this spec runs its own `patolab serve --demo` on a free
// loopback port, with its own data folder and a loopback SMTP relay that requires STARTTLS and
// a login and keeps each message whole, attachments included. The demo has no ready protocol:
// the bench's work on its first histopathology jar is finished from the command line before
// the browser's server starts.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  startTestSmtpServer,
  type ReceivedMail,
  type TestSmtpServer,
} from '../helpers/smtp-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const START_TIMEOUT_MS = 30_000;
// The sender is woken when a report is signed; its 30 s round is the slowest case.
const MAIL_TIMEOUT_MS = 45_000;

const PATHOLOGIST = { email: 'patologa@patolab.local', password: 'patolab-demo' };
// The referring vet of the demo's first case (Luna, a poodle), with her license.
const VET = { email: 'laura.gomez@example.org', shown: 'Laura Gómez (Mat. 1234)' };
const RELAY = { user: 'avisos@laboratorio.test', password: 'clave-del-relay-smtp' };

const PHRASE = {
  title: 'Carcinoma tubular, márgenes libres',
  text: 'Carcinoma mamario tubular simple, grado II; células de 12 µm, márgenes libres.',
};
const MACROSCOPIC = 'Nódulo firme de 2,3 × 1,8 cm; al corte, blanquecino y lobulado.';
const AMENDED_DIAGNOSIS = 'Carcinoma mamario sólido, grado III; margen craneal comprometido.';
const AMENDMENT_REASON = 'Se revisaron los márgenes quirúrgicos en nuevos cortes.';

/** `patolab ARGS` on the spec's data folder, with no printer and no mail; the JSON it printed. */
function patolab<T = Record<string, unknown>>(...args: string[]): T {
  const out = execFileSync(process.execPath, ['bin/patolab.js', ...args], {
    cwd: ROOT,
    env: { ...process.env, PATOLAB_PRINTER_URI: 'none', PATOLAB_SMTP_URL: '' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(out) as T;
}

interface Serve {
  url: string;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** `patolab serve --demo` on `dataDir` and a port the system picks; resolves once it listens. */
async function startServe(dataDir: string, smtpUrl: string): Promise<Serve> {
  const child = spawn(
    process.execPath,
    ['bin/patolab.js', 'serve', '--demo', '--port', '0', '--data', dataDir],
    {
      cwd: ROOT,
      env: { ...process.env, PATOLAB_PRINTER_URI: 'none', PATOLAB_SMTP_URL: smtpUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));

  const stop = async () => {
    child.kill('SIGTERM');
    const stopped = await Promise.race([
      exited(child).then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
    ]);
    if (!stopped) {
      child.kill('SIGKILL');
      await exited(child);
    }
  };

  // The demo is seeded before the server listens, so the address on screen means both.
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const url = /Patolab está abierto en (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
    if (url) return { url, stop };
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`patolab serve did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The demo receives its first histopathology jar today: number 001 of the lab's year. */
function firstHistopathologyNumber(): string {
  const year = new Intl.DateTimeFormat('en', {
    timeZone: process.env.PATOLAB_TIME_ZONE || 'America/Argentina/Buenos_Aires',
    year: '2-digit',
  }).format(new Date());
  return `HP ${year}/001`;
}

function pdfAttachments(mail: ReceivedMail): Buffer[] {
  return mail.attachments.filter((a) => a.contentType === 'application/pdf').map((a) => a.content);
}

/** What a PDF says, as one line of text. */
function pdfText(bytes: Buffer): string {
  return execFileSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByLabel('Correo electrónico').fill(PATHOLOGIST.email);
  await page.getByLabel('Contraseña').fill(PATHOLOGIST.password);
  await page.getByLabel('Contraseña').press('Enter');
  // A pathologist's day starts at her queue.
  await expect(page.getByRole('heading', { name: 'Informes', level: 1 })).toBeVisible();
}

async function signReport(page: Page, code: string, password: string): Promise<void> {
  await page.getByRole('button', { name: 'Firmar', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Firmar el informe de ${code}` });
  await dialog.getByLabel('Contraseña').fill(password);
  await dialog.getByRole('button', { name: 'Firmar informe' }).click();
}

test.describe("the pathologist's report", () => {
  test.describe.configure({ mode: 'serial' });

  let workDir = '';
  let smtp: TestSmtpServer | undefined;
  let serve: Serve | undefined;
  let code = '';
  let firstPdf: Buffer | undefined;

  /** Report mails the vet got so far: those that carry a PDF. */
  const reportMails = () =>
    (smtp?.received ?? []).filter(
      (m) => m.envelopeTo.includes(VET.email) && pdfAttachments(m).length > 0,
    );

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patolab-e2e-report-'));
    const dataDir = path.join(workDir, 'data');

    // The demo seeds itself at its first start; the server stops before the command line
    // writes, so the browser's server opens a folder that is complete.
    const seeding = await startServe(dataDir, '');
    await seeding.stop();

    code = firstHistopathologyNumber();
    const shown = patolab<{ animal: { identification: string }; status: string }>(
      'protocol',
      'show',
      code,
      '--data',
      dataDir,
    );
    expect(shown.animal.identification).toBe('Luna');
    expect(shown.status).toBe('processing');
    // The technician cuts one slide from the jar's two cassettes and marks it ready.
    patolab('slide', 'add', code, '--cassettes', 'C1,C2', '--printer', 'none', '--data', dataDir);
    const set = patolab<{ protocols: { code: string; status: string }[] }>(
      'slide',
      'set',
      `${code}-S1`,
      '--status',
      'ready',
      '--quality',
      'good',
      '--data',
      dataDir,
    );
    expect(set.protocols).toEqual([{ code, status: 'ready' }]);

    smtp = await startTestSmtpServer({ mode: 'starttls', login: RELAY, dir: workDir });
    // The relay's certificate is the throwaway one bundled with smtp-server: not verifiable.
    const smtpUrl =
      `smtp://${encodeURIComponent(RELAY.user)}:${RELAY.password}@127.0.0.1:${smtp.port}` +
      '?tlsRejectUnauthorized=false';
    serve = await startServe(dataDir, smtpUrl);
  });

  test.afterAll(async () => {
    await serve?.stop();
    await smtp?.close();
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });

  test('a report written with a saved phrase and signed by password reaches the vet', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const url = serve!.url;
    await signIn(page, url);

    // The queue: the ready protocol, received today, waits unassigned until she takes it.
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: code }) });
    await expect(row).toContainText('Listo');
    await expect(row).toContainText('Sin asignar');
    const columns = await page.getByRole('columnheader').allTextContents();
    expect(columns).toContain('Días');
    await expect(row.getByRole('cell').nth(columns.indexOf('Días'))).toHaveText('0');
    await row.getByRole('button', { name: `Tomar ${code}` }).click();
    await expect(row.getByRole('button', { name: `Soltar ${code}` })).toBeVisible();
    await expect(row).toContainText('Dra. Inés Acuña');

    // The editor opens with what the vet wrote about the animal, ready to read.
    await page.getByRole('link', { name: code, exact: true }).click();
    await expect(page.getByRole('heading', { name: `Informe ${code}`, level: 1 })).toBeVisible();
    const facts = page.getByRole('region', { name: 'Protocolo', exact: true });
    await expect(facts).toContainText('Luna');
    await expect(facts).toContainText('Canino');
    await expect(facts).toContainText(VET.shown);
    await expect(page.getByText('Versión 1', { exact: true })).toBeVisible();

    // A diagnosis she will use again goes to her library first, then into the report.
    const library = page.getByRole('region', { name: 'Frases y diagnósticos' });
    await library.getByRole('button', { name: 'Nueva', exact: true }).click();
    const newPhrase = page.getByRole('dialog', { name: 'Nueva frase' });
    await newPhrase.getByRole('textbox', { name: 'Título' }).fill(PHRASE.title);
    await newPhrase.getByRole('textbox', { name: 'Texto' }).fill(PHRASE.text);
    await newPhrase.getByText('Diagnóstico', { exact: true }).click();
    await newPhrase.getByRole('button', { name: 'Guardar frase' }).click();
    await expect(newPhrase).toBeHidden();
    await library.getByRole('button', { name: `Insertar «${PHRASE.title}»` }).click();
    const diagnosis = page.getByRole('textbox', { name: 'Diagnóstico', exact: true });
    await expect(diagnosis).toHaveValue(PHRASE.text);

    const macroscopic = page.getByRole('textbox', { name: 'Descripción macroscópica' });
    await macroscopic.click();
    await macroscopic.pressSequentially(MACROSCOPIC);
    await expect(page.getByText(/^Guardado \d{2}:\d{2}$/)).toBeVisible();

    // Saved as she typed: a reload brings back the text from the lab's database.
    await page.reload();
    await expect(diagnosis).toHaveValue(PHRASE.text);
    await expect(macroscopic).toHaveValue(MACROSCOPIC);
    await expect(page.getByText('Hay texto sin guardar de este informe')).toBeHidden();

    // A wrong password signs nothing, and says so in Spanish.
    await page.getByRole('button', { name: 'Firmar', exact: true }).click();
    const signing = page.getByRole('dialog', { name: `Firmar el informe de ${code}` });
    await signing.getByLabel('Contraseña').fill('no es mi clave 2026');
    await signing.getByRole('button', { name: 'Firmar informe' }).click();
    await expect(signing.getByRole('alert')).toContainText(
      'La contraseña no es correcta; el informe no se firmó.',
    );
    await signing.getByRole('button', { name: 'Cancelar' }).click();
    await expect(signing).toBeHidden();
    await expect(diagnosis).toBeEditable();
    await expect(page.getByRole('region', { name: 'Versiones firmadas' })).toBeHidden();

    await signReport(page, code, PATHOLOGIST.password);
    await expect(signing).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Versión 1 firmada' })).toBeVisible();

    // The screen asks again every few seconds until the mail server accepted the mail.
    const deliveries = page.getByRole('region', { name: 'Envío al veterinario' });
    const toVet = deliveries.getByRole('row').filter({ hasText: VET.email });
    await expect(toVet).toHaveCount(1);
    await expect(toVet.getByText('Enviado', { exact: true })).toBeVisible({
      timeout: MAIL_TIMEOUT_MS,
    });
    await expect(page.getByText('Informe enviado', { exact: true })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'fue aceptada' })).toContainText(
      `La versión 1 fue aceptada por el servidor de correo para ${VET.email}.`,
    );

    // The vet's mailbox: one report, over STARTTLS with the lab's login, its PDF attached.
    const [mail, ...more] = reportMails();
    expect(more).toHaveLength(0);
    expect(mail!.secure).toBe(true);
    expect(mail!.user).toBe(RELAY.user);
    expect(mail!.subject).toContain(code);
    const [pdf] = pdfAttachments(mail!);
    expect(pdf!.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = pdfText(pdf!);
    expect(text).toContain(PHRASE.text);
    expect(text).toContain(MACROSCOPIC);
    firstPdf = pdf;
  });

  test('an amendment is signed as version 2 and mailed, and version 1 stays as delivered', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    expect(firstPdf, 'the first report was delivered').toBeDefined();
    const url = serve!.url;
    await signIn(page, url);

    // A sent report leaves her queue; she opens it by its address, as from a bookmark.
    // The demo's cytology case is left, counted in the singular.
    await expect(page.getByText('1 protocolo', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: code, exact: true })).toHaveCount(0);
    await page.goto(`${url}/#/informes/${encodeURIComponent(code)}`);
    await expect(page.getByRole('heading', { name: `Informe ${code}`, level: 1 })).toBeVisible();
    await expect(page.getByText('Informe enviado', { exact: true })).toBeVisible();

    // The amendment opens version 2 with the signed text and the reason on record.
    await page.getByRole('button', { name: 'Enmendar', exact: true }).click();
    const amend = page.getByRole('dialog', { name: `Enmendar el informe de ${code}` });
    await amend.getByRole('textbox', { name: 'Motivo de la enmienda' }).fill(AMENDMENT_REASON);
    await amend.getByRole('button', { name: 'Abrir la enmienda' }).click();
    await expect(amend).toBeHidden();
    await expect(page.getByText('Versión 2', { exact: true })).toBeVisible();
    await expect(page.getByText('Enmienda de la versión 1', { exact: true })).toBeVisible();

    // Until it is signed, the amendment waits in her queue as a draft, like any report.
    await page.keyboard.press('Alt+N');
    await expect(page.getByRole('heading', { name: 'Informes', level: 1 })).toBeVisible();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: code }) });
    await expect(row).toContainText('Informe enviado');
    await expect(row).toContainText('Borrador');
    await row.getByRole('link', { name: code, exact: true }).click();
    await expect(page.getByText('Versión 2', { exact: true })).toBeVisible();

    const diagnosis = page.getByRole('textbox', { name: 'Diagnóstico', exact: true });
    await expect(diagnosis).toHaveValue(PHRASE.text);
    await diagnosis.fill(AMENDED_DIAGNOSIS);

    await signReport(page, code, PATHOLOGIST.password);
    await expect(page.getByRole('heading', { name: 'Versión 2 firmada' })).toBeVisible();

    // The vet gets the amended report, and the first one is not sent again.
    await expect
      .poll(() => reportMails().length, { timeout: MAIL_TIMEOUT_MS })
      .toBeGreaterThanOrEqual(2);
    const mails = reportMails();
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toBe(`Informe enmendado: ${code} (versión 2)`);
    const [amendedPdf] = pdfAttachments(mails[1]!);
    expect(pdfText(amendedPdf!)).toContain(AMENDED_DIAGNOSIS);
    const deliveries = page.getByRole('region', { name: 'Envío al veterinario' });
    await expect(deliveries.getByText('Enviado', { exact: true })).toHaveCount(2, {
      timeout: MAIL_TIMEOUT_MS,
    });

    // Both versions stay on record; version 1's PDF is the very file the vet got first.
    const versions = page.getByRole('region', { name: 'Versiones firmadas' });
    await expect(versions.getByRole('row')).toHaveCount(3);
    await expect(versions).toContainText(`Enmienda de la versión 1: ${AMENDMENT_REASON}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      versions.getByRole('button', { name: 'Descargar el PDF de la versión 1' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(mails[0]!.attachments[0]!.filename);
    const downloaded = fs.readFileSync(await download.path());
    expect(downloaded.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(downloaded.equals(firstPdf!)).toBe(true);
    const text = pdfText(downloaded);
    expect(text).toContain(PHRASE.text);
    expect(text).not.toContain(AMENDED_DIAGNOSIS);
  });
});
