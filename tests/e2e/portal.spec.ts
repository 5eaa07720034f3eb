// The veterinarians' portal as a vet lives it, against a central server of our
// own on 127.0.0.1 that mails through a loopback SMTP relay: register, read the
// verification mail, open its link, sign in, type a histopathology protocol and
// get its temporary code; the desk receives the jar by that code and syncs; the
// vet sees the protocol received with its number and has the lab's mail. Then
// the same portal on a phone and in English, the admin's list of veterinarians,
// and a forgotten password.

import { expect, test, type Page } from '@playwright/test';
import { CLIENT_ADDRESS, LAB_ADMIN, startPortalLab, type PortalLab } from './portal-lab';

const SERVER_PORT = 4796;
const TEMPORARY_CODE = /^TMP-HP-\d{8}-\d{3}$/;
const PROTOCOL_NUMBER = /^HP \d{2}\/\d{3,}$/;

const VET = {
  firstName: 'Ana María',
  lastName: 'Gómez',
  email: 'ana.gomez@veterinaria-del-parque.test',
  password: 'mate amargo en la guardia del sábado',
  license: 'MP 4512',
  phone: '+54 11 5555-1234',
  dni: '30123456',
  cuit: '20-30123456-3',
};

const PHONE = { width: 360, height: 740 };

// Everything on screen that reaches past either side of the viewport. It runs in
// the page, and is text because this project's TypeScript has no DOM types.
const CUT_OFF_SCRIPT = `(() => {
  const width = document.documentElement.clientWidth;
  const found = [];
  if (document.documentElement.scrollWidth > width) {
    found.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
  }
  for (const element of document.querySelectorAll('body *')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (getComputedStyle(element).visibility === 'hidden') continue;
    if (box.left < -0.5 || box.right > width + 0.5) {
      const text = (element.textContent || '').trim().slice(0, 40);
      found.push('<' + element.tagName.toLowerCase() + '> «' + text + '» spans ' +
        box.left + ' to ' + box.right);
    }
  }
  return found;
})()`;

function cutOffHorizontally(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(CUT_OFF_SCRIPT);
}

/** The browser's person reaches the server from `address` (through the trusted proxy). */
function comeFrom(page: Page, address: string): Promise<void> {
  return page.setExtraHTTPHeaders({ 'X-Forwarded-For': address });
}

async function signIn(page: Page, lab: PortalLab): Promise<void> {
  await page.goto(`${lab.serverUrl}/portal/`);
  await page.getByLabel('Correo electrónico').fill(VET.email);
  await page.getByLabel('Contraseña').fill(VET.password);
  await page.getByLabel('Contraseña').press('Enter');
  await expect(page.getByRole('heading', { name: 'Mis protocolos', level: 1 })).toBeVisible();
}

