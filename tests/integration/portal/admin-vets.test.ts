import { afterEach, describe, expect, it } from 'vitest';
import { histopathologyForm } from '../../helpers/workstation';
import {
  createStaff,
  createVetAccount,
  fingerprint,
  openCentral,
  portalBackends,
  portalForm,
  type Central,
  type StaffMember,
} from '../../helpers/vet-account';

const backends = await portalBackends();

const deskForm = (email: string, firstName: string, lastName: string, licenseNumber: string) => ({
  ...histopathologyForm(),
  veterinarian: { firstName, lastName, email, licenseNumber },
});

for (const backend of backends) {
  describe.skipIf(backend.skip)(`the admin's list of veterinarians on ${backend.name}`, () => {
    let central: Central;
    let admin: StaffMember;
    afterEach(async () => central?.close());

    /** Four vets as a lab has them: on the portal, signing up, disabled, known from paper only. */
    async function withLab() {
      central = await openCentral({ postgres: backend.postgres });
      admin = await createStaff(central, ['admin']);
      const reception = await createStaff(central, ['reception']);
      const active = await createVetAccount(central, {
        email: 'laura.gomez@clinica.example',
        firstName: 'Laura',
        lastName: 'Gómez',
        licenseNumber: 'MP 1234',
      });
      await central.ask(active.token, 'protocols.submit', portalForm());

      const paperOnly = deskForm('abel.zarate@campo.example', 'Abel', 'Zárate', 'MV 77');
      await central.ask(reception.token, 'protocols.submit', paperOnly);
      await central.ask(reception.token, 'protocols.submit', paperOnly);

      const signingUp = deskForm('nora.acosta@vete.example', 'Nora', 'Acosta', 'MP 555');
      await central.ask(reception.token, 'protocols.submit', signingUp);
      await createVetAccount(central, {
        email: 'nora.acosta@vete.example',
        licenseNumber: 'MP 555',
        state: 'unverified',
      });
      const disabled = await createVetAccount(central, {
        email: 'pedro.ibarra@rural.example',
        firstName: 'Pedro',
        lastName: 'Ibarra',
        licenseNumber: 'MP 900',
        state: 'disabled',
      });
      return { active, disabled };
    }

    it('shows every veterinarian with their account state and number of protocols', async () => {
      const { active, disabled } = await withLab();
      const list = await central.ask(admin.token, 'veterinarians.list', {});
      expect(list.total).toBe(4);
      expect(list.items.map((v) => [v.lastName, v.account, v.protocols, v.verified])).toEqual([
        ['Acosta', 'unverified', 1, false],
        ['Gómez', 'active', 1, false],
        ['Ibarra', 'disabled', 0, false],
        ['Zárate', 'none', 2, false],
      ]);
      expect(list.items[1]).toEqual({
        id: active.veterinarianId,
        email: 'laura.gomez@clinica.example',
        firstName: 'Laura',
        lastName: 'Gómez',
        licenseNumber: 'MP 1234',
        verified: false,
        account: 'active',
        protocols: 1,
      });
      expect(list.items[2]!.id).toBe(disabled.veterinarianId);
    });

    it('finds vets by name without accents, by address or license, page by page', async () => {
      await withLab();
      const find = async (query: string) =>
        (await central.ask(admin.token, 'veterinarians.list', { query })).items.map(
          (v) => v.lastName,
        );
      expect(await find('gomez')).toEqual(['Gómez']);
      expect(await find('ZARATE abel')).toEqual(['Zárate']);
      expect(await find('vete.example')).toEqual(['Acosta']);
      expect(await find('MP 900')).toEqual(['Ibarra']);
      expect(await find('nadie')).toEqual([]);
      expect(await find('100%_')).toEqual([]);

      const page = await central.ask(admin.token, 'veterinarians.list', { limit: 2, offset: 1 });
      expect(page.total).toBe(4);
      expect(page.items.map((v) => v.lastName)).toEqual(['Gómez', 'Ibarra']);
    });

    it('marks a vet verified: the vet sees it, it travels, the audit keeps it', async () => {
      const { active } = await withLab();
      const before = await fingerprint(central);
      const view = await central.ask(admin.token, 'veterinarians.setVerified', {
        id: active.veterinarianId,
        verified: true,
      });
      expect(view).toMatchObject({ id: active.veterinarianId, verified: true, account: 'active' });

      const { db } = central.services.ctx;
      const edit = await db
        .selectFrom('sync_changes')
        .selectAll()
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(edit.seq).toBe((before['sync_changes.seq'] as number) + 1);
      expect(edit).toMatchObject({ entity: 'veterinarian', row_id: active.veterinarianId });
      expect(JSON.parse(edit.data)).toMatchObject({ verified: 1 });
      const audit = await db
        .selectFrom('audit_log')
        .selectAll()
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(audit).toMatchObject({
        action: 'veterinarian.verified',
        entity_id: active.veterinarianId,
        actor: admin.name,
      });

      expect(await central.ask(active.token, 'profile.get', {})).toMatchObject({
        labVerified: true,
      });
      expect(await central.ask(active.token, 'profile.history', {})).toEqual([
        {
          id: expect.any(String),
          changedBy: admin.name,
          changedAt: expect.any(String),
          changes: { verified: { from: false, to: true } },
        },
      ]);

      // Asking again for what already holds writes nothing; taking it back is a change again.
      const after = await fingerprint(central);
      await central.ask(admin.token, 'veterinarians.setVerified', {
        id: active.veterinarianId,
        verified: true,
      });
      expect(await fingerprint(central)).toEqual(after);
      const undone = await central.ask(admin.token, 'veterinarians.setVerified', {
        id: active.veterinarianId,
        verified: false,
      });
      expect(undone.verified).toBe(false);
      expect(await central.ask(active.token, 'profile.history', {})).toHaveLength(2);
    });

    it('refuses an unknown veterinarian and changes nothing', async () => {
      await withLab();
      const before = await fingerprint(central);
      const outcome = await central.call(admin.token, 'veterinarians.setVerified', {
        id: '0193a1b2-0000-7000-8000-000000000000',
        verified: true,
      });
      expect(outcome).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'No se encontró el veterinario.' },
      });
      expect(await fingerprint(central)).toEqual(before);
    });
  });
}
