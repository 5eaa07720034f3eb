// The reception desk, driven as a receptionist drives it: keyboard first, a
// barcode scanner that types through a Spanish keyboard layout, and a label
// printer on the counter (a loopback socket here).

import { expect, test, type Page } from '@playwright/test';
import { printedJobs, setPrintDelay } from './file-printer';
import { csrfToken } from './csrf';

const RECEPTIONIST = { email: 'recepcion@patolab.local', password: 'patolab-demo' };
const PROTOCOL_NUMBER = /^HP \d{2}\/\d{3,}$/;

function jobsDir(): string {
  const dir = process.env.PATOLAB_E2E_PRINTED_DIR;
  if (!dir) throw new Error('PATOLAB_E2E_PRINTED_DIR is unset: run through playwright.config.ts');
  return dir;
}

/**
 * Print jobs that carry this protocol number. The bytes are ESC/POS in code page
 * 850, where a protocol number's characters are plain ASCII.
 */
function jobsPrintedFor(protocolNumber: string): number {
  const needle = Buffer.from(protocolNumber, 'ascii');
  return printedJobs(jobsDir()).filter((job) => job.includes(needle)).length;
}

/** A Spanish-layout keyboard wedge types the US "-" key as an apostrophe. */
function asScannedOnSpanishLayout(code: string): string {
  return code.replaceAll('-', "'");
}

async function signIn(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Correo electrónico').fill(RECEPTIONIST.email);
  await page.getByLabel('Contraseña').fill(RECEPTIONIST.password);
  await page.getByLabel('Contraseña').press('Enter');
  await expect(page.getByRole('heading', { name: 'Recepción de muestras' })).toBeVisible();
}

/** The temporary codes written on jars that are waiting at the desk. */
async function jarsWaiting(page: Page, kind: 'histopathology' | 'cytology'): Promise<string[]> {
  const response = await page.request.post('/api/rpc/protocols.search', {
    headers: { 'X-CSRF-Token': await csrfToken(page) },
    data: { status: 'submitted', kind },
  });
  const body = (await response.json()) as {
    ok: boolean;
    result: { items: { temporaryCode: string }[] };
  };
  expect(body.ok).toBe(true);
  return body.result.items.map((item) => item.temporaryCode);
}

test('a jar scanned on a Spanish layout is received with two Enters', async ({ page }) => {
  await signIn(page);
  const [code] = await jarsWaiting(page, 'histopathology');
  expect(code).toBeDefined();

  const scan = page.getByLabel('Código del frasco');
  await expect(scan).toBeFocused();
  await page.keyboard.type(asScannedOnSpanishLayout(code!));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: code! })).toBeVisible();
  await expect(page.getByText('para recibir')).toBeVisible();
  await expect(scan).toBeFocused();
  await page.keyboard.press('Enter');

  const number = page.getByRole('status', { name: /Número de protocolo/ });
  await expect(number).toHaveText(PROTOCOL_NUMBER);
  await expect(number).toHaveCSS('font-size', '64px');
  const protocolNumber = (await number.textContent())!.trim();
  await expect(page.getByText('Etiqueta impresa')).toBeVisible();
  expect(jobsPrintedFor(protocolNumber)).toBe(1);
  await expect(scan).toBeFocused();

  await page.getByRole('button', { name: 'Reimprimir' }).click();
  await expect(page.getByText('Reimpresiones: 1')).toBeVisible();
  await expect(page.getByText('Etiqueta impresa')).toBeVisible();
  expect(jobsPrintedFor(protocolNumber)).toBe(2);
  await expect(scan).toBeFocused();

  await page.keyboard.type(code!);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText(
    `Este protocolo ya fue recibido (${protocolNumber}`,
  );
});

