// The report editor's saves, pictures, phrase library, signature image and the
// lab's header, at a workstation of its own.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { histopathologyForm, openWorkstation, type Workstation } from '../../helpers/workstation';
import {
  addPathologist,
  as,
  attempt,
  micrograph,
  receivedProtocol,
  SECTIONS,
  signaturePng,
  type Pathologist,
} from './lab';
import { signatureIdFor } from '../../../src-main/reports/signature';
import { stableId } from '../../../src-main/sync/entities';
import { drawnPng } from '../../fixtures/report/sample-report';

let ws: Workstation;
let ana: Pathologist;

beforeEach(async () => {
  ws = await openWorkstation();
  ana = await addPathologist(ws, { email: 'ana.rios@patolab.local', name: 'Ana Ríos' });
});
afterEach(async () => ws?.close());

const db = () => ws.services.ctx.db;

async function outboxOf(entity: string) {
  const rows = await db()
    .selectFrom('sync_outbox')
    .select(['data', 'base'])
    .where('entity', '=', entity)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({ data: JSON.parse(r.data) as Record<string, unknown>, new: !r.base }));
}

describe('saving a draft', () => {
  it('makes version 1 at the first save; later saves record only what changed', async () => {
    const code = await receivedProtocol(ws);
    const first = await as(ws.services, ana.token, 'reports.saveDraft', {
      protocol: code,
      ...SECTIONS,
    });
    expect(first).toMatchObject({ version: 1, amendsVersion: null, updatedBy: 'Ana Ríos' });

    const second = await as(ws.services, ana.token, 'reports.saveDraft', {
      protocol: code,
      ...SECTIONS,
      diagnosis: 'Hemangiosarcoma cutáneo.',
      knownUpdatedAt: first.updatedAt,
    });
    expect(second.id).toBe(first.id);
    expect(second.diagnosis).toBe('Hemangiosarcoma cutáneo.');

    // Typed again with nothing new: nothing is written.
    await as(ws.services, ana.token, 'reports.saveDraft', {
      protocol: code,
      ...SECTIONS,
      diagnosis: 'Hemangiosarcoma cutáneo.',
      knownUpdatedAt: second.updatedAt,
    });

    const changes = await outboxOf('report_draft');
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatchObject({ new: true, data: { version: 1, ...SECTIONS } });
    expect(Object.keys(changes[1]!.data).sort()).toEqual(['diagnosis', 'updated_at', 'updated_by']);

    const audit = await db()
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'report.%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['report.draft_created']);
  });

  it('refuses a save from an older copy, naming who saved since and when', async () => {
    const code = await receivedProtocol(ws);
    const opened = await as(ws.services, ana.token, 'reports.saveDraft', {
      protocol: code,
      ...SECTIONS,
    });
    const luis = await addPathologist(ws, { email: 'luis.paz@patolab.local', name: 'Luis Paz' });
    await as(ws.services, luis.token, 'reports.saveDraft', {
      protocol: code,
      ...SECTIONS,
      comments: 'Comentario de Luis.',
      knownUpdatedAt: opened.updatedAt,
    });

    const stale = await attempt(ws.services, ana.token, 'reports.saveDraft', {
      protocol: code,
      ...SECTIONS,
      comments: 'Comentario de Ana.',
      knownUpdatedAt: opened.updatedAt,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(stale.ok || stale.error.message).toContain('lo guardó Luis Paz el 04/12/2026, 10:00');
    const view = await as(ws.services, ana.token, 'reports.get', { protocol: code });
    expect(view.draft?.comments).toBe('Comentario de Luis.');
  });

  it('takes microscopic notes only for live cassettes and slides of the protocol', async () => {
    const code = await receivedProtocol(ws);
    await ws.call('processing.voidCassette', { code: `${code}-C2`, reason: 'Casete vacío' });

    const saved = await as(ws.services, ana.token, 'reports.saveDraft', {
      protocol: code,
      ...SECTIONS,
      microscopicItems: [{ code: 'c1', text: 'Dermis con infiltrado.' }],
    });
    expect(saved.microscopicItems).toEqual([
      { code: `${code}-C1`, text: 'Dermis con infiltrado.' },
    ]);

    for (const bad of [`${code}-C2`, `${code}-C9`, 'HP 26/999-C1', `${code}-S1`]) {
      const refused = await attempt(ws.services, ana.token, 'reports.saveDraft', {
        protocol: code,
        ...SECTIONS,
        microscopicItems: [{ code: bad, text: 'Texto.' }],
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(refused.ok || refused.error.message).toContain('no es un casete ni un portaobjetos');
    }
    const view = await as(ws.services, ana.token, 'reports.get', { protocol: code });
    expect(view.items).toEqual([
      { code: `${code}-C1`, item: 'cassette', description: 'Piel, región dorsal' },
    ]);
    expect(view.draft?.microscopicItems).toEqual(saved.microscopicItems);
  });

  it('cannot start before the sample is received', async () => {
    const { temporaryCode } = await ws.call('protocols.submit', histopathologyForm());
    const refused = await attempt(ws.services, ana.token, 'reports.saveDraft', {
      protocol: temporaryCode,
      ...SECTIONS,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(refused.ok || refused.error.message).toContain('«Remitido»');
  });

  it('shows the protocol as the vet filled it', async () => {
    const code = await receivedProtocol(ws);
    const view = await as(ws.services, ana.token, 'reports.get', { protocol: code });
    expect(view.protocol).toMatchObject({
      code,
      kind: 'histopathology',
      status: 'processing',
      veterinarian: { name: 'Laura Gómez', license: '1234', email: 'laura.gomez@example.org' },
      animal: { species: 'Canino', breed: 'Caniche', sex: 'female', owner: 'Muñoz, José' },
      presumptiveDiagnosis: 'Neoplasia mamaria',
      clinicalHistory: 'Masa de crecimiento lento',
    });
    expect(view.draft).toBeNull();
    expect(view.signNeedsReason).toBe(true);
    expect(view.hasSignatureImage).toBe(false);
  });
});

describe('images on a report', () => {
  const png = () => signaturePng().toString('base64');

  it('are PNG or JPEG by their bytes, whatever the type declared', async () => {
    const code = await receivedProtocol(ws);
    const pdfBytes = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n').toString('base64');
    for (const [mime, base64] of [
      ['image/png', pdfBytes],
      ['image/jpeg', png()],
      ['image/png', micrograph().toString('base64')],
    ] as const) {
      const refused = await attempt(ws.services, ana.token, 'reports.addImage', {
        protocol: code,
        mime,
        base64,
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(refused.ok || refused.error.message).toContain('no es una imagen PNG ni JPEG');
    }
    const added = await as(ws.services, ana.token, 'reports.addImage', {
      protocol: code,
      caption: 'Detalle',
      mime: 'image/jpeg',
      base64: micrograph().toString('base64'),
    });
    expect(added).toMatchObject({ position: 1, caption: 'Detalle', bytes: micrograph().length });
    const back = await as(ws.services, ana.token, 'reports.image', { id: added.id });
    expect(Buffer.from(back.base64, 'base64').equals(micrograph())).toBe(true);
  });

  it('are four live ones at most, a megabyte each; a removed one leaves room', async () => {
    const code = await receivedProtocol(ws);
    const big = Buffer.concat([micrograph(), Buffer.alloc(1024 * 1024)]);
    const tooBig = await attempt(ws.services, ana.token, 'reports.addImage', {
      protocol: code,
      mime: 'image/jpeg',
      base64: big.toString('base64'),
    });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const added = await as(ws.services, ana.token, 'reports.addImage', {
        protocol: code,
        caption: `Figura ${i + 1}`,
        mime: 'image/jpeg',
        base64: micrograph(i % 3).toString('base64'),
      });
      ids.push(added.id);
    }
    const fifth = await attempt(ws.services, ana.token, 'reports.addImage', {
      protocol: code,
      mime: 'image/jpeg',
      base64: micrograph().toString('base64'),
    });
    expect(fifth.ok || fifth.error.message).toBe(
      'El informe ya tiene 4 imágenes; quite una antes de agregar otra.',
    );

    await as(ws.services, ana.token, 'reports.removeImage', { id: ids[1]! });
    await as(ws.services, ana.token, 'reports.addImage', {
      protocol: code,
      caption: 'Figura 5',
      mime: 'image/png',
      base64: png(),
    });
    const view = await as(ws.services, ana.token, 'reports.get', { protocol: code });
    expect(view.draft?.images.map((i) => [i.caption, i.position])).toEqual([
      ['Figura 1', 1],
      ['Figura 3', 3],
      ['Figura 4', 4],
      ['Figura 5', 5],
    ]);
    const removed = await db()
      .selectFrom('report_images')
      .select('removed_at')
      .where('id', '=', ids[1]!)
      .executeTakeFirstOrThrow();
    expect(removed.removed_at).not.toBeNull();
  });
});

describe("each pathologist's phrase library", () => {
  it('is their own: another pathologist neither sees nor edits it', async () => {
    const luis = await addPathologist(ws, { email: 'luis.paz@patolab.local', name: 'Luis Paz' });
    const phrase = await as(ws.services, ana.token, 'reports.savePhrase', {
      kind: 'diagnosis',
      title: 'Hemangiosarcoma',
      text: 'Hemangiosarcoma cutáneo, bordes libres.',
    });
    await as(ws.services, ana.token, 'reports.savePhrase', {
      kind: 'phrase',
      title: 'Epidermis normal',
      text: 'Epidermis sin alteraciones.',
    });
    expect(await as(ws.services, luis.token, 'reports.phrases', {})).toEqual([]);

    for (const method of ['reports.savePhrase', 'reports.removePhrase'] as const) {
      const input = { id: phrase.id, kind: 'phrase', title: 'Mía', text: 'Ahora es mía.' } as const;
      const refused = await attempt(ws.services, luis.token, method, input);
      expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }

    const edited = await as(ws.services, ana.token, 'reports.savePhrase', {
      id: phrase.id,
      kind: 'diagnosis',
      title: 'Hemangiosarcoma',
      text: 'Hemangiosarcoma cutáneo, bordes comprometidos.',
    });
    expect(edited.id).toBe(phrase.id);
    await as(ws.services, ana.token, 'reports.removePhrase', { id: (await listOf(ana))[1]!.id });
    expect((await listOf(ana)).map((p) => [p.kind, p.text])).toEqual([
      ['diagnosis', 'Hemangiosarcoma cutáneo, bordes comprometidos.'],
    ]);
  });

  async function listOf(p: Pathologist) {
    return as(ws.services, p.token, 'reports.phrases', {});
  }
});

describe('the signature image', () => {
  it('is one per pathologist, replaced by a new upload, its id made from theirs', async () => {
    expect(await as(ws.services, ana.token, 'reports.signature', {})).toBeNull();
    const refused = await attempt(ws.services, ana.token, 'reports.setSignature', {
      mime: 'image/png',
      base64: micrograph().toString('base64'),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    await as(ws.services, ana.token, 'reports.setSignature', {
      mime: 'image/png',
      base64: signaturePng().toString('base64'),
    });
    const second = drawnPng(200, 60, true, 11);
    await as(ws.services, ana.token, 'reports.setSignature', {
      mime: 'image/png',
      base64: second.toString('base64'),
    });
    const rows = await db().selectFrom('signature_images').select(['id', 'user_id']).execute();
    expect(rows).toEqual([{ id: signatureIdFor(ana.userId), user_id: ana.userId }]);
    const stored = await as(ws.services, ana.token, 'reports.signature', {});
    expect(stored).toEqual({ mime: 'image/png', base64: second.toString('base64') });
    expect(signatureIdFor(ana.userId)).toBe(stableId(`signature:${ana.userId}`));
    expect(await outboxOf('signature_image')).toMatchObject([{ new: true }, { new: false }]);
    const code = await receivedProtocol(ws);
    const view = await as(ws.services, ana.token, 'reports.get', { protocol: code });
    expect(view.hasSignatureImage).toBe(true);
  });
});

describe("the lab's header on reports", () => {
  it('starts with the faculty laboratory and is set by an admin, logo included', async () => {
    expect(await ws.call('reports.labHeader', {})).toEqual({
      name: 'Laboratorio de Anatomía Patológica Veterinaria',
      lines: ['Facultad de Ciencias Veterinarias'],
      hasLogo: false,
    });
    const set = await ws.call('reports.setLabHeader', {
      name: 'Laboratorio de Patología Veterinaria',
      lines: ['Facultad de Ciencias Veterinarias', 'Esperanza, Santa Fe'],
      logo: { mime: 'image/png', base64: signaturePng().toString('base64') },
    });
    expect(set.hasLogo).toBe(true);
    const kept = await ws.call('reports.setLabHeader', {
      name: 'Laboratorio de Patología Veterinaria',
      lines: ['Esperanza, Santa Fe'],
    });
    expect(kept).toEqual({
      name: 'Laboratorio de Patología Veterinaria',
      lines: ['Esperanza, Santa Fe'],
      hasLogo: true,
    });
    const removed = await ws.call('reports.setLabHeader', {
      name: 'Laboratorio de Patología Veterinaria',
      lines: [],
      logo: null,
    });
    expect(removed.hasLogo).toBe(false);
    const byPathologist = await attempt(ws.services, ana.token, 'reports.setLabHeader', {
      name: 'Otro laboratorio',
      lines: [],
    });
    expect(byPathologist).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
