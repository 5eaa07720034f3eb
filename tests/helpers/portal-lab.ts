// The central server as the portal's tests need it: services with role `server`
// on a real SQLite folder, mail delivered by the real sender to the loopback SMTP
// server (STARTTLS and a login required, as the lab's relay does), a clock the
// test moves by hand, optionally the HTTP door in front, and a restart on the
// same folder. Vets are registered and verified the way a person does it: by
// the form, then by the link in the mail.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startServices, type Services } from '../../src-main/services';
import { startCentralServer, type CentralServer } from '../../src-main/server/central';
import type { RateLimits } from '../../src-main/server/rate-limits';
import type { Clock } from '../../src-main/clock';
import type { Caller } from '../../src-main/rpc/dispatch';
import type { MethodInput, MethodName, RpcResult } from '../../src-shared/contract';
import { startTestSmtpServer, type ReceivedMail, type TestSmtpServer } from './smtp-server';
import { STATIC_DIR, rpc, type Answer } from '../integration/server/central-server';

export const LAB_FROM = 'avisos@patologia.example.edu.ar';
export const PUBLIC_URL = 'https://portal.patologia.example';
const SMTP_LOGIN = { user: 'avisos', password: 'clave-del-relay-de-prueba' };

/** 10:00 in Buenos Aires. */
export const START = '2026-12-04T13:00:00.000Z';

export interface HandClock extends Clock {
  advanceMinutes(minutes: number): void;
  /** Where the clock is now, without moving it. */
  peek(): Date;
}

// Each reading moves one millisecond on, as the fixed clock of PATOLAB_CLOCK
// does, so rows written in one test still sort in the order they were made.
export function handClock(startIso = START): HandClock {
  let ms = Date.parse(startIso);
  return {
    now: () => new Date(ms++),
    peek: () => new Date(ms),
    advanceMinutes: (minutes) => {
      ms += minutes * 60_000;
    },
  };
}

export interface LogLine {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

export interface PortalLab {
  readonly services: Services;
  readonly dataDir: string;
  readonly clock: HandClock;
  readonly smtp: TestSmtpServer;
  /** The HTTP door's address, when started with `http: true`. */
  readonly url: string;
  readonly log: LogLine[];
  /** A contract call as the portal makes it, from a client address the test chooses. */
  call<M extends MethodName>(
    method: M,
    input: MethodInput<M>,
    caller?: Partial<Caller>,
  ): Promise<RpcResult<unknown>>;
  /** The same over HTTP (needs `http: true`). */
  http(method: MethodName, input: unknown, cookie?: string): Promise<Answer>;
  /** Waits until `count` mails have reached the SMTP server in all. */
  waitForMails(count: number): Promise<ReceivedMail[]>;
  mailsTo(address: string): ReceivedMail[];
  /** Mail queued in the outbox, whether or not it went out yet. */
  outboxCount(): Promise<number>;
  /** Stops the services (and the door) and starts them again on the same folder. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface PortalLabOptions {
  http?: boolean;
  /** A PostgreSQL database instead of the SQLite file in the data folder. */
  databaseUrl?: string;
  rateLimits?: Partial<RateLimits>;
  start?: string;
}

// Generous by default: the tests that are not about the strict per-address
// limiter send more requests from 127.0.0.1 than a person would.
const ROOMY_LIMITS: Partial<RateLimits> = { signInPerMinute: 10_000, perMinute: 10_000 };

export async function startPortalLab(options: PortalLabOptions = {}): Promise<PortalLab> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patolab-portal-'));
  const smtp = await startTestSmtpServer({ mode: 'starttls', login: SMTP_LOGIN, dir: dataDir });
  const clock = handClock(options.start);
  const log: LogLine[] = [];
  const logger = pino(
    { level: 'info', base: null },
    { write: (line: string) => void log.push(JSON.parse(line) as LogLine) },
  );
  const smtpUrl =
    `smtp://${SMTP_LOGIN.user}:${SMTP_LOGIN.password}@${smtp.host}:${smtp.port}` +
    `?from=${LAB_FROM}&tlsRejectUnauthorized=false`;

