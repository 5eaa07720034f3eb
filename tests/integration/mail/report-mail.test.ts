// The signed report, mailed by a workstation of its own (not enrolled with a central server)
// through a real SMTP server on loopback that requires STARTTLS and a login: once per signed
// version, with the very PDF that was signed attached, whatever the vet chose about status
// notices. The protocol is `report_sent` only once the mail server accepted the mail.

import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, type Clock } from '../../../src-main/clock';
import { deliverDueMail } from '../../../src-main/mail/deliver';
import { smtpSettingsSchema } from '../../../src-main/mail/smtp-settings';
import { silentLogger } from '../../../src-main/logger';
import { newId } from '../../../src-main/ids';
import { signReport } from '../../helpers/report-version';
import {
  startTestSmtpServer,
  type ReceivedMail,
  type TestSmtpServer,
} from '../../helpers/smtp-server';
import {
  cytologyForm,
  openWorkstation,
  tempDataDir,
  type Workstation,
} from '../../helpers/workstation';

const login = { user: 'avisos@patologia.example.edu.ar', password: 'clave-del-relay' };
const VET = 'laura.gomez@example.org';

let ws: Workstation;
let smtp: TestSmtpServer;
let refusing: TestSmtpServer | undefined;

beforeEach(async () => {
  ws = await openWorkstation();
  smtp = await startTestSmtpServer({ mode: 'starttls', login, dir: tempDataDir('smtp-') });
});

afterEach(async () => {
  await ws?.close();
  await smtp?.close();
  await refusing?.close();
  refusing = undefined;
});

function settingsFor(server: { host: string; port: number }) {
  return smtpSettingsSchema.parse({
    host: server.host,
    port: server.port,
    user: login.user,
    password: login.password,
    fromAddress: login.user,
    tlsRejectUnauthorized: false,
  });
}

/** One run of the sender, as the services' loop runs it. */
function sendMail(options: { server?: { host: string; port: number }; clock?: Clock } = {}) {
  const { ctx } = ws.services;
  return deliverDueMail({
    db: ctx.db,
    clock: options.clock ?? ctx.clock,
    log: silentLogger,
    settings: settingsFor(options.server ?? smtp),
    ctx,
  });
}

/** A cytology protocol received and with its slide ready for the pathologist. */
async function readyProtocol(): Promise<string> {
  const { id, temporaryCode } = await ws.call('protocols.submit', cytologyForm());
  await ws.call('reception.receive', { code: temporaryCode });
  const { slides } = await ws.call('processing.addSlides', { protocol: 'CT 26/001', count: 1 });
  await ws.call('processing.setSlides', { codes: slides.map((s) => s.code), status: 'ready' });
  return id;
}

