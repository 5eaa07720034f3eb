import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendTestMail } from '../../../src-main/mail/deliver';
import { smtpSettingsSchema } from '../../../src-main/mail/smtp-settings';
import { startTestSmtpServer, type TestSmtpServer } from '../../helpers/smtp-server';
import { LAB_ADDRESS, accountSettings, removeFolder, tempFolder } from './fixtures';

const login = { user: 'avisos@patologia.example.edu.ar', password: 'la-clave-correcta' };
const ADMIN = 'secretaria@patologia.example.edu.ar';

let dir: string;
let server: TestSmtpServer | undefined;

beforeEach(() => {
  dir = tempFolder();
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  removeFolder(dir);
});

/** A port on loopback where nothing listens: taken from the OS, then let go. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('the settings screen test mail', () => {
  it('sends a test mail and says so in Spanish', async () => {
    server = await startTestSmtpServer({ mode: 'starttls', login, dir });

    const outcome = await sendTestMail(accountSettings(server, login), ADMIN);

    expect(outcome.message).toBe(
      `El servidor de correo 127.0.0.1:${server.port} aceptó el correo de prueba para ${ADMIN}. ` +
        'Si no llega en unos minutos, revise la carpeta de correo no deseado.',
    );
    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.subject).toBe('Correo de prueba de Patolab');
    expect(server.received[0]?.text).toContain('configuración del servidor de correo');
    expect(server.received[0]?.fromAddress).toBe(LAB_ADDRESS);
  });

  it('a wrong password is reported as such', async () => {
    server = await startTestSmtpServer({ mode: 'starttls', login, dir });
    const settings = accountSettings(server, { ...login, password: 'la-clave-vieja' });

    await expect(sendTestMail(settings, ADMIN)).rejects.toThrow(
      'El servidor rechazó el usuario o la contraseña',
    );
    expect(server.logins).toEqual([expect.objectContaining({ accepted: false })]);
    expect(server.received).toHaveLength(0);
  });

  it('a server that does not answer is reported with its address', async () => {
    const port = await closedPort();
    const settings = smtpSettingsSchema.parse({
      host: '127.0.0.1',
      port,
      requireStartTls: false,
      fromAddress: LAB_ADDRESS,
    });

    await expect(sendTestMail(settings, ADMIN)).rejects.toThrow(
      `No se pudo conectar al servidor de correo 127.0.0.1:${port}: conexión rechazada`,
    );
  });

  it('a server without STARTTLS is refused when the settings require it', async () => {
    server = await startTestSmtpServer({ mode: 'plain', login, dir });
    const settings = smtpSettingsSchema.parse({
      host: server.host,
      port: server.port,
      user: login.user,
      password: login.password,
      fromAddress: LAB_ADDRESS,
    });

    await expect(sendTestMail(settings, ADMIN)).rejects.toThrow(
      'El servidor no ofrece STARTTLS y la configuración lo exige',
    );
    // The password never went over the unencrypted line.
    expect(server.logins).toHaveLength(0);
  });

  it('a self-signed certificate is refused unless the settings accept it', async () => {
    server = await startTestSmtpServer({ mode: 'starttls', login, dir });
    const strict = smtpSettingsSchema.parse({
      ...accountSettings(server, login),
      tlsRejectUnauthorized: true,
    });

    await expect(sendTestMail(strict, ADMIN)).rejects.toThrow(
      `El certificado del servidor de correo 127.0.0.1:${server.port} no es válido`,
    );
    expect(server.logins).toHaveLength(0);
  });
});
