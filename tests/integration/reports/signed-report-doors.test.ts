// A signed report can no longer be edited, whichever door the edit comes
// through: the editor's save, adding or removing a picture, signing again, or
// an edit made offline at another desk that arrives by sync. Each door is
// tried and then the report's rows are compared with what they were.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src-main/services';
import { openWorkstation, type Workstation } from '../../helpers/workstation';
import { conflictsOn, deliver, openCentralServices, takeOutbox } from '../../helpers/sync-changes';
import {
  addPathologist,
  as,
  attempt,
  micrograph,
  PASSWORD,
  readyProtocol,
  SECTIONS,
  signaturePng,
  type Pathologist,
} from './lab';

// Desk B's clock runs five minutes after desk A's: by clocks alone, B's late
// edits would win over A's signature.
const EARLY = '2026-12-04T13:00:00Z';
const LATE = '2026-12-04T13:05:00Z';

let a: Workstation;
let b: Workstation;
let central: Services;
let atA: Pathologist;
let atB: Pathologist;

beforeEach(async () => {
  a = await openWorkstation({ clock: EARLY });
  b = await openWorkstation({ clock: LATE });
  central = await openCentralServices();
  // One account, made at each desk with the same email and so the same id.
  const who = { email: 'ana.rios@patolab.local', name: 'Ana Ríos' };
  atA = await addPathologist(a, who);
  atB = await addPathologist(b, who);
});
afterEach(async () => {
  await a?.close();
  await b?.close();
  await central?.close();
});

/** Everything a report is made of on a node, as rows. */
async function reportRows(node: Services) {
  const db = node.ctx.db;
  return {
    drafts: await db.selectFrom('report_drafts').selectAll().orderBy('id').execute(),
    images: await db.selectFrom('report_images').selectAll().orderBy('id').execute(),
    versions: await db.selectFrom('report_versions').selectAll().orderBy('id').execute(),
  };
}

describe('a signed report', () => {
  it('refuses edits through every door, and nothing of it changes', async () => {
    const code = await readyProtocol(a);
    await as(a.services, atA.token, 'reports.saveDraft', { protocol: code, ...SECTIONS });
    const image = await as(a.services, atA.token, 'reports.addImage', {
      protocol: code,
      caption: 'Vista panorámica',
      mime: 'image/jpeg',
      base64: micrograph().toString('base64'),
    });
    const shared = await takeOutbox(a.services);
    await deliver(b.services, shared);
    await deliver(central, shared);

    const opened = await as(b.services, atB.token, 'reports.get', { protocol: code });
    await as(a.services, atA.token, 'reports.sign', { protocol: code, password: PASSWORD });
    const signature = await takeOutbox(a.services);
    await deliver(central, signature);
    const signedAtA = await reportRows(a.services);
    const signedOnServer = await reportRows(central);

    // The editor's doors, at the desk that signed.
    const doors = [
      attempt(a.services, atA.token, 'reports.saveDraft', {
        protocol: code,
        ...SECTIONS,
        diagnosis: 'Otro diagnóstico.',
      }),
      attempt(a.services, atA.token, 'reports.addImage', {
        protocol: code,
        mime: 'image/png',
        base64: signaturePng().toString('base64'),
      }),
      attempt(a.services, atA.token, 'reports.removeImage', { id: image.id }),
      attempt(a.services, atA.token, 'reports.sign', { protocol: code, password: PASSWORD }),
    ];
    for (const outcome of await Promise.all(doors)) {
      expect(outcome).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(outcome.ok || outcome.error.message).toMatch(
        /ya está firmado \(versión 1, 04\/12\/2026, 10:00, por Ana Ríos\).*cree una enmienda/,
      );
    }

    // The sync door: desk B had not seen the signature, edited the draft and its
    // pictures offline, and syncs afterwards.
    await as(b.services, atB.token, 'reports.saveDraft', {
      protocol: code,
      ...SECTIONS,
      diagnosis: 'Diagnóstico escrito tarde en otra mesa.',
      knownUpdatedAt: opened.draft!.updatedAt,
    });
    await as(b.services, atB.token, 'reports.addImage', {
      protocol: code,
      caption: 'Agregada tarde',
      mime: 'image/png',
      base64: signaturePng().toString('base64'),
    });
    await as(b.services, atB.token, 'reports.removeImage', { id: image.id });
    const late = await takeOutbox(b.services);
    await deliver(central, late);
    await deliver(a.services, late);

    expect(await reportRows(a.services)).toEqual(signedAtA);
    expect(await reportRows(central)).toEqual(signedOnServer);
    const kept = await conflictsOn(central);
    expect(kept.map((c) => [c.entity, c.field]).sort()).toEqual([
      ['report_draft', 'diagnosis'],
      ['report_image', null],
      ['report_image', null],
    ]);
    const diagnosis = kept.find((c) => c.field === 'diagnosis')!;
    expect(JSON.parse(diagnosis.lost_value!)).toBe('Diagnóstico escrito tarde en otra mesa.');
    expect(JSON.parse(diagnosis.kept_value!)).toBe(SECTIONS.diagnosis);

    // And desk B, once the signature reaches it, holds what was signed.
    await deliver(b.services, signature);
    const atDeskB = await as(b.services, atB.token, 'reports.get', { protocol: code });
    expect(atDeskB.draft).toBeNull();
    expect(atDeskB.versions.map((v) => [v.version, v.diagnosis])).toEqual([
      [1, SECTIONS.diagnosis],
    ]);
    const draftAtB = (await reportRows(b.services)).drafts;
    expect(draftAtB).toEqual(signedAtA.drafts);
  });
});
