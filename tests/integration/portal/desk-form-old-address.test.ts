import { afterEach, describe, expect, it } from 'vitest';
import { writeTransaction } from '../../../src-main/db/transaction';
import { idForEmail } from '../../../src-main/sync/entities';
import { editVeterinarianRecord } from '../../../src-main/veterinarians/record';
import { histopathologyForm } from '../../helpers/workstation';
import {
  createStaff,
  createVetAccount,
  openCentral,
  portalBackends,
  type Central,
  type VetAccount,
} from '../../helpers/vet-account';

const backends = await portalBackends();

const OLD_EMAIL = 'laura.gomez@veterinaria-sur.example';
const NEW_EMAIL = 'laura.gomez@clinica-norte.example';

for (const backend of backends) {
  describe.skipIf(backend.skip)(`a desk form under a vet's old address on ${backend.name}`, () => {
    let central: Central;
    afterEach(async () => central?.close());

    const records = () =>
      central.services.ctx.db
        .selectFrom('veterinarians')
        .selectAll()
        .orderBy('created_at')
        .execute();

    /** The vet opens the link mailed to their new address: the record and the account move. */
    async function moveAddress(vet: VetAccount, email: string) {
      const { ctx } = central.services;
      await writeTransaction(ctx.db, async (tx) => {
        await editVeterinarianRecord(tx, ctx, {
          id: vet.veterinarianId,
          set: { email },
          changes: { email: { from: vet.email, to: email } },
          by: 'Laura Gómez',
        });
        await tx
          .updateTable('vet_accounts')
          .set({ email })
          .where('id', '=', vet.accountId)
          .execute();
      });
    }

    it('is received under a record of its own; the vet who moved keeps theirs', async () => {
      central = await openCentral({ postgres: backend.postgres });
      const vet = await createVetAccount(central, { email: OLD_EMAIL });
      await moveAddress(vet, NEW_EMAIL);
      const [moved] = await records();
      expect(moved).toMatchObject({ id: idForEmail('veterinarian', OLD_EMAIL), email: NEW_EMAIL });

      const reception = await createStaff(central, ['reception']);
      const form = histopathologyForm();
      const outcome = await central.call(reception.token, 'protocols.submit', {
        ...form,
        veterinarian: { ...form.veterinarian, email: OLD_EMAIL },
      });
      expect(outcome).toMatchObject({ ok: true, result: { status: 'submitted' } });

      const [kept, made] = await records();
      expect(kept).toEqual(moved);
      expect(made).toMatchObject({ email: OLD_EMAIL, first_name: 'Laura', verified: 0 });
      expect(made!.id).not.toBe(moved!.id);
      const protocol = await central.services.ctx.db
        .selectFrom('protocols')
        .select('veterinarian_id')
        .executeTakeFirstOrThrow();
      expect(protocol.veterinarian_id).toBe(made!.id);

      // The next form for the old address finds that record, and the vet's own form theirs.
      await central.ask(reception.token, 'protocols.submit', {
        ...form,
        veterinarian: { ...form.veterinarian, email: OLD_EMAIL },
      });
      await central.ask(reception.token, 'protocols.submit', {
        ...form,
        veterinarian: { ...form.veterinarian, email: NEW_EMAIL },
      });
      const owners = await central.services.ctx.db
        .selectFrom('protocols')
        .select('veterinarian_id')
        .orderBy('created_at')
        .execute();
      expect(owners.map((p) => p.veterinarian_id)).toEqual([made!.id, made!.id, moved!.id]);
      expect(await records()).toHaveLength(2);
    });
  });
}
