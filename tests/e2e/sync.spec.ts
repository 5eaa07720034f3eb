// Sync as the lab lives it. On the central server an administrator enrols a
// desk with a one-time code, sees it sync, and revokes it; settles a field two
// desks corrected differently while apart. The desks themselves are driven
// from the command line, as IT does at a workstation. On a desk that was never
// enrolled, a receptionist reads that it works alone and how to connect it.
// The central server here is our own child process on 127.0.0.1.

import { histopathologyForm as submittedForm } from '../helpers/workstation';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { localDate } from '../../src-shared/calendar';
import type { SyncSummary } from '../../src-shared/sync-contract';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SERVER_PORT = 4798;
const SERVER_URL = `http://127.0.0.1:${SERVER_PORT}`;
const START_TIMEOUT_MS = 60_000;
const LAB_TIME_ZONE = 'America/Argentina/Buenos_Aires';

const ADMIN = { email: 'admin@laboratorio.test', password: 'clave-del-servidor-central' };
const RECEPTIONIST = { email: 'recepcion@patolab.local', password: 'patolab-demo' };

const ENROLMENT_CODE = /^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/;
const PROTOCOL_NUMBER = /^HP \d{2}\/\d{3,}$/;
const DATE_TIME = /^\d{2}\/\d{2}\/\d{4},? \d{2}:\d{2}$/;

// Each CLI call starts Node and opens the database: a few seconds apiece.
const CLI_HEAVY_TIMEOUT_MS = 240_000;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface ProtocolShown {
  temporaryCode: string;
  protocolNumber: string | null;
  status: string;
  owner: { lastName: string | null; firstName: string | null };
}

