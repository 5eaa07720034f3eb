// Amending a sent report: a new version with its reason, printed as amended and
// naming what it replaces, while the earlier version stays byte for byte.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkstation, tempDataDir, type Workstation } from '../../helpers/workstation';
import {
  addPathologist,
  as,
  attempt,
  micrograph,
  PASSWORD,
  readyProtocol,
  SECTIONS,
  type Pathologist,
} from './lab';

let ws: Workstation;
let ana: Pathologist;

beforeEach(async () => {
  ws = await openWorkstation();
  ana = await addPathologist(ws, { email: 'ana.rios@patolab.local', name: 'Ana Ríos' });
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

async function signedReport() {
  const code = await readyProtocol(ws);
  await as(ws.services, ana.token, 'reports.saveDraft', { protocol: code, ...SECTIONS });
  await as(ws.services, ana.token, 'reports.addImage', {
    protocol: code,
    caption: 'Vista panorámica',
    mime: 'image/jpeg',
    base64: micrograph().toString('base64'),
  });
  const v1 = await as(ws.services, ana.token, 'reports.sign', {
    protocol: code,
    password: PASSWORD,
  });
  return { code, v1 };
}

describe('an amendment', () => {
  it('starts from exactly what was signed, images included, and needs a reason', async () => {
    const { code } = await signedReport();
    const short = await attempt(ws.services, ana.token, 'reports.amend', {
      protocol: code,
      reason: 'error',
    });
    expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const draft = await as(ws.services, ana.token, 'reports.amend', {
      protocol: code,
      reason: 'Se corrige el diagnóstico tras la inmunohistoquímica.',
    });
    expect(draft).toMatchObject({
      version: 2,
      amendsVersion: 1,
      amendmentReason: 'Se corrige el diagnóstico tras la inmunohistoquímica.',
      ...SECTIONS,
    });
    expect(draft.images.map((i) => [i.caption, i.bytes])).toEqual([
      ['Vista panorámica', micrograph().length],
    ]);

    const again = await attempt(ws.services, ana.token, 'reports.amend', {
      protocol: code,
      reason: 'Otra enmienda sobre la misma.',
    });
    expect(again.ok || again.error.message).toContain('ya tiene un borrador abierto (versión 2)');
  });

  it('cannot be made of a report never signed', async () => {
    const code = await readyProtocol(ws);
    await as(ws.services, ana.token, 'reports.saveDraft', { protocol: code, ...SECTIONS });
    const refused = await attempt(ws.services, ana.token, 'reports.amend', {
      protocol: code,
      reason: 'Se corrige el diagnóstico.',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('leaves the earlier PDF byte-identical and prints what it replaces', async () => {
    const { code, v1 } = await signedReport();
    const before = await as(ws.services, ana.token, 'reports.pdf', { protocol: code, version: 1 });

    await as(ws.services, ana.token, 'reports.amend', {
      protocol: code,
      reason: 'Se corrige el diagnóstico tras la inmunohistoquímica.',
    });
    const draft = await as(ws.services, ana.token, 'reports.get', { protocol: code });
    await as(ws.services, ana.token, 'reports.saveDraft', {
      protocol: code,
      ...SECTIONS,
      diagnosis: 'Hemangiosarcoma cutáneo, bordes libres.',
      knownUpdatedAt: draft.draft!.updatedAt,
    });
    const v2 = await as(ws.services, ana.token, 'reports.sign', {
      protocol: code,
      password: PASSWORD,
    });
    expect(v2).toMatchObject({ version: 2, amendsVersion: 1 });

    const after = await as(ws.services, ana.token, 'reports.pdf', { protocol: code, version: 1 });
    expect(after).toEqual(before);
    expect(sha256(Buffer.from(after.base64, 'base64'))).toBe(v1.pdfSha256);
    const stored = await ws.services.ctx.db
      .selectFrom('report_versions')
      .select(['version', 'content', 'content_sha256'])
      .orderBy('version')
      .execute();
    for (const v of stored) expect(sha256(v.content)).toBe(v.content_sha256);
    expect(pdfText(Buffer.from(after.base64, 'base64'))).toContain(
      `SHA-256 del contenido: ${v1.contentSha256}`,
    );

    const latest = await as(ws.services, ana.token, 'reports.pdf', { protocol: code });
    expect(latest.fileName).toBe(`Informe ${code.replace('/', '-')} v2.pdf`);
    const text = pdfText(Buffer.from(latest.base64, 'base64'));
    expect(text).toContain('Informe enmendado (versión 2)');
    expect(text).toMatch(/Reemplaza a la versión 1 del 04\/12\/2026 \d\d:\d\d/);
    expect(text).toContain('Se corrige el diagnóstico tras la inmunohistoquímica.');
    expect(text).toContain('Hemangiosarcoma cutáneo, bordes libres.');
    expect(text).toContain(`SHA-256 del contenido: ${v2.contentSha256}`);

    const view = await as(ws.services, ana.token, 'reports.get', { protocol: code });
    expect(view.versions.map((v) => [v.version, v.amendsVersion, v.diagnosis])).toEqual([
      [1, null, SECTIONS.diagnosis],
      [2, 1, 'Hemangiosarcoma cutáneo, bordes libres.'],
    ]);
    const missing = await attempt(ws.services, ana.token, 'reports.pdf', {
      protocol: code,
      version: 3,
    });
    expect(missing.ok || missing.error.message).toBe(
      `El protocolo ${code} no tiene una versión 3 firmada.`,
    );
  });
});
