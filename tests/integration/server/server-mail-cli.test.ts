// `patolab server --smtp URL --public-url URL`: the mail server and the portal's address
// given on the command line reach the services. A sample received in the browser is mailed
// to the vet through the loopback SMTP server (STARTTLS and login), and the mail's link
// carries the public address. The environment variables keep working; the flags win.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../../helpers/cli';
import { histopathologyForm, tempDataDir } from '../../helpers/workstation';
import { startTestSmtpServer, type TestSmtpServer } from '../../helpers/smtp-server';
import { rpc } from './central-server';

const ADMIN = { email: 'admin@lab.example', password: 'Quebracho-Hornero-Tala-1987' };
const RELAY = { user: 'avisos@lab.example', password: 'clave-del-relay' };

/** Starts `patolab server` and waits for the lines it prints once it listens. */
async function startServer(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [BIN, 'server', '--port', '0', ...args], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      PATOLAB_SMTP_URL: '',
      PATOLAB_PUBLIC_URL: '',
      PATOLAB_CLOCK: '2026-12-04T13:00:00Z',
      ...env,
    },
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /Servidor central de Patolab en (\S+)\n/.exec(out);
      if (match && out.includes('Carpeta de datos:')) resolve(match[1]!);
    });
    child.on('exit', () => reject(new Error(`server ended early: ${out}${err}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return {
    url,
    out: () => out,
    err: () => err,
    async stop() {
      child.kill('SIGINT');
      return exited;
    },
  };
}

/** The central server's folder with its first administrator, as an IT person sets it up. */
async function serverFolder(): Promise<string> {
  const data = tempDataDir('server-');
  const init = await runCli(
    [
      'init',
      '--server',
      '--data',
      data,
      '--admin-email',
      ADMIN.email,
      '--admin-password-file',
      '-',
    ],
    { stdin: ADMIN.password, env: { DATABASE_URL: '' } },
  );
  expect(init.stderr).toBe('');
  expect(init.code).toBe(0);
  return data;
}

/** Signs in as the admin in the browser, submits a protocol and receives its sample. */
async function receiveInBrowser(url: string): Promise<{ id: string; mailQueued: boolean }> {
  const signIn = await rpc(url, 'session.signIn', ADMIN);
  expect(signIn.status).toBe(200);
  const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
  const submitted = await rpc(url, 'protocols.submit', histopathologyForm(), {
    headers: { cookie },
  });
  const { id, temporaryCode } = submitted.json().result as { id: string; temporaryCode: string };
  const received = await rpc(
    url,
    'reception.receive',
    { code: temporaryCode },
    {
      headers: { cookie },
    },
  );
  expect(received.status).toBe(200);
  return { id, mailQueued: (received.json().result as { mailQueued: boolean }).mailQueued };
}

function smtpUrl(server: TestSmtpServer): string {
  return (
    `smtp://${encodeURIComponent(RELAY.user)}:${RELAY.password}@127.0.0.1:${server.port}` +
    `?tlsRejectUnauthorized=false`
  );
}

describe('patolab server with its mail server and public address', () => {
  let smtp: TestSmtpServer;
  beforeEach(async () => {
    smtp = await startTestSmtpServer({ mode: 'starttls', login: RELAY, dir: tempDataDir('smtp-') });
  });
  afterEach(async () => smtp?.close());

  it('explains --smtp and --public-url in its help', async () => {
    const help = await runCli(['server', '--help']);
    expect(help.code).toBe(0);
    for (const text of ['--smtp URL', '--public-url URL', 'PATOLAB_PUBLIC_URL', 'smtps://']) {
      expect(help.stdout).toContain(text);
    }
  });

  it('--smtp and --public-url reach the services: the mail links to the portal', async () => {
    const data = await serverFolder();
    // Both variables point elsewhere: the options on the command line win.
    const server = await startServer(
      ['--data', data, '--smtp', smtpUrl(smtp), '--public-url', 'https://patolab.lab.example/'],
      {
        PATOLAB_SMTP_URL: 'smtp://nadie:x@127.0.0.1:9?from=nadie@lab.example',
        PATOLAB_PUBLIC_URL: 'https://otro.lab.example',
      },
    );
    try {
      expect(server.out()).toContain(
        'Dirección pública (enlaces del correo): https://patolab.lab.example\n',
      );
      expect(server.out()).toContain(
        `Correo saliente: 127.0.0.1:${smtp.port}, STARTTLS obligatorio, usuario ${RELAY.user}`,
      );
      expect(server.out() + server.err()).not.toContain(RELAY.password);

      const { id, mailQueued } = await receiveInBrowser(server.url);
      expect(mailQueued).toBe(true);
      const [mail] = await smtp.waitForMail(1, 15_000);
      expect(mail!.secure).toBe(true);
      expect(mail!.user).toBe(RELAY.user);
      expect(mail!.fromAddress).toBe(RELAY.user);
      expect(mail!.subject).toBe('Muestra recibida: protocolo HP 26/001');
      expect(mail!.text).toContain(`https://patolab.lab.example/portal/#/protocolos/${id}`);
      expect(mail!.html).toContain(`href="https://patolab.lab.example/portal/#/protocolos/${id}"`);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('PATOLAB_SMTP_URL and PATOLAB_PUBLIC_URL keep working without the options', async () => {
    const data = await serverFolder();
    const server = await startServer(['--data', data], {
      PATOLAB_SMTP_URL: smtpUrl(smtp),
      PATOLAB_PUBLIC_URL: 'https://portal.lab.example',
    });
    try {
      const { id } = await receiveInBrowser(server.url);
      const [mail] = await smtp.waitForMail(1, 15_000);
      expect(mail!.text).toContain(`https://portal.lab.example/portal/#/protocolos/${id}`);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('without a public address, links carry the address the server listens on', async () => {
    const data = await serverFolder();
    const server = await startServer(['--data', data, '--smtp', smtpUrl(smtp)]);
    try {
      expect(server.out()).toContain(`Dirección pública (enlaces del correo): ${server.url}\n`);
      const { id } = await receiveInBrowser(server.url);
      const [mail] = await smtp.waitForMail(1, 15_000);
      expect(mail!.text).toContain(`${server.url}/portal/#/protocolos/${id}`);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('refuses a mail server or public address it cannot use, before opening anything', async () => {
    const data = tempDataDir('server-');
    const noSender = await runCli([
      'server',
      '--data',
      data,
      '--smtp',
      'smtp://u:SecretoMuySecreto@smtp.lab.example',
    ]);
    expect(noSender.code).toBe(2);
    expect(noSender.stderr).toMatch(
      /^La configuración del correo en --smtp no es válida: falta la dirección del remitente/,
    );
    expect(noSender.stderr).not.toContain('SecretoMuySecreto');

    const notMail = await runCli(['server', '--data', data, '--smtp', 'https://u:p@x.example']);
    expect(notMail.code).toBe(2);
    expect(notMail.stderr).toMatch(/^--smtp debe empezar con smtp:\/\/ \(STARTTLS\) o smtps:\/\//);

    for (const wrong of ['ftp://patolab.lab.example', 'https://patolab.lab.example/portal']) {
      const run = await runCli(['server', '--data', data, '--public-url', wrong]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^--public-url /);
    }
    expect(fs.existsSync(path.join(data, 'patolab.sqlite'))).toBe(false);
  });
});