/** `patolab ARGS` from the repository, as IT types it; labels are not printed. */
function runPatolab(args: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/patolab.js', ...args], {
      cwd: ROOT,
      env: { ...process.env, PATOLAB_PRINTER_URI: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A command that must succeed, and the JSON it printed. */
async function patolab<T = Record<string, unknown>>(...args: string[]): Promise<T> {
  const outcome = await runPatolab(args);
  if (outcome.code !== 0) {
    throw new Error(`patolab ${args.join(' ')} exited ${outcome.code}:\n${outcome.stderr}`);
  }
  return JSON.parse(outcome.stdout) as T;
}

/**
 * Corrects a protocol at a desk, as the receptionist does on its screen; the
 * command line has no correction, so a small script opens the desk's services.
 */
function correctOffline(desk: string, code: string, changes: Record<string, string>) {
  return new Promise<void>((resolve, reject) => {
    const script = 'tests/e2e/correct-protocol.ts';
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', script, desk, code, JSON.stringify(changes)],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (exit) =>
      exit === 0 ? resolve() : reject(new Error(`correction exited ${exit}:\n${stderr}`)),
    );
  });
}

/** A histopathology form as a veterinarian fills it; the lab dates it on arrival. */
function histopathologyForm() {
  const form = submittedForm();
  delete form.submissionDate;
  return form;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function signIn(page: Page, url: string, user: { email: string; password: string }) {
  await page.goto(url);
  await page.getByLabel('Correo electrónico').fill(user.email);
  await page.getByLabel('Contraseña').fill(user.password);
  await page.getByLabel('Contraseña').press('Enter');
}

// Alt+S reaches the screen for the admin too, whose entry sits in the Administración menu;
// the shortcut only answers once the signed-in frame is there.
async function openSync(page: Page): Promise<void> {
  await expect(page.getByRole('navigation', { name: 'Navegación principal' })).toBeVisible();
  await page.keyboard.press('Alt+S');
  await expect(page.getByRole('heading', { name: 'Sincronización', level: 1 })).toBeVisible();
}

/** The cell of `row` under the column headed `column`, wherever that column sits. */
async function cellUnder(table: Locator, row: Locator, column: string): Promise<Locator> {
  await expect(row).toHaveCount(1);
  const headers = (await table.getByRole('columnheader').allTextContents()).map((h) => h.trim());
  const index = headers.indexOf(column);
  expect(index, `column «${column}» in ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return row.getByRole('cell').nth(index);
}

test.describe('the central server', () => {
  let workDir = '';
  let server: ChildProcess | null = null;

  /** Runs one desk's `patolab sync --json`, which must succeed. */
  const syncDesk = (desk: string) => patolab<SyncSummary>('sync', '--json', '--data', desk);

  const showProtocol = (desk: string, code: string) =>
    patolab<ProtocolShown>('protocol', 'show', code, '--data', desk);

  /** Submits the form at the desk and receives its jar there; returns the temporary code. */
  async function submitAndReceive(desk: string): Promise<string> {
    const form = path.join(workDir, `form-${path.basename(desk)}.json`);
    fs.writeFileSync(form, JSON.stringify(histopathologyForm()));
    const { temporaryCode } = await patolab<{ temporaryCode: string }>(
      'protocol',
      'submit',
      '--file',
      form,
      '--data',
      desk,
    );
    const received = await patolab('reception', 'receive', temporaryCode, '--data', desk);
    expect(received.status).toBe('received');
    return temporaryCode;
  }

  test.beforeAll(async () => {
    const health = `${SERVER_URL}/api/health`;
    if (await answers(health)) {
      throw new Error(`Port ${SERVER_PORT} is already taken by another server: stop it first.`);
    }

    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patolab-e2e-sync-'));
    const dataDir = path.join(workDir, 'server');
    const passwordFile = path.join(workDir, 'admin-password.txt');
    fs.writeFileSync(passwordFile, `${ADMIN.password}\n`, { mode: 0o600 });
    await patolab(
      'init',
      '--data',
      dataDir,
      '--admin-email',
      ADMIN.email,
      '--admin-password-file',
      passwordFile,
      '--admin-name',
      'Administración del laboratorio',
    );

    const logFile = path.join(workDir, 'server.log');
    const log = fs.openSync(logFile, 'a');
    server = spawn(
      process.execPath,
      ['bin/patolab.js', 'server', '--data', dataDir, '--port', String(SERVER_PORT)],
      { cwd: ROOT, stdio: ['ignore', log, log] },
    );
    fs.closeSync(log);

    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!(await answers(health))) {
      if (server.exitCode !== null || Date.now() > deadline) {
        throw new Error(`patolab server did not start:\n${fs.readFileSync(logFile, 'utf8')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });

  test.afterAll(async () => {
    if (server) {
      server.kill('SIGTERM');
      const stopped = await Promise.race([
        exited(server).then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
      ]);
      if (!stopped) {
        server.kill('SIGKILL');
        await exited(server);
      }
      server = null;
    }
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });

  test('an admin enrols a desk with a one-time code, sees it sync, and revokes it', async ({
    page,
  }) => {
    test.setTimeout(CLI_HEAVY_TIMEOUT_MS);
    await signIn(page, `${SERVER_URL}/`, ADMIN);
    await openSync(page);

    await page.getByRole('tab', { name: 'Dispositivos' }).click();
    await page.getByRole('button', { name: 'Nuevo código de alta' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nuevo código de alta' });
    await dialog.getByLabel('Nombre del puesto').fill('Recepción 2');
    await dialog.getByRole('button', { name: 'Crear código' }).click();
    await expect(dialog.getByText('Código de alta para «Recepción 2»')).toBeVisible();
    const shown = dialog.getByRole('status', { name: 'Código de alta' });
    await expect(shown).toHaveText(ENROLMENT_CODE);
    const code = (await shown.textContent())!.trim();
    await expect(dialog.getByText(`patolab sync enroll --server URL --code ${code}`)).toBeVisible();
    await dialog.getByRole('button', { name: 'Cerrar' }).filter({ hasText: 'Cerrar' }).click();
    await expect(dialog).toBeHidden();

    // At the new desk: enrol with the code, receive a jar, sync.
    const desk = path.join(workDir, 'recepcion-2');
    const enrolled = await patolab(
      'sync',
      'enroll',
      '--server',
      SERVER_URL,
      '--code',
      code,
      '--data',
      desk,
    );
    // Enrolling syncs at once, so the desk holds numbers before its first jar.
    expect(enrolled).toMatchObject({
      serverUrl: SERVER_URL,
      deviceName: 'Recepción 2',
      firstSync: { blocksLeased: 2 },
    });
    const temporaryCode = await submitAndReceive(desk);
    const summary = await syncDesk(desk);
    expect(summary.pushed).toBeGreaterThan(0);
    expect(summary.auditEntries).toBeGreaterThan(0);
    expect(summary.numbersAssigned).toBe(0);
    const { protocolNumber } = await showProtocol(desk, temporaryCode);
    expect(protocolNumber).toMatch(PROTOCOL_NUMBER);

    await page.reload();
    const devices = page.getByRole('table', { name: 'Dispositivos dados de alta' });
    const device = devices.getByRole('row').filter({ hasText: 'Recepción 2' });
    await expect(await cellUnder(devices, device, 'Última sincronización')).toHaveText(DATE_TIME);
    await expect(await cellUnder(devices, device, 'Dirección')).toHaveText('127.0.0.1');
    await expect(await cellUnder(devices, device, 'Auditoría')).toHaveText(/^Entradas: [1-9]\d*$/);
    const state = await cellUnder(devices, device, 'Estado');
    await expect(state).toHaveText('Activo');

    // The lab's year, not the machine's: a block is of the series of that year.
    const year = localDate(new Date(), LAB_TIME_ZONE).year;
    await page.getByRole('tab', { name: 'Números' }).click();
    await expect(page.getByRole('textbox', { name: 'Año' })).toHaveValue(String(year));
    const blocks = page.getByRole('table', { name: 'Bloques de números entregados' });
    const block = blocks
      .getByRole('row')
      .filter({ hasText: `HP ${year}` })
      .filter({ hasText: 'Recepción 2' });
    await expect(await cellUnder(blocks, block, 'Usado hasta')).toHaveText(protocolNumber!);
    await expect(await cellUnder(blocks, block, 'Estado')).toHaveText('En uso');

    await page.getByRole('tab', { name: 'Dispositivos' }).click();
    await device.getByRole('button', { name: 'Revocar', exact: true }).click();
    const revoke = page.getByRole('dialog', { name: 'Revocar «Recepción 2»' });
    await expect(revoke).toContainText(
      'El servidor rechaza a este equipo desde este mismo momento',
    );
    await revoke.getByRole('button', { name: 'Revocar dispositivo' }).click();
    await expect(revoke).toBeHidden();
    await expect(await cellUnder(devices, device, 'Estado')).toHaveText(/^Revocado \d{2}\/\d{2}/);
    await expect(device.getByRole('button', { name: 'Revocar', exact: true })).toHaveCount(0);

    // Its blocks take no more receptions.
    await page.getByRole('tab', { name: 'Números' }).click();
    await expect(await cellUnder(blocks, block, 'Estado')).toHaveText(/^Cerrado \d{2}\/\d{2}/);

    const refused = await runPatolab(['sync', '--data', desk]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Este equipo fue dado de baja en el servidor central');
  });

  test('an owner corrected differently at two desks offline is settled by the admin for both', async ({
    page,
  }) => {
    test.setTimeout(CLI_HEAVY_TIMEOUT_MS);
    const north = path.join(workDir, 'recepcion-norte');
    const south = path.join(workDir, 'recepcion-sur');
    const serverData = path.join(workDir, 'server');
    const codes = await Promise.all(
      ['Recepción Norte', 'Recepción Sur'].map((name) =>
        patolab<{ code: string }>('server', 'enroll-code', '--name', name, '--data', serverData),
      ),
    );
    await Promise.all(
      [north, south].map((desk, i) =>
        patolab('sync', 'enroll', '--server', SERVER_URL, '--code', codes[i]!.code, '--data', desk),
      ),
    );

    // Received at the north desk; both desks then hold it with its number.
    const temporaryCode = await submitAndReceive(north);
    await syncDesk(north);
    const { protocolNumber } = await showProtocol(north, temporaryCode);
    expect(protocolNumber).toMatch(PROTOCOL_NUMBER);
    await syncDesk(south);
    expect((await showProtocol(south, temporaryCode)).protocolNumber).toBe(protocolNumber);

    // Each desk corrects the owner's surname while apart from the server; the
    // south desk does so last, so its value is the one kept.
    await correctOffline(north, protocolNumber!, { ownerLastName: 'Fernández' });
    await correctOffline(south, protocolNumber!, { ownerLastName: 'Fernandes' });
    expect((await syncDesk(north)).conflicts).toBe(0);
    expect((await syncDesk(south)).conflicts).toBe(1);

    await signIn(page, `${SERVER_URL}/`, ADMIN);
    await openSync(page);
    await page.getByRole('tab', { name: 'Conflictos' }).click();
    const conflicts = page.getByRole('table', { name: 'Conflictos de sincronización' });
    const conflict = conflicts.getByRole('row').filter({ hasText: protocolNumber! });
    const record = await cellUnder(conflicts, conflict, 'Registro');
    await expect(record).toContainText(protocolNumber!);
    await expect(record).toContainText('Protocolo');
    await expect(await cellUnder(conflicts, conflict, 'Tipo')).toHaveText(
      'Mismo dato editado en dos equipos',
    );
    await expect(await cellUnder(conflicts, conflict, 'Dato')).toHaveText('Propietario');
    const kept = await cellUnder(conflicts, conflict, 'Valor conservado');
    await expect(kept).toContainText('Fernandes');
    await expect(kept).toContainText('de Recepción Sur');
    const other = await cellUnder(conflicts, conflict, 'Otro valor');
    await expect(other).toContainText('Fernández');
    await expect(other).toContainText('de Recepción Norte');

    await conflict.getByRole('button', { name: 'Usar el otro valor' }).click();
    await expect(conflict).toHaveCount(0);
    await page.getByLabel('Mostrar también los resueltos').check();
    await expect(conflict).toContainText('Se usó el otro valor');

    await syncDesk(north);
    await syncDesk(south);
    const [atNorth, atSouth] = await Promise.all([
      showProtocol(north, temporaryCode),
      showProtocol(south, temporaryCode),
    ]);
    expect(atNorth.owner.lastName).toBe('Fernández');
    expect(atSouth.owner.lastName).toBe('Fernández');
  });
});

test('a desk never enrolled says it works alone and how to connect it', async ({ page }) => {
  await signIn(page, '/', RECEPTIONIST);
  await expect(page.getByRole('heading', { name: 'Recepción de muestras' })).toBeVisible();
  await openSync(page);

  await expect(page.getByText('Trabaja solo', { exact: true })).toBeVisible();
  await expect(page.getByText(/^Este equipo trabaja solo/)).toBeVisible();
  await expect(page.getByText('patolab sync enroll --server URL --code CÓDIGO')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sincronizar ahora' })).toHaveCount(0);
});
