import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../src-main/db/open';
import {
  SMTP_SETTINGS_KEY,
  describeSmtp,
  loadSmtpSettings,
} from '../../../src-main/mail/smtp-settings';
import { labDatabase, removeFolder, tempFolder } from './fixtures';

let dir: string;
let lab: OpenedDatabase;

beforeEach(async () => {
  dir = tempFolder();
  lab = await labDatabase(dir);
});

afterEach(async () => {
  await lab.db.destroy();
  removeFolder(dir);
});

async function saveOnSettingsScreen(value: unknown) {
  await lab.db
    .insertInto('settings')
    .values({ key: SMTP_SETTINGS_KEY, value: JSON.stringify(value), updated_at: 'now' })
    .execute();
}

const fromUrl = (url: string) => loadSmtpSettings(lab.db, { PATOLAB_SMTP_URL: url });

describe('mail server settings', () => {
  it('with no URL and nothing on the settings screen, mail is not configured', async () => {
    expect(await loadSmtpSettings(lab.db, {})).toBeNull();
  });

  it('smtp:// means 587 with STARTTLS required; credentials are url-decoded', async () => {
    const settings = await fromUrl(
      'smtp://avisos%40fcv.example.edu.ar:p%C3%A1ss%2Fw%3Ard@smtp.fcv.example.edu.ar' +
        '?from=avisos@fcv.example.edu.ar',
    );

    expect(settings).toEqual({
      host: 'smtp.fcv.example.edu.ar',
      port: 587,
      secure: false,
      requireStartTls: true,
      user: 'avisos@fcv.example.edu.ar',
      password: 'páss/w:rd',
      fromAddress: 'avisos@fcv.example.edu.ar',
      fromName: 'Laboratorio de Patología Veterinaria',
      tlsRejectUnauthorized: true,
    });
  });

  it('DKIM comes from the URL as domain, selector and the key file, all three or none', async () => {
    const keyFile = path.join(dir, 'dkim.pem');
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    fs.writeFileSync(keyFile, privateKey);
    const base = 'smtp://u:p@smtp.fcv.example.edu.ar?from=lab@fcv.example.edu.ar';

    const signed = await fromUrl(
      `${base}&dkimDomain=fcv.example.edu.ar&dkimSelector=patolab&dkimKeyFile=${keyFile}`,
    );
    expect(signed?.dkim).toEqual({
      domainName: 'fcv.example.edu.ar',
      keySelector: 'patolab',
      privateKey,
    });
    expect(describeSmtp(signed!)).toContain('DKIM patolab._domainkey.fcv.example.edu.ar');

    await expect(fromUrl(`${base}&dkimDomain=fcv.example.edu.ar`)).rejects.toThrow(
      'DKIM necesita los tres parámetros',
    );
    const missing = path.join(dir, 'no-existe.pem');
    await expect(
      fromUrl(`${base}&dkimDomain=a.example&dkimSelector=s&dkimKeyFile=${missing}`),
    ).rejects.toThrow(`No se puede leer la clave privada DKIM ${missing} (ENOENT)`);
  });

  it('an smtps:// URL means TLS from the start, on port 465 unless told', async () => {
    const settings = await fromUrl('smtps://u:p@smtp.example.com.ar?from=lab@example.com.ar');

    expect(settings).toMatchObject({ secure: true, port: 465 });
  });

  it('STARTTLS can be turned off only for a relay on this same machine', async () => {
    const local = await fromUrl('smtp://127.0.0.1:25?from=lab@example.com.ar&starttls=false');
    expect(local).toMatchObject({ host: '127.0.0.1', port: 25, requireStartTls: false });
    const loopbackV6 = await fromUrl('smtp://[::1]:25?from=lab@example.com.ar&starttls=false');
    expect(loopbackV6).toMatchObject({ host: '::1' });

    await expect(
      fromUrl('smtp://relay.example.com.ar:25?from=lab@example.com.ar&starttls=false'),
    ).rejects.toThrow('solo se puede enviar sin STARTTLS a un servidor de correo local');
  });

  it('a mistyped URL is refused in Spanish without repeating the password', async () => {
    const typo = fromUrl('smtp://u:SecretoMuySecreto@smtp.example.com.ar?from=lab@x.ar&startls=no');
    await expect(typo).rejects.toThrow('parámetros desconocidos: startls');
    await typo.catch((error: Error) => expect(error.message).not.toContain('SecretoMuySecreto'));

    const broken = fromUrl('smtp//u:SecretoMuySecreto@?from=');
    await expect(broken).rejects.toThrow('PATOLAB_SMTP_URL no es una dirección válida');
    await broken.catch((error: Error) => expect(error.message).not.toContain('SecretoMuySecreto'));

    await expect(fromUrl('smtp://u:p@smtp.example.com.ar')).rejects.toThrow(
      'falta la dirección del remitente',
    );
  });

  it('the settings screen applies when there is no URL; the URL wins over it', async () => {
    await saveOnSettingsScreen({
      host: 'smtp.gmail.example',
      user: 'patologia.lab',
      password: 'clave',
      fromAddress: 'patologia.lab@gmail.example',
      fromName: 'Patología FCV',
    });

    expect(await loadSmtpSettings(lab.db, {})).toMatchObject({
      host: 'smtp.gmail.example',
      port: 587,
      requireStartTls: true,
      fromName: 'Patología FCV',
    });
    expect(
      await loadSmtpSettings(lab.db, { PATOLAB_SMTP_URL: 'smtp://127.0.0.1:2525?from=a@b.ar' }),
    ).toMatchObject({ host: '127.0.0.1', port: 2525 });
  });

  it('fields left blank on the settings screen count as not filled in', async () => {
    await saveOnSettingsScreen({
      host: '127.0.0.1',
      port: 25,
      requireStartTls: false,
      user: '',
      password: '',
      fromAddress: 'lab@example.com.ar',
      fromName: '',
    });

    const settings = await loadSmtpSettings(lab.db, {});
    expect(settings?.user).toBeUndefined();
    expect(settings?.password).toBeUndefined();
    expect(settings?.fromName).toBe('Laboratorio de Patología Veterinaria');
  });

  it('a user without a password on the settings screen is refused, in Spanish', async () => {
    await saveOnSettingsScreen({ host: 'smtp.x.ar', user: 'lab', fromAddress: 'lab@x.ar' });

    await expect(loadSmtpSettings(lab.db, {})).rejects.toThrow(
      'La configuración del correo en los ajustes (mail.smtp) no es válida: ' +
        'falta la contraseña del usuario.',
    );
  });

  it('the on-screen description names server, user and sender, never the password', async () => {
    const settings = await fromUrl(
      'smtp://avisos%40fcv.example.edu.ar:Contrase%C3%B1aSecreta@smtp.fcv.example.edu.ar:587' +
        '?from=avisos@fcv.example.edu.ar',
    );

    const description = describeSmtp(settings!);

    expect(description).toBe(
      'smtp.fcv.example.edu.ar:587, STARTTLS obligatorio, usuario avisos@fcv.example.edu.ar, ' +
        'remitente Laboratorio de Patología Veterinaria <avisos@fcv.example.edu.ar>',
    );
    expect(description).not.toContain('Secreta');
  });
});
