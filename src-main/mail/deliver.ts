// Sends what the outbox holds. Runs beside the services, never inside a request, and must
// never send one row twice while it is healthy nor give up on a mail quietly: a mail that
// cannot go waits with a growing pause between tries for days, then shows as failed, where a
// person can send it again. The log gets the recipient's domain, never the address or text.
// A report mail carries the signed PDF, read when it is sent, and its acceptance is what makes
// the protocol `report_sent` (report-delivery.ts).

import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type { SendMailOptions } from 'nodemailer';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Clock } from '../clock';
import type { ServiceContext } from '../context';
import type { Database, MailOutboxTable } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import { newMessageId } from './outbox';
import { reportAccepted, reportAttachment } from './report-delivery';
import type { SmtpSettings } from './smtp-settings';
import { withoutTokens } from '../portal/links';

export type MailLog = Pick<Logger, 'info' | 'warn' | 'error'>;

export interface MailTransport {
  sendMail(message: SendMailOptions): Promise<{ messageId: string; response?: string }>;
  close(): void;
}

export type TransportFactory = (settings: SmtpSettings) => MailTransport;

export interface MailSenderDeps {
  db: Kysely<Database>;
  clock: Clock;
  log: MailLog;
  settings: SmtpSettings | null;
  transportFactory?: TransportFactory;
  /**
   * The lab's services, which a report mail needs: its acceptance moves the protocol to
   * report_sent, recorded for sync. A sender without them leaves report mail waiting for
   * one that has them rather than send a report the lab's records would not know was sent.
   */
  ctx?: ServiceContext;
}

export interface DeliveryReport {
  sent: number;
  /** mails tried in this run that did not go, whether they wait for a retry or were given up */
  failed: number;
  /** mails still to go after this run (waiting or being sent) */
  waiting: number;
  notConfigured: boolean;
}

const DEFAULT_LIMIT = 50;

// A lab server answers in well under a second; these only bound how long a dead or
// firewalled one can hold a run.
const CONNECTION_TIMEOUT_MS = 10_000;
const GREETING_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 30_000;

// A claimed row carries the end of its claim in next_attempt_at. It must outlast the
// slowest send the timeouts above allow, or a live sender's row would be taken from it.
const CLAIM_MS = 10 * 60_000;

const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 60 * 60_000;
const GIVE_UP_AFTER_MS = 7 * 24 * 60 * 60_000;
// A workstation switched off for a week must not give up on its first try after switching
// on: a mail is given up only after this many tries as well as seven days.
const TRIES_BEFORE_GIVING_UP = 5;

const AUTO_SUBMITTED = { 'Auto-Submitted': 'auto-generated' };

/** An SMTP failure worded for the lab, with the technical detail kept apart. */
export class MailSendError extends Error {
  override name = 'MailSendError';
  readonly detail: string;
  /** the server refused this mail for good: retrying the same mail cannot help */
  readonly permanent: boolean;
  /** about the server or the settings, not this mail: the other mail would fail the same way */
  readonly affectsAllMail: boolean;
  readonly code: string | undefined;
  readonly responseCode: number | undefined;

  constructor(
    message: string,
    facts: {
      detail: string;
      permanent: boolean;
      affectsAllMail: boolean;
      code?: string;
      responseCode?: number;
      cause?: unknown;
    },
  ) {
    super(message, { cause: facts.cause });
    this.detail = facts.detail;
    this.permanent = facts.permanent;
    this.affectsAllMail = facts.affectsAllMail;
    this.code = facts.code;
    this.responseCode = facts.responseCode;
  }
}

function createSmtpTransport(settings: SmtpSettings): MailTransport {
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: !settings.secure && settings.requireStartTls,
    auth: settings.user ? { user: settings.user, pass: settings.password } : undefined,
    tls: { rejectUnauthorized: settings.tlsRejectUnauthorized },
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: GREETING_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
    dkim: settings.dkim,
  });
}

function sender(settings: SmtpSettings) {
  return { name: settings.fromName, address: settings.fromAddress };
}

