// The signed report is always mailed, so the portal offers no choice that would seem to turn
// it off. A vet who ticked "report sent" when it was still a choice keeps their other choices.

import { afterEach, describe, expect, it } from 'vitest';
import {
  createVetAccount,
  openCentral,
  portalBackends,
  type Central,
} from '../../helpers/vet-account';

const backends = await portalBackends();

for (const backend of backends) {
  describe.skipIf(backend.skip)(`the vet's mail choices on ${backend.name}`, () => {
    let central: Central;
    afterEach(async () => central?.close());

    it('offer no choice about the report, and a new account starts with reception news', async () => {
      central = await openCentral({ postgres: backend.postgres });
      const vet = await createVetAccount(central);
      expect((await central.ask(vet.token, 'profile.get', {})).notify).toEqual([
        'received',
        'rejected',
      ]);

      const refused = await central.call(vet.token, 'profile.setNotifications', {
        notify: ['received', 'report_sent'],
        locale: 'es-AR',
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    });

    it('read choices stored with "report sent" among them, keeping the others', async () => {
      central = await openCentral({ postgres: backend.postgres });
      const vet = await createVetAccount(central);
      await central.services.ctx.db
        .updateTable('vet_accounts')
        .set({ notify: JSON.stringify(['received', 'ready', 'report_sent']) })
        .where('id', '=', vet.accountId)
        .execute();

      expect((await central.ask(vet.token, 'profile.get', {})).notify).toEqual([
        'received',
        'ready',
      ]);
      const saved = await central.ask(vet.token, 'profile.setNotifications', {
        notify: ['ready'],
        locale: 'en',
      });
      expect(saved).toMatchObject({ notify: ['ready'], locale: 'en' });
    });
  });
}