/** The vet's portal account, as registration and verification leave it. */
async function portalAccount(protocolId: string, choices: { locale: string; notify: string[] }) {
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
      email: VET,
      license_key: '1234',
      veterinarian_id,
      password_hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo',
      profile: '{}',
      locale: choices.locale,
      notify: JSON.stringify(choices.notify),
      email_verified_at: now,
      active: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

const reportMails = (mails: ReceivedMail[]) => mails.filter((m) => m.attachments.length > 0);

async function protocolStatus(id: string) {
  const row = await ws.services.ctx.db
    .selectFrom('protocols')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.status;
}

async function reportSentHistory(id: string) {
  return ws.services.ctx.db
    .selectFrom('status_history')
    .select(['id', 'from_status', 'changed_by', 'reason'])
    .where('protocol_id', '=', id)
    .where('to_status', '=', 'report_sent')
    .execute();
}

async function reportDelivery(versionId: string) {
  return ws.services.ctx.db
    .selectFrom('mail_outbox')
    .select(['id', 'status', 'attempts', 'last_error', 'subject'])
    .where('report_version_id', '=', versionId)
    .executeTakeFirstOrThrow();
}

describe('the signed report mailed from a workstation of its own', () => {
  it('reaches the vet once, with the signed PDF attached byte for byte and the subject encoded', async () => {
    const id = await readyProtocol();
    const signed = await signReport(ws.services, id);
    expect(signed.mailQueued).toBe(true);

    await sendMail();
    await sendMail();
    // The workstation is switched off and on: what went does not go again.
    const dataDir = ws.dataDir;
    await ws.close();
    ws = await openWorkstation({ dataDir });
    await sendMail();

    const mails = reportMails(smtp.received);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.secure).toBe(true);
    expect(mail!.user).toBe(login.user);
    expect(mail!.envelopeTo).toEqual([VET]);
    expect(mail!.subject).toBe('Informe citológico disponible: CT 26/001');
    // Accents travel as an RFC 2047 encoded word, not as raw 8-bit bytes.
    const rawSubject = /^Subject:(.*(?:\r\n[ \t].*)*)/im.exec(mail!.raw.toString('latin1'))![1]!;
    expect(rawSubject).toMatch(/=\?UTF-8\?[BQ]\?/i);
    expect(rawSubject).not.toMatch(/[^\x20-\x7e\r\n\t]/);

    expect(mail!.text).toContain('Estimada/o Laura Gómez:');
    expect(mail!.text).toContain(
      'Le enviamos adjunto el informe citológico del protocolo CT 26/001 (Luna), ' +
        'firmado por Dra. Ana Pérez el 04/12/2026 a las 10:00.',
    );
    expect(mail!.text).not.toMatch(/https?:\/\//);
    expect(mail!.html).toContain('informe citológico');

    const [pdf] = mail!.attachments;
    expect(pdf!.filename).toBe('Informe CT 26-001 v1.pdf');
    expect(pdf!.contentType).toBe('application/pdf');
    const stored = await ws.services.ctx.db
      .selectFrom('report_versions')
      .select(['pdf', 'pdf_sha256'])
      .where('id', '=', signed.id)
      .executeTakeFirstOrThrow();
    expect(pdf!.content.equals(Buffer.from(stored.pdf, 'base64'))).toBe(true);
    expect(pdf!.content.equals(signed.pdf)).toBe(true);
    expect(createHash('sha256').update(pdf!.content).digest('hex')).toBe(stored.pdf_sha256);

    // The outbox names the version; the PDF is not copied into it.
    const row = await ws.services.ctx.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('report_version_id', '=', signed.id)
      .executeTakeFirstOrThrow();
    expect(row.event_key).toBe(`report.${signed.id}`);
    expect(JSON.stringify(row)).not.toContain(stored.pdf.slice(0, 200));
  });

  it('once the mail server accepts it, the protocol is report_sent with one history row, queued for sync', async () => {
    const id = await readyProtocol();
    const signed = await signReport(ws.services, id);
    expect(await protocolStatus(id)).toBe('ready');

    expect((await sendMail()).sent).toBeGreaterThan(0);
    expect(await protocolStatus(id)).toBe('report_sent');
    const history = await reportSentHistory(id);
    expect(history).toEqual([
      {
        id: expect.any(String),
        from_status: 'ready',
        changed_by: 'Envío de correo',
        reason: 'Informe versión 1 aceptado por el servidor de correo',
      },
    ]);
    expect(await reportDelivery(signed.id)).toMatchObject({ status: 'sent', attempts: 1 });

    const travelling = await ws.services.ctx.db
      .selectFrom('sync_outbox')
      .select(['entity', 'row_id', 'data'])
      .where('row_id', 'in', [id, history[0]!.id])
      .execute();
    expect(travelling).toContainEqual({
      entity: 'status_history',
      row_id: history[0]!.id,
      data: expect.stringContaining('"to_status":"report_sent"'),
    });
    const statusChange = travelling.find(
      (c) => c.entity === 'protocol' && c.data.includes('report_sent'),
    );
    expect(JSON.parse(statusChange!.data)).toMatchObject({ status: 'report_sent' });

    const audit = await ws.services.ctx.db
      .selectFrom('audit_log')
      .select(['actor', 'details'])
      .where('action', '=', 'protocol.status')
      .where('entity_id', '=', id)
      .execute();
    expect(audit.map((a) => JSON.parse(a.details).to)).toContain('report_sent');

    // The report's own mail replaced the old "report sent" notice: none is queued.
    const keys = await ws.services.ctx.db.selectFrom('mail_outbox').select('event_key').execute();
    expect(keys.map((k) => k.event_key)).not.toContain(`protocol.report_sent:${id}`);
  });

  it('refused for good (5xx), the report leaves the protocol ready and the delivery failed', async () => {
    refusing = await startTestSmtpServer({ mode: 'starttls', login, dir: tempDataDir('smtp-') });
    const id = await readyProtocol();
    // The reception notice goes first and is accepted; the report is refused.
    await sendMail({ server: refusing });
    const signed = await signReport(ws.services, id);
    refusing.refuseNext(1, { code: 550, message: 'Mailbox unavailable: casilla inexistente' });

    const report = await sendMail({ server: refusing });
    expect(report).toMatchObject({ sent: 0, failed: 1 });
    expect(await protocolStatus(id)).toBe('ready');
    expect(await reportSentHistory(id)).toEqual([]);
    const delivery = await reportDelivery(signed.id);
    expect(delivery.status).toBe('failed');
    expect(delivery.last_error).toContain('El servidor de correo rechazó al destinatario');
    expect(delivery.last_error).toContain('550');
    expect(delivery.last_error).toContain('casilla inexistente');

    // An admin sends it again once the address is fixed at the server.
    await ws.call('mail.retry', { id: delivery.id });
    expect((await sendMail({ server: refusing })).sent).toBe(1);
    expect(await protocolStatus(id)).toBe('report_sent');
    expect(refusing.received.map((m) => m.subject)).toEqual([
      'Muestra recibida: protocolo CT 26/001',
      'Informe citológico disponible: CT 26/001',
    ]);
  });

  it('asked to try later (4xx), the report waits and goes on the next try', async () => {
    refusing = await startTestSmtpServer({ mode: 'starttls', login, dir: tempDataDir('smtp-') });
    const id = await readyProtocol();
    await sendMail({ server: refusing });
    const signed = await signReport(ws.services, id);
    refusing.refuseNext(1, { code: 451, message: 'Greylisted, try again later' });

    expect(await sendMail({ server: refusing })).toMatchObject({ sent: 0, failed: 1 });
    expect(await reportDelivery(signed.id)).toMatchObject({ status: 'pending', attempts: 1 });
    expect(await protocolStatus(id)).toBe('ready');

    const later = fixedClock('2026-12-04T13:10:00Z');
    expect((await sendMail({ server: refusing, clock: later })).sent).toBe(1);
    expect(await reportDelivery(signed.id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await protocolStatus(id)).toBe('report_sent');
    expect(await reportSentHistory(id)).toHaveLength(1);
  });

  it('an amendment is mailed as "Informe enmendado" naming the version, date and reason it replaces', async () => {
    const id = await readyProtocol();
    const first = await signReport(ws.services, id, { signedAt: '2026-12-05T14:30:00.000Z' });
    await sendMail();
    const reason = 'Se corrigió el grado histológico tras revisar cortes adicionales';
    const second = await signReport(ws.services, id, {
      amends: { id: first.id, reason },
      diagnosis: 'Carcinoma tubular de glándula mamaria, grado II.',
      signedAt: '2026-12-07T12:00:00.000Z',
    });
    expect(second).toMatchObject({ version: 2, mailQueued: true });
    await sendMail();
    await sendMail();

    const mails = reportMails(smtp.received);
    expect(mails.map((m) => m.subject)).toEqual([
      'Informe citológico disponible: CT 26/001',
      'Informe enmendado: CT 26/001 (versión 2)',
    ]);
    const amended = mails[1]!;
    expect(amended.text).toContain(
      'Le enviamos adjunto el informe enmendado del protocolo CT 26/001 (Luna): versión 2, ' +
        'firmada por Dra. Ana Pérez el 07/12/2026 a las 09:00.',
    );
    expect(amended.text).toContain('Reemplaza a la versión 1 del 05/12/2026 11:30.');
    expect(amended.text).toContain(`Motivo de la enmienda: ${reason}`);
    const [pdf] = amended.attachments;
    expect(pdf!.filename).toBe('Informe CT 26-001 v2.pdf');
    expect(pdf!.content.equals(second.pdf)).toBe(true);

    // Both versions stay, the first one byte for byte as it was signed and mailed.
    const stored = await ws.services.ctx.db
      .selectFrom('report_versions')
      .select(['id', 'version', 'pdf'])
      .where('protocol_id', '=', id)
      .orderBy('version')
      .execute();
    expect(stored.map((v) => v.version)).toEqual([1, 2]);
    expect(Buffer.from(stored[0]!.pdf, 'base64').equals(first.pdf)).toBe(true);
    expect(mails[0]!.attachments[0]!.content.equals(first.pdf)).toBe(true);
    expect(await reportSentHistory(id)).toHaveLength(1);
  });

  it('reaches a vet who turned every notice off, in the language they chose', async () => {
    const id = await readyProtocol();
    await portalAccount(id, { locale: 'en', notify: [] });
    expect((await signReport(ws.services, id)).mailQueued).toBe(true);

    await sendMail();
    const mails = reportMails(smtp.received);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toBe('Cytology report available: CT 26/001');
    expect(mail!.text).toContain('Dear Laura Gómez,');
    expect(mail!.text).toContain('Please find attached the signed cytology report');
    expect(mail!.attachments[0]!.filename).toBe('Informe CT 26-001 v1.pdf');
  });

  it('is not sent bare when its signed PDF is missing or altered', async () => {
    const id = await readyProtocol();
    const lost = await signReport(ws.services, id);
    const altered = await signReport(ws.services, id, {
      amends: { id: lost.id, reason: 'Se agregó la descripción de los márgenes' },
    });
    const db = ws.services.ctx.db;
    await db.deleteFrom('report_versions').where('id', '=', lost.id).execute();
    // Bytes other than those signed: the fingerprint no longer matches.
    const other = Buffer.from(altered.pdf);
    const at = other.length - 20;
    other.writeUInt8(other.readUInt8(at) ^ 0xff, at);
    await db
      .updateTable('report_versions')
      .set({ pdf: other.toString('base64') })
      .where('id', '=', altered.id)
      .execute();

    expect(await sendMail()).toMatchObject({ failed: 2 });
    expect(reportMails(smtp.received)).toEqual([]);
    expect(await reportDelivery(lost.id)).toMatchObject({
      status: 'failed',
      last_error: expect.stringContaining('Falta el informe firmado que este correo debe llevar'),
    });
    expect(await reportDelivery(altered.id)).toMatchObject({
      status: 'failed',
      last_error: expect.stringContaining('no coincide con su huella SHA-256'),
    });
    expect(await protocolStatus(id)).toBe('ready');
  });

  it('waits for a sender that can record the delivery, rather than go unrecorded', async () => {
    const id = await readyProtocol();
    const signed = await signReport(ws.services, id);
    const { ctx } = ws.services;
    const bare = await deliverDueMail({
      db: ctx.db,
      clock: ctx.clock,
      log: silentLogger,
      settings: settingsFor(smtp),
    });
    expect(bare).toMatchObject({ waiting: 1 });
    expect(reportMails(smtp.received)).toEqual([]);
    expect(await reportDelivery(signed.id)).toMatchObject({ status: 'pending', attempts: 0 });

    await sendMail();
    expect(reportMails(smtp.received)).toHaveLength(1);
    expect(await protocolStatus(id)).toBe('report_sent');
  });
});
