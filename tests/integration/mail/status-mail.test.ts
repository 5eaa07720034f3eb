// A workstation of its own (not enrolled with a central server) mails the referring vet
// about their protocol, through a real SMTP server on loopback that requires STARTTLS and a
// login. The vet's portal account, where there is one, chooses the language and which
// statuses are mailed; a vet known only from paper forms gets the defaults in Spanish.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverDueMail } from '../../../src-main/mail/deliver';
import { enqueueMail } from '../../../src-main/mail/outbox';
import { composeStatusMail } from '../../../src-main/mail/status-mail';
import { writeTransaction } from '../../../src-main/db/transaction';
import { silentLogger } from '../../../src-main/logger';
import { newId } from '../../../src-main/ids';
import { startTestSmtpServer, type TestSmtpServer } from '../../helpers/smtp-server';
import {
  cytologyForm,
  histopathologyForm,
  openWorkstation,
  tempDataDir,
  type Workstation,
} from '../../helpers/workstation';
import { accountSettings } from './fixtures';

const login = { user: 'avisos@patologia.example.edu.ar', password: 'clave-del-relay' };

let ws: Workstation;
let smtp: TestSmtpServer;

beforeEach(async () => {
  ws = await openWorkstation();
  smtp = await startTestSmtpServer({ mode: 'starttls', login, dir: tempDataDir('smtp-') });
});

afterEach(async () => {
  await ws?.close();
  await smtp?.close();
});

/** Runs the sender once, as the loop would, against the loopback server. */
async function sendMail(server = smtp) {
  return deliverDueMail({
    db: ws.services.ctx.db,
    clock: ws.services.ctx.clock,
    log: silentLogger,
    settings: accountSettings(server, login),
  });
}

