import { afterEach, describe, expect, it } from 'vitest';
import { openWorkstation, type Workstation } from '../../helpers/workstation';

let ws: Workstation;
afterEach(async () => ws?.close());

const relay = {
  host: 'smtp.unl.edu.ar',
  port: 587,
  user: 'laboratorio@fcv.unl.edu.ar',
  password: 'clave-del-relay',
  fromAddress: 'laboratorio@fcv.unl.edu.ar',
};

describe('mail settings', () => {
  it('are shown back without the password, and a blank password keeps the stored one', async () => {
    ws = await openWorkstation();
    await ws.call('settings.setMail', relay);
    await ws.call('settings.setMail', { ...relay, port: 2525, password: '' });

    const { mail } = await ws.call('settings.get', {});
    expect(mail).toMatchObject({ configured: true, source: 'settings' });
    expect(mail.stored).toMatchObject({ host: 'smtp.unl.edu.ar', port: 2525, user: relay.user });
    expect(JSON.stringify(mail)).not.toContain('clave-del-relay');

    const row = await ws.services.ctx.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'mail.smtp')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.value).password).toBe('clave-del-relay');
  });

  it('say when PATOLAB_SMTP_URL decides instead of the form', async () => {
    ws = await openWorkstation({ env: { PATOLAB_SMTP_URL: 'smtp://127.0.0.1:2525?from=a@b.ar' } });
    expect((await ws.call('settings.get', {})).mail).toMatchObject({ source: 'env', stored: null });
  });

  it('refuse a user without a password, saving nothing', async () => {
    ws = await openWorkstation();
    await expect(ws.call('settings.setMail', { ...relay, password: undefined })).rejects.toThrow(
      /falta la contraseña/,
    );
    expect((await ws.call('settings.get', {})).mail.configured).toBe(false);
  });
});

describe('printer settings', () => {
  it('refuse a printer address that is not one, keeping the previous one', async () => {
    ws = await openWorkstation({ env: { PATOLAB_PRINTER_URI: '' } });
    const good = { jarLabelUri: 'tcp://127.0.0.1:9100', widthMm: 62, heightMm: 40 };
    await ws.call('settings.setPrinter', good);
    await expect(
      ws.call('settings.setPrinter', { ...good, jarLabelUri: 'impresora de abajo' }),
    ).rejects.toThrow(/no es válida/);
    expect((await ws.call('settings.get', {})).printer.jarLabelUri).toBe('tcp://127.0.0.1:9100');
  });
});
