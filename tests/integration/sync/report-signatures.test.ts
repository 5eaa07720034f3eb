// Which signature of a report stands, decided where every copy meets: the central server keeps
// the first signature of a draft to reach it, whatever clock a desk stamps on a later one, and
// every desk ends on it after its next sync. A desk that pushes a forged signature with an
// earlier clock, a signed version rewritten under its id, or one whose hashes or draft do not
// match, changes nothing the server accepted. Two desks that sign one draft offline leave one
// version 1 everywhere: one mail to the vet, one entry on the portal, the same PDF on every
// screen, and the losing desk sees what it lost.

import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../src-main/services';
import { deliverDueMail } from '../../../src-main/mail/deliver';
import { enqueueMail } from '../../../src-main/mail/outbox';
import { reportMailKey } from '../../../src-main/mail/report-mail';
import { silentLogger } from '../../../src-main/logger';
import { newId } from '../../../src-main/ids';
import { writeTransaction } from '../../../src-main/db/transaction';
import { edited, inserted } from '../../../src-main/sync/record';
import { readClocks } from '../../../src-main/sync/clocks';
import type { SyncedEntity } from '../../../src-main/sync/entities';
import {
  draftIdFor,
  standingVersion,
  standingVersions,
} from '../../../src-main/reports/report-rows';
import type { ReportVersionsTable } from '../../../src-main/db/schema';
import { formatHlc, hlcMs, parseHlc } from '../../../src-shared/hlc';
import type { ReportView, VersionView } from '../../../src-shared/report-contract';
import { postgresAvailable } from '../../helpers/postgres';
import {
  startTestSmtpServer,
  type ReceivedMail,
  type TestSmtpServer,
} from '../../helpers/smtp-server';
import { enrolledWorkstation, type SyncedWorkstation, type TestServer } from '../../helpers/sync';
import { serverOn, STORAGES, type ServerOnStorage } from '../../helpers/sync-faults';
import { createVetAccount, type VetAccount } from '../../helpers/vet-account';
import { tempDataDir } from '../../helpers/workstation';
import { localRelaySettings } from '../mail/fixtures';
import { as, PASSWORD, readyProtocol, SECTIONS, signIn } from '../reports/lab';

