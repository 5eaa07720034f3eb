// A vet's own profile: the lab's record of them (names, license, contact), kept
// by the vet from the portal, with a history of what changed. The record is
// synced to the workstations, so every change travels like a desk edit. It
// must never touch any record but the caller's own, nor say who else holds a
// license number.

import type { Actor, ServiceContext, VetPrincipal } from '../context';
import type { VeterinariansTable } from '../db/schema';
import { writeTransaction, type Tx } from '../db/transaction';
import { AppError } from '../../src-shared/errors';
import { licenseKey } from '../../src-shared/email-address';
import {
  NOTIFIABLE_STATUSES,
  type NotifiableStatus,
  type VetAccountView,
  type VetProfileInput,
} from '../../src-shared/portal-contract';
import { appendAudit } from '../audit/append';
import { loadVetAccountView } from './account-view';
import {
  addressJson,
  editVeterinarianRecord,
  PROFILE_COLUMNS,
  shownValue,
  type ProfileField,
  type RecordChanges,
} from '../veterinarians/record';

type Field = ProfileField;
type FieldValues = Record<Field, string | null>;

/** What the admin's "verified" mark vouches for. */
const IDENTITY_FIELDS: readonly Field[] = ['licenseNumber', 'firstName', 'lastName'];

function storedValues(row: VeterinariansTable): FieldValues {
  let address: string | null = null;
  try {
    address = row.address ? addressJson(JSON.parse(row.address) as Record<string, unknown>) : null;
  } catch {
    // Unreadable JSON is no address a person could have meant; whatever they type replaces it.
    address = row.address;
  }
  return {
    firstName: row.first_name,
    lastName: row.last_name,
    licenseNumber: row.license_number,
    phone: row.phone,
    dni: row.dni,
    cuit: row.cuit,
    address,
  };
}

function typedValues(input: VetProfileInput): FieldValues {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    licenseNumber: input.licenseNumber,
    phone: input.phone ?? null,
    dni: input.dni ?? null,
    cuit: input.cuit ?? null,
    address: addressJson(input.address),
  };
}

async function loadOwnRecord(tx: Tx, vet: VetPrincipal): Promise<VeterinariansTable> {
  const row = await tx
    .selectFrom('veterinarians')
    .selectAll()
    .where('id', '=', vet.veterinarianId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'error.portal.veterinarianNotFound');
  return row;
}

// The license is a key of the accounts too: one license, one account. Whose it
// is stays unsaid, whatever the answer.
async function moveLicenseKey(tx: Tx, vet: VetPrincipal, licenseNumber: string, now: string) {
  const key = licenseKey(licenseNumber);
  const holder = await tx
    .selectFrom('vet_accounts')
    .select('id')
    .where('license_key', '=', key)
    .where('id', '!=', vet.accountId)
    .executeTakeFirst();
  if (holder) throw new AppError('CONFLICT', 'error.portal.licenseTaken');
  await tx
    .updateTable('vet_accounts')
    .set({ license_key: key, updated_at: now })
    .where('id', '=', vet.accountId)
    .execute();
}

export async function updateProfile(
  ctx: ServiceContext,
  actor: Actor,
  vet: VetPrincipal,
  input: VetProfileInput,
): Promise<VetAccountView> {
  await writeTransaction(ctx.db, async (tx) => {
    const row = await loadOwnRecord(tx, vet);
    const before = storedValues(row);
    const after = typedValues(input);
    const changed = (Object.keys(PROFILE_COLUMNS) as Field[]).filter((f) => before[f] !== after[f]);
    if (changed.length === 0) return;

    const now = ctx.clock.now().toISOString();
    if (changed.includes('licenseNumber')) await moveLicenseKey(tx, vet, input.licenseNumber, now);

    const set: Partial<VeterinariansTable> = {};
    const changes: RecordChanges = {};
    for (const field of changed) {
      set[PROFILE_COLUMNS[field]] = after[field] as never;
      changes[field] = {
        from: shownValue(field, before[field]),
        to: shownValue(field, after[field]),
      };
    }
    // The admin's mark vouches for a license under a name; another of either is
    // not what was checked, so the mark goes until an admin looks again.
    if (row.verified === 1 && changed.some((field) => IDENTITY_FIELDS.includes(field))) {
      set.verified = 0;
      changes.verified = { from: true, to: false };
    }
    await editVeterinarianRecord(tx, ctx, { id: row.id, set, changes, by: actor.name });
    // Which fields, not their values: the audit log keeps no personal details.
    await appendAudit(tx, ctx.clock, actor, {
      action: 'veterinarian.profile_updated',
      entityType: 'veterinarian',
      entityId: row.id,
      details: { fields: changed, by: 'portal' },
    });
  });
  return loadVetAccountView(ctx.db, vet.accountId);
}

/** This vet's record's changes, newest first, whoever made them (the vet or an admin). */
export async function profileHistory(ctx: ServiceContext, vet: VetPrincipal) {
  const rows = await ctx.db
    .selectFrom('veterinarian_changes')
    .selectAll()
    .where('veterinarian_id', '=', vet.veterinarianId)
    .orderBy('changed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    changedBy: row.changed_by,
    changedAt: row.changed_at,
    changes: JSON.parse(row.changes) as Record<string, { from: unknown; to: unknown }>,
  }));
}

/** Which status changes are mailed to the vet, and in which language. */
export async function setNotifications(
  ctx: ServiceContext,
  vet: VetPrincipal,
  input: { notify: readonly NotifiableStatus[]; locale: VetAccountView['locale'] },
): Promise<VetAccountView> {
  const notify = JSON.stringify(NOTIFIABLE_STATUSES.filter((s) => input.notify.includes(s)));
  await writeTransaction(ctx.db, async (tx) => {
    const account = await tx
      .selectFrom('vet_accounts')
      .select(['notify', 'locale'])
      .where('id', '=', vet.accountId)
      .executeTakeFirst();
    if (!account) throw new AppError('NOT_FOUND', 'error.notFound', { what: 'la cuenta' });
    if (account.notify === notify && account.locale === input.locale) return;
    await tx
      .updateTable('vet_accounts')
      .set({ notify, locale: input.locale, updated_at: ctx.clock.now().toISOString() })
      .where('id', '=', vet.accountId)
      .execute();
  });
  return loadVetAccountView(ctx.db, vet.accountId);
}
