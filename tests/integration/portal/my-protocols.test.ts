import { afterEach, describe, expect, it } from 'vitest';
import { histopathologyForm } from '../../helpers/workstation';
import {
  createStaff,
  createVetAccount,
  openCentral,
  portalBackends,
  portalForm,
  type Central,
  type StaffMember,
  type VetAccount,
} from '../../helpers/vet-account';
import { signReport } from '../../helpers/report-version';

const backends = await portalBackends();

function formFor(kind: 'histopathology' | 'cytology', animal: string) {
  const form = portalForm(kind);
  return { ...form, animal: { ...form.animal, identification: animal } };
}

for (const backend of backends) {
  describe.skipIf(backend.skip)(`a vet's own protocols on ${backend.name}`, () => {
    let central: Central;
    let reception: StaffMember;
    afterEach(async () => central?.close());

    async function withVets(): Promise<[VetAccount, VetAccount]> {
      central = await openCentral({ postgres: backend.postgres });
      reception = await createStaff(central, ['reception']);
      return [
        await createVetAccount(central, { email: 'laura.gomez@clinica.example' }),
        await createVetAccount(central, { email: 'ramiro.benitez@vete.example' }),
      ];
    }

    const submit = (vet: VetAccount, kind: 'histopathology' | 'cytology', animal: string) =>
      central.ask(vet.token, 'protocols.submit', formFor(kind, animal));

    it('lists only the vet’s protocols, newest first, paper forms included', async () => {
      const [vetA, vetB] = await withVets();
      const luna = await submit(vetA, 'histopathology', 'Luna');
      await submit(vetB, 'histopathology', 'Toby');
      const milo = await submit(vetA, 'cytology', 'Milo');
      // A paper form typed at the desk with the vet's address is the vet's protocol too.
      const paper = await central.ask(reception.token, 'protocols.submit', {
        ...histopathologyForm(),
        veterinarian: {
          ...histopathologyForm().veterinarian,
          email: 'laura.gomez@clinica.example',
        },
        animal: { species: 'Felino', sex: 'male', identification: 'Pancho' },
      });

      const list = await central.ask(vetA.token, 'protocols.listMine', {});
      expect(list.total).toBe(3);
      expect(list.items.map((p) => p.id)).toEqual([paper.id, milo.id, luna.id]);
      expect(list.items[1]).toEqual({
        id: milo.id,
        kind: 'cytology',
        temporaryCode: milo.temporaryCode,
        protocolNumber: null,
        status: 'submitted',
        animalSpecies: 'Canino',
        animalIdentification: 'Milo',
        ownerName: 'Muñoz, José',
        presumptiveDiagnosis: 'Neoplasia mamaria',
        submissionDate: '2026-12-03',
        createdAt: expect.any(String),
        receivedAt: null,
        reportAvailable: false,
      });

      const page = await central.ask(vetA.token, 'protocols.listMine', { limit: 2, offset: 2 });
      expect(page).toEqual({ total: 3, items: [list.items[2]] });
      expect((await central.ask(vetB.token, 'protocols.listMine', {})).total).toBe(1);
    });

    it('filters by status and says when a report was sent', async () => {
      const [vet] = await withVets();
      const luna = await submit(vet, 'histopathology', 'Luna');
      const milo = await submit(vet, 'cytology', 'Milo');
      const toby = await submit(vet, 'histopathology', 'Toby');
      await central.ask(reception.token, 'reception.receive', { code: luna.temporaryCode });
      await central.ask(reception.token, 'reception.reject', {
        code: milo.temporaryCode,
        reason: 'Portaobjetos rotos',
      });
      // A signed version is what makes the report available, whatever the status says.
      await central.ask(reception.token, 'reception.receive', { code: toby.temporaryCode });
      await signReport(central.services, toby.id);
      await central.services.ctx.db
        .updateTable('protocols')
        .set({ status: 'report_sent' })
        .where('id', '=', toby.id)
        .execute();

      const received = await central.ask(vet.token, 'protocols.listMine', { status: 'received' });
      expect(received.total).toBe(1);
      expect(received.items[0]).toMatchObject({
        id: luna.id,
        status: 'received',
        protocolNumber: 'HP 26/001',
        receivedAt: expect.any(String),
        reportAvailable: false,
      });
      const sent = await central.ask(vet.token, 'protocols.listMine', { status: 'report_sent' });
      expect(sent.items.map((p) => [p.id, p.reportAvailable])).toEqual([[toby.id, true]]);
      expect(await central.ask(vet.token, 'protocols.listMine', { status: 'processing' })).toEqual({
        items: [],
        total: 0,
      });
    });

    it('shows the detail with its status history and what reception said', async () => {
      const [vet] = await withVets();
      const luna = await submit(vet, 'histopathology', 'Luna');
      const milo = await submit(vet, 'cytology', 'Milo');
      await central.ask(reception.token, 'reception.receive', {
        code: luna.temporaryCode,
        condition: 'acceptable',
        notes: 'Nota interna del laboratorio',
      });
      await central.ask(reception.token, 'reception.reject', {
        code: milo.temporaryCode,
        reason: 'Portaobjetos rotos',
      });

      const received = await central.ask(vet.token, 'protocols.getMine', { id: luna.id });
      expect(received).toMatchObject({
        id: luna.id,
        protocolNumber: 'HP 26/001',
        sample: { material: 'Masa de 3x2 cm, cadena mamaria izquierda', containers: 1 },
        animal: { species: 'Canino', breed: 'Caniche', sex: 'female', identification: 'Luna' },
        clinicalHistory: 'Masa de crecimiento lento',
        reception: { outcome: 'received', sampleCondition: 'acceptable', rejectionReason: null },
        history: [
          { status: 'submitted', at: expect.any(String) },
          { status: 'received', at: expect.any(String) },
        ],
      });
      // Who worked on it at the lab and their internal notes stay at the lab.
      expect(JSON.stringify(received)).not.toContain('Nota interna');
      expect(JSON.stringify(received)).not.toContain(reception.name);

      const rejected = await central.ask(vet.token, 'protocols.getMine', { id: milo.id });
      expect(rejected).toMatchObject({
        status: 'rejected',
        sample: { technique: 'PAAF', site: 'Linfonódulo poplíteo', slides: 3 },
        reception: {
          outcome: 'rejected',
          sampleCondition: 'rejected',
          rejectionReason: 'Portaobjetos rotos',
        },
        history: [{ status: 'submitted' }, { status: 'rejected' }],
      });
    });

    it("answers another vet's protocol exactly like one that does not exist", async () => {
      const [vetA, vetB] = await withVets();
      const luna = await submit(vetA, 'histopathology', 'Luna');

      const foreign = await central.call(vetB.token, 'protocols.getMine', { id: luna.id });
      const unknown = await central.call(vetB.token, 'protocols.getMine', {
        id: '0193a1b2-0000-7000-8000-000000000000',
      });
      expect(foreign).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(foreign).toEqual(unknown);
      expect(JSON.stringify(foreign)).not.toContain(luna.temporaryCode);
    });
  });
}
