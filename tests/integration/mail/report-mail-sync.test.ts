// One report mail per signed version across the whole lab: a workstation enrolled with the
// central server never mails a report itself; the server queues the mail when the signed
// version reaches it by sync, sends it, and the protocol's move to `report_sent` travels back
// to the desks. A report signed offline goes when the desk next reaches the server; one signed
// before the desk enrolled was the desk's to mail. Real parts: the central server on SQLite
// (and PostgreSQL where the machine has one), desks on their own SQLite files, a fault proxy
// between them, a loopback SMTP server with STARTTLS and a login.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverDueMail } from '../../../src-main/mail/deliver';
import { portalLink } from '../../../src-main/portal/links';
import { silentLogger } from '../../../src-main/logger';
import { cliActor } from '../../../src-main/cli/run';
import { enrollWorkstation } from '../../../src-main/sync/client/enroll';
import type { Services } from '../../../src-main/services';
import { postgresAvailable } from '../../helpers/postgres';
import { startFaultProxy, type FaultProxy } from '../../helpers/fault-proxy';
import { signReport } from '../../helpers/report-version';
import { startTestSmtpServer, type TestSmtpServer } from '../../helpers/smtp-server';
import {
  enrolThrough,
  serverOn,
  STORAGES,
  syncUntilDone,
  type ServerOnStorage,
} from '../../helpers/sync-faults';
import { withSync, type SyncedWorkstation, type TestServer } from '../../helpers/sync';
import { cytologyForm, openWorkstation, tempDataDir } from '../../helpers/workstation';
import { accountSettings } from './fixtures';

const postgresMissing = await postgresAvailable();
if (postgresMissing) console.warn(`Correo del informe en PostgreSQL omitido: ${postgresMissing}`);

const login = { user: 'avisos@patologia.example.edu.ar', password: 'clave-del-relay' };