test('a jar scanned while the last label still prints is looked up next', async ({ page }) => {
  await signIn(page);
  const [first, second] = await jarsWaiting(page, 'histopathology');
  setPrintDelay(jobsDir(), 1500);

  try {
    await page.keyboard.type(first!);
    await page.keyboard.press('Enter');
    await expect(page.getByText('para recibir')).toBeVisible();
    await page.keyboard.press('Enter');
    await page.keyboard.type(asScannedOnSpanishLayout(second!));
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { name: second! })).toBeVisible();
    await expect(page.getByText('para recibir')).toBeVisible();
    await expect(page.getByLabel('Código del frasco')).toHaveValue(second!);
    const desk = page.getByRole('region', { name: 'Movimientos en este puesto' });
    await expect(desk.getByRole('link', { name: PROTOCOL_NUMBER })).toBeVisible();
  } finally {
    setPrintDelay(jobsDir(), 0);
  }
});

test('a sample that cannot be processed is rejected with its reason', async ({ page }) => {
  await signIn(page);
  const [code] = await jarsWaiting(page, 'histopathology');

  await page.keyboard.type(code!);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Rechazar', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: `Rechazar la muestra ${code}` });
  await dialog.getByRole('button', { name: 'Rechazar muestra' }).click();
  await expect(dialog.getByText('Indique el motivo del rechazo.')).toBeVisible();

  await dialog.getByLabel('Motivo del rechazo').fill('Frasco sin formol, muestra autolítica');
  await dialog.getByLabel('Motivo del rechazo').press('Enter');
  await expect(dialog).toBeHidden();

  await expect(page.getByText('Muestra rechazada', { exact: true })).toBeVisible();
  await expect(page.getByText('Rechazado').first()).toBeVisible();
  await expect(page.getByText('Motivo: Frasco sin formol, muestra autolítica')).toBeVisible();
  await expect(page.getByLabel('Código del frasco')).toBeFocused();
});

test('a received protocol is found in the list with its history', async ({ page }) => {
  await signIn(page);
  const [code] = await jarsWaiting(page, 'cytology');

  await page.keyboard.type(code!);
  await page.keyboard.press('Enter');
  await expect(page.getByText('para recibir')).toBeVisible();
  await page.keyboard.press('Enter');
  const number = page.getByRole('status', { name: /Número de protocolo/ });
  await expect(number).toHaveText(/^CT \d{2}\/\d{3,}$/);
  const protocolNumber = (await number.textContent())!.trim();

  await page.keyboard.press('Alt+P');
  await expect(page.getByRole('heading', { name: 'Protocolos' })).toBeVisible();
  await page.getByLabel('Buscar').fill(protocolNumber);
  await page.getByRole('link', { name: protocolNumber }).click();

  await expect(page.getByRole('heading', { name: protocolNumber, level: 1 })).toBeVisible();
  const history = page.getByRole('region', { name: 'Historial de estados' });
  await expect(history.getByText('Remitido → Recibido')).toBeVisible();
  // The desk typed the form and received the jar: both moves carry her name.
  await expect(history.getByText('Marta Pérez')).toHaveCount(2);
  const reception = page.getByRole('region', { name: 'Recepción', exact: true });
  await expect(reception.getByText('Óptima')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Impresiones' })).toContainText('Impresa');

  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Ayuda' });
  await expect(help.getByText('Atajos de teclado')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('the session stays out of page script and other sites are refused', async ({ page }) => {
  await signIn(page);
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name === 'patolab_session');
  expect(session).toMatchObject({ name: 'patolab_session', httpOnly: true, sameSite: 'Strict' });
  expect(await page.evaluate<string>('document.cookie')).not.toContain('patolab_session');

  const noHeader = await page.request.post('/api/rpc/protocols.search', { data: {} });
  expect(noHeader.status()).toBe(403);
  const wrongToken = await page.request.post('/api/rpc/protocols.search', {
    headers: { 'X-CSRF-Token': 'x'.repeat(43) },
    data: {},
  });
  expect(wrongToken.status()).toBe(403);
  const foreign = await page.request.post('/api/rpc/protocols.search', {
    headers: { 'X-CSRF-Token': await csrfToken(page), Origin: 'http://evil.example' },
    data: {},
  });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error.message).toContain('no proviene de la aplicación');

  const home = await page.request.get('/');
  expect(home.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(home.headers()['x-frame-options']).toBe('DENY');
});
