import { afterEach, describe, expect, it } from 'vitest';
import { MAX_DRAFTS } from '../../../src-main/portal/drafts';
import { MAX_DRAFT_BYTES } from '../../../src-shared/portal-contract';
import {
  createVetAccount,
  fingerprint,
  openCentral,
  portalBackends,
  type Central,
  type VetAccount,
} from '../../helpers/vet-account';

const backends = await portalBackends();

for (const backend of backends) {
  describe.skipIf(backend.skip)(`a vet's drafts on ${backend.name}`, () => {
    let central: Central;
    afterEach(async () => central?.close());

    async function withVets(): Promise<[VetAccount, VetAccount]> {
      central = await openCentral({ postgres: backend.postgres });
      return [await createVetAccount(central), await createVetAccount(central)];
    }

    it('keeps one draft while the form is typed, saved every few seconds', async () => {
      const [vet] = await withVets();
      const first = await central.ask(vet.token, 'drafts.save', {
        kind: 'histopathology',
        data: { animal: { species: 'Can' } },
      });
      const second = await central.ask(vet.token, 'drafts.save', {
        id: first.id,
        kind: 'histopathology',
        data: { animal: { species: 'Canino', breed: 'Caniche' }, presumptiveDiagnosis: 'Neo' },
      });

      expect(second.id).toBe(first.id);
      expect(second.createdAt).toBe(first.createdAt);
      expect(second.updatedAt > first.updatedAt).toBe(true);
      expect(await central.ask(vet.token, 'drafts.list', {})).toEqual([
        {
          id: first.id,
          kind: 'histopathology',
          data: { animal: { species: 'Canino', breed: 'Caniche' }, presumptiveDiagnosis: 'Neo' },
          createdAt: first.createdAt,
          updatedAt: second.updatedAt,
        },
      ]);
    });

    it('lists the draft worked on last first', async () => {
      const [vet] = await withVets();
      const older = await central.ask(vet.token, 'drafts.save', { kind: 'cytology', data: {} });
      const newer = await central.ask(vet.token, 'drafts.save', { kind: 'cytology', data: {} });
      expect((await central.ask(vet.token, 'drafts.list', {})).map((d) => d.id)).toEqual([
        newer.id,
        older.id,
      ]);

      await central.ask(vet.token, 'drafts.save', {
        id: older.id,
        kind: 'histopathology',
        data: { sample: { containers: 2 } },
      });
      const list = await central.ask(vet.token, 'drafts.list', {});
      expect(list.map((d) => d.id)).toEqual([older.id, newer.id]);
      expect(list[0]!.kind).toBe('histopathology');
    });

    it("answers another vet's draft like a missing one, and changes nothing", async () => {
      const [vetA, vetB] = await withVets();
      const draft = await central.ask(vetA.token, 'drafts.save', {
        kind: 'cytology',
        data: { clinicalHistory: 'Nódulo cutáneo' },
      });
      const before = await fingerprint(central);

      const overwrite = await central.call(vetB.token, 'drafts.save', {
        id: draft.id,
        kind: 'cytology',
        data: { clinicalHistory: 'borrado' },
      });
      const unknown = await central.call(vetB.token, 'drafts.save', {
        id: '0193a1b2-0000-7000-8000-000000000000',
        kind: 'cytology',
        data: { clinicalHistory: 'borrado' },
      });
      const remove = await central.call(vetB.token, 'drafts.delete', { id: draft.id });

      expect(overwrite).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(overwrite).toEqual(unknown);
      expect(remove).toEqual(overwrite);
      expect(await central.ask(vetB.token, 'drafts.list', {})).toEqual([]);
      expect(await fingerprint(central)).toEqual(before);
      expect((await central.ask(vetA.token, 'drafts.list', {}))[0]!.data).toEqual({
        clinicalHistory: 'Nódulo cutáneo',
      });
    });

    it('deletes a draft of the vet, once', async () => {
      const [vet] = await withVets();
      const draft = await central.ask(vet.token, 'drafts.save', { kind: 'cytology', data: {} });
      expect(await central.ask(vet.token, 'drafts.delete', { id: draft.id })).toEqual({ ok: true });
      expect(await central.ask(vet.token, 'drafts.list', {})).toEqual([]);
      expect(await central.call(vet.token, 'drafts.delete', { id: draft.id })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: expect.stringContaining('borrador') },
      });
    });

    it(`keeps at most ${MAX_DRAFTS} drafts a vet, and says so when refusing another`, async () => {
      const [vet, other] = await withVets();
      const drafts = [];
      for (let i = 0; i < MAX_DRAFTS; i++) {
        drafts.push(
          await central.ask(vet.token, 'drafts.save', { kind: 'cytology', data: { n: i } }),
        );
      }
      const before = await fingerprint(central);
      const refused = await central.call(vet.token, 'drafts.save', {
        kind: 'cytology',
        data: { n: MAX_DRAFTS },
      });
      expect(refused).toMatchObject({
        ok: false,
        error: {
          code: 'CONFLICT',
          message:
            `Ya tiene ${MAX_DRAFTS} borradores guardados. ` +
            'Envíe o borre alguno antes de empezar otro.',
        },
      });
      expect(await fingerprint(central)).toEqual(before);

      // The ones already there still save, and another vet is not held back.
      await central.ask(vet.token, 'drafts.save', {
        id: drafts[0]!.id,
        kind: 'cytology',
        data: { n: 'editado' },
      });
      await central.ask(other.token, 'drafts.save', { kind: 'cytology', data: {} });
      expect(await central.ask(vet.token, 'drafts.list', {})).toHaveLength(MAX_DRAFTS);

      await central.ask(vet.token, 'drafts.delete', { id: drafts[1]!.id });
      await central.ask(vet.token, 'drafts.save', { kind: 'cytology', data: { n: 'nuevo' } });
    });

    it('refuses a draft larger than the limit, and changes nothing', async () => {
      const [vet] = await withVets();
      const before = await fingerprint(central);
      const outcome = await central.call(vet.token, 'drafts.save', {
        kind: 'histopathology',
        data: { clinicalHistory: 'x'.repeat(40 * 1024) },
      });
      expect(outcome).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(!outcome.ok && outcome.error.message).toContain('KB');
      expect(await fingerprint(central)).toEqual(before);
    });

    it('measures a draft in bytes, as it is stored: a text of «…» is three times its length', async () => {
      const [vet] = await withVets();
      // '{"clinicalHistory":"' and '"}' around the text; «…» is three bytes in UTF-8.
      const wrapping = '{"clinicalHistory":""}'.length;
      const fits = Math.floor((MAX_DRAFT_BYTES - wrapping) / 3);
      const under = { clinicalHistory: '…'.repeat(fits) };
      const over = { clinicalHistory: '…'.repeat(fits + 1) };
      expect(JSON.stringify(over).length).toBeLessThan(MAX_DRAFT_BYTES / 2);

      await central.ask(vet.token, 'drafts.save', { kind: 'histopathology', data: under });
      const before = await fingerprint(central);
      const outcome = await central.call(vet.token, 'drafts.save', {
        kind: 'histopathology',
        data: over,
      });
      expect(outcome).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(!outcome.ok && outcome.error.message).toContain('32 KB');
      expect(await fingerprint(central)).toEqual(before);
    });
  });
}
