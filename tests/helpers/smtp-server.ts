// A real SMTP server on loopback for the mail tests: it keeps what it receives (parsed, so
// tests read the subject, text and attachments a veterinarian would read, and whole, so they
// can read the raw headers), can require STARTTLS and a login, refuse the next messages the
// way a real server does, and go offline and come back on the same port.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser, type Attachment } from 'mailparser';
import { SMTPServer, type SMTPServerOptions, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  /** the message's bytes as the client sent them after DATA */
  raw: Buffer;
  envelopeFrom: string;
  envelopeTo: string[];
  fromName: string;
  fromAddress: string;
  to: string;
  subject: string;
  text: string;
  html: string | false;
  /** files attached, with their bytes (a signed report's PDF) */
  attachments: Attachment[];
  messageId: string;
  headers: Map<string, unknown>;
  /** header lines as they arrived, for headers mailparser turns into objects (DKIM-Signature) */
  headerLines: readonly { key: string; line: string }[];
  /** the session was encrypted (STARTTLS or TLS) when the message came in */
  secure: boolean;
  /** the user the client logged in as, if it did */
  user: string | undefined;
}

export interface LoginAttempt {
  username: string;
  password: string;
  secure: boolean;
  accepted: boolean;
}

export interface Refusal {
  /** SMTP reply code, e.g. 451 (try later) or 550 (no such mailbox) */
  code: number;
  message?: string;
  /** refuse the recipient (default) or the message after DATA */
  at?: 'recipient' | 'data';
}

export interface TestSmtpServerOptions {
  /** 'starttls': offers STARTTLS with a throwaway certificate; 'plain': a local relay without it */
  mode: 'starttls' | 'plain';
  /** when set, the server requires this login */
  login?: { user: string; password: string };
  /** folder for the throwaway certificate; the caller removes it */
  dir: string;
  /** holds each message this long before accepting it, to make senders overlap */
  acceptDelayMs?: number;
}

export interface TestSmtpServer {
  readonly host: string;
  readonly port: number;
  readonly received: ReceivedMail[];
  readonly logins: LoginAttempt[];
  /** how many connections were opened, including refused and failed ones */
  readonly connections: number;
  refuseNext(count: number, refusal: Refusal): void;
  goOffline(): Promise<void>;
  comeBack(): Promise<void>;
  waitForMail(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

function opensslAvailable(): boolean {
  return spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0;
}

/**
 * A self-signed certificate for 127.0.0.1, made fresh for the test. Without the openssl
 * command the server falls back to the test certificate bundled with smtp-server.
 */
function throwawayCertificate(dir: string): { key: Buffer; cert: Buffer } | undefined {
  if (!opensslAvailable()) return undefined;
  const key = path.join(dir, 'smtp-key.pem');
  const cert = path.join(dir, 'smtp-cert.pem');
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
    ],
    { stdio: 'pipe' },
  );
  if (made.status !== 0) {
    throw new Error(`openssl could not make a test certificate: ${made.stderr.toString()}`);
  }
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

function smtpError(refusal: Refusal): Error & { responseCode: number } {
  const text = refusal.message ?? (refusal.code >= 500 ? 'Mailbox unavailable' : 'Try again later');
  return Object.assign(new Error(text), { responseCode: refusal.code });
}

export async function startTestSmtpServer(options: TestSmtpServerOptions): Promise<TestSmtpServer> {
  const host = '127.0.0.1';
  const received: ReceivedMail[] = [];
  const logins: LoginAttempt[] = [];
  const refusals: Refusal[] = [];
  let connections = 0;
  const certificate = options.mode === 'starttls' ? throwawayCertificate(options.dir) : undefined;

  const disabledCommands: string[] = [];
  if (options.mode === 'plain') disabledCommands.push('STARTTLS');
  if (!options.login) disabledCommands.push('AUTH');

  const serverOptions: SMTPServerOptions = {
    ...certificate,
    name: 'smtp.test.invalid',
    logger: false,
    disableReverseLookup: true,
    disabledCommands,
    authOptional: !options.login,
    allowInsecureAuth: options.mode === 'plain',
    closeTimeout: 200,
    onConnect(_session, callback) {
      connections++;
      callback();
    },
    onAuth(auth, session, callback) {
      const accepted =
        auth.username === options.login?.user && auth.password === options.login?.password;
      logins.push({
        username: auth.username ?? '',
        password: auth.password ?? '',
        secure: session.secure,
        accepted,
      });
      if (accepted) return callback(null, { user: auth.username });
      callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(_address, _session, callback) {
      const next = refusals[0];
      if (next && (next.at ?? 'recipient') === 'recipient') {
        refusals.shift();
        return callback(smtpError(next));
      }
      callback();
    },
    onData(stream, session, callback) {
      // Kept whole before it is parsed: some tests read the headers exactly as they came.
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        receive(Buffer.concat(chunks), session).then(() => callback(), callback);
      });
    },
  };

  async function receive(raw: Buffer, session: SMTPServerSession): Promise<void> {
    const parsed = await simpleParser(raw);
    const next = refusals[0];
    if (next?.at === 'data') {
      refusals.shift();
      throw smtpError(next);
    }
    if (options.acceptDelayMs) {
      await new Promise((resolve) => setTimeout(resolve, options.acceptDelayMs));
    }
    const from = parsed.from?.value[0];
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    received.push({
      raw,
      envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
      envelopeTo: session.envelope.rcptTo.map((r) => r.address),
      fromName: from?.name ?? '',
      fromAddress: from?.address ?? '',
      to: to?.text ?? '',
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: parsed.html ?? false,
      attachments: parsed.attachments,
      messageId: parsed.messageId ?? '',
      headers: parsed.headers,
      headerLines: parsed.headerLines,
      secure: session.secure,
      user: session.user as string | undefined,
    });
  }

  let server: SMTPServer | undefined;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      if (server) return resolve();
      const started = new SMTPServer(serverOptions);
      // A client that drops the line mid-session is part of what these tests do.
      started.on('error', () => undefined);
      started.server.once('error', reject);
      started.listen(port, host, () => {
        const address = started.server.address();
        if (address && typeof address === 'object') port = address.port;
        server = started;
        resolve();
      });
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      const running = server;
      server = undefined;
      if (!running) return resolve();
      running.close(() => resolve());
    });

  await listen();

  return {
    host,
    get port() {
      return port;
    },
    received,
    logins,
    get connections() {
      return connections;
    },
    refuseNext(count, refusal) {
      for (let i = 0; i < count; i++) refusals.push(refusal);
    },
    goOffline: stop,
    comeBack: listen,
    async waitForMail(count, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`expected ${count} mails, the server got ${received.length}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return received;
    },
    close: stop,
  };
}