async function reportOutbox(services: Services) {
  return services.ctx.db
    .selectFrom('mail_outbox')
    .select(['event_key', 'to_address', 'subject', 'text_body', 'status', 'report_version_id'])
    .where('report_version_id', 'is not', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

async function eventKeys(services: Services) {
  const rows = await services.ctx.db.selectFrom('mail_outbox').select('event_key').execute();
  return rows.map((r) => r.event_key);
}

async function statusOf(services: Services, protocolId: string) {
  const row = await services.ctx.db
    .selectFrom('protocols')
    .select('status')
    .where('id', '=', protocolId)
    .executeTakeFirstOrThrow();
  return row.status;
}

/** A cytology protocol received at `desk`, its slide made ready for the pathologist. */
async function readyAt(desk: SyncedWorkstation): Promise<string> {
  const { id, temporaryCode } = await desk.call('protocols.submit', cytologyForm());
  await desk.call('reception.receive', { code: temporaryCode });
  const { slides } = await desk.call('processing.addSlides', { protocol: 'CT 26/001', count: 1 });
  await desk.call('processing.setSlides', { codes: slides.map((s) => s.code), status: 'ready' });
  return id;
}

describe.each(STORAGES)('the report mail with a central server on %s', (storage) => {
  if (storage === 'postgres' && postgresMissing) {
    it.skip(`omitida sin PostgreSQL (CI la exige): ${postgresMissing}`, () => undefined);
    return;
  }

  let central: ServerOnStorage;
  let server: TestServer;
  let proxy: FaultProxy;
  let smtp: TestSmtpServer;
  let open: SyncedWorkstation[];

  async function desk(name: string) {
    const ws = await enrolThrough(server, proxy.url, name);
    open.push(ws);
    return ws;
  }

  /** One run of the server's mail sender, as its loop runs it. */
  function serverSends() {
    const { ctx } = server.services;
    return deliverDueMail({
      db: ctx.db,
      clock: ctx.clock,
      log: silentLogger,
      settings: accountSettings(smtp, login),
      ctx,
    });
  }

  beforeEach(async () => {
    central = await serverOn(storage);
    server = central.server;
    proxy = await startFaultProxy(server.url);
    smtp = await startTestSmtpServer({ mode: 'starttls', login, dir: tempDataDir('smtp-') });
    open = [];
  });
  afterEach(async () => {
    for (const ws of open) await ws.close();
    await proxy?.close();
    await smtp?.close();
    await central?.dispose();
  });

  it('a report signed at a desk is mailed once by the server, never by the desk', async () => {
    const bench = await desk('Histopatología');
    await bench.sync();
    const id = await readyAt(bench);
    const signed = await signReport(bench.services, id);
    expect(signed.mailQueued).toBe(false);
    expect(await reportOutbox(bench.services)).toEqual([]);

    proxy.inject('/api/sync/push', 'deliverTwice');
    await bench.sync();
    const mails = await reportOutbox(server.services);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      event_key: `report.${signed.id}`,
      to_address: 'laura.gomez@example.org',
      subject: 'Informe citológico disponible: CT 26/001',
      report_version_id: signed.id,
    });
    expect(mails[0]!.text_body).toContain(portalLink(server.services.ctx, `protocolos/${id}`));

    await serverSends();
    await serverSends();
    const reports = smtp.received.filter((m) => m.subject.startsWith('Informe'));
    expect(reports.map((m) => m.subject)).toEqual(['Informe citológico disponible: CT 26/001']);
    expect(await statusOf(server.services, id)).toBe('report_sent');

    // The desk learns the delivery by sync, and mails nothing of its own.
    await bench.sync();
    await bench.sync();
    expect(await statusOf(bench.services, id)).toBe('report_sent');
    const history = await bench.services.ctx.db
      .selectFrom('status_history')
      .select(['reason', 'changed_by'])
      .where('protocol_id', '=', id)
      .where('to_status', '=', 'report_sent')
      .execute();
    expect(history).toEqual([
      {
        reason: 'Informe versión 1 aceptado por el servidor de correo',
        changed_by: 'Envío de correo',
      },
    ]);
    expect(await eventKeys(bench.services)).toEqual([]);
    expect(await reportOutbox(server.services)).toHaveLength(1);
    // Reaching report_sent made no status notice: the report mail is the notice.
    expect(await eventKeys(server.services)).not.toContain(`protocol.report_sent:${id}`);
  });

  it('a report signed offline is queued by the server when the desk next reaches it', async () => {
    const bench = await desk('Histopatología');
    await bench.sync();
    const id = await readyAt(bench);

    proxy.setOffline(true);
    const first = await signReport(bench.services, id);
    await expect(bench.sync()).rejects.toThrow();
    expect(await reportOutbox(server.services)).toEqual([]);
    const amended = await signReport(bench.services, id, {
      amends: { id: first.id, reason: 'Se agregó la descripción de los márgenes' },
    });
    proxy.setOffline(false);

    await syncUntilDone(bench);
    const mails = await reportOutbox(server.services);
    expect(mails.map((m) => [m.event_key, m.subject])).toEqual([
      [`report.${first.id}`, 'Informe citológico disponible: CT 26/001'],
      [`report.${amended.id}`, 'Informe enmendado: CT 26/001 (versión 2)'],
    ]);
    expect(mails[1]!.text_body).toContain(
      'Motivo de la enmienda: Se agregó la descripción de los márgenes',
    );
    expect(await reportOutbox(bench.services)).toEqual([]);
  });

  it('a report the desk signed before it enrolled is not mailed again by the server', async () => {
    const early = withSync(await openWorkstation({ clock: '2026-12-04T11:00:00Z' }));
    const id = await readyAt(early);
    const before = await signReport(early.services, id);
    expect(before.mailQueued).toBe(true);
    await early.close();

    const bench = withSync(await openWorkstation({ dataDir: early.dataDir }));
    open.push(bench);
    const { code } = (await server.call('devices.createEnrolmentCode', {
      name: 'Histopatología',
    })) as { code: string };
    await enrollWorkstation(bench.services.ctx, cliActor(), { server: proxy.url, code });
    await bench.sync();
    expect(await reportOutbox(server.services)).toEqual([]);

    const after = await signReport(bench.services, id, {
      amends: { id: before.id, reason: 'Se corrigió la especie del animal' },
    });
    expect(after.mailQueued).toBe(false);
    await bench.sync();
    expect((await reportOutbox(server.services)).map((m) => m.event_key)).toEqual([
      `report.${after.id}`,
    ]);
    // The desk still holds, and sends, the one it queued itself.
    expect((await reportOutbox(bench.services)).map((m) => m.event_key)).toEqual([
      `report.${before.id}`,
    ]);
  });
});