const postgresMissing = await postgresAvailable();
// Only where PostgreSQL does not answer on 127.0.0.1:5432; CI sets PATOLAB_REQUIRE_POSTGRES=1,
// which turns that into a failure instead.
if (postgresMissing) {
  console.warn(`Pruebas de firmas de informes en PostgreSQL omitidas: ${postgresMissing}`);
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** The report mails of one protocol among what the mail server received. */
const reportsMailed = (received: readonly ReceivedMail[], code: string) =>
  received.filter((m) => m.subject.startsWith('Informe') && m.subject.endsWith(code));

const FORGED_DIAGNOSIS = 'Dermatitis leve, sin evidencia de neoplasia.';

/** A queued change written straight into a desk's outbox, as a tampered program would. */
interface Queued {
  entity: SyncedEntity;
  rowId: string;
  data: Record<string, unknown>;
  hlc: string;
  base: Record<string, string | null> | null;
}

async function queueAtDesk(desk: SyncedWorkstation, changes: Queued[]): Promise<string[]> {
  const db = desk.services.ctx.db;
  const last = await db
    .selectFrom('sync_outbox')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  let seq = Number(last?.seq ?? 0);
  const rows = changes.map((c) => ({
    seq: ++seq,
    change_id: newId(),
    entity: c.entity,
    row_id: c.rowId,
    data: JSON.stringify(c.data),
    hlc: c.hlc,
    base: c.base && JSON.stringify(c.base),
    created_at: desk.services.ctx.clock.now().toISOString(),
  }));
  await db.insertInto('sync_outbox').values(rows).execute();
  return rows.map((r) => r.change_id);
}

async function dropFromOutbox(desk: SyncedWorkstation, changeIds: string[]): Promise<void> {
  await desk.services.ctx.db
    .deleteFrom('sync_outbox')
    .where('change_id', 'in', changeIds)
    .execute();
}

/** This desk's clock name, and a clock a minute before `hlc` in that name. */
async function clockBefore(desk: SyncedWorkstation, hlc: string): Promise<string> {
  const state = await desk.services.ctx.db
    .selectFrom('sync_state')
    .select('hlc')
    .executeTakeFirstOrThrow();
  return formatHlc({ ms: hlcMs(hlc) - 60_000, counter: 0, node: parseHlc(state.hlc).node });
}

async function versionRow(services: Services, id: string): Promise<ReportVersionsTable> {
  return services.ctx.db
    .selectFrom('report_versions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/** A copy of a signed version saying another diagnosis, its hashes made to match. */
function forgedFrom(genuine: ReportVersionsTable, id = newId()): ReportVersionsTable {
  const content = JSON.parse(genuine.content) as { sections: { diagnosis: string } };
  content.sections.diagnosis = FORGED_DIAGNOSIS;
  const text = JSON.stringify(content);
  const pdf = Buffer.concat([Buffer.from(genuine.pdf, 'base64'), Buffer.from('\n% otra\n')]);
  return {
    ...genuine,
    id,
    content: text,
    content_sha256: sha256(text),
    pdf: pdf.toString('base64'),
    pdf_sha256: sha256(pdf),
  };
}

describe.each(STORAGES)('which signature of a report stands, server on %s', (storage) => {
  if (storage === 'postgres' && postgresMissing) {
    it.skip(`omitida sin PostgreSQL (CI la exige): ${postgresMissing}`, () => undefined);
    return;
  }

  let central: ServerOnStorage;
  let server: TestServer;
  let one: SyncedWorkstation;
  let two: SyncedWorkstation;
  let smtp: TestSmtpServer;
  let vet: VetAccount | undefined;
  const ana = { userId: '', token: '' };
  const luis = { userId: '', token: '' };

  beforeAll(async () => {
    central = await serverOn(storage);
    server = central.server;
    smtp = await startTestSmtpServer({ mode: 'plain', dir: tempDataDir('smtp-') });
    for (const [who, email, name] of [
      [ana, 'ana.rios@patolab.local', 'Ana Ríos'],
      [luis, 'luis.paz@patolab.local', 'Luis Paz'],
    ] as const) {
      const user = (await server.call('users.create', {
        email,
        displayName: name,
        roles: ['pathologist'],
        licenseNumber: 'MP 4521',
        password: PASSWORD,
      })) as { id: string };
      who.userId = user.id;
    }
    one = await enrolledWorkstation(server, 'Patología 1');
    two = await enrolledWorkstation(server, 'Patología 2');
    await one.sync();
    await two.sync();
    ana.token = await signIn(one.services, ana.userId);
    luis.token = await signIn(two.services, luis.userId);
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await smtp?.close();
    await central?.dispose();
  });

  /** A ready protocol made at desk one, with a draft started there, known to both desks. */
  async function sharedDraft(): Promise<string> {
    const code = await readyProtocol(one);
    await as(one.services, ana.token, 'reports.saveDraft', { protocol: code, ...SECTIONS });
    await one.sync();
    await two.sync();
    return code;
  }

  /** Version 1 signed by Ana at desk one and synced to the server and to desk two. */
  async function signedEverywhere(): Promise<{ code: string; genuine: VersionView }> {
    const code = await sharedDraft();
    const genuine = await as(one.services, ana.token, 'reports.sign', {
      protocol: code,
      password: PASSWORD,
    });
    await one.sync();
    await two.sync();
    return { code, genuine };
  }

  async function serverView(code: string): Promise<ReportView> {
    return (await server.call('reports.get', { protocol: code })) as ReportView;
  }

  /** The PDF each copy gives out as the report's version 1. */
  async function pdfsEverywhere(code: string): Promise<Buffer[]> {
    const onServer = (await server.call('reports.pdf', { protocol: code, version: 1 })) as {
      base64: string;
    };
    const atOne = await as(one.services, ana.token, 'reports.pdf', { protocol: code, version: 1 });
    const atTwo = await as(two.services, luis.token, 'reports.pdf', { protocol: code, version: 1 });
    return [onServer, atOne, atTwo].map((pdf) => Buffer.from(pdf.base64, 'base64'));
  }

  async function signatureEverywhere(draftId: string): Promise<(string | null)[]> {
    const held = [];
    for (const node of [server.services, one.services, two.services]) {
      const draft = await node.ctx.db
        .selectFrom('report_drafts')
        .select('signed_version_id')
        .where('id', '=', draftId)
        .executeTakeFirstOrThrow();
      held.push(draft.signed_version_id);
    }
    return held;
  }

  async function reportMails(versionIds: string[]) {
    return server.services.ctx.db
      .selectFrom('mail_outbox')
      .select(['report_version_id', 'status', 'last_error'])
      .where('report_version_id', 'in', versionIds)
      .execute();
  }

  function serverSends() {
    const { ctx } = server.services;
    return deliverDueMail({
      db: ctx.db,
      clock: ctx.clock,
      log: silentLogger,
      settings: localRelaySettings(smtp),
      ctx,
    });
  }

  it('a signature forged at another desk with an earlier clock never replaces the one the server took', async () => {
    const { code, genuine } = await signedEverywhere();
    const [genuinePdf] = await pdfsEverywhere(code);
    const draftId = (await versionRow(server.services, genuine.id)).draft_id;

    // Desk two writes a version 1 of its own (the real signer's name, another diagnosis,
    // hashes that match it) and points the draft at it, stamped a minute before the signature.
    const signedClock = (await readClocks(server.services.ctx.db, 'report_draft', draftId))!
      .signed_version_id!;
    const forged = forgedFrom(await versionRow(two.services, genuine.id));
    const before = await clockBefore(two, signedClock);
    await two.services.ctx.db.insertInto('report_versions').values(forged).execute();
    await two.services.ctx.db
      .updateTable('report_drafts')
      .set({ signed_version_id: forged.id, diagnosis: FORGED_DIAGNOSIS })
      .where('id', '=', draftId)
      .execute();
    await queueAtDesk(two, [
      { ...inserted('report_version', forged), hlc: before, base: null },
      {
        ...edited('report_draft', draftId, {
          signed_version_id: forged.id,
          diagnosis: FORGED_DIAGNOSIS,
        }),
        hlc: before,
        base: { signed_version_id: signedClock, diagnosis: signedClock },
      },
    ]);
    await two.sync();
    await one.sync();
    await two.sync();

    expect(await signatureEverywhere(draftId)).toEqual([genuine.id, genuine.id, genuine.id]);
    for (const pdf of await pdfsEverywhere(code)) {
      expect(pdf.equals(genuinePdf!)).toBe(true);
      expect(sha256(pdf)).toBe(genuine.pdfSha256);
    }
    const atTwo = await as(two.services, luis.token, 'reports.get', { protocol: code });
    expect(atTwo.versions[0]?.diagnosis).toBe(SECTIONS.diagnosis);

    // Kept, never deleted, and only as a conflict: listed after the one that stands, not mailed.
    const after = await serverView(code);
    expect(after.versions.map((v) => v.id)).toEqual([genuine.id, forged.id]);
    const conflicts = await server.services.ctx.db
      .selectFrom('sync_conflicts')
      .select(['entity', 'row_id', 'field', 'kept_value', 'lost_value'])
      .where('row_id', 'in', [forged.id, draftId])
      .where('field', 'in', ['version', 'signed_version_id'])
      .orderBy('entity')
      .execute();
    expect(conflicts).toEqual([
      {
        entity: 'report_draft',
        row_id: draftId,
        field: 'signed_version_id',
        kept_value: JSON.stringify(genuine.id),
        lost_value: JSON.stringify(forged.id),
      },
      expect.objectContaining({ entity: 'report_version', row_id: forged.id, field: 'version' }),
    ]);
    expect((await reportMails([genuine.id, forged.id])).map((m) => m.report_version_id)).toEqual([
      genuine.id,
    ]);
  });

  it('a signed version sent again under its id with other content is refused, the signed one kept', async () => {
    const { code, genuine } = await signedEverywhere();
    const stored = await versionRow(server.services, genuine.id);
    const clock = (await readClocks(server.services.ctx.db, 'report_version', genuine.id))!['*']!;
    const rewritten = forgedFrom(stored, genuine.id);
    await queueAtDesk(two, [
      { ...inserted('report_version', rewritten), hlc: await clockBefore(two, clock), base: null },
    ]);
    await two.sync();
    await one.sync();

    for (const node of [server.services, one.services, two.services]) {
      expect(await versionRow(node, genuine.id)).toEqual(stored);
    }
    for (const pdf of await pdfsEverywhere(code)) expect(sha256(pdf)).toBe(genuine.pdfSha256);
    const conflict = await server.services.ctx.db
      .selectFrom('sync_conflicts')
      .select(['entity', 'kept_value', 'lost_value'])
      .where('row_id', '=', genuine.id)
      .executeTakeFirstOrThrow();
    expect(conflict).toEqual({
      entity: 'report_version',
      kept_value: JSON.stringify({
        contentSha256: stored.content_sha256,
        pdfSha256: stored.pdf_sha256,
      }),
      lost_value: JSON.stringify({
        contentSha256: rewritten.content_sha256,
        pdfSha256: rewritten.pdf_sha256,
      }),
    });
  });

  it.each([
    ['content', 'la huella SHA-256 no coincide con su contenido'],
    ['pdf', 'la huella SHA-256 no coincide con su PDF'],
    ['draft', 'su borrador no está en el servidor central'],
    ['version number', 'su borrador es de otro protocolo o de otra versión'],
  ] as const)(
    'a signed version whose %s does not match is refused with the whole push',
    async (broken, why) => {
      const { genuine } = await signedEverywhere();
      const stored = await versionRow(two.services, genuine.id);
      const version = forgedFrom(stored);
      if (broken === 'content') version.content = version.content.replace('Dermatitis', 'Otra');
      if (broken === 'pdf') version.pdf = Buffer.from('%PDF-1.4 otro').toString('base64');
      if (broken === 'draft') version.draft_id = newId();
      if (broken === 'version number') version.version = 2;
      const state = await two.services.ctx.db
        .selectFrom('sync_state')
        .select('hlc')
        .executeTakeFirstOrThrow();
      const queued = await queueAtDesk(two, [
        { ...inserted('report_version', version), hlc: state.hlc, base: null },
      ]);

      await expect(two.sync()).rejects.toMatchObject({
        code: 'VALIDATION',
        message: expect.stringContaining(`informe firmado ${version.id}: ${why}`),
      });
      const lastError = await two.services.ctx.db
        .selectFrom('sync_state')
        .select('last_error')
        .executeTakeFirstOrThrow();
      expect(lastError.last_error).toContain(why);
      const held = await server.services.ctx.db
        .selectFrom('report_versions')
        .select('id')
        .where('id', '=', version.id)
        .execute();
      expect(held).toEqual([]);

      // Once the desk's record is taken out of its queue, the desk syncs again.
      await dropFromOutbox(two, queued);
      await two.sync();
    },
  );

  it("a change a desk stamps in the central server's name is refused", async () => {
    const { genuine } = await signedEverywhere();
    const draftId = (await versionRow(two.services, genuine.id)).draft_id;
    const state = await two.services.ctx.db
      .selectFrom('sync_state')
      .select('hlc')
      .executeTakeFirstOrThrow();
    const queued = await queueAtDesk(two, [
      {
        ...edited('report_draft', draftId, { diagnosis: FORGED_DIAGNOSIS }),
        hlc: formatHlc({ ...parseHlc(state.hlc), node: 'server' }),
        base: { diagnosis: state.hlc },
      },
    ]);

    await expect(two.sync()).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('reloj imposible'),
    });
    const draft = await server.services.ctx.db
      .selectFrom('report_drafts')
      .select('diagnosis')
      .where('id', '=', draftId)
      .executeTakeFirstOrThrow();
    expect(draft.diagnosis).toBe(SECTIONS.diagnosis);
    await dropFromOutbox(two, queued);
    await two.sync();
  });

  it.each(['Patología 1', 'Patología 2'] as const)(
    'two desks signing one draft offline: the one that reaches the server first (%s) stands everywhere',
    async (firstDesk) => {
      const code = await sharedDraft();
      const opened = await as(two.services, luis.token, 'reports.get', { protocol: code });
      await as(one.services, ana.token, 'reports.saveDraft', {
        protocol: code,
        ...SECTIONS,
        diagnosis: 'Diagnóstico de Ana.',
      });
      const byAna = await as(one.services, ana.token, 'reports.sign', {
        protocol: code,
        password: PASSWORD,
      });
      await as(two.services, luis.token, 'reports.saveDraft', {
        protocol: code,
        ...SECTIONS,
        diagnosis: 'Diagnóstico de Luis.',
        knownUpdatedAt: opened.draft!.updatedAt,
      });
      const byLuis = await as(two.services, luis.token, 'reports.sign', {
        protocol: code,
        password: PASSWORD,
      });

      const [first, second] = firstDesk === 'Patología 1' ? [one, two] : [two, one];
      const [winner, loser] = firstDesk === 'Patología 1' ? [byAna, byLuis] : [byLuis, byAna];
      const [loserDesk, loserToken] = firstDesk === 'Patología 1' ? [two, luis] : [one, ana];
      await first.sync();
      await second.sync();
      await first.sync();
      await second.sync();

      const draftId = (await versionRow(server.services, winner.id)).draft_id;
      expect(await signatureEverywhere(draftId)).toEqual([winner.id, winner.id, winner.id]);
      for (const pdf of await pdfsEverywhere(code)) expect(sha256(pdf)).toBe(winner.pdfSha256);

      // One mail for version 1, with the PDF that stands.
      expect(await reportMails([winner.id, loser.id])).toEqual([
        expect.objectContaining({ report_version_id: winner.id }),
      ]);
      await serverSends();
      const mailed = reportsMailed(smtp.received, code);
      expect(mailed.map((m) => m.subject)).toEqual([`Informe histopatológico disponible: ${code}`]);
      expect(sha256(mailed[0]!.attachments[0]!.content)).toBe(winner.pdfSha256);

      // The portal lists one version 1 and gives out the same PDF.
      vet ??= await createVetAccount(
        { services: server.services },
        { email: 'laura.gomez@example.org' },
      );
      const protocolId = (await serverView(code)).protocol.id;
      const portal = { sessionToken: vet.token };
      const detail = await server.services.call(portal, 'protocols.getMine', { id: protocolId });
      expect(detail).toMatchObject({
        ok: true,
        result: {
          reportAvailable: true,
          reports: [{ version: 1, contentSha256: winner.contentSha256 }],
        },
      });
      expect(detail.ok && (detail.result as { reports: unknown[] }).reports).toHaveLength(1);
      const download = await server.services.call(portal, 'protocols.reportPdf', {
        id: protocolId,
        version: 1,
      });
      expect(download.ok).toBe(true);
      const portalPdf = (download as { result: { base64: string } }).result.base64;
      expect(sha256(Buffer.from(portalPdf, 'base64'))).toBe(winner.pdfSha256);

      // The desk whose signature lost shows both, the standing one first, and what it lost.
      const atLoser = await as(loserDesk.services, loserToken.token, 'reports.get', {
        protocol: code,
      });
      expect(atLoser.versions.map((v) => v.id)).toEqual([winner.id, loser.id]);
      expect(atLoser.conflicts).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'signed_version_id', kept: winner.id, lost: loser.id }),
          expect.objectContaining({
            field: 'diagnosis',
            kept: winner.diagnosis,
            lost: loser.diagnosis,
          }),
        ]),
      );
      expect(atLoser.conflicts.filter((c) => c.field === 'diagnosis')).toHaveLength(1);
    },
  );

  it('a report mail queued for a signature that lost is never sent', async () => {
    const code = await sharedDraft();
    const byAna = await as(one.services, ana.token, 'reports.sign', {
      protocol: code,
      password: PASSWORD,
    });
    const byLuis = await as(two.services, luis.token, 'reports.sign', {
      protocol: code,
      password: PASSWORD,
    });
    await one.sync();
    await two.sync();

    // As an older program queued it: one mail per version, the losing one included.
    const { ctx } = server.services;
    const protocolId = (await serverView(code)).protocol.id;
    await writeTransaction(ctx.db, (tx) =>
      enqueueMail(tx, ctx.clock, {
        eventKey: reportMailKey(byLuis.id),
        to: 'laura.gomez@example.org',
        protocolId,
        reportVersionId: byLuis.id,
        subject: `Informe histopatológico disponible: ${code}`,
        text: 'Adjuntamos el informe.',
      }),
    );
    const sentBefore = smtp.received.length;
    await serverSends();

    const mailed = reportsMailed(smtp.received.slice(sentBefore), code);
    expect(mailed.map((m) => sha256(m.attachments[0]!.content))).toEqual([byAna.pdfSha256]);
    const mails = await reportMails([byAna.id, byLuis.id]);
    expect(mails.find((m) => m.report_version_id === byAna.id)?.status).toBe('sent');
    expect(mails.find((m) => m.report_version_id === byLuis.id)).toMatchObject({
      status: 'failed',
      last_error: expect.stringMatching(/La versión 1 de este informe no es la que quedó firmada/),
    });
  });
});

describe('the version that stands for a number', () => {
  const protocolId = newId();
  const version = (id: string, draftId: string) => ({
    id,
    protocol_id: protocolId,
    draft_id: draftId,
    version: 1,
  });

  it('is the one its own draft names, never one no draft names', () => {
    const own = draftIdFor(protocolId, 1);
    const versions = [version('b', own), version('a', own)];
    expect(standingVersion(versions, [{ id: own, signed_version_id: 'a' }], 1)?.id).toBe('a');
    expect(standingVersion(versions, [{ id: own, signed_version_id: null }], 1)).toBeNull();
    expect(standingVersion(versions, [{ id: newId(), signed_version_id: 'b' }], 1)).toBeNull();
  });

  it("of two drafts claiming one number, the protocol's own draft outranks the other", () => {
    const own = draftIdFor(protocolId, 1);
    const other = newId();
    const versions = [version('made-elsewhere', other), version('signed-here', own)];
    const drafts = [
      { id: other, signed_version_id: 'made-elsewhere' },
      { id: own, signed_version_id: 'signed-here' },
    ];
    expect(standingVersions(versions, drafts).map((v) => v.id)).toEqual(['signed-here']);
  });
});
