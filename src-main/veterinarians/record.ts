// The lab's record of a veterinarian, as the portal and admins change it: which
// profile field is which column, how an address is kept, and the one way to
// change a record: the row, an entry in its history and its sync record, in the
// caller's transaction.

import type { ServiceContext } from '../context';
import type { VeterinariansTable } from '../db/schema';
import type { Tx } from '../db/transaction';
import { newId } from '../ids';
import { edited, recordChanges } from '../sync/record';
import type { VetProfileInput } from '../../src-shared/portal-contract';

type Address = NonNullable<VetProfileInput['address']>;

const ADDRESS_PARTS = [
  'province',
  'locality',
  'street',
  'number',
  'floor',
  'apartment',
  'postalCode',
] as const satisfies readonly (keyof Address)[];

/** The profile's fields and the record's columns that hold them. */
export const PROFILE_COLUMNS = {
  firstName: 'first_name',
  lastName: 'last_name',
  licenseNumber: 'license_number',
  phone: 'phone',
  dni: 'dni',
  cuit: 'cuit',
  address: 'address',
} as const satisfies Record<keyof VetProfileInput, keyof VeterinariansTable>;

export type ProfileField = keyof typeof PROFILE_COLUMNS;

// An address is kept as JSON of its filled parts in one order, so the same
// address typed again (or stored by the desk with its keys in another order)
// is not a change.
export function addressJson(
  address: Partial<Record<keyof Address, unknown>> | null | undefined,
): string | null {
  if (!address) return null;
  const filled = ADDRESS_PARTS.filter((part) => typeof address[part] === 'string' && address[part]);
  if (filled.length === 0) return null;
  return JSON.stringify(Object.fromEntries(filled.map((part) => [part, address[part]])));
}

/** What a person reads in the history: an address as its parts, not as JSON text. */
export function shownValue(field: string, value: string | null): unknown {
  if (field !== 'address' || value === null) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

export type RecordChanges = Record<string, { from: unknown; to: unknown }>;

export async function editVeterinarianRecord(
  tx: Tx,
  ctx: ServiceContext,
  edit: { id: string; set: Partial<VeterinariansTable>; changes: RecordChanges; by: string },
): Promise<void> {
  const now = ctx.clock.now().toISOString();
  const set = { ...edit.set, updated_at: now };
  await tx.updateTable('veterinarians').set(set).where('id', '=', edit.id).execute();
  await tx
    .insertInto('veterinarian_changes')
    .values({
      id: newId(),
      veterinarian_id: edit.id,
      changed_by: edit.by,
      changed_at: now,
      changes: JSON.stringify(edit.changes),
    })
    .execute();
  await recordChanges(tx, ctx, [edited('veterinarian', edit.id, set)]);
}
