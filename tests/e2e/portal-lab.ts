// What the portal's end-to-end test needs around the browser, all on 127.0.0.1:
// the lab's mail server (STARTTLS and a login, like the institutional relay),
// the central server started the way IT starts it (`patolab init`, then
// `patolab server --smtp ... --public-url ...`), and a reception desk enrolled
// with it and driven from the command line.
//
// The server trusts a proxy on loopback, as it does behind the lab's TLS proxy:
// each browser in the test then says which address its person comes from
// (X-Forwarded-For), so the vet at the clinic, the vet on the phone and the
// admin at the lab each meet the per-address limits of sign-in and mail on
// their own, as they would in life.

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startTestSmtpServer,
  type ReceivedMail,
  type TestSmtpServer,
} from '../helpers/smtp-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const START_TIMEOUT_MS = 60_000;
// The server's sender is woken after each commit; its 30 s round is the slowest case.
const MAIL_TIMEOUT_MS = 45_000;

/** Where a browser in the test says its person is (documentation addresses, never reached). */
export const CLIENT_ADDRESS = {
  clinic: '203.0.113.10',
  phone: '203.0.113.11',
  home: '203.0.113.12',
  lab: '203.0.113.20',
} as const;

export const LAB_ADMIN = {
  email: 'admin@laboratorio.test',
  password: 'clave-del-servidor-central',
  name: 'Administración del laboratorio',
};
const SMTP_LOGIN = { user: 'laboratorio', password: 'clave-del-relay-smtp' };
const LAB_FROM = 'patologia@laboratorio.test';

export interface PortalLab {
  serverUrl: string;
  smtp: TestSmtpServer;
  /** A reception desk's data folder, enrolled with the server. */
  desk: string;
  /** `patolab ARGS` as IT runs it; the JSON it printed. Labels are not printed. */
  patolab<T = Record<string, unknown>>(...args: string[]): Promise<T>;
  /** Waits until `count` mails to `address` with a matching subject arrived; returns them all. */
  mailsTo(address: string, subject: RegExp, count?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

function runPatolab(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/patolab.js', ...args], {
      cwd: ROOT,
      env: { ...process.env, PATOLAB_PRINTER_URI: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, out, err }));
  });
}

async function patolab<T>(...args: string[]): Promise<T> {
  const outcome = await runPatolab(args);
  if (outcome.code !== 0) {
    throw new Error(`patolab ${args.join(' ')} exited ${outcome.code}:\n${outcome.err}`);
  }
  return JSON.parse(outcome.out) as T;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function stop(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  const stopped = await Promise.race([
    exited(child).then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
  ]);
  if (!stopped) {
    child.kill('SIGKILL');
    await exited(child);
  }
}

export async function startPortalLab(port: number): Promise<PortalLab> {
  const serverUrl = `http://127.0.0.1:${port}`;
  const health = `${serverUrl}/api/health`;
  if (await answers(health)) {
    throw new Error(`Port ${port} is already taken by another server: stop it first.`);
  }

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patolab-e2e-portal-'));
  const serverData = path.join(workDir, 'server');
  const desk = path.join(workDir, 'recepcion');
  let smtp: TestSmtpServer | null = null;
  let server: ChildProcess | null = null;

  const close = async () => {
    if (server) await stop(server);
    if (smtp) await smtp.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  };

  try {
    smtp = await startTestSmtpServer({ mode: 'starttls', login: SMTP_LOGIN, dir: workDir });
    // The relay's certificate is made for this run, so it cannot be verified.
    const smtpUrl =
      `smtp://${SMTP_LOGIN.user}:${SMTP_LOGIN.password}@127.0.0.1:${smtp.port}` +
      `?from=${LAB_FROM}&tlsRejectUnauthorized=false`;

    const passwordFile = path.join(workDir, 'admin-password.txt');
    fs.writeFileSync(passwordFile, `${LAB_ADMIN.password}\n`, { mode: 0o600 });
    await patolab(
      'init',
      '--data',
      serverData,
      '--admin-email',
      LAB_ADMIN.email,
      '--admin-password-file',
      passwordFile,
      '--admin-name',
      LAB_ADMIN.name,
    );

    const logFile = path.join(workDir, 'server.log');
    const log = fs.openSync(logFile, 'a');
    server = spawn(
      process.execPath,
      [
        'bin/patolab.js',
        'server',
        '--data',
        serverData,
        '--port',
        String(port),
        '--trust-proxy',
        '127.0.0.1',
        '--smtp',
        smtpUrl,
        '--public-url',
        serverUrl,
      ],
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

    const { code } = await patolab<{ code: string }>(
      'server',
      'enroll-code',
      '--name',
      'Recepción',
      '--data',
      serverData,
    );
    await patolab('sync', 'enroll', '--server', serverUrl, '--code', code, '--data', desk);
  } catch (error) {
    await close();
    throw error;
  }

  const received = smtp.received;
  return {
    serverUrl,
    smtp,
    desk,
    patolab,
    async mailsTo(address, subject, count = 1) {
      const deadline = Date.now() + MAIL_TIMEOUT_MS;
      for (;;) {
        const found = received.filter(
          (m) => m.envelopeTo.includes(address) && subject.test(m.subject),
        );
        if (found.length >= count) return found;
        if (Date.now() > deadline) {
          const seen = received.map((m) => `${m.envelopeTo.join(',')}: ${m.subject}`);
          throw new Error(
            `expected ${count} mails to ${address} matching ${subject}; got:\n${seen.join('\n')}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close,
  };
}
