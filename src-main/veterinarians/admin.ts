// The admin's view of the lab's veterinarians: everyone the lab knows, from
// forms typed at the desk or from the portal, with the state of their portal
// account and how many protocols they sent; and the admin's mark that a vet's
// license was checked. The mark is lab data: it syncs and leaves a history.

import type { Kysely } from 'kysely';
import type { Actor, ServiceContext } from '../context';
import type { Database, VeterinariansTable } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import { AppError } from '../../src-shared/errors';
import { normaliseEmail } from '../../src-shared/email-address';
import { foldForSearch } from '../../src-shared/search-text';
import type { veterinarianAdminView } from '../../src-shared/portal-contract';
import type { z } from 'zod';
import { appendAudit } from '../audit/append';
import { editVeterinarianRecord } from './record';

type AdminView = z.infer<typeof veterinarianAdminView>;
type AccountState = AdminView['account'];
type ListedVet = Pick<
  VeterinariansTable,
  'id' | 'email' | 'first_name' | 'last_name' | 'license_number' | 'verified'
>;

const byName = new Intl.Collator('es', { sensitivity: 'base' });

function accountState(account: {
  active: number;
  veterinarian_id: string | null;
  email_verified_at: string | null;
}): AccountState {
  if (account.active !== 1) return 'disabled';
  return account.veterinarian_id && account.email_verified_at ? 'active' : 'unverified';
}

// A record's account is the one linked to it; before the address is verified,
// an account is not linked yet and is found by the record's address.
async function toAdminViews(db: Kysely<Database>, vets: ListedVet[]): Promise<AdminView[]> {
  if (vets.length === 0) return [];
  const ids = vets.map((v) => v.id);
  const emails = vets.map((v) => normaliseEmail(v.email));
  const [accounts, counts] = await Promise.all([
    db
      .selectFrom('vet_accounts')
      .select(['email', 'veterinarian_id', 'active', 'email_verified_at'])
      .where((eb) => eb.or([eb('veterinarian_id', 'in', ids), eb('email', 'in', emails)]))
      .execute(),
    db
      .selectFrom('protocols')
      .select(['veterinarian_id', (eb) => eb.fn.countAll<number>().as('count')])
      .where('veterinarian_id', 'in', ids)
      .groupBy('veterinarian_id')
      .execute(),
  ]);

  return vets.map((v) => {
    const account =
      accounts.find((a) => a.veterinarian_id === v.id) ??
      accounts.find((a) => !a.veterinarian_id && a.email === normaliseEmail(v.email));
    return {
      id: v.id,
      email: v.email,
      firstName: v.first_name,
      lastName: v.last_name,
      licenseNumber: v.license_number,
      verified: v.verified === 1,
      account: account ? accountState(account) : 'none',
      protocols: Number(counts.find((c) => c.veterinarian_id === v.id)?.count ?? 0),
    };
  });
}

// Matched here rather than in SQL so the search is accent- and case-blind
// ("gomez" finds "Gómez") alike on SQLite and PostgreSQL. A lab knows hundreds
// of veterinarians, not millions; the columns read are the few shown.
export async function listVeterinarians(
  ctx: ServiceContext,
  input: { query?: string; limit: number; offset: number },
): Promise<{ items: AdminView[]; total: number }> {
  const all = await ctx.db
    .selectFrom('veterinarians')
    .select(['id', 'email', 'first_name', 'last_name', 'license_number', 'verified'])
    .execute();
  const words = foldForSearch(input.query ?? '')
    .split(' ')
    .filter(Boolean);
  const matching = all.filter((v) => {
    const text = foldForSearch(`${v.first_name} ${v.last_name} ${v.email} ${v.license_number}`);
    return words.every((word) => text.includes(word));
  });
  matching.sort(
    (a, b) =>
      byName.compare(a.last_name, b.last_name) ||
      byName.compare(a.first_name, b.first_name) ||
      a.email.localeCompare(b.email),
  );
  const page = matching.slice(input.offset, input.offset + input.limit);
  return { items: await toAdminViews(ctx.db, page), total: matching.length };
}

export async function setVerified(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; verified: boolean },
): Promise<AdminView> {
  await writeTransaction(ctx.db, async (tx) => {
    const row = await tx
      .selectFrom('veterinarians')
      .select(['id', 'verified'])
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'error.portal.veterinarianNotFound');
    const verified = input.verified ? 1 : 0;
    if (row.verified === verified) return;

    await editVeterinarianRecord(tx, ctx, {
      id: row.id,
      set: { verified },
      changes: { verified: { from: row.verified === 1, to: input.verified } },
      by: actor.name,
    });
    await appendAudit(tx, ctx.clock, actor, {
      action: input.verified ? 'veterinarian.verified' : 'veterinarian.unverified',
      entityType: 'veterinarian',
      entityId: row.id,
    });
  });

  const row = await ctx.db
    .selectFrom('veterinarians')
    .select(['id', 'email', 'first_name', 'last_name', 'license_number', 'verified'])
    .where('id', '=', input.id)
    .executeTakeFirstOrThrow();
  const [view] = await toAdminViews(ctx.db, [row]);
  return view!;
}