function serverName(settings: SmtpSettings): string {
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  return `${host}:${settings.port}`;
}

function recipientDomain(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

interface SmtpErrorFacts {
  message: string;
  code?: string;
  originalCode?: string;
  responseCode?: number;
  permanent?: boolean;
  command?: string;
}

function factsOf(error: unknown): SmtpErrorFacts {
  if (!(error instanceof Error)) return { message: String(error) };
  const e = error as Error & Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    message: e.message,
    code: text(e.code),
    originalCode: text(e.originalCode),
    responseCode: typeof e.responseCode === 'number' ? e.responseCode : undefined,
    permanent: typeof e.permanent === 'boolean' ? e.permanent : undefined,
    command: text(e.command),
  };
}

const CERTIFICATE_PROBLEM = /certificate|CERT_|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/i;
const NO_ROUTE = ['EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EHOSTDOWN'];

/** Turns what nodemailer throws into a sentence for the lab and a decision for the outbox. */
function explainSendError(error: unknown, settings: SmtpSettings): MailSendError {
  if (error instanceof MailSendError) return error;
  const f = factsOf(error);
  const server = serverName(settings);
  const codes = [f.code, f.originalCode].filter(Boolean).join('/');
  const detail = `${codes ? `${codes}: ` : ''}${f.message}`.slice(0, 500);
  const about = (message: string, scope: 'mail' | 'server', permanent = false) =>
    new MailSendError(message, {
      detail,
      permanent,
      affectsAllMail: scope === 'server',
      code: f.originalCode ?? f.code,
      responseCode: f.responseCode,
      cause: error,
    });
  const reply = f.responseCode ? ` (respuesta ${f.responseCode})` : '';

  if (f.code === 'EENVELOPE' && f.command === 'API') {
    return about('La dirección del destinatario no es válida', 'mail', true);
  }
  if (f.code === 'EMESSAGE' && !f.responseCode) {
    return /larger than allowed/i.test(f.message)
      ? about('El mensaje supera el tamaño que acepta el servidor de correo', 'mail', true)
      : about('El mensaje no se puede enviar tal como está', 'mail', true);
  }
  if (f.command === 'RCPT TO') {
    return f.permanent
      ? about(`El servidor de correo rechazó al destinatario${reply}`, 'mail', true)
      : about(`El servidor de correo pidió reintentar más tarde${reply}`, 'mail');
  }
  if (f.command === 'DATA') {
    return f.permanent
      ? about(`El servidor de correo rechazó el mensaje${reply}`, 'mail', true)
      : about(`El servidor de correo pidió reintentar más tarde${reply}`, 'mail');
  }
  if (f.command === 'MAIL FROM') {
    // The sender is the lab's own address: a refusal is a settings problem that a person
    // fixes once for every mail, not a reason to give up on this one.
    return f.permanent
      ? about(
          `El servidor de correo no acepta mensajes del remitente ${settings.fromAddress}${reply}`,
          'server',
        )
      : about(`El servidor de correo pidió reintentar más tarde${reply}`, 'server');
  }
  if (f.code === 'ENOAUTH' || (f.code === 'EAUTH' && /missing credentials/i.test(f.message))) {
    return about(
      'El servidor de correo pide usuario y contraseña, y no están configurados',
      'server',
    );
  }
  if (f.code === 'EAUTH') {
    return about('El servidor rechazó el usuario o la contraseña', 'server');
  }
  if (f.code === 'ETLS' && f.responseCode) {
    return about('El servidor no ofrece STARTTLS y la configuración lo exige', 'server');
  }
  if (CERTIFICATE_PROBLEM.test(`${f.originalCode ?? ''} ${f.message}`)) {
    return about(
      `El certificado del servidor de correo ${server} no es válido o no es de confianza`,
      'server',
    );
  }
  if (/wrong version number|WRONG_VERSION/i.test(`${f.originalCode ?? ''} ${f.message}`)) {
    return about(
      `El servidor de correo ${server} no usa TLS directo; pruebe smtp:// con STARTTLS ` +
        `en el puerto 587`,
      'server',
    );
  }
  if (f.code === 'ETLS') {
    return about(`No se pudo cifrar la conexión con el servidor de correo ${server}`, 'server');
  }
  if (f.code === 'EDNS') {
    return about(
      `No se encontró el servidor de correo ${settings.host} ` +
        `(¿nombre mal escrito o sin conexión a internet?)`,
      'server',
    );
  }
  if (f.originalCode === 'ECONNREFUSED') {
    return about(
      `No se pudo conectar al servidor de correo ${server}: conexión rechazada`,
      'server',
    );
  }
  if (f.originalCode && NO_ROUTE.includes(f.originalCode)) {
    return about(
      `No se pudo conectar al servidor de correo ${server}: no hay conexión de red hasta él`,
      'server',
    );
  }
  if (f.code === 'ETIMEDOUT') {
    return about(`El servidor de correo ${server} no respondió a tiempo`, 'server');
  }
  if (f.code === 'ECONNECTION' || f.originalCode === 'ECONNRESET') {
    return about(`Se cortó la conexión con el servidor de correo ${server}`, 'server');
  }
  if (f.code === 'ESOCKET') {
    return about(`No se pudo conectar al servidor de correo ${server}`, 'server');
  }
  return about('No se pudo enviar el correo', 'server');
}

