// What the mail tests share: a lab database in a temporary folder, a clock the test moves by
// hand, a notice as the reception desk would queue it, settings for the loopback server, and
// a real pino logger whose lines the test can read.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { Clock } from '../../../src-main/clock';
import { openDatabase, type OpenedDatabase } from '../../../src-main/db/open';
import { writeTransaction } from '../../../src-main/db/transaction';
import { enqueueMail, type OutgoingMail } from '../../../src-main/mail/outbox';
import { smtpSettingsSchema, type SmtpSettings } from '../../../src-main/mail/smtp-settings';
import type { MailLog } from '../../../src-main/mail/deliver';
import type { TestSmtpServer } from '../../helpers/smtp-server';

export const LAB_ADDRESS = 'avisos@patologia.example.edu.ar';
export const VET_ADDRESS = 'dra.nunez@veterinaria-sur.example.com.ar';

export function tempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'patolab-mail-'));
}

export function removeFolder(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export async function labDatabase(dir: string): Promise<OpenedDatabase> {
  return openDatabase(path.join(dir, 'data'));
}

export interface HandClock extends Clock {
  advanceMinutes(minutes: number): void;
  advanceDays(days: number): void;
}

export function handClock(startIso = '2026-03-10T13:00:00.000Z'): HandClock {
  let ms = Date.parse(startIso);
  return {
    now: () => new Date(ms),
    advanceMinutes: (minutes) => {
      ms += minutes * 60_000;
    },
    advanceDays: (days) => {
      ms += days * 24 * 60 * 60_000;
    },
  };
}

let notices = 0;

/** A reception notice as the desk queues it; each call is a new event unless told otherwise. */
export function receptionNotice(overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  notices++;
  return {
    eventKey: `protocol.received:test-${notices}-${Date.now()}`,
    to: VET_ADDRESS,
    subject: 'Muestra recibida: protocolo HP 26/014',
    text:
      'Estimada Dra. Núñez:\n\nRecibimos en buen estado la muestra del canino «Ñandú» ' +
      '(diagnóstico presuntivo: neoplasia mamaria). Número de protocolo: HP 26/014.\n\n' +
      'Laboratorio de Patología Veterinaria',
    html: '<p>Recibimos la muestra del canino «Ñandú». Protocolo <b>HP 26/014</b>.</p>',
    ...overrides,
  };
}

/** Queues mail the way a reception does: inside its write transaction. */
export async function queue(db: OpenedDatabase['db'], clock: Clock, mail: OutgoingMail) {
  return writeTransaction(db, (tx) => enqueueMail(tx, clock, mail));
}

export async function outboxRow(db: OpenedDatabase['db'], id: string) {
  return db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** A relay on this machine, no STARTTLS, no login. */
export function localRelaySettings(server: TestSmtpServer): SmtpSettings {
  return smtpSettingsSchema.parse({
    host: server.host,
    port: server.port,
    requireStartTls: false,
    fromAddress: LAB_ADDRESS,
  });
}

/** The lab's mail account: STARTTLS required, login, a self-signed test certificate. */
export function accountSettings(
  server: TestSmtpServer,
  login: { user: string; password: string },
): SmtpSettings {
  return smtpSettingsSchema.parse({
    host: server.host,
    port: server.port,
    user: login.user,
    password: login.password,
    fromAddress: LAB_ADDRESS,
    tlsRejectUnauthorized: false,
  });
}

export interface LogLine {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

export function readableLog(): { log: MailLog; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const log = pino(
    { level: 'info', base: null },
    { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) },
  );
  return { log, lines };
}