  let services!: Services;
  let server: CentralServer | null = null;
  let url = '';

  const start = async () => {
    services = await startServices({
      dataDir,
      role: 'server',
      databaseUrl: options.databaseUrl,
      clock,
      log: logger,
      env: { PATOLAB_PRINTER_URI: 'none', PATOLAB_SMTP_URL: smtpUrl },
      publicUrl: PUBLIC_URL,
    });
    if (options.http) {
      server = await startCentralServer({
        services,
        host: '127.0.0.1',
        port: 0,
        staticDir: STATIC_DIR,
        rateLimits: { ...ROOMY_LIMITS, ...options.rateLimits },
      });
      url = server.url;
    }
  };
  const stop = async () => {
    await server?.close();
    server = null;
    await services.close();
  };
  await start();
  let closed = false;

  return {
    get services() {
      return services;
    },
    dataDir,
    clock,
    smtp,
    get url() {
      return url;
    },
    log,
    call: (method, input, caller = {}) =>
      services.call({ sessionToken: null, ...caller }, method, input),
    http: (method, input, cookie) => rpc(url, method, input, cookie ? { headers: { cookie } } : {}),
    waitForMails: (count) => smtp.waitForMail(count, 10_000),
    mailsTo: (address) => smtp.received.filter((mail) => mail.envelopeTo.includes(address)),
    async outboxCount() {
      const row = await services.ctx.db
        .selectFrom('mail_outbox')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async restart() {
      await stop();
      await start();
    },
    async close() {
      if (closed) return;
      closed = true;
      await stop();
      await smtp.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The token in a mailed portal link (`…/portal/#/<route>/<token>`). */
export function linkToken(mail: ReceivedMail, route: 'verificar' | 'restablecer'): string {
  const match = new RegExp(`/portal/#/${route}/([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match?.[1]) throw new Error(`no ${route} link in the mail «${mail.subject}»`);
  return match[1];
}

export interface VetForm {
  firstName: string;
  lastName: string;
  email: string;
  licenseNumber: string;
  password: string;
  phone?: string;
  locale?: 'es-AR' | 'en';
}

let vets = 0;

/** A registration form as a vet fills it; each call is another person unless told otherwise. */
export function vetForm(overrides: Partial<VetForm> = {}): VetForm {
  vets++;
  return {
    firstName: 'Laura',
    lastName: 'Gómez',
    email: `laura.gomez.${vets}@veterinaria-sur.example`,
    licenseNumber: `MP ${1000 + vets}`,
    password: 'Biopsia de piel canina 2026',
    phone: '+54 342 555 0101',
    ...overrides,
  };
}

/** Answers the result of a call, or throws its refusal's message. */
export function resultOf<T>(outcome: RpcResult<unknown>): T {
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.result as T;
}

/** Registers through the form and opens the link that arrives; answers the account's id. */
export async function registerVerified(lab: PortalLab, form: VetForm): Promise<string> {
  const before = lab.mailsTo(form.email).length;
  const total = lab.smtp.received.length;
  resultOf(await lab.call('auth.register', form));
  await lab.waitForMails(total + 1);
  const mail = lab.mailsTo(form.email)[before];
  if (!mail) throw new Error(`no verification mail reached ${form.email}`);
  resultOf(
    await lab.call('auth.verifyEmail', {
      token: linkToken(mail, 'verificar'),
      password: form.password,
    }),
  );
  const row = await lab.services.ctx.db
    .selectFrom('vet_accounts')
    .select('id')
    .where('email', '=', form.email)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Signs in through the contract; answers the session token the HTTP door would put in a cookie. */
export async function signInVet(lab: PortalLab, form: VetForm): Promise<string> {
  const outcome = resultOf<{ token: string }>(
    await lab.call('auth.login', { email: form.email, password: form.password }),
  );
  return outcome.token;
}
