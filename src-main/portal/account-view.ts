// What a vet sees of their own account: the lab's record of them (names,
// license, contact) joined to the account's own choices.

import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../../src-shared/errors';
import {
  DEFAULT_NOTIFY,
  NOTIFIABLE_STATUSES,
  PORTAL_LOCALES,
  type NotifiableStatus,
  type VetAccountView,
} from '../../src-shared/portal-contract';

export function parseNotify(text: string | null | undefined): NotifiableStatus[] {
  if (!text) return [...DEFAULT_NOTIFY];
  const list = JSON.parse(text) as unknown;
  if (!Array.isArray(list)) return [...DEFAULT_NOTIFY];
  return NOTIFIABLE_STATUSES.filter((status) => list.includes(status));
}

export function parseLocale(text: string | null | undefined): VetAccountView['locale'] {
  return PORTAL_LOCALES.find((locale) => locale === text) ?? 'es-AR';
}

export async function loadVetAccountView(
  db: Kysely<Database>,
  accountId: string,
): Promise<VetAccountView> {
  const row = await db
    .selectFrom('vet_accounts')
    .innerJoin('veterinarians', 'veterinarians.id', 'vet_accounts.veterinarian_id')
    .select([
      'vet_accounts.id',
      'vet_accounts.email',
      'vet_accounts.locale',
      'vet_accounts.notify',
      'veterinarians.first_name',
      'veterinarians.last_name',
      'veterinarians.license_number',
      'veterinarians.phone',
      'veterinarians.dni',
      'veterinarians.cuit',
      'veterinarians.address',
      'veterinarians.verified',
    ])
    .where('vet_accounts.id', '=', accountId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'error.notFound', { what: 'la cuenta' });
  return {
    id: row.id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    licenseNumber: row.license_number,
    phone: row.phone,
    dni: row.dni,
    cuit: row.cuit,
    address: row.address ? (JSON.parse(row.address) as VetAccountView['address']) : null,
    labVerified: row.verified === 1,
    locale: parseLocale(row.locale),
    notify: parseNotify(row.notify),
  };
}
