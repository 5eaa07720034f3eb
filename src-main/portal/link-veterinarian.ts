// Once a vet has proven their mailbox, their account is tied to the lab's record
// of them (the veterinarians row that protocols point to and workstations sync).
// If the desk already typed a form with this address, that record is theirs: it
// is linked and takes the data the vet registered with, keeping what the lab
// knows that the vet left blank. Otherwise a record is made. Either way the
// change travels to the workstations and an edit is kept in the record's history.
// Never called before the address is proven: an unverified registration must
// not touch anyone's record.

import type { ServiceContext } from '../context';
import type { VeterinariansTable } from '../db/schema';
import type { Tx } from '../db/transaction';
import { newId } from '../ids';
import { inserted, recordChanges } from '../sync/record';
import { idForEmail } from '../sync/entities';
import type { VetProfileInput } from '../../src-shared/portal-contract';
import { registeredProfile, type VetAccountRow } from './vet-account';
import { licenseKey } from '../../src-shared/email-address';
import {
  addressJson,
  editVeterinarianRecord,
  PROFILE_COLUMNS,
  shownValue,
  type ProfileField,
  type RecordChanges,
} from '../veterinarians/record';

type Field = ProfileField;

/** What the vet registered, as the record's values; what they left blank is absent. */
function registeredValues(profile: VetProfileInput): Partial<Record<Field, string>> {
  const values: Partial<Record<Field, string | null | undefined>> = {
    firstName: profile.firstName,
    lastName: profile.lastName,
    licenseNumber: profile.licenseNumber,
    phone: profile.phone,
    dni: profile.dni,
    cuit: profile.cuit,
    address: addressJson(profile.address),
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value)) as Partial<
    Record<Field, string>
  >;
}

/**
 * Links the account to its record (made if need be); answers the record's id.
 * `fromRegistration: false` when the mailbox was proven by a password reset, not
 * by the registration's own link: whoever typed the registration may not be the
 * owner of the address, so what they typed is not written over the lab's record.
 */
export async function linkVeterinarian(
  tx: Tx,
  ctx: ServiceContext,
  account: VetAccountRow,
  { fromRegistration }: { fromRegistration: boolean } = { fromRegistration: true },
): Promise<string> {
  if (account.veterinarian_id) return account.veterinarian_id;
  const profile = registeredProfile(account);
  const values = registeredValues(profile);
  const now = ctx.clock.now().toISOString();

  const existing = await tx
    .selectFrom('veterinarians')
    .selectAll()
    .where('email', '=', account.email)
    .executeTakeFirst();
  let recordId: string;
  let license = account.license_key;
  if (!existing) {
    recordId = await newRecord(tx, ctx, account.email, values, now);
  } else if (fromRegistration) {
    const name = `${profile.firstName} ${profile.lastName}`;
    recordId = await applyToRecord(tx, ctx, existing, values, name);
  } else {
    recordId = existing.id;
    license = await freeLicenseKey(tx, account, existing.license_number);
  }

  await tx
    .updateTable('vet_accounts')
    .set({ veterinarian_id: recordId, license_key: license, updated_at: now })
    .where('id', '=', account.id)
    .execute();
  return recordId;
}

// The record's license becomes the account's, unless another account holds it.
async function freeLicenseKey(tx: Tx, account: VetAccountRow, licenseNumber: string) {
  const key = licenseKey(licenseNumber);
  const holder = await tx
    .selectFrom('vet_accounts')
    .select('id')
    .where('license_key', '=', key)
    .where('id', '!=', account.id)
    .executeTakeFirst();
  return key && !holder ? key : account.license_key;
}

async function applyToRecord(
  tx: Tx,
  ctx: ServiceContext,
  record: VeterinariansTable,
  values: Partial<Record<Field, string>>,
  changedBy: string,
): Promise<string> {
  const set: Partial<VeterinariansTable> = {};
  const changes: RecordChanges = {};
  for (const [field, value] of Object.entries(values) as [Field, string][]) {
    const before = record[PROFILE_COLUMNS[field]] as string | null;
    if (before === value) continue;
    set[PROFILE_COLUMNS[field]] = value as never;
    changes[field] = { from: shownValue(field, before), to: shownValue(field, value) };
  }
  if (Object.keys(changes).length === 0) return record.id;
  await editVeterinarianRecord(tx, ctx, { id: record.id, set, changes, by: changedBy });
  return record.id;
}

async function newRecord(
  tx: Tx,
  ctx: ServiceContext,
  email: string,
  values: Partial<Record<Field, string>>,
  now: string,
): Promise<string> {
  // The id a desk would give this address, so a form typed offline for the same
  // address meets this record; unless a record that changed its address holds it.
  let id = idForEmail('veterinarian', email);
  const holder = await tx
    .selectFrom('veterinarians')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  if (holder) id = newId();

  const row: VeterinariansTable = {
    id,
    email,
    first_name: values.firstName ?? '',
    last_name: values.lastName ?? '',
    license_number: values.licenseNumber ?? '',
    phone: values.phone ?? null,
    dni: values.dni ?? null,
    cuit: values.cuit ?? null,
    address: values.address ?? null,
    verified: 0,
    created_at: now,
    updated_at: now,
  };
  await tx.insertInto('veterinarians').values(row).execute();
  await recordChanges(tx, ctx, [inserted('veterinarian', row)]);
  return id;
}
