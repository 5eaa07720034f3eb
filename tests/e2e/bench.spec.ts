// The bench, driven as a technician drives it: the scan field, the Alt keys,
// one action for several cassettes at once, and labels that come out of the
// printer on the counter (a loopback socket here).

import { expect, test, type Page } from '@playwright/test';
import { printedJobs } from './file-printer';
import { csrfToken } from './csrf';

const TECHNICIAN = { email: 'tecnico@patolab.local', password: 'patolab-demo' };

function jobsDir(): string {
  const dir = process.env.PATOLAB_E2E_PRINTED_DIR;
  if (!dir) throw new Error('PATOLAB_E2E_PRINTED_DIR is unset: run through playwright.config.ts');
  return dir;
}

/** Print jobs carrying this code; ESC/POS in code page 850, where a code is plain ASCII. */
function jobsPrintedWith(code: string): number {
  const needle = Buffer.from(code, 'ascii');
  return printedJobs(jobsDir()).filter((job) => job.includes(needle)).length;
}

/** A Spanish-layout keyboard wedge types the US "-" key as an apostrophe. */
function asScannedOnSpanishLayout(code: string): string {
  return code.replaceAll('-', "'");
}

async function rpc<T>(page: Page, method: string, input: object): Promise<T> {
  const response = await page.request.post(`/api/rpc/${method}`, {
    headers: { 'X-CSRF-Token': await csrfToken(page) },
    data: input,
  });
  const body = (await response.json()) as { ok: boolean; result: T; error?: { message: string } };
  expect(body.ok, body.error?.message).toBe(true);
  return body.result;
}

async function signIn(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Correo electrónico').fill(TECHNICIAN.email);
  await page.getByLabel('Contraseña').fill(TECHNICIAN.password);
  await page.getByLabel('Contraseña').press('Enter');
  await expect(page.getByRole('heading', { name: 'Mesada', level: 1 })).toBeVisible();
}

/** A histopathology protocol the desk received and nobody has started on yet. */
async function receivedJar(page: Page): Promise<string> {
  const found = await rpc<{ items: { protocolNumber: string | null }[] }>(
    page,
    'protocols.search',
    { status: 'received', kind: 'histopathology' },
  );
  const number = found.items.find((item) => item.protocolNumber)?.protocolNumber;
  expect(number, 'the demo has a received histopathology protocol').toBeTruthy();
  return number!;
}

test('three cassettes go from labels to ready slides, recorded together', async ({ page }) => {
  await signIn(page);
  const protocol = await receivedJar(page);

  const scan = page.getByLabel('Código de frasco, casete o portaobjetos');
  await expect(scan).toBeFocused();
  await page.keyboard.type(protocol);
  await page.keyboard.press('Enter');
  const header = page.getByRole('region', { name: protocol });
  await expect(header.getByText('Recibido', { exact: true })).toBeVisible();

  // Three cassettes of one material, their labels printed on the way.
  await page.keyboard.press('Alt+C');
  const addCassettes = page.getByRole('dialog', { name: `Agregar casetes a ${protocol}` });
  await addCassettes.getByLabel('Contenido del casete').fill('Piel, borde lateral');
  await addCassettes.getByLabel('Cantidad').fill('3');
  await expect(addCassettes.getByLabel('Imprimir etiquetas')).toBeChecked();
  await addCassettes.getByRole('button', { name: 'Agregar casetes' }).click();
  await expect(addCassettes).toBeHidden();

  const printing = page.getByRole('region', { name: 'Impresión de etiquetas' });
  await expect(printing).toContainText('Etiquetas impresas');
  await expect(printing).toContainText('Etiquetas de casetes: 3');
  const cassettes = [1, 2, 3].map((n) => `${protocol}-C${n}`);
  for (const code of cassettes) expect(jobsPrintedWith(code)).toBe(1);
  await expect(scan).toBeFocused();

  // The new cassettes come selected; Esc clears that, and scanning the three
  // one after another selects them again, as at the embedding station.
  await expect(page.getByText('Seleccionados: 3 casetes, 0 portaobjetos')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText('Nada seleccionado')).toBeVisible();
  for (const code of cassettes) {
    await page.keyboard.type(asScannedOnSpanishLayout(code));
    await page.keyboard.press('Enter');
  }
  await expect(page.getByText('Seleccionados: 3 casetes, 0 portaobjetos')).toBeVisible();
  await page.keyboard.press('Alt+E');
  const stage = page.getByRole('dialog', { name: 'Registrar etapa' });
  await stage.getByRole('radio', { name: 'Inclusión' }).check();
  await stage.getByLabel('Notas (opcional)').fill('Parafina nueva');
  await stage.getByRole('button', { name: 'Registrar' }).click();
  await expect(stage).toBeHidden();
  const cassetteTable = page.getByRole('region', { name: 'Casetes (3)' });
  await expect(cassetteTable.getByRole('cell', { name: 'Inclusión' })).toHaveCount(3);

  // One slide from each cassette, in the routine stain.
  await page.keyboard.press('Alt+O');
  const addSlides = page.getByRole('dialog', { name: `Agregar portaobjetos a ${protocol}` });
  await expect(addSlides.getByLabel('Un portaobjetos por casete')).toBeChecked();
  await expect(addSlides.getByRole('textbox', { name: 'Coloración' })).toHaveValue('H-E');
  await addSlides.getByRole('button', { name: 'Agregar portaobjetos' }).click();
  await expect(addSlides).toBeHidden();
  const slideTable = page.getByRole('region', { name: 'Portaobjetos (3)' });
  await expect(slideTable.getByRole('row')).toHaveCount(4);
  await expect(printing).toContainText('Etiquetas de portaobjetos: 3');

  // Stained, then ready with their quality: the protocol is ready for the pathologist.
  await expect(page.getByText('Seleccionados: 0 casetes, 3 portaobjetos')).toBeVisible();
  await page.keyboard.press('Alt+T');
  const status = page.getByRole('dialog', { name: 'Estado y calidad de los portaobjetos' });
  await status.getByRole('radio', { name: 'Coloreado' }).check();
  await status.getByRole('button', { name: 'Guardar' }).click();
  await expect(status).toBeHidden();
  await expect(slideTable.getByText('Coloreado')).toHaveCount(3);

  await page.keyboard.press('Alt+T');
  await status.getByRole('radio', { name: 'Listo' }).check();
  await status.getByRole('radio', { name: 'Buena' }).check();
  await page.keyboard.press('Enter');
  await expect(status).toBeHidden();
  await expect(header.getByText('Listo', { exact: true })).toBeVisible();
  await expect(page.getByText(`Todos los portaobjetos de ${protocol}`)).toBeVisible();

  // The protocol's page traces each slide back to its cassette and the jar.
  await header.getByRole('link', { name: 'Ver protocolo y trazabilidad' }).click();
  const trace = page.getByRole('region', { name: 'Trazabilidad' });
  await expect(trace.getByText(`${protocol}-C2`, { exact: true })).toBeVisible();
  await expect(trace.getByText(`${protocol}-S2`, { exact: true })).toBeVisible();
  await expect(trace.getByText('Parafina nueva')).toHaveCount(3);
});

