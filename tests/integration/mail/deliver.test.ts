import { generateKeyPairSync } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../src-main/db/open';
import { deliverDueMail } from '../../../src-main/mail/deliver';
import { retryNow } from '../../../src-main/mail/outbox';
import { smtpSettingsSchema } from '../../../src-main/mail/smtp-settings';
import { startTestSmtpServer, type TestSmtpServer } from '../../helpers/smtp-server';
import {
  LAB_ADDRESS,
  VET_ADDRESS,
  accountSettings,
  handClock,
  labDatabase,
  localRelaySettings,
  outboxRow,
  queue,
  readableLog,
  receptionNotice,
  removeFolder,
  tempFolder,
  type HandClock,
} from './fixtures';

let dir: string;
let lab: OpenedDatabase;
let clock: HandClock;
let server: TestSmtpServer | undefined;

beforeEach(async () => {
  dir = tempFolder();
  lab = await labDatabase(dir);
  clock = handClock();
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await lab.db.destroy();
  removeFolder(dir);
});

async function localRelay() {
  server = await startTestSmtpServer({ mode: 'plain', dir });
  return server;
}

function senderDeps(settings = server ? localRelaySettings(server) : null) {
  return { db: lab.db, clock, log: readableLog().log, settings };
}

describe('delivering the outbox', () => {
  it('a reception notice reaches the vet with its subject and Spanish text intact', async () => {
    const relay = await localRelay();
    const { id } = await queue(lab.db, clock, receptionNotice());

    const report = await deliverDueMail(senderDeps());

    expect(report).toEqual({ sent: 1, failed: 0, waiting: 0, notConfigured: false });
    const [mail] = relay.received;
    expect(mail?.envelopeTo).toEqual([VET_ADDRESS]);
    expect(mail?.to).toBe(VET_ADDRESS);
    expect(mail?.fromAddress).toBe(LAB_ADDRESS);
    expect(mail?.fromName).toBe('Laboratorio de Patología Veterinaria');
    expect(mail?.subject).toBe('Muestra recibida: protocolo HP 26/014');
    expect(mail?.text).toContain('Estimada Dra. Núñez');
    expect(mail?.text).toContain('canino «Ñandú» (diagnóstico presuntivo: neoplasia mamaria)');
    expect(mail?.html).toContain('<b>HP 26/014</b>');
    expect(mail?.headers.get('auto-submitted')).toBe('auto-generated');

    const row = await outboxRow(lab.db, id);
    expect(row.status).toBe('sent');
    expect(row.sent_at).toBe(clock.now().toISOString());
    expect(row.attempts).toBe(1);
    expect(mail?.messageId).toBe(row.message_id);
  });

  it('lab account mail travels over STARTTLS and logs in with user and password', async () => {
    const login = { user: 'avisos@patologia.example.edu.ar', password: 'Cl@ve con ñ y espacios' };
    server = await startTestSmtpServer({ mode: 'starttls', login, dir });
    await queue(lab.db, clock, receptionNotice());

    const report = await deliverDueMail(senderDeps(accountSettings(server, login)));

    expect(report.sent).toBe(1);
    expect(server.logins).toEqual([
      { username: login.user, password: login.password, secure: true, accepted: true },
    ]);
    expect(server.received[0]?.secure).toBe(true);
    expect(server.received[0]?.user).toBe(login.user);
  });

  it('with the server down mail waits and records each try; back up, it goes once', async () => {
    const relay = await localRelay();
    const settings = localRelaySettings(relay);
    await relay.goOffline();
    const first = await queue(lab.db, clock, receptionNotice());
    const second = await queue(lab.db, clock, receptionNotice({ subject: 'Otra muestra' }));

    const offline = await deliverDueMail(senderDeps(settings));

    expect(offline).toMatchObject({ sent: 0, failed: 1, waiting: 2 });
    let row = await outboxRow(lab.db, first.id);
    expect(row.status).toBe('pending');
    expect(row.attempts).toBe(1);
    expect(row.last_error).toContain(
      `No se pudo conectar al servidor de correo 127.0.0.1:${relay.port}: conexión rechazada`,
    );
    expect(row.last_error).toContain('ECONNREFUSED');
    const firstWait = Date.parse(row.next_attempt_at) - clock.now().getTime();
    expect(firstWait).toBeGreaterThanOrEqual(54_000);
    expect(firstWait).toBeLessThanOrEqual(66_000);

    // Before its next turn the mail is not tried again.
    clock.advanceMinutes(0.5);
    await deliverDueMail(senderDeps(settings));
    expect((await outboxRow(lab.db, first.id)).attempts).toBe(1);

    clock.advanceMinutes(1.5);
    await deliverDueMail(senderDeps(settings));
    row = await outboxRow(lab.db, first.id);
    expect(row.attempts).toBe(2);
    const secondWait = Date.parse(row.next_attempt_at) - clock.now().getTime();
    expect(secondWait).toBeGreaterThanOrEqual(108_000);
    expect(secondWait).toBeLessThanOrEqual(132_000);

    await relay.comeBack();
    clock.advanceMinutes(3);
    const back = await deliverDueMail(senderDeps(settings));
    const again = await deliverDueMail(senderDeps(settings));

    expect(back).toMatchObject({ sent: 2, failed: 0, waiting: 0 });
    expect(again).toMatchObject({ sent: 0, failed: 0, waiting: 0 });
    expect(relay.received.map((m) => m.subject).sort()).toEqual([
      'Muestra recibida: protocolo HP 26/014',
      'Otra muestra',
    ]);
    expect((await outboxRow(lab.db, first.id)).status).toBe('sent');
    expect((await outboxRow(lab.db, second.id)).status).toBe('sent');
  });

  it('two workstations sending from one data folder deliver each mail exactly once', async () => {
    server = await startTestSmtpServer({ mode: 'plain', dir, acceptDelayMs: 15 });
    const settings = localRelaySettings(server);
    const other = await labDatabase(dir);
    try {
      const queued = [];
      for (let i = 0; i < 12; i++) {
        queued.push(await queue(lab.db, clock, receptionNotice({ subject: `Protocolo ${i}` })));
      }

      const [a, b] = await Promise.all([
        deliverDueMail({ db: lab.db, clock, log: readableLog().log, settings }),
        deliverDueMail({ db: other.db, clock, log: readableLog().log, settings }),
      ]);

      expect(a.sent + b.sent).toBe(12);
      // Both really took part: the rows were shared out, not sent by one while the other idled.
      expect(a.sent).toBeGreaterThan(0);
      expect(b.sent).toBeGreaterThan(0);
      expect(server.received).toHaveLength(12);
      const rows = await lab.db.selectFrom('mail_outbox').selectAll().execute();
      expect(new Set(server.received.map((m) => m.messageId))).toEqual(
        new Set(rows.map((r) => r.message_id)),
      );
      expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    } finally {
      await other.db.destroy();
    }
  });

  it('a 5xx refusal fails the mail with a readable reason; it can be resent by hand', async () => {
    const relay = await localRelay();
    relay.refuseNext(1, { code: 550, message: '5.1.1 Mailbox unavailable' });
    const { id } = await queue(lab.db, clock, receptionNotice());

    const refused = await deliverDueMail(senderDeps());

    expect(refused).toMatchObject({ sent: 0, failed: 1, waiting: 0 });
    const row = await outboxRow(lab.db, id);
    expect(row.status).toBe('failed');
    expect(row.last_error).toContain('El servidor de correo rechazó al destinatario');
    expect(row.last_error).toContain('550 5.1.1 Mailbox unavailable');
    expect(relay.received).toHaveLength(0);

    expect(await retryNow(lab.db, clock, id)).toBe(true);
    const retried = await outboxRow(lab.db, id);
    expect(retried.status).toBe('pending');
    expect(retried.next_attempt_at).toBe(clock.now().toISOString());

    const resent = await deliverDueMail(senderDeps());
    expect(resent.sent).toBe(1);
    expect(relay.received[0]?.messageId).toBe(row.message_id);
  });

  it('a message refused after DATA (554) is failed too, not retried forever', async () => {
    const relay = await localRelay();
    relay.refuseNext(1, { code: 554, message: '5.7.1 Message rejected as spam', at: 'data' });
    const { id } = await queue(lab.db, clock, receptionNotice());

    await deliverDueMail(senderDeps());

    const row = await outboxRow(lab.db, id);
    expect(row.status).toBe('failed');
    expect(row.last_error).toContain('El servidor de correo rechazó el mensaje');
  });

  it('a temporary refusal (4xx) is tried again later, not given up', async () => {
    const relay = await localRelay();
    relay.refuseNext(1, { code: 451, message: '4.7.1 Greylisted, try again later' });
    const { id } = await queue(lab.db, clock, receptionNotice());

    const report = await deliverDueMail(senderDeps());

    expect(report).toMatchObject({ sent: 0, failed: 1, waiting: 1 });
    const row = await outboxRow(lab.db, id);
    expect(row.status).toBe('pending');
    expect(row.last_error).toContain('pidió reintentar más tarde');
    expect(row.last_error).toContain('451');

    clock.advanceMinutes(2);
    expect((await deliverDueMail(senderDeps())).sent).toBe(1);
    expect(relay.received).toHaveLength(1);
  });

  it('with no mail server configured nothing is sent and mail waits in the outbox', async () => {
    const relay = await localRelay();
    const { id } = await queue(lab.db, clock, receptionNotice());

    const report = await deliverDueMail(senderDeps(null));

    expect(report).toEqual({ sent: 0, failed: 0, waiting: 1, notConfigured: true });
    expect(relay.connections).toBe(0);
    const row = await outboxRow(lab.db, id);
    expect(row.status).toBe('pending');
    expect(row.attempts).toBe(0);

    expect((await deliverDueMail(senderDeps())).sent).toBe(1);
  });

  it('mail left half-sent by a workstation that shut down goes out, same Message-ID', async () => {
    const relay = await localRelay();
    const { id } = await queue(lab.db, clock, receptionNotice());
    const claimedLongAgo = new Date(clock.now().getTime() - 60_000).toISOString();
    await lab.db
      .updateTable('mail_outbox')
      .set({ status: 'sending', next_attempt_at: claimedLongAgo })
      .where('id', '=', id)
      .execute();

    const report = await deliverDueMail(senderDeps());

    expect(report.sent).toBe(1);
    const row = await outboxRow(lab.db, id);
    expect(row.status).toBe('sent');
    expect(relay.received[0]?.messageId).toBe(row.message_id);
  });

  it('a mail another workstation is sending right now is left to it', async () => {
    const relay = await localRelay();
    const { id } = await queue(lab.db, clock, receptionNotice());
    const claimRunsUntil = new Date(clock.now().getTime() + 5 * 60_000).toISOString();
    await lab.db
      .updateTable('mail_outbox')
      .set({ status: 'sending', next_attempt_at: claimRunsUntil })
      .where('id', '=', id)
      .execute();

    const report = await deliverDueMail(senderDeps());

    expect(report).toMatchObject({ sent: 0, failed: 0, waiting: 1 });
    expect(relay.connections).toBe(0);
    expect((await outboxRow(lab.db, id)).status).toBe('sending');
  });

  it('a mail nobody could deliver for a week is marked failed, and says so', async () => {
    const relay = await localRelay();
    const settings = localRelaySettings(relay);
    await relay.goOffline();
    const { id } = await queue(lab.db, clock, receptionNotice());

    for (let day = 0; day < 8; day++) {
      await deliverDueMail(senderDeps(settings));
      expect((await outboxRow(lab.db, id)).status).toBe(day < 7 ? 'pending' : 'failed');
      clock.advanceDays(1);
    }

    const row = await outboxRow(lab.db, id);
    expect(row.last_error).toMatch(/^No se pudo entregar en 7 días: No se pudo conectar/);
  });

  it('a workstation switched off for a week still tries a few times before giving up', async () => {
    const relay = await localRelay();
    const settings = localRelaySettings(relay);
    await relay.goOffline();
    const { id } = await queue(lab.db, clock, receptionNotice());

    clock.advanceDays(8);
    await deliverDueMail(senderDeps(settings));

    const row = await outboxRow(lab.db, id);
    expect(row.status).toBe('pending');
    expect(row.attempts).toBe(1);
  });

  it('the log names the recipient domain and outcome, never the address or text', async () => {
    await localRelay();
    const { id } = await queue(lab.db, clock, receptionNotice());
    const { log, lines } = readableLog();

    await deliverDueMail({ ...senderDeps(), log });

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      outboxId: id,
      recipientDomain: 'veterinaria-sur.example.com.ar',
      outcome: 'sent',
    });
    expect(typeof lines[0]?.durationMs).toBe('number');
    const written = JSON.stringify(lines);
    expect(written).not.toContain('dra.nunez');
    expect(written).not.toContain('Ñandú');
    expect(written).not.toContain('HP 26/014');
  });

  it('with DKIM configured, mail leaves signed for the lab domain', async () => {
    const relay = await localRelay();
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const settings = smtpSettingsSchema.parse({
      ...localRelaySettings(relay),
      dkim: { domainName: 'patologia.example.edu.ar', keySelector: 'patolab', privateKey },
    });
    await queue(lab.db, clock, receptionNotice());

    await deliverDueMail(senderDeps(settings));

    const signature = relay.received[0]?.headerLines.find((h) => h.key === 'dkim-signature');
    expect(signature?.line).toMatch(/\bd=patologia\.example\.edu\.ar;/);
    expect(signature?.line).toMatch(/\bs=patolab;/);
  });
});
