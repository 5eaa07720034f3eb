import { afterEach, describe, expect, it } from 'vitest';
import {
  createStaff,
  createVetAccount,
  fingerprint,
  openCentral,
  portalBackends,
  type Central,
  type VetAccount,
} from '../../helpers/vet-account';

const backends = await portalBackends();

/** The profile form as a vet sends it, with the record's current names. */
const profileForm = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Laura',
  lastName: 'Gómez',
  licenseNumber: 'MP 1234',
  phone: '+54 342 555 0101',
  ...overrides,
});

for (const backend of backends) {
  describe.skipIf(backend.skip)(`a vet's profile on ${backend.name}`, () => {
    let central: Central;
    afterEach(async () => central?.close());

    async function withVet(): Promise<VetAccount> {
      central = await openCentral({ postgres: backend.postgres });
      return createVetAccount(central, {
        email: 'laura.gomez@clinica.example',
        firstName: 'Laura',
        lastName: 'Gómez',
        licenseNumber: 'MP 1234',
      });
    }

    const record = (id: string) =>
      central.services.ctx.db
        .selectFrom('veterinarians')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();

    it('shows the vet their own record and their mail choices', async () => {
      const vet = await withVet();
      expect(await central.ask(vet.token, 'profile.get', {})).toEqual({
        id: vet.accountId,
        email: 'laura.gomez@clinica.example',
        firstName: 'Laura',
        lastName: 'Gómez',
        licenseNumber: 'MP 1234',
        phone: '+54 342 555 0101',
        dni: null,
        cuit: null,
        address: null,
        labVerified: false,
        locale: 'es-AR',
        notify: ['received', 'rejected'],
      });
    });

    it('an update changes the lab record, keeps a history, and travels', async () => {
      const vet = await withVet();
      const before = await fingerprint(central);
      const view = await central.ask(
        vet.token,
        'profile.update',
        profileForm({
          lastName: 'Gómez Paz',
          licenseNumber: 'MP 1234-B',
          dni: '28.456.789',
          cuit: '27-28456789-2',
          address: {
            province: 'Santa Fe',
            locality: 'Esperanza',
            street: 'Sarmiento',
            number: '1450',
          },
        }),
      );

      expect(view).toMatchObject({
        lastName: 'Gómez Paz',
        licenseNumber: 'MP 1234-B',
        dni: '28.456.789',
        cuit: '27-28456789-2',
        address: {
          province: 'Santa Fe',
          locality: 'Esperanza',
          street: 'Sarmiento',
          number: '1450',
        },
      });
      const row = await record(vet.veterinarianId);
      expect(row.last_name).toBe('Gómez Paz');
      expect(JSON.parse(row.address!)).toEqual({
        province: 'Santa Fe',
        locality: 'Esperanza',
        street: 'Sarmiento',
        number: '1450',
      });
      const account = await central.services.ctx.db
        .selectFrom('vet_accounts')
        .select('license_key')
        .where('id', '=', vet.accountId)
        .executeTakeFirstOrThrow();
      expect(account.license_key).toBe('MP1234B');

      // Only what really changed is in the history, as the vet typed it.
      const [change] = await central.ask(vet.token, 'profile.history', {});
      expect(change!.changedBy).toBe('Laura Gómez');
      expect(change!.changes).toEqual({
        lastName: { from: 'Gómez', to: 'Gómez Paz' },
        licenseNumber: { from: 'MP 1234', to: 'MP 1234-B' },
        dni: { from: null, to: '28.456.789' },
        cuit: { from: null, to: '27-28456789-2' },
        address: {
          from: null,
          to: { province: 'Santa Fe', locality: 'Esperanza', street: 'Sarmiento', number: '1450' },
        },
      });

      // The workstations receive the edit; the audit log says which fields, not their values.
      const edit = await central.services.ctx.db
        .selectFrom('sync_changes')
        .selectAll()
        .where('entity', '=', 'veterinarian')
        .where('row_id', '=', vet.veterinarianId)
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(edit.seq).toBeGreaterThan(before['sync_changes.seq'] as number);
      expect(JSON.parse(edit.data)).toMatchObject({ last_name: 'Gómez Paz', dni: '28.456.789' });
      expect(edit.base).not.toBeNull();
      const audit = await central.services.ctx.db
        .selectFrom('audit_log')
        .selectAll()
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(audit).toMatchObject({
        action: 'veterinarian.profile_updated',
        entity_id: vet.veterinarianId,
      });
      expect(audit.details).not.toContain('28.456.789');
    });

    it('saving the same profile again writes nothing at all', async () => {
      const vet = await withVet();
      const form = profileForm({ address: { locality: 'Rafaela', street: 'Bv. Santa Fe' } });
      await central.ask(vet.token, 'profile.update', form);
      const before = await fingerprint(central);

      // The same address typed with its parts in another order is the same address.
      await central.ask(vet.token, 'profile.update', {
        ...form,
        address: { street: 'Bv. Santa Fe', locality: 'Rafaela', floor: '  ' },
      });
      expect(await fingerprint(central)).toEqual(before);
      expect(await central.ask(vet.token, 'profile.history', {})).toHaveLength(1);
    });

    it('refuses a CUIT whose check digit is wrong, and changes nothing', async () => {
      const vet = await withVet();
      const before = await fingerprint(central);
      const outcome = await central.call(
        vet.token,
        'profile.update',
        profileForm({ cuit: '27-28456789-3' }),
      );
      expect(outcome).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(!outcome.ok && outcome.error.message).toContain('dígito verificador');
      expect(await fingerprint(central)).toEqual(before);
    });

    it('refuses a license another account holds, naming no one, and changes nothing', async () => {
      const vet = await withVet();
      await createVetAccount(central, {
        email: 'otro.colega@vete.example',
        firstName: 'Ramiro',
        lastName: 'Benítez',
        licenseNumber: 'MP 2002',
      });
      const before = await fingerprint(central);

      // Spaces, dots and case do not make another license.
      const outcome = await central.call(
        vet.token,
        'profile.update',
        profileForm({ licenseNumber: 'mp-2.002', phone: '+54 342 555 0199' }),
      );
      expect(outcome).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      const text = JSON.stringify(outcome);
      for (const detail of ['Ramiro', 'Benítez', 'otro.colega', 'vete.example']) {
        expect(text).not.toContain(detail);
      }
      expect(await fingerprint(central)).toEqual(before);
      expect((await record(vet.veterinarianId)).phone).toBe('+54 342 555 0101');
    });

    it('keeps the license when only its spelling changes, and the sign-in address', async () => {
      const vet = await withVet();
      const refused = await central.call(
        vet.token,
        'profile.update',
        profileForm({ email: 'otra@clinica.example' }),
      );
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

      await central.ask(vet.token, 'profile.update', profileForm({ licenseNumber: 'mp1234' }));
      expect((await record(vet.veterinarianId)).license_number).toBe('mp1234');
      expect((await central.ask(vet.token, 'profile.get', {})).email).toBe(
        'laura.gomez@clinica.example',
      );
    });

    it("a new license or name takes away the admin's verified mark; a new phone does not", async () => {
      const vet = await withVet();
      const admin = await createStaff(central, ['admin']);
      const verify = () =>
        central.ask(admin.token, 'veterinarians.setVerified', {
          id: vet.veterinarianId,
          verified: true,
        });

      await verify();
      let typed: Record<string, string> = { phone: '+54 342 555 0202' };
      await central.ask(vet.token, 'profile.update', profileForm(typed));
      expect(await central.ask(vet.token, 'profile.get', {})).toMatchObject({ labVerified: true });

      const changes: Record<string, string>[] = [
        { licenseNumber: 'MP 9876' },
        { firstName: 'Laura Inés' },
        { lastName: 'Gómez Paz' },
      ];
      for (const change of changes) {
        await verify();
        typed = { ...typed, ...change };
        const view = await central.ask(vet.token, 'profile.update', profileForm(typed));
        expect(view.labVerified).toBe(false);
        const [entry] = await central.ask(vet.token, 'profile.history', {});
        expect(Object.keys(entry!.changes).sort()).toEqual([...Object.keys(change), 'verified']);
        expect(entry!.changes.verified).toEqual({ from: true, to: false });
        const { items } = await central.ask(admin.token, 'veterinarians.list', {
          query: 'laura.gomez@clinica.example',
        });
        expect(items).toMatchObject([{ id: vet.veterinarianId, verified: false }]);
      }
    });

    it('lists the history newest first', async () => {
      const vet = await withVet();
      await central.ask(vet.token, 'profile.update', profileForm({ phone: '+54 342 555 0202' }));
      await central.ask(vet.token, 'profile.update', profileForm({ phone: '+54 342 555 0303' }));
      const history = await central.ask(vet.token, 'profile.history', {});
      expect(history.map((h) => h.changes.phone?.to)).toEqual([
        '+54 342 555 0303',
        '+54 342 555 0202',
      ]);
    });

    it('stores each mail choice once, in the order of a protocol life', async () => {
      const vet = await withVet();
      const view = await central.ask(vet.token, 'profile.setNotifications', {
        notify: ['ready', 'received', 'ready'],
        locale: 'en',
      });
      expect(view).toMatchObject({ notify: ['received', 'ready'], locale: 'en' });
      const account = await central.services.ctx.db
        .selectFrom('vet_accounts')
        .select(['notify', 'locale'])
        .where('id', '=', vet.accountId)
        .executeTakeFirstOrThrow();
      expect(account).toEqual({ notify: '["received","ready"]', locale: 'en' });

      const none = await central.ask(vet.token, 'profile.setNotifications', {
        notify: [],
        locale: 'es-AR',
      });
      expect(none).toMatchObject({ notify: [], locale: 'es-AR' });

      const before = await fingerprint(central);
      const refused = await central.call(vet.token, 'profile.setNotifications', {
        notify: ['received', 'submitted'],
        locale: 'es-AR',
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(await fingerprint(central)).toEqual(before);
    });
  });
}
