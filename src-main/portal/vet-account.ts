// What the account methods read of a vet's account: the row by address or id,
// the person it belongs to (the lab's record once linked, the registration
// before), and the address's domain, which is all the log and the audit keep.

import type { Kysely } from 'kysely';
import type { Actor, VetPrincipal } from '../context';
import type { Database, VetAccountsTable } from '../db/schema';
import { AppError } from '../../src-shared/errors';
import type { VetProfileInput } from '../../src-shared/portal-contract';
import { parseLocale } from './account-view';

export type VetAccountRow = VetAccountsTable;

export interface Person {
  name: string;
  firstName: string;
  lastName: string;
  licenseNumber: string;
  /** DNI, CUIT, phone, address parts: what else the person's forms say. */
  other: unknown[];
}

export function registeredProfile(account: Pick<VetAccountsTable, 'profile'>): VetProfileInput {
  return JSON.parse(account.profile) as VetProfileInput;
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

export const accountLocale = (account: Pick<VetAccountsTable, 'locale'>) =>
  parseLocale(account.locale);

export function accountByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<VetAccountRow | undefined> {
  return db.selectFrom('vet_accounts').selectAll().where('email', '=', email).executeTakeFirst();
}

export function accountById(db: Kysely<Database>, id: string): Promise<VetAccountRow | undefined> {
  return db.selectFrom('vet_accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Who the account is: the lab's record once linked (the vet may have edited it), else as
 * registered.
 */
export async function personOf(db: Kysely<Database>, account: VetAccountRow): Promise<Person> {
  const record = account.veterinarian_id
    ? await db
        .selectFrom('veterinarians')
        .select(['first_name', 'last_name', 'license_number', 'dni', 'cuit', 'phone', 'address'])
        .where('id', '=', account.veterinarian_id)
        .executeTakeFirst()
    : undefined;
  const profile = registeredProfile(account);
  const firstName = record?.first_name ?? profile.firstName;
  const lastName = record?.last_name ?? profile.lastName;
  return {
    name: `${firstName} ${lastName}`,
    firstName,
    lastName,
    licenseNumber: record?.license_number ?? profile.licenseNumber,
    other: record
      ? [record.dni, record.cuit, record.phone, ...addressWords(record.address)]
      : [profile.dni, profile.cuit, profile.phone, ...Object.values(profile.address ?? {})],
  };
}

function addressWords(json: string | null): unknown[] {
  try {
    return json ? Object.values(JSON.parse(json) as Record<string, unknown>) : [];
  } catch {
    return [];
  }
}

/** What an attacker who knows the person could try first: for the password rule. */
export function personalData(email: string, person: Omit<Person, 'name'>): string[] {
  const other = person.other.filter((value): value is string => typeof value === 'string');
  return [email, person.firstName, person.lastName, person.licenseNumber, ...other];
}

/** The signed-in vet: the contract admits only vets to these methods, so this is a guard. */
export function signedInVet(actor: Actor): VetPrincipal {
  if (!actor.vet) throw new AppError('FORBIDDEN', 'error.forbidden');
  return actor.vet;
}
