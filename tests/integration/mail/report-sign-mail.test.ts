// From the pathologist's signature to the vet's mailbox, through the methods the bench uses:
// a workstation of its own signs a report, its sender delivers it with the signed PDF to a
// loopback SMTP server with STARTTLS and a login, the protocol becomes `report_sent`, and an
// amendment signed later reaches the vet as the amended report, the first mail not repeated.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverDueMail } from '../../../src-main/mail/deliver';
import { smtpSettingsSchema } from '../../../src-main/mail/smtp-settings';
import { silentLogger } from '../../../src-main/logger';
import { openWorkstation, tempDataDir, type Workstation } from '../../helpers/workstation';
import { addPathologist, as, PASSWORD, readyProtocol, SECTIONS } from '../reports/lab';
import { startTestSmtpServer, type TestSmtpServer } from '../../helpers/smtp-server';

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

function sendMail() {
  const { ctx } = ws.services;
  return deliverDueMail({
    db: ctx.db,
    clock: ctx.clock,
    log: silentLogger,
    settings: smtpSettingsSchema.parse({
      host: smtp.host,
      port: smtp.port,
      user: login.user,
      password: login.password,
      fromAddress: login.user,
      tlsRejectUnauthorized: false,
    }),
    ctx,
  });
}

describe('a report signed at the bench', () => {
  it('reaches the vet with its PDF, and its amendment follows as the amended report', async () => {
    const ana = await addPathologist(ws, { email: 'ana.rios@patolab.local', name: 'Ana Ríos' });
    const code = await readyProtocol(ws);
    const sign = () =>
      as(ws.services, ana.token, 'reports.sign', { protocol: code, password: PASSWORD });

    await as(ws.services, ana.token, 'reports.saveDraft', { protocol: code, ...SECTIONS });
    const first = await sign();
    await sendMail();
    await sendMail();

    const reports = () => smtp.received.filter((m) => m.attachments.length > 0);
    expect(reports().map((m) => m.subject)).toEqual([
      'Informe histopatológico disponible: HP 26/001',
    ]);
    const stored = await ws.services.ctx.db
      .selectFrom('report_versions')
      .select(['id', 'version', 'pdf'])
      .orderBy('version')
      .execute();
    expect(stored.map((v) => v.id)).toEqual([first.id]);
    const [attached] = reports()[0]!.attachments;
    expect(attached!.filename).toBe('Informe HP 26-001 v1.pdf');
    expect(attached!.content.equals(Buffer.from(stored[0]!.pdf, 'base64'))).toBe(true);

    const view = await as(ws.services, ana.token, 'reports.get', { protocol: code });
    expect(view.protocol.status).toBe('report_sent');
    expect(view.deliveries).toMatchObject([
      { version: 1, to: 'laura.gomez@example.org', status: 'sent', attempts: 1, lastError: null },
    ]);

    const reason = 'Se agregó la evaluación de los márgenes quirúrgicos';
    await as(ws.services, ana.token, 'reports.amend', { protocol: code, reason });
    await as(ws.services, ana.token, 'reports.saveDraft', {
      protocol: code,
      ...SECTIONS,
      comments: 'Márgenes libres de neoplasia.',
    });
    const second = await sign();
    await sendMail();

    expect(reports().map((m) => m.subject)).toEqual([
      'Informe histopatológico disponible: HP 26/001',
      'Informe enmendado: HP 26/001 (versión 2)',
    ]);
    const amended = reports()[1]!;
    expect(amended.text).toContain('Reemplaza a la versión 1 del 04/12/2026');
    expect(amended.text).toContain(`Motivo de la enmienda: ${reason}`);
    const after = await ws.services.ctx.db
      .selectFrom('report_versions')
      .select(['id', 'pdf'])
      .orderBy('version')
      .execute();
    expect(after.map((v) => v.id)).toEqual([first.id, second.id]);
    // The first version is as it was signed and mailed.
    expect(after[0]!.pdf).toBe(stored[0]!.pdf);
    expect(amended.attachments[0]!.content.equals(Buffer.from(after[1]!.pdf, 'base64'))).toBe(true);

    const deliveries = (await as(ws.services, ana.token, 'reports.get', { protocol: code }))
      .deliveries;
    expect(deliveries.map((d) => [d.version, d.status])).toEqual([
      [1, 'sent'],
      [2, 'sent'],
    ]);
  });
});