/** The vet's portal account, as registration and verification leave it. */
async function portalAccount(
  protocolId: string,
  choices: { locale?: string; notify?: string[]; active?: boolean; verified?: boolean } = {},
) {
  const db = ws.services.ctx.db;
  const { veterinarian_id } = await db
    .selectFrom('protocols')
    .select('veterinarian_id')
    .where('id', '=', protocolId)
    .executeTakeFirstOrThrow();
  const now = '2026-12-01T12:00:00.000Z';
  await db
    .insertInto('vet_accounts')
    .values({
      id: newId(),
      email: 'laura.gomez@example.org',
      license_key: '1234',
      veterinarian_id,
      password_hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo',
      profile: '{}',
      locale: choices.locale ?? 'es-AR',
      notify: JSON.stringify(choices.notify ?? ['received', 'rejected', 'report_sent']),
      email_verified_at: choices.verified === false ? null : now,
      active: choices.active === false ? 0 : 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

async function outboxCount() {
  const row = await ws.services.ctx.db
    .selectFrom('mail_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('status mail from a workstation of its own', () => {
  it('a received sample is mailed to the vet once, in Spanish, as text and HTML', async () => {
    const { temporaryCode } = await ws.call('protocols.submit', histopathologyForm());
    const received = await ws.call('reception.receive', {
      code: temporaryCode,
      condition: 'acceptable',
      discrepancies: 'Frasco con poco formol',
    });
    expect(received.mailQueued).toBe(true);

    expect((await sendMail()).sent).toBe(1);
    expect((await sendMail()).sent).toBe(0);
    const [mail] = await smtp.waitForMail(1);
    expect(smtp.received).toHaveLength(1);
    expect(mail!.secure).toBe(true);
    expect(mail!.user).toBe(login.user);
    expect(mail!.envelopeTo).toEqual(['laura.gomez@example.org']);
    expect(mail!.subject).toBe('Muestra recibida: protocolo HP 26/001');
    expect(mail!.text).toContain('Estimada/o Laura Gómez:');
    expect(mail!.text).toContain('Se le asignó el número de protocolo HP 26/001');
    expect(mail!.text).toContain(`con el código ${temporaryCode} (Histopatología, Luna)`);
    expect(mail!.text).toContain('Condición de la muestra: Aceptable.');
    expect(mail!.text).toContain('Observaciones de recepción: Frasco con poco formol');
    expect(mail!.text).toContain('Fecha de recepción: 04/12/2026');
    expect(mail!.html).toContain('<html lang="es">');
    expect(mail!.html).toContain('Condición de la muestra: Aceptable.');
    // A workstation serves no portal, so its mail points nowhere.
    expect(mail!.text).not.toMatch(/https?:\/\//);
  });

  it('a vet whose portal account chose English is mailed in English', async () => {
    const { id, temporaryCode } = await ws.call('protocols.submit', histopathologyForm());
    await portalAccount(id, { locale: 'en' });
    await ws.call('reception.receive', { code: temporaryCode, condition: 'optimal' });

    await sendMail();
    const [mail] = await smtp.waitForMail(1);
    expect(mail!.subject).toBe('Sample received: protocol HP 26/001');
    expect(mail!.text).toContain('Dear Laura Gómez,');
    expect(mail!.text).toContain('(Histopathology, Luna)');
    expect(mail!.text).toContain('Sample condition: Optimal.');
    expect(mail!.text).toContain('Veterinary Pathology Laboratory');
    expect(mail!.html).toContain('<html lang="en">');
  });

  it('a vet who turned off "received" gets nothing, and the desk is told so', async () => {
    const { id, temporaryCode } = await ws.call('protocols.submit', histopathologyForm());
    await portalAccount(id, { notify: ['rejected', 'report_sent'] });
    const received = await ws.call('reception.receive', { code: temporaryCode });

    expect(received.mailQueued).toBe(false);
    expect(await outboxCount()).toBe(0);
    expect((await sendMail()).sent).toBe(0);
    expect(smtp.received).toHaveLength(0);
  });

  it('an unverified or deactivated account does not speak for the vet', async () => {
    const first = await ws.call('protocols.submit', histopathologyForm());
    await portalAccount(first.id, { locale: 'en', notify: [], verified: false });
    await ws.call('reception.receive', { code: first.temporaryCode });
    const db = ws.services.ctx.db;
    await db.deleteFrom('vet_accounts').execute();

    const second = await ws.call('protocols.submit', histopathologyForm());
    await portalAccount(second.id, { locale: 'en', notify: [], active: false });
    await ws.call('reception.receive', { code: second.temporaryCode });

    await sendMail();
    const mails = await smtp.waitForMail(2);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      'Muestra recibida: protocolo HP 26/001',
      'Muestra recibida: protocolo HP 26/002',
    ]);
  });

  it('a rejection tells the vet the reason', async () => {
    const { temporaryCode } = await ws.call('protocols.submit', histopathologyForm());
    const rejected = await ws.call('reception.reject', {
      code: temporaryCode,
      reason: 'Frasco roto, sin formol',
    });
    expect(rejected.mailQueued).toBe(true);

    await sendMail();
    const [mail] = await smtp.waitForMail(1);
    expect(mail!.subject).toBe(`Muestra rechazada: ${temporaryCode}`);
    expect(mail!.text).toContain('Motivo: Frasco roto, sin formol');
    expect(mail!.html).toContain('Motivo: Frasco roto, sin formol');
  });

  it('processing and ready reach a vet who asked, accents intact', async () => {
    const { id, temporaryCode } = await ws.call('protocols.submit', cytologyForm());
    await portalAccount(id, { notify: ['received', 'processing', 'ready'] });
    await ws.call('reception.receive', { code: temporaryCode });
    const { slides } = await ws.call('processing.addSlides', { protocol: 'CT 26/001', count: 2 });
    await ws.call('processing.setSlides', { codes: slides.map((s) => s.code), status: 'ready' });

    await sendMail();
    const mails = await smtp.waitForMail(3);
    expect(mails.map((m) => m.subject)).toEqual([
      'Muestra recibida: protocolo CT 26/001',
      'Protocolo CT 26/001: la muestra está en procesamiento',
      'Protocolo CT 26/001: el informe está en redacción',
    ]);
    expect(mails[1]!.text).toContain('ya está en procesamiento');
    expect(mails[2]!.text).toContain('el histopatólogo está redactando el informe');
    expect(mails[2]!.html).toContain('histopatólogo');
    // The subject travelled encoded (RFC 2047), not as raw 8-bit bytes.
    const raw = mails[1]!.headerLines.find((h) => h.key === 'subject')!.line;
    expect(raw).toMatch(/=\?UTF-8\?[BQ]\?/i);
  });

  it('the vet who did not ask for processing mails gets none as the bench works', async () => {
    const { temporaryCode } = await ws.call('protocols.submit', cytologyForm());
    await ws.call('reception.receive', { code: temporaryCode });
    const { slides } = await ws.call('processing.addSlides', { protocol: 'CT 26/001', count: 1 });
    await ws.call('processing.setSlides', { codes: slides.map((s) => s.code), status: 'ready' });

    await sendMail();
    expect(smtp.received.map((m) => m.subject)).toEqual(['Muestra recibida: protocolo CT 26/001']);
  });

  it('a status without a mail of its own gets the general one, in either language', async () => {
    const facts = {
      vet: 'Inés Núñez',
      kind: 'histopathology' as const,
      temporaryCode: 'TMP-HP-20261204-001',
      protocolNumber: 'HP 26/001',
      animal: 'Ñandú',
    };
    const tz = ws.services.ctx.timeZone;
    const spanish = composeStatusMail('es-AR', 'submitted', facts, null, tz);
    const english = composeStatusMail('en', 'submitted', facts, 'https://lab.example/x', tz);
    await writeTransaction(ws.services.ctx.db, async (tx) => {
      for (const [key, mail] of [
        ['es', spanish],
        ['en', english],
      ] as const) {
        await enqueueMail(tx, ws.services.ctx.clock, {
          eventKey: `general-${key}`,
          to: 'ines.nunez@example.org',
          ...mail,
        });
      }
    });

    await sendMail();
    const mails = await smtp.waitForMail(2);
    expect(mails.map((m) => m.subject)).toEqual([
      'Protocolo HP 26/001: nuevo estado «Remitido»',
      'Protocol HP 26/001: new status “Submitted”',
    ]);
    expect(mails[0]!.text).toContain('El protocolo HP 26/001 (Histopatología, Ñandú) pasó');
    expect(mails[1]!.text).toContain('https://lab.example/x');
    expect(mails[1]!.html).toContain('<a href="https://lab.example/x">');
  });

  it('a mail server without STARTTLS is refused; the mail waits, saying why', async () => {
    const plain = await startTestSmtpServer({ mode: 'plain', login, dir: tempDataDir('smtp-') });
    try {
      const { temporaryCode } = await ws.call('protocols.submit', histopathologyForm());
      await ws.call('reception.receive', { code: temporaryCode });

      const report = await sendMail(plain);
      expect(report).toMatchObject({ sent: 0, failed: 1 });
      expect(plain.received).toHaveLength(0);
      expect(plain.logins).toHaveLength(0);
      const row = await ws.services.ctx.db
        .selectFrom('mail_outbox')
        .select(['status', 'last_error'])
        .executeTakeFirstOrThrow();
      expect(row.status).toBe('pending');
      expect(row.last_error).toContain(
        'El servidor no ofrece STARTTLS y la configuración lo exige',
      );
    } finally {
      await plain.close();
    }
  });
});