test.describe("the veterinarians' portal", () => {
  test.describe.configure({ mode: 'serial' });

  let lab: PortalLab;
  let temporaryCode = '';
  let protocolNumber = '';

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    lab = await startPortalLab(SERVER_PORT);
  });

  test.afterAll(async () => {
    await lab?.close();
  });

  test('a vet registers, verifies the address, submits a protocol and sees it received', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await comeFrom(page, CLIENT_ADDRESS.clinic);

    // Registration: a common password is refused in the server's words, then a good one.
    await page.goto(`${lab.serverUrl}/portal/`);
    await expect(page.getByRole('heading', { name: 'Ingresar', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Crear una cuenta' }).click();
    await expect(page.getByRole('heading', { name: 'Crear una cuenta', level: 1 })).toBeVisible();
    await page.getByLabel('Nombres').pressSequentially(VET.firstName);
    await page.getByLabel('Apellidos').pressSequentially(VET.lastName);
    await page.getByLabel('Matrícula').pressSequentially(VET.license);
    await page.getByLabel('Teléfono').pressSequentially(VET.phone);
    await page.getByLabel('DNI').pressSequentially(VET.dni);
    await page.getByLabel('CUIT/CUIL').pressSequentially(VET.cuit);
    await page.getByLabel('Provincia').pressSequentially('Buenos Aires');
    await page.getByLabel('Localidad').pressSequentially('La Plata');
    await page.getByLabel('Calle').pressSequentially('Calle 7');
    await page.getByLabel('Número', { exact: true }).pressSequentially('1234');
    await page.getByLabel('Código postal').pressSequentially('1900');
    await page.getByLabel('Correo electrónico').pressSequentially(VET.email);
    const password = page.getByLabel('Contraseña');
    await expect(page.getByText(/Al menos 10 caracteres/)).toBeVisible();
    await password.pressSequentially('contraseña123');
    await page.getByRole('button', { name: 'Crear la cuenta' }).click();
    await expect(page.getByRole('alert')).toContainText('contraseña');

    await password.fill('');
    await password.pressSequentially(VET.password);
    await page.getByRole('button', { name: 'Crear la cuenta' }).click();
    await expect(page.getByRole('heading', { name: 'Revise su correo' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(VET.email);

    // One more link may be asked for at once; the next only minutes later, and the
    // server says when.
    const resend = page.getByRole('button', { name: 'Reenviar el enlace de verificación' });
    await resend.click();
    await expect(page.getByText(/le llegará un nuevo enlace/)).toBeVisible();
    await resend.click();
    await expect(page.getByRole('alert')).toContainText(/Intente de nuevo a las \d{2}:\d{2}/);

    // The mail's link opens the portal on this server and verifies once.
    const verifications = await lab.mailsTo(VET.email, /Confirme su correo/, 2);
    // The refused registration mailed nothing: these two are all the vet got.
    expect(lab.smtp.received.filter((m) => m.envelopeTo.includes(VET.email))).toHaveLength(2);
    const verification = verifications[1]!;
    expect(verification.secure).toBe(true);
    const link = new RegExp(`${lab.serverUrl}/portal/#/verificar/[A-Za-z0-9_-]+`).exec(
      verification.text,
    );
    expect(link, verification.text).not.toBeNull();
    await page.goto(link![0]);
    // The link alone activates nothing: the registration's password is asked.
    await page.getByLabel('Contraseña').fill('no es la mía 2026');
    await page.getByRole('button', { name: 'Activar mi cuenta' }).click();
    await expect(page.getByRole('alert')).toContainText('no es la de la cuenta');
    await page.getByLabel('Contraseña').fill(VET.password);
    await page.getByRole('button', { name: 'Activar mi cuenta' }).click();
    await expect(page.getByRole('status')).toContainText(`${VET.email} quedó verificada`);
    await page.reload();
    await page.getByLabel('Contraseña').fill(VET.password);
    await page.getByRole('button', { name: 'Activar mi cuenta' }).click();
    await expect(
      page.getByRole('heading', { name: 'No se pudo verificar el correo' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).not.toBeEmpty();
    await expect(
      page.getByRole('button', { name: 'Reenviar el enlace de verificación' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Volver a ingresar' }).click();

    await page.getByLabel('Correo electrónico').fill(VET.email);
    await page.getByLabel('Contraseña').fill(VET.password);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await expect(page.getByRole('heading', { name: 'Mis protocolos', level: 1 })).toBeVisible();
    await expect(page.getByText(`${VET.firstName} ${VET.lastName}`)).toBeVisible();
    await expect(page.getByText('Todavía no remitió ningún protocolo')).toBeVisible();

    // The form, typed as a person types it; a draft is kept and survives a reload.
    await page.getByRole('navigation').getByRole('link', { name: 'Nuevo protocolo' }).click();
    await expect(page.getByRole('heading', { name: 'Nuevo protocolo', level: 1 })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Histopatología' })).toBeChecked();
    await page.getByLabel('Especie').pressSequentially('Canino');
    await page.getByLabel('Raza').pressSequentially('Labrador retriever');
    await page.getByRole('radio', { name: 'Hembra' }).check();
    await page.getByLabel('Edad').pressSequentially('8 años');
    await page.getByLabel('Identificación del animal').pressSequentially('Luna');
    await page.getByLabel('Apellido del propietario').pressSequentially('Fernández');
    await page.getByLabel('Nombre del propietario').pressSequentially('Carla');
    await expect(page.getByText(/^Borrador guardado \d{2}:\d{2}$/)).toBeVisible();
    await expect(page).toHaveURL(/#\/nuevo\/.+/);
    await page.reload();
    await expect(page.getByLabel('Identificación del animal')).toHaveValue('Luna');
    await expect(page.getByRole('radio', { name: 'Hembra' })).toBeChecked();

    // A second draft, thrown away from the list; the first one is resumed from it.
    const newProtocol = page.getByRole('navigation').getByRole('link', { name: 'Nuevo protocolo' });
    await newProtocol.click();
    await expect(page.getByLabel('Especie')).toHaveValue('');
    await page.getByLabel('Especie').pressSequentially('Felino');
    await expect(page.getByText(/^Borrador guardado \d{2}:\d{2}$/)).toBeVisible();
    await newProtocol.click();
    const drafts = page.getByRole('region', { name: /Borradores sin enviar/ });
    await expect(drafts.getByRole('listitem')).toHaveCount(2);
    await drafts.getByRole('button', { name: 'Eliminar el borrador Felino' }).click();
    await expect(drafts.getByRole('listitem')).toHaveCount(1);
    await drafts.getByRole('link', { name: 'Histopatología: Canino · Luna' }).click();
    await expect(page.getByLabel('Identificación del animal')).toHaveValue('Luna');

    // What is missing is named by the server, beside each field.
    await page.getByRole('button', { name: 'Enviar protocolo' }).click();
    const refusal = page.getByRole('alert');
    await expect(refusal).toContainText('Revise estos datos');
    await expect(refusal).toContainText('Diagnóstico presuntivo');
    await expect(refusal).toContainText('Material remitido');
    await expect(page.getByLabel('Diagnóstico presuntivo')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Diagnóstico presuntivo').pressSequentially('Mastocitoma cutáneo');
    await page
      .getByLabel('Historia clínica')
      .pressSequentially('Nódulo de crecimiento rápido en las últimas tres semanas.');
    await page
      .getByLabel('Material remitido')
      .pressSequentially('Nódulo cutáneo de 2 cm, región costal izquierda');
    const jars = page.getByLabel('Cantidad de frascos');
    await jars.fill('');
    await jars.pressSequentially('2');
    await page.getByRole('button', { name: 'Enviar protocolo' }).click();

    // The temporary code, large, on a slip that prints alone.
    await expect(page.getByRole('heading', { name: 'Protocolo enviado' })).toBeVisible();
    const code = page.getByRole('status', { name: 'Código temporal' });
    await expect(code).toHaveText(TEMPORARY_CODE);
    temporaryCode = (await code.textContent())!.trim();
    await expect(page.getByRole('img', { name: `Código QR de ${temporaryCode}` })).toBeVisible();
    await expect(page.getByText('Canino · Labrador retriever · Luna')).toBeVisible();
    await expect(
      page.getByText(
        'Escriba este código en el frasco o los portaobjetos y ponga este comprobante en el ' +
          'paquete.',
      ),
    ).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Imprimir' })).toBeHidden();
    await expect(page.getByRole('navigation')).toBeHidden();
    await expect(code).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    // The draft went with the submission.
    await page.getByRole('button', { name: 'Enviar otro protocolo' }).click();
    await expect(page.getByLabel('Especie')).toHaveValue('');
    await expect(page.getByRole('heading', { name: /Borradores sin enviar/ })).toHaveCount(0);

    // At the desk: the jar arrives, is received by its code, and the desk syncs.
    const pulled = await lab.patolab<{ pulled: number }>('sync', '--json', '--data', lab.desk);
    expect(pulled.pulled).toBeGreaterThan(0);
    const received = await lab.patolab<{ protocolNumber: string; status: string }>(
      'reception',
      'receive',
      temporaryCode,
      '--data',
      lab.desk,
    );
    expect(received.status).toBe('received');
    expect(received.protocolNumber).toMatch(PROTOCOL_NUMBER);
    protocolNumber = received.protocolNumber;
    const pushed = await lab.patolab<{ pushed: number }>('sync', '--json', '--data', lab.desk);
    expect(pushed.pushed).toBeGreaterThan(0);

    // The server mails the vet once the reception reaches it.
    const [confirmation] = await lab.mailsTo(VET.email, new RegExp(protocolNumber));
    expect(confirmation!.secure).toBe(true);
    expect(confirmation!.user).toBe('laboratorio');
    expect(confirmation!.text).toContain(protocolNumber);
    expect(confirmation!.text).toContain(`${lab.serverUrl}/portal/#/protocolos/`);

    // The vet reloads the list and finds it received, with its number.
    await page.getByRole('navigation').getByRole('link', { name: 'Mis protocolos' }).click();
    await page.reload();
    const table = page.getByRole('table', { name: 'Mis protocolos' });
    const row = table.getByRole('row').filter({ hasText: temporaryCode });
    await expect(row).toContainText(protocolNumber);
    await expect(row).toContainText('Recibido');
    await expect(row).toContainText('Canino · Luna');

    const status = page.getByRole('textbox', { name: 'Estado' });
    await status.click();
    await page.getByRole('option', { name: 'Rechazado' }).click();
    await expect(page.getByText('Ningún protocolo en ese estado.')).toBeVisible();
    await status.click();
    await page.getByRole('option', { name: 'Recibido' }).click();
    await expect(row).toBeVisible();

    await row.getByRole('link', { name: temporaryCode }).click();
    await expect(page.getByRole('heading', { name: protocolNumber, level: 1 })).toBeVisible();
    const reception = page.getByRole('region', { name: 'Recepción en el laboratorio' });
    await expect(reception).toContainText('Recibido');
    await expect(reception).toContainText('Óptima');
    const history = page.getByRole('region', { name: 'Historial' });
    await expect(history).toContainText('Remitido');
    await expect(history).toContainText('Recibido');
    await expect(page.getByRole('region', { name: 'Informe' })).toHaveCount(0);

    // The link in the mail opens this same protocol.
    const mailLink = new RegExp(`${lab.serverUrl}/portal/#/protocolos/\\S+`).exec(
      confirmation!.text,
    );
    await page.goto(mailLink![0]);
    await expect(page.getByRole('heading', { name: protocolNumber, level: 1 })).toBeVisible();
  });

  test('on a phone the list and the form fit the screen, and English is one tap away', async ({
    browser,
  }) => {
    expect(temporaryCode, 'the first test submitted a protocol').toMatch(TEMPORARY_CODE);
    const context = await browser.newContext({ viewport: PHONE, locale: 'es-AR' });
    const page = await context.newPage();
    try {
      await comeFrom(page, CLIENT_ADDRESS.phone);
      await signIn(page, lab);
      // A deep address under /portal/ (a link cut short, a bookmark) still opens the portal.
      await page.goto(`${lab.serverUrl}/portal/protocolos/guardado`);
      await expect(page.getByRole('heading', { name: 'Mis protocolos', level: 1 })).toBeVisible();
      const card = page.getByRole('link').filter({ hasText: temporaryCode });
      await expect(card).toBeVisible();
      await expect(card).toContainText(protocolNumber);
      await expect(card).toContainText('Recibido');
      expect(await cutOffHorizontally(page)).toEqual([]);

      await page.getByRole('navigation').getByRole('link', { name: 'Nuevo protocolo' }).click();
      await expect(page.getByRole('button', { name: 'Enviar protocolo' })).toBeVisible();
      expect(await cutOffHorizontally(page)).toEqual([]);

      await page.getByText('EN', { exact: true }).click();
      await expect(page.getByRole('heading', { name: 'New protocol', level: 1 })).toBeVisible();
      await expect(page.getByLabel('Species')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Submit protocol' })).toBeVisible();
      expect(await cutOffHorizontally(page)).toEqual([]);
      await page.getByRole('navigation').getByRole('link', { name: 'My protocols' }).click();
      await expect(page.getByRole('link').filter({ hasText: temporaryCode })).toContainText(
        'Received',
      );
      expect(await cutOffHorizontally(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("an admin finds the vet among the lab's vets and marks the license verified", async ({
    page,
  }) => {
    await comeFrom(page, CLIENT_ADDRESS.lab);
    await page.goto(`${lab.serverUrl}/`);
    await page.getByLabel('Correo electrónico').fill(LAB_ADMIN.email);
    await page.getByLabel('Contraseña').fill(LAB_ADMIN.password);
    await page.getByLabel('Contraseña').press('Enter');
    await page.getByRole('button', { name: 'Administración' }).click();
    await page.getByRole('menuitem', { name: 'Veterinarios' }).click();
    await expect(page.getByRole('heading', { name: 'Veterinarios', level: 1 })).toBeVisible();

    await page.getByLabel('Buscar').fill('4512');
    const table = page.getByRole('table', { name: 'Veterinarios' });
    const row = table.getByRole('row').filter({ hasText: VET.email });
    await expect(row).toContainText(`${VET.lastName}, ${VET.firstName}`);
    await expect(row).toContainText(VET.license);
    await expect(row).toContainText('Activa');
    await expect(row.getByRole('cell').nth(4)).toHaveText('1');
    const verified = row.getByRole('switch', {
      name: `Matrícula verificada de ${VET.lastName}, ${VET.firstName}`,
    });
    await expect(verified).not.toBeChecked();
    await verified.click();
    await expect(verified).toBeChecked();

    // The vet sees the lab's check on their profile.
    await page.context().clearCookies();
    await signIn(page, lab);
    await page.getByRole('link', { name: 'Mi perfil' }).click();
    await expect(page.getByText('Verificado por el laboratorio', { exact: true })).toBeVisible();
    const history = page.getByRole('region', { name: 'Historial de cambios' });
    await expect(history.getByText('Verificado por el laboratorio: ✗ → ✓')).toBeVisible();
    await expect(history).toContainText(`por ${LAB_ADMIN.name}`);

    // The vet's own change is kept there too, newest first.
    await page.getByLabel('Teléfono').fill('+54 221 400-1234');
    await page
      .getByRole('region', { name: 'Mis datos' })
      .getByRole('button', { name: 'Guardar' })
      .click();
    await expect(page.getByText('Sus datos quedaron guardados.')).toBeVisible();
    await expect(history.getByRole('list').first()).toContainText(
      `Teléfono: ${VET.phone} → +54 221 400-1234`,
    );
  });

  test('a vet who forgot the password sets a new one from the mailed link', async ({ page }) => {
    await comeFrom(page, CLIENT_ADDRESS.home);
    await page.goto(`${lab.serverUrl}/portal/`);
    await page.getByRole('link', { name: 'Olvidé mi contraseña' }).click();
    await page.getByLabel('Correo electrónico').pressSequentially(VET.email);
    await page.getByRole('button', { name: 'Enviar el enlace' }).click();
    await expect(page.getByRole('status')).toContainText(`Si ${VET.email} tiene una cuenta`);

    const [reset] = await lab.mailsTo(VET.email, /Restablezca su contraseña/);
    const link = new RegExp(`${lab.serverUrl}/portal/#/restablecer/[A-Za-z0-9_-]+`).exec(
      reset!.text,
    );
    expect(link, reset!.text).not.toBeNull();
    await page.goto(link![0]);
    const fresh = 'yerba con cedrón junto al microscopio';
    await page
      .getByRole('textbox', { name: 'Nueva contraseña', exact: true })
      .pressSequentially(fresh);
    await page.getByLabel('Repita la nueva contraseña').pressSequentially('otra cosa distinta');
    await page.getByRole('button', { name: 'Guardar la contraseña' }).click();
    await expect(page.getByRole('alert')).toHaveText('Las dos contraseñas no coinciden.');
    await page.getByLabel('Repita la nueva contraseña').fill(fresh);
    await page.getByRole('button', { name: 'Guardar la contraseña' }).click();
    await expect(page.getByRole('status')).toContainText('Su contraseña cambió');
    await lab.mailsTo(VET.email, /Su contraseña fue cambiada/);

    await page.getByRole('link', { name: 'Ingresar' }).click();
    await page.getByLabel('Correo electrónico').fill(VET.email);
    await page.getByLabel('Contraseña').fill(VET.password);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await expect(page.getByRole('alert')).toContainText('Correo o contraseña incorrectos');
    await page.getByLabel('Contraseña').fill(fresh);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await expect(page.getByRole('heading', { name: 'Mis protocolos', level: 1 })).toBeVisible();

    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await expect(page.getByRole('heading', { name: 'Ingresar', level: 1 })).toBeVisible();
    await page.goto(`${lab.serverUrl}/portal/#/protocolos`);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Ingresar', level: 1 })).toBeVisible();
  });
});