function retryDelayMs(attempts: number): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
  // Up to 10% either way, so mail held back by one outage does not all return in one burst.
  return Math.round(base * (0.9 + Math.random() * 0.2));
}

async function countWaiting(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('mail_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', ['pending', 'sending'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * A row still 'sending' after its claim ran out belongs to a process that died mid-send.
 * Putting it back can send a message twice, when the server had accepted it just before
 * the crash; both copies carry the row's Message-ID, so receiving servers and mail clients
 * can recognise the second. A duplicate the receiver can spot is better than a lost mail.
 */
async function releaseAbandonedClaims(db: Kysely<Database>, clock: Clock, log: MailLog) {
  const now = clock.now().toISOString();
  const released = await db
    .updateTable('mail_outbox')
    .set((eb) => ({
      status: 'pending',
      attempts: eb('attempts', '+', 1),
      next_attempt_at: now,
      last_error: 'El envío anterior quedó interrumpido (el programa se cerró mientras enviaba)',
    }))
    .where('status', '=', 'sending')
    .where('next_attempt_at', '<=', now)
    .returning('id')
    .execute();
  for (const row of released) {
    log.warn({ outboxId: row.id, outcome: 'claim-expired' }, 'interrupted mail put back in line');
  }
}

/**
 * Takes the oldest due mail for this sender. One statement does the choosing and the
 * taking, and the status guard makes it a no-op if another sender took the row first.
 * It is deliberately not a multi-statement transaction: one that held the write lock across
 * awaits would stall a second connection in the same process until its busy timeout.
 */
async function claimNextDue(
  db: Kysely<Database>,
  clock: Clock,
  options: { reports: boolean },
): Promise<MailOutboxTable | undefined> {
  const now = clock.now();
  return db
    .updateTable('mail_outbox')
    .set({
      status: 'sending',
      next_attempt_at: new Date(now.getTime() + CLAIM_MS).toISOString(),
    })
    .where('status', '=', 'pending')
    .where('id', '=', (eb) => {
      let due = eb
        .selectFrom('mail_outbox')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now.toISOString());
      if (!options.reports) due = due.where('report_version_id', 'is', null);
      return due.orderBy('created_at').orderBy('id').limit(1);
    })
    .returningAll()
    .executeTakeFirst();
}

/** The signed PDF a report mail carries; a mail without it fails instead of going bare. */
async function attachmentsOf(db: Kysely<Database>, row: MailOutboxTable) {
  if (!row.report_version_id) return undefined;
  const found = await reportAttachment(db, row.report_version_id);
  if ('problem' in found) {
    throw new MailSendError(found.problem, {
      detail: `report version ${row.report_version_id}`,
      permanent: true,
      affectsAllMail: false,
    });
  }
  return [found.attachment];
}

/**
 * Marks an accepted mail sent. A report mail's protocol moves to report_sent in the same
 * transaction, so the two are never seen apart.
 */
async function recordSent(
  db: Kysely<Database>,
  clock: Clock,
  row: MailOutboxTable,
  ctx: ServiceContext | undefined,
): Promise<void> {
  const markSent = (tx: Kysely<Database>) =>
    tx
      .updateTable('mail_outbox')
      .set({
        status: 'sent',
        attempts: row.attempts + 1,
        sent_at: clock.now().toISOString(),
        last_error: null,
        text_body: withoutTokens(row.text_body),
        html_body: row.html_body && withoutTokens(row.html_body),
      })
      .where('id', '=', row.id)
      .where('status', '=', 'sending')
      .executeTakeFirst();

  const versionId = row.report_version_id;
  if (!versionId || !ctx) {
    await markSent(db);
    return;
  }
  await writeTransaction(db, async (tx) => {
    const marked = await markSent(tx);
    if (marked.numUpdatedRows > 0n) await reportAccepted(tx, ctx, versionId);
  });
}

async function recordFailure(
  db: Kysely<Database>,
  clock: Clock,
  row: MailOutboxTable,
  problem: MailSendError,
): Promise<'retry' | 'failed'> {
  const now = clock.now();
  const attempts = row.attempts + 1;
  const waitedMs = now.getTime() - Date.parse(row.created_at);
  const tooLong = waitedMs >= GIVE_UP_AFTER_MS && attempts >= TRIES_BEFORE_GIVING_UP;
  const giveUp = problem.permanent || tooLong;
  const reason = `${problem.message} (${problem.detail})`;
  const lastError =
    tooLong && !problem.permanent ? `No se pudo entregar en 7 días: ${reason}` : reason;
  const retryAt = now.getTime() + (giveUp ? 0 : retryDelayMs(attempts));

  await db
    .updateTable('mail_outbox')
    .set({
      status: giveUp ? 'failed' : 'pending',
      attempts,
      next_attempt_at: new Date(retryAt).toISOString(),
      last_error: lastError,
    })
    .where('id', '=', row.id)
    .where('status', '=', 'sending')
    .execute();
  return giveUp ? 'failed' : 'retry';
}

/**
 * Sends every due mail, one at a time, up to `limit`. Safe to run from two processes on one
 * data folder at once: each row is claimed by one of them. Never throws for a mail that
 * could not go; it records why on the row.
 */
export async function deliverDueMail(
  deps: MailSenderDeps,
  opts: { limit?: number } = {},
): Promise<DeliveryReport> {
  const { db, clock, log, settings } = deps;
  if (!settings) {
    return { sent: 0, failed: 0, waiting: await countWaiting(db), notConfigured: true };
  }

  await releaseAbandonedClaims(db, clock, log);

  const transport = (deps.transportFactory ?? createSmtpTransport)(settings);
  let sent = 0;
  let failed = 0;
  try {
    for (let n = 0; n < (opts.limit ?? DEFAULT_LIMIT); n++) {
      const row = await claimNextDue(db, clock, { reports: deps.ctx !== undefined });
      if (!row) break;

      const started = performance.now();
      const logged = { outboxId: row.id, recipientDomain: recipientDomain(row.to_address) };
      try {
        await transport.sendMail({
          from: sender(settings),
          to: row.to_address,
          subject: row.subject,
          text: row.text_body,
          html: row.html_body ?? undefined,
          attachments: await attachmentsOf(db, row),
          messageId: row.message_id,
          // Asks vacation responders and ticket systems not to answer an automatic notice.
          headers: AUTO_SUBMITTED,
        });
      } catch (error) {
        const problem = explainSendError(error, settings);
        const outcome = await recordFailure(db, clock, row, problem);
        failed++;
        log.warn(
          {
            ...logged,
            outcome,
            durationMs: Math.round(performance.now() - started),
            errorCode: problem.code,
            responseCode: problem.responseCode,
          },
          'mail not delivered',
        );
        // The server or the settings are at fault: every other mail would fail the same
        // way, each after its own timeout, so they wait for the next run instead.
        if (problem.affectsAllMail) break;
        continue;
      }

      await recordSent(db, clock, row, deps.ctx);
      sent++;
      log.info(
        { ...logged, outcome: 'sent', durationMs: Math.round(performance.now() - started) },
        'mail delivered',
      );
    }
  } finally {
    transport.close();
  }

  return { sent, failed, waiting: await countWaiting(db), notConfigured: false };
}

export interface MailSender {
  /** Waits for a run in progress to end; no run starts after. */
  stop(): Promise<void>;
  /** Runs as soon as possible, e.g. right after a reception that queued mail commits. */
  kick(): void;
}

/**
 * Runs deliverDueMail every `intervalMs` and whenever kicked, one run at a time. Settings may
 * be a function, read before each run, so a change on the settings screen applies without a
 * restart.
 */
export function startMailSender(
  deps: Omit<MailSenderDeps, 'settings'> & {
    settings: SmtpSettings | null | (() => Promise<SmtpSettings | null>);
  },
  options: { intervalMs: number },
): MailSender {
  let stopped = false;
  let running: Promise<void> | undefined;
  let kickedWhileRunning = false;
  let timer: NodeJS.Timeout | undefined;

  const runOnce = async () => {
    try {
      const settings = typeof deps.settings === 'function' ? await deps.settings() : deps.settings;
      const report = await deliverDueMail({ ...deps, settings });
      if (report.sent > 0 || report.failed > 0) {
        deps.log.info({ ...report }, 'mail run finished');
      }
    } catch (error) {
      deps.log.error({ err: error }, 'mail run failed; the next run will try again');
    }
  };

  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(run, delayMs);
    // The sender alone must not keep a command-line process alive.
    timer.unref();
  };

  function run() {
    if (stopped) return;
    if (running) {
      kickedWhileRunning = true;
      return;
    }
    clearTimeout(timer);
    running = (async () => {
      do {
        kickedWhileRunning = false;
        await runOnce();
      } while (kickedWhileRunning && !stopped);
    })().finally(() => {
      running = undefined;
      schedule(options.intervalMs);
    });
  }

  schedule(0);
  return {
    kick: run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

const TEST_SUBJECT = 'Correo de prueba de Patolab';
const TEST_TEXT =
  'Este es un correo de prueba enviado desde Patolab para comprobar la configuración ' +
  'del servidor de correo.\n\nSi lo recibió, el laboratorio ya puede enviar avisos por correo.';

/**
 * The settings screen's "send test mail": sends at once, outside the outbox, and answers in
 * Spanish what happened. Throws a MailSendError whose message can be shown as is.
 */
export async function sendTestMail(
  settings: SmtpSettings,
  to: string,
  transportFactory: TransportFactory = createSmtpTransport,
): Promise<{ message: string }> {
  const address = to.trim();
  if (!z.email().safeParse(address).success) {
    throw new MailSendError(`"${address}" no es una dirección de correo válida`, {
      detail: 'invalid address',
      permanent: true,
      affectsAllMail: false,
    });
  }

  const transport = transportFactory(settings);
  try {
    await transport.sendMail({
      from: sender(settings),
      to: address,
      subject: TEST_SUBJECT,
      text: TEST_TEXT,
      messageId: newMessageId(),
      headers: AUTO_SUBMITTED,
    });
  } catch (error) {
    throw explainSendError(error, settings);
  } finally {
    transport.close();
  }
  return {
    message:
      `El servidor de correo ${serverName(settings)} aceptó el correo de prueba para ` +
      `${address}. Si no llega en unos minutos, revise la carpeta de correo no deseado.`,
  };
}
