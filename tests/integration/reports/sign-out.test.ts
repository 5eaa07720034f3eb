// Sign-out at a workstation of its own: the pathologist's password again, the
// signed version with its content hash printed on the PDF, the mail queued with
// it, and every refusal in words the pathologist understands.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkstation, tempDataDir, type Workstation } from '../../helpers/workstation';
import { canonicalContent } from '../../../src-main/reports/pdf-input';
import {
  addPathologist,
  as,
  attempt,
  micrograph,
  PASSWORD,
  readyProtocol,
  receivedProtocol,
  SECTIONS,
  signaturePng,
  type Pathologist,
} from './lab';

let ws: Workstation;
let ana: Pathologist;

beforeEach(async () => {
  ws = await openWorkstation();
  ana = await addPathologist(ws, {
    email: 'ana.rios@patolab.local',
    name: 'Ana Ríos',
    license: 'MP 4521',
  });
});
afterEach(async () => ws?.close());

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

function pdfText(pdf: Buffer): string {
  const file = path.join(tempDataDir('pdf-'), 'informe.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

async function draft(code: string, sections: Partial<typeof SECTIONS> = SECTIONS) {
  return as(ws.services, ana.token, 'reports.saveDraft', { protocol: code, ...sections });
}

async function auditActions() {
  const rows = await ws.services.ctx.db
    .selectFrom('audit_log')
    .select(['action', 'details'])
    .orderBy('seq')
    .execute();
  return rows;
}

describe('signing a report', () => {
  it('keeps the signed PDF, whose footer prints the SHA-256 of its content', async () => {
    const code = await readyProtocol(ws);
    await as(ws.services, ana.token, 'reports.setSignature', {
      mime: 'image/png',
      base64: signaturePng().toString('base64'),
    });
    await as(ws.services, ana.token, 'reports.saveDraft', {
      protocol: code,
      ...SECTIONS,
      microscopicItems: [{ code: 'C1', text: 'Dermis con infiltrado.' }],
    });
    await as(ws.services, ana.token, 'reports.addImage', {
      protocol: code,
      caption: 'Vista panorámica',
      mime: 'image/jpeg',
      base64: micrograph().toString('base64'),
    });

    const signed = await as(ws.services, ana.token, 'reports.sign', {
      protocol: code,
      password: PASSWORD,
    });
    expect(signed).toMatchObject({
      version: 1,
      signerName: 'Ana Ríos',
      signerLicense: 'MP 4521',
      amendsVersion: null,
      earlyReason: null,
      diagnosis: SECTIONS.diagnosis,
    });

    const row = await ws.services.ctx.db
      .selectFrom('report_versions')
      .selectAll()
      .executeTakeFirstOrThrow();
    const pdf = Buffer.from(row.pdf, 'base64');
    expect(sha256(pdf)).toBe(row.pdf_sha256);
    expect(sha256(row.content)).toBe(row.content_sha256);
    expect(signed.contentSha256).toBe(row.content_sha256);

    const text = pdfText(pdf);
    expect(text).toContain(`SHA-256 del contenido: ${row.content_sha256}`);
    expect(text).toContain('Ana Ríos');
    expect(text).toContain('MP 4521');
    expect(text).toContain(SECTIONS.diagnosis);
    expect(text).toContain(`${code}-C1`);
    expect(text).toContain('Dermis con infiltrado.');
    expect(text).toContain('Vista panorámica');

    // The content names each picture by its SHA-256, and is the canonical JSON of what was drawn.
    const content = JSON.parse(row.content) as {
      images: { caption: string; data: { sha256: string } }[];
      signature: { image: { sha256: string }; name: string; license: string };
    };
    expect(content.images).toEqual([
      { caption: 'Vista panorámica', data: { sha256: sha256(micrograph()) } },
    ]);
    expect(content.signature.image.sha256).toBe(sha256(signaturePng()));
    expect(canonicalContent(JSON.parse(row.content))).toBe(row.content);

    const fetched = await as(ws.services, ana.token, 'reports.pdf', { protocol: code });
    expect(fetched).toEqual({
      fileName: `Informe ${code.replace('/', '-')} v1.pdf`,
      base64: row.pdf,
      sha256: row.pdf_sha256,
    });
  });

  it('queues the report mail in the signing commit and audits no text', async () => {
    const code = await readyProtocol(ws);
    await draft(code);
    const signed = await as(ws.services, ana.token, 'reports.sign', {
      protocol: code,
      password: PASSWORD,
    });

    const mails = await ws.services.ctx.db
      .selectFrom('mail_outbox')
      .select(['to_address', 'report_version_id'])
      .where('report_version_id', 'is not', null)
      .execute();
    expect(mails).toEqual([
      { to_address: 'laura.gomez@example.org', report_version_id: signed.id },
    ]);

    const view = await as(ws.services, ana.token, 'reports.get', { protocol: code });
    expect(view.draft).toBeNull();
    expect(view.versions.map((v) => v.id)).toEqual([signed.id]);
    expect(view.deliveries).toMatchObject([{ version: 1, to: 'laura.gomez@example.org' }]);

    const entry = (await auditActions()).find((a) => a.action === 'report.signed')!;
    expect(JSON.parse(entry.details)).toMatchObject({
      versionId: signed.id,
      version: 1,
      contentSha256: signed.contentSha256,
      pdfSha256: signed.pdfSha256,
    });
    expect(entry.details).not.toContain('Hemangiosarcoma');
  });

  it('is refused with a wrong password, and the refusal is audited and counted', async () => {
    const code = await readyProtocol(ws);
    await draft(code);

    const refused = await attempt(ws.services, ana.token, 'reports.sign', {
      protocol: code,
      password: 'no es la clave',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'La contraseña no es correcta; el informe no se firmó.',
      },
    });
    const audit = await auditActions();
    expect(audit.map((a) => a.action)).toContain('report.sign_refused');
    const user = await ws.services.ctx.db
      .selectFrom('users')
      .select('failed_attempts')
      .where('id', '=', ana.userId)
      .executeTakeFirstOrThrow();
    expect(user.failed_attempts).toBe(1);
    const versions = await ws.services.ctx.db.selectFrom('report_versions').select('id').execute();
    expect(versions).toEqual([]);
    const view = await as(ws.services, ana.token, 'reports.get', { protocol: code });
    expect(view.draft?.diagnosis).toBe(SECTIONS.diagnosis);
  });

  it('locks the account after repeated wrong passwords, as a sign-in does', async () => {
    const code = await readyProtocol(ws);
    await draft(code);
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const outcome = await attempt(ws.services, ana.token, 'reports.sign', {
        protocol: code,
        password: `intento ${i}`,
      });
      codes.push(outcome.ok ? 'ok' : outcome.error.code);
    }
    expect(codes).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'LOCKED']);

    const right = await attempt(ws.services, ana.token, 'reports.sign', {
      protocol: code,
      password: PASSWORD,
    });
    expect(right).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(right.ok || right.error.message).toMatch(/bloqueada/);
    const signIn = await ws.services.call({ sessionToken: null }, 'session.signIn', {
      email: 'ana.rios@patolab.local',
      password: PASSWORD,
    });
    expect(signIn).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    const refusals = (await auditActions()).filter((a) => a.action === 'report.sign_refused');
    expect(refusals).toHaveLength(6);
  });

  it('needs a written reason before the protocol is ready, and prints it', async () => {
    const code = await receivedProtocol(ws);
    await draft(code);
    const view = await as(ws.services, ana.token, 'reports.get', { protocol: code });
    expect(view.signNeedsReason).toBe(true);

    const bare = await attempt(ws.services, ana.token, 'reports.sign', {
      protocol: code,
      password: PASSWORD,
    });
    expect(bare).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(bare.ok || bare.error.message).toContain('escriba el motivo');

    const reason = 'Caso urgente: el propietario decide la cirugía mañana.';
    const signed = await as(ws.services, ana.token, 'reports.sign', {
      protocol: code,
      password: PASSWORD,
      earlyReason: reason,
    });
    expect(signed.earlyReason).toBe(reason);
    const file = await as(ws.services, ana.token, 'reports.pdf', { protocol: code });
    expect(pdfText(Buffer.from(file.base64, 'base64'))).toContain(reason);
  });

  it('is refused without a diagnosis, and for a pathologist without a license number', async () => {
    const code = await readyProtocol(ws);
    await draft(code, { ...SECTIONS, diagnosis: '' });
    const noDiagnosis = await attempt(ws.services, ana.token, 'reports.sign', {
      protocol: code,
      password: PASSWORD,
    });
    expect(noDiagnosis.ok || noDiagnosis.error.message).toBe(
      'Falta el diagnóstico: un informe no se firma sin él.',
    );

    await draft(code);
    const luis = await addPathologist(ws, {
      email: 'luis.paz@patolab.local',
      name: 'Luis Paz',
      license: null,
    });
    const noLicense = await attempt(ws.services, luis.token, 'reports.sign', {
      protocol: code,
      password: PASSWORD,
    });
    expect(noLicense).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(noLicense.ok || noLicense.error.message).toMatch(/matrícula.*administrador/);
    expect(await ws.services.ctx.db.selectFrom('report_versions').select('id').execute()).toEqual(
      [],
    );
  });

  it('is refused to the workstation operator, who is nobody in particular', async () => {
    const code = await readyProtocol(ws);
    await draft(code);
    await expect(ws.call('reports.sign', { protocol: code, password: PASSWORD })).rejects.toThrow(
      /propio usuario/,
    );
  });
});
