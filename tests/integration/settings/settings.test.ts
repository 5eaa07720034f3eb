import { afterEach, describe, expect, it } from 'vitest';
import { loadPrinterProfile } from '../../../src-main/printing/settings';
import { startPrinterServer, type PrinterServer } from '../../helpers/printer-server';
import { openWorkstation, type Workstation } from '../../helpers/workstation';
import { decodeZpl } from '../../helpers/zpl-decode';

let ws: Workstation;
let server: PrinterServer | undefined;
afterEach(async () => {
  await ws?.close();
  await server?.close();
  server = undefined;
});

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
    const good = {
      purpose: 'jar' as const,
      uri: 'tcp://127.0.0.1:9100',
      widthMm: 62,
      heightMm: 40,
    };
    await ws.call('settings.setPrinter', good);
    await expect(
      ws.call('settings.setPrinter', { ...good, uri: 'impresora de abajo' }),
    ).rejects.toThrow(/no es válida/);
    expect((await ws.call('settings.get', {})).printers.jar.uri).toBe('tcp://127.0.0.1:9100');
  });

  it('keep one printer per kind of label, each with its size, the rest at their defaults', async () => {
    ws = await openWorkstation({ env: { PATOLAB_PRINTER_URI: '' } });
    const cassettes = { uri: 'zpl+tcp://127.0.0.1:9101', widthMm: 30, heightMm: 20 };

    const saved = await ws.call('settings.setPrinter', { purpose: 'cassette', ...cassettes });
    const { printers, printerOverride } = await ws.call('settings.get', {});

    expect(saved).toEqual(cassettes);
    expect(printers).toEqual({
      jar: { uri: null, widthMm: 62, heightMm: 40 },
      cassette: cassettes,
      slide: { uri: null, widthMm: 22, heightMm: 20 },
    });
    expect(printerOverride).toBeNull();
    expect(await loadPrinterProfile(ws.services.ctx, 'cassette')).toEqual(cassettes);
  });

  it('still find the jar printer an earlier version saved', async () => {
    ws = await openWorkstation({ env: { PATOLAB_PRINTER_URI: '' } });
    const earlier = { jarLabelUri: 'tcp://127.0.0.1:9102', widthMm: 58, heightMm: 40 };
    await ws.services.ctx.db
      .insertInto('settings')
      .values({
        key: 'printing.jarLabel',
        value: JSON.stringify(earlier),
        updated_at: '2026-01-01T00:00:00Z',
      })
      .execute();

    expect((await ws.call('settings.get', {})).printers.jar).toEqual({
      uri: 'tcp://127.0.0.1:9102',
      widthMm: 58,
      heightMm: 40,
    });
    expect(await loadPrinterProfile(ws.services.ctx, 'jar')).toMatchObject({
      uri: 'tcp://127.0.0.1:9102',
    });
  });

  it('save the jar printer where an earlier version looks for it', async () => {
    ws = await openWorkstation({ env: { PATOLAB_PRINTER_URI: '' } });

    await ws.call('settings.setPrinter', {
      purpose: 'jar',
      uri: 'printer:Etiquetas',
      widthMm: 62,
      heightMm: 29,
    });
    const row = await ws.services.ctx.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'printing.jarLabel')
      .executeTakeFirstOrThrow();

    expect(JSON.parse(row.value)).toEqual({
      jarLabelUri: 'printer:Etiquetas',
      widthMm: 62,
      heightMm: 29,
    });
  });

  it('refuse a slide label smaller than a slide label can be, and ZPL to a PDF file', async () => {
    ws = await openWorkstation({ env: { PATOLAB_PRINTER_URI: '' } });

    await expect(
      ws.call('settings.setPrinter', { purpose: 'slide', uri: null, widthMm: 15, heightMm: 20 }),
    ).rejects.toThrow(/widthMm/);
    await expect(
      ws.call('settings.setPrinter', {
        purpose: 'slide',
        uri: 'zpl+pdf:/tmp/portaobjetos.pdf',
        widthMm: 22,
        heightMm: 20,
      }),
    ).rejects.toThrow(/un archivo PDF no es una impresora ZPL/);
    expect((await ws.call('settings.get', {})).printers.slide.uri).toBeNull();
  });

  it('give way to PATOLAB_PRINTER_URI for every kind of label, sizes kept', async () => {
    server = await startPrinterServer();
    ws = await openWorkstation({ env: { PATOLAB_PRINTER_URI: `zpl+${server.uri}` } });
    await ws.call('settings.setPrinter', {
      purpose: 'slide',
      uri: 'tcp://127.0.0.1:9',
      widthMm: 25,
      heightMm: 22,
    });

    const { printers, printerOverride } = await ws.call('settings.get', {});
    const outcome = await ws.call('printing.testLabel', { purpose: 'slide' });
    const [label] = decodeZpl(await server.nextJob());

    expect(printers.slide.uri).toBe('tcp://127.0.0.1:9');
    expect(printerOverride).toBe(`zpl+${server.uri}`);
    expect(await loadPrinterProfile(ws.services.ctx, 'cassette')).toEqual({
      uri: `zpl+${server.uri}`,
      widthMm: 26,
      heightMm: 20,
    });
    expect(outcome).toMatchObject({ status: 'printed', printerUri: `zpl+${server.uri}` });
    expect(label).toMatchObject({ widthDots: 200, lengthDots: 176 });
    expect(label?.qr?.payload).toBe('HP 00/000-S1');
  });
});