test('a cassette scanned on another screen opens the bench on it', async ({ page }) => {
  await signIn(page);
  const board = await rpc<{ protocols: { code: string }[] }>(page, 'processing.board', {
    kind: 'histopathology',
  });
  const protocol = board.protocols[0]?.code;
  expect(protocol, 'the demo has histopathology work in progress').toBeTruthy();
  const added = await rpc<{ cassettes: { code: string }[] }>(page, 'processing.addCassettes', {
    protocol: protocol!,
    material: 'Bazo',
    printerUri: 'none',
  });
  const code = added.cassettes[0]!.code;

  await page.keyboard.press('Alt+B');
  await expect(page.getByRole('heading', { name: 'Bandeja de salida e impresión' })).toBeVisible();

  // Someone typing the same characters by hand is not a scanner.
  await page.keyboard.type(code, { delay: 120 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Bandeja de salida e impresión' })).toBeVisible();

  await page.keyboard.type(asScannedOnSpanishLayout(code));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Mesada', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: protocol! })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: `Seleccionar ${code}` })).toBeChecked();

  await page.getByLabel('Código de frasco, casete o portaobjetos').fill('HP-XX');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText(
    'no es un número de protocolo, casete ni portaobjetos',
  );
});

test('a slide graded poor stays stained until redone, and the old one joins no work', async ({
  page,
}) => {
  await signIn(page);
  const board = await rpc<{ protocols: { code: string }[] }>(page, 'processing.board', {
    kind: 'histopathology',
  });
  const protocol = board.protocols[0]?.code;
  expect(protocol, 'the demo has histopathology work in progress').toBeTruthy();
  const work = await rpc<{ cassettes: { code: string; voidedAt: string | null }[] }>(
    page,
    'processing.work',
    { protocol: protocol! },
  );
  const cassette = work.cassettes.find((c) => c.voidedAt === null)?.code;
  expect(cassette, 'the protocol has a live cassette').toBeTruthy();
  const added = await rpc<{ slides: { code: string }[] }>(page, 'processing.addSlides', {
    protocol: protocol!,
    cassettes: [cassette!],
    printerUri: 'none',
  });
  const slide = added.slides[0]!.code;
  await rpc(page, 'processing.setSlides', { codes: [slide], status: 'stained' });

  await page.keyboard.type(asScannedOnSpanishLayout(slide));
  await page.keyboard.press('Enter');
  const tick = page.getByRole('checkbox', { name: `Seleccionar ${slide}` });
  await expect(tick).toBeChecked();
  const row = page.getByRole('row').filter({ has: tick });
  await expect(row).toContainText('Coloreado');

  // Grading alone changes the quality, never the status: a poor slide is not ready.
  await page.keyboard.press('Alt+T');
  const status = page.getByRole('dialog', { name: 'Estado y calidad de los portaobjetos' });
  await status.getByRole('radio', { name: 'Deficiente' }).check();
  await status.getByRole('button', { name: 'Guardar' }).click();
  await expect(status).toBeHidden();
  await expect(row).toContainText('Deficiente');
  await expect(row).toContainText('Coloreado');

  await page.getByRole('button', { name: 'Rehacer portaobjetos' }).click();
  const redo = page.getByRole('dialog', { name: /^Rehacer el portaobjetos/ });
  await redo.getByLabel('Motivo').fill('Corte con pliegues');
  await expect(redo.getByLabel('Imprimir la etiqueta')).toBeChecked();
  await redo.getByRole('button', { name: 'Rehacer' }).click();
  await expect(redo).toBeHidden();
  await expect(page.getByText('Seleccionados: 0 casetes, 1 portaobjetos')).toBeVisible();

  // Scanning the old slide says what replaced it, and leaves the selection as it was.
  await page.keyboard.type(asScannedOnSpanishLayout(slide));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText(`${slide} fue rehecho como`);
  await expect(tick).not.toBeChecked();
  await expect(page.getByText('Seleccionados: 0 casetes, 1 portaobjetos')).toBeVisible();
});
