import { afterEach, describe, expect, it } from 'vitest';
import {
  createStaff,
  createVetAccount,
  openCentral,
  portalBackends,
  type Central,
} from '../../helpers/vet-account';

const backends = await portalBackends();

for (const backend of backends) {
  describe.skipIf(backend.skip)(`signing out on ${backend.name}`, () => {
    let central: Central;
    afterEach(async () => central?.close());

    it("the staff sign-out ends a vet's session too", async () => {
      central = await openCentral({ postgres: backend.postgres });
      const vet = await createVetAccount(central);
      const colleague = await createVetAccount(central);
      expect(await central.ask(vet.token, 'auth.me', {})).toMatchObject({ email: vet.email });

      expect(await central.call(vet.token, 'session.signOut', {})).toEqual({
        ok: true,
        result: { ok: true },
      });
      expect(await central.ask(vet.token, 'auth.me', {})).toBeNull();
      expect(await central.call(vet.token, 'profile.get', {})).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      });
      // Only that session ends.
      expect(await central.ask(colleague.token, 'auth.me', {})).toMatchObject({
        email: colleague.email,
      });
    });

    it("the portal's sign-out ends a staff member's session too", async () => {
      central = await openCentral({ postgres: backend.postgres });
      const reception = await createStaff(central, ['reception']);
      const admin = await createStaff(central, ['admin']);
      expect(await central.ask(reception.token, 'session.me', {})).toMatchObject({
        displayName: reception.name,
      });

      expect(await central.call(reception.token, 'auth.logout', {})).toEqual({
        ok: true,
        result: { ok: true },
      });
      expect(await central.ask(reception.token, 'session.me', {})).toBeNull();
      expect(await central.call(reception.token, 'protocols.search', {})).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      });
      expect(await central.ask(admin.token, 'session.me', {})).toMatchObject({
        displayName: admin.name,
      });
    });
  });
}
