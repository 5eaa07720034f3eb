import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PORTAL_SUBMISSIONS_PER_HOUR } from '../../../src-main/portal/vet-submission';
import { handClock } from '../../helpers/portal-lab';
import { histopathologyForm } from '../../helpers/workstation';
import {
  createStaff,
  createVetAccount,
  fingerprint,
  openCentral,
  portalBackends,
  portalForm,
  type Central,
  type VetAccount,
} from '../../helpers/vet-account';

const backends = await portalBackends();

const fromPortal = (extra: Record<string, unknown> = {}) => ({ ...portalForm(), ...extra });

for (const backend of backends) {
  describe.skipIf(backend.skip)(`a protocol submitted from the portal on ${backend.name}`, () => {
    let central: Central;
    afterEach(async () => central?.close());

    async function withVets(): Promise<[VetAccount, VetAccount]> {
      central = await openCentral({ postgres: backend.postgres });
      return [
        await createVetAccount(central, {
          email: 'laura.gomez@clinica.example',
          firstName: 'Laura',
          lastName: 'Gómez',
        }),
        await createVetAccount(central, {
          email: 'ramiro.benitez@vete.example',
          firstName: 'Ramiro',
          lastName: 'Benítez',
        }),
      ];
    }

    const protocols = () =>
      central.services.ctx.db.selectFrom('protocols').selectAll().orderBy('created_at').execute();

    it("gets its temporary code at once and belongs to the vet's own record", async () => {
      const [vet] = await withVets();
      const records = await central.services.ctx.db
        .selectFrom('veterinarians')
        .selectAll()
        .execute();

      const answer = await central.ask(vet.token, 'protocols.submit', fromPortal());
      expect(answer).toEqual({
        id: expect.any(String),
        temporaryCode: 'TMP-HP-20261204-001',
        status: 'submitted',
      });

      const [row] = await protocols();
      expect(row).toMatchObject({ id: answer.id, veterinarian_id: vet.veterinarianId });
      expect(row!.search_text).toContain('laura.gomez@clinica.example');
      const history = await central.services.ctx.db
        .selectFrom('status_history')
        .selectAll()
        .where('protocol_id', '=', answer.id)
        .execute();
      expect(history).toMatchObject([{ to_status: 'submitted', changed_by: 'Laura Gómez' }]);
      const travelled = await central.services.ctx.db
        .selectFrom('sync_changes')
        .select('entity')
        .where('row_id', 'in', [answer.id, history[0]!.id])
        .execute();
      expect(travelled.map((c) => c.entity).sort()).toEqual(['protocol', 'status_history']);
      const audit = await central.services.ctx.db
        .selectFrom('audit_log')
        .selectAll()
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(audit).toMatchObject({ action: 'protocol.submitted', entity_id: answer.id });
      expect(JSON.parse(audit.details)).toMatchObject({ from: 'portal' });

      // The lab's records of veterinarians are as they were.
      expect(
        await central.services.ctx.db.selectFrom('veterinarians').selectAll().execute(),
      ).toEqual(records);
    });

    it("may repeat the vet's own block, which never rewrites the record", async () => {
      const [vet] = await withVets();
      const { veterinarian } = histopathologyForm();
      const answer = await central.ask(
        vet.token,
        'protocols.submit',
        fromPortal({
          veterinarian: {
            ...veterinarian,
            email: ' Laura.Gomez@Clinica.example ',
            lastName: 'Otra',
            phone: '+54 11 4444 5555',
          },
        }),
      );
      const [row] = await protocols();
      expect(row!.id).toBe(answer.id);
      expect(row!.veterinarian_id).toBe(vet.veterinarianId);
      expect(await central.ask(vet.token, 'profile.get', {})).toMatchObject({
        lastName: 'Gómez',
        phone: '+54 342 555 0101',
      });
    });

    it("is refused in another vet's name, keeping the draft and writing nothing", async () => {
      const [vet] = await withVets();
      const draft = await central.ask(vet.token, 'drafts.save', {
        kind: 'histopathology',
        data: {},
      });
      const before = await fingerprint(central);

      const outcome = await central.call(
        vet.token,
        'protocols.submit',
        fromPortal({
          draftId: draft.id,
          veterinarian: {
            ...histopathologyForm().veterinarian,
            email: 'ramiro.benitez@vete.example',
          },
        }),
      );
      expect(outcome).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(!outcome.ok && outcome.error.message).toContain('a su nombre');
      expect(await fingerprint(central)).toEqual(before);
    });

    it('spends its draft in the same transaction: it is never sent twice', async () => {
      const [vet] = await withVets();
      const draft = await central.ask(vet.token, 'drafts.save', {
        kind: 'histopathology',
        data: { presumptiveDiagnosis: 'Neoplasia mamaria' },
      });
      const kept = await central.ask(vet.token, 'drafts.save', { kind: 'cytology', data: {} });

      await central.ask(vet.token, 'protocols.submit', fromPortal({ draftId: draft.id }));
      expect((await central.ask(vet.token, 'drafts.list', {})).map((d) => d.id)).toEqual([kept.id]);

      const before = await fingerprint(central);
      const again = await central.call(
        vet.token,
        'protocols.submit',
        fromPortal({ draftId: draft.id }),
      );
      expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await fingerprint(central)).toEqual(before);
      expect(await protocols()).toHaveLength(1);
    });

    it("refuses the whole submission with another vet's draft, leaving it alone", async () => {
      const [vetA, vetB] = await withVets();
      const draft = await central.ask(vetA.token, 'drafts.save', {
        kind: 'histopathology',
        data: {},
      });
      const before = await fingerprint(central);

      const outcome = await central.call(
        vetB.token,
        'protocols.submit',
        fromPortal({ draftId: draft.id }),
      );
      expect(outcome).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', key: 'error.portal.draftNotFound' },
      });
      expect(await fingerprint(central)).toEqual(before);
      expect(await central.ask(vetA.token, 'drafts.list', {})).toHaveLength(1);
    });

    it('many forms at once go in batches, each with its own code; a foreign draft fails alone', async () => {
      const [laura, ramiro] = await withVets();
      const draft = await central.ask(laura.token, 'drafts.save', {
        kind: 'histopathology',
        data: { animal: { species: 'Felino' } },
      });

      const sends = Array.from({ length: 40 }, (_, i) =>
        central.call(i % 2 ? ramiro.token : laura.token, 'protocols.submit', fromPortal()),
      );
      // Ramiro names Laura's draft: his form is refused, the draft stays hers.
      sends.push(central.call(ramiro.token, 'protocols.submit', fromPortal({ draftId: draft.id })));
      sends.push(central.call(laura.token, 'protocols.submit', fromPortal({ draftId: draft.id })));
      const answers = await Promise.all(sends);

      const accepted = answers.filter((a) => a.ok);
      expect(accepted).toHaveLength(41);
      expect(answers[40]).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      const codes = accepted.map((a) =>
        a.ok ? (a.result as { temporaryCode: string }).temporaryCode : '',
      );
      expect(new Set(codes).size).toBe(41);

      const rows = await protocols();
      expect(rows).toHaveLength(41);
      expect(rows.filter((r) => r.veterinarian_id === ramiro.veterinarianId)).toHaveLength(20);
      expect(await central.ask(laura.token, 'drafts.list', {})).toEqual([]);

      const changes = await central.services.ctx.db
        .selectFrom('sync_changes')
        .select(['seq', 'entity'])
        .where('entity', 'in', ['protocol', 'status_history'])
        .orderBy('seq')
        .execute();
      expect(changes.filter((c) => c.entity === 'protocol')).toHaveLength(41);
      expect(changes.filter((c) => c.entity === 'status_history')).toHaveLength(41);
      const verified = await central.operator('audit.verify', {});
      expect(verified).toMatchObject({ ok: true, problem: null });
    });

    it(`takes at most ${MAX_PORTAL_SUBMISSIONS_PER_HOUR} forms an hour from one vet, then says to call the lab`, async () => {
      const clock = handClock();
      central = await openCentral({ postgres: backend.postgres, clock });
      const laura = await createVetAccount(central, { email: 'laura.gomez@clinica.example' });
      const ramiro = await createVetAccount(central, { email: 'ramiro.benitez@vete.example' });

      const sends = Array.from({ length: MAX_PORTAL_SUBMISSIONS_PER_HOUR }, () =>
        central.call(laura.token, 'protocols.submit', fromPortal()),
      );
      expect((await Promise.all(sends)).filter((a) => a.ok)).toHaveLength(
        MAX_PORTAL_SUBMISSIONS_PER_HOUR,
      );

      clock.advanceMinutes(30);
      const before = await fingerprint(central);
      const refused = await central.call(laura.token, 'protocols.submit', fromPortal());
      expect(refused).toMatchObject({
        ok: false,
        error: {
          code: 'RATE_LIMITED',
          message:
            `Desde el portal se pueden enviar hasta ${MAX_PORTAL_SUBMISSIONS_PER_HOUR} ` +
            'protocolos por hora y ya llegó a ese número. ' +
            'Si de verdad necesita enviar más, llame al laboratorio.',
        },
      });
      expect(await fingerprint(central)).toEqual(before);

      // Another vet is not held back, and an hour after the burst the portal takes forms again.
      await central.ask(ramiro.token, 'protocols.submit', fromPortal());
      clock.advanceMinutes(31);
      await central.ask(laura.token, 'protocols.submit', fromPortal());
      const rows = await protocols();
      expect(rows.filter((r) => r.veterinarian_id === laura.veterinarianId)).toHaveLength(
        MAX_PORTAL_SUBMISSIONS_PER_HOUR + 1,
      );
    });

    it('still needs the veterinarian from the desk, and takes no draft there', async () => {
      await withVets();
      const reception = await createStaff(central, ['reception']);
      const before = await fingerprint(central);

      const withoutVet = await central.call(reception.token, 'protocols.submit', fromPortal());
      expect(withoutVet).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: 'Faltan los datos del veterinario remitente.' },
      });
      const withDraft = await central.call(reception.token, 'protocols.submit', {
        ...histopathologyForm(),
        draftId: '0193a1b2-0000-7000-8000-000000000000',
      });
      expect(withDraft).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(await fingerprint(central)).toEqual(before);

      // The desk's own path is as it was: the veterinarian is matched or made by address.
      const answer = await central.ask(reception.token, 'protocols.submit', histopathologyForm());
      const [row] = await protocols();
      expect(row!.id).toBe(answer.id);
      const vet = await central.services.ctx.db
        .selectFrom('veterinarians')
        .select('email')
        .where('id', '=', row!.veterinarian_id)
        .executeTakeFirstOrThrow();
      expect(vet.email).toBe('laura.gomez@example.org');
    });
  });
}
