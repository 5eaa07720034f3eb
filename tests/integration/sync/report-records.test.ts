// Report records on the wire and where they land: big enough for a signed PDF
// or a photomicrograph, still small for everything else, and a record whose
// user or draft has not arrived is skipped without stopping the page.

import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src-main/services';
import { writeTransaction } from '../../../src-main/db/transaction';
import { applyChanges } from '../../../src-main/sync/bulk';
import { newId } from '../../../src-main/ids';
import { formatHlc } from '../../../src-shared/hlc';
import { changeLimit, wireChange, type WireChange } from '../../../src-shared/sync-wire';
import { openCentralServices } from '../../helpers/sync-changes';

const opened: Services[] = [];
afterEach(async () => {
  for (const node of opened.splice(0)) await node.close();
});

let tick = 0;
function change(entity: WireChange['entity'], data: WireChange['data']): WireChange {
  const hlc = formatHlc({ ms: Date.parse('2026-12-04T13:00:00Z'), counter: ++tick, node: 'desk' });
  return { id: newId(), entity, rowId: newId(), data, hlc, base: null };
}

const text = (chars: number) => 'x'.repeat(chars);

describe('a report record on the wire', () => {
  it('may carry a signed PDF, a picture or a signature, each up to what its limits imply', () => {
    const pdf = change('report_version', { pdf: text(6 * 1024 * 1024), content: text(100_000) });
    const image = change('report_image', { data: text(1_400_000) });
    const signature = change('signature_image', { data: text(280_000) });
    const draft = change('report_draft', { microscopic_items: text(800_000) });
    for (const c of [pdf, image, signature, draft])
      expect(wireChange.safeParse(c).success).toBe(true);
  });

  it('is refused beyond those limits, and ordinary records keep their small ones', () => {
    const over = (entity: WireChange['entity']) =>
      change(entity, { data: text(changeLimit(entity) + 1) });
    for (const entity of ['report_version', 'report_image', 'signature_image', 'report_draft']) {
      const parsed = wireChange.safeParse(over(entity as WireChange['entity']));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('cambio demasiado grande');
    }
    const protocol = change('protocol', { clinical_history: text(20_001) });
    expect(wireChange.safeParse(protocol).success).toBe(false);
    const phrase = change('report_phrase', { text: text(70 * 1024) });
    expect(wireChange.safeParse(phrase).success).toBe(false);
  });
});

describe('a report record whose user or draft is missing here', () => {
  it('is skipped, and the rest of the page is applied', async () => {
    const server = await openCentralServices();
    opened.push(server);
    const now = '2026-12-04T13:00:00.000Z';
    const user = change('user', {
      email: 'ana.rios@patolab.local',
      display_name: 'Ana Ríos',
      password_hash: 'x',
      roles: 'pathologist',
      license_number: 'MP 4521',
      active: 1,
      created_at: now,
      updated_at: now,
    });
    const phrase = (userId: string) =>
      change('report_phrase', {
        user_id: userId,
        kind: 'phrase',
        title: 'Epidermis',
        text: 'Epidermis sin alteraciones.',
        created_at: now,
        updated_at: now,
        removed_at: null,
      });
    const orphanImage = change('report_image', {
      draft_id: newId(),
      protocol_id: newId(),
      position: 1,
      caption: '',
      mime: 'image/png',
      data: 'iVBORw0KGgo=',
      sha256: '0'.repeat(64),
      created_by: 'Ana Ríos',
      created_at: now,
      updated_at: now,
      removed_at: null,
    });
    const orphanSignature = change('signature_image', {
      user_id: newId(),
      mime: 'image/png',
      data: 'iVBORw0KGgo=',
      created_at: now,
      updated_at: now,
    });
    const kept = phrase(user.rowId);

    await writeTransaction(server.ctx.db, (tx) =>
      applyChanges(tx, server.ctx, [user, phrase(newId()), orphanImage, orphanSignature, kept]),
    );
    const phrases = await server.ctx.db.selectFrom('report_phrases').select('id').execute();
    expect(phrases).toEqual([{ id: kept.rowId }]);
    expect(await server.ctx.db.selectFrom('report_images').select('id').execute()).toEqual([]);
    expect(await server.ctx.db.selectFrom('signature_images').select('id').execute()).toEqual([]);
  });
});
