// The names of a vet's own fields, for refusals and for the history of changes.

import type { MessageKey } from '../../../src-shared/i18n/translate';

export const PROFILE_FIELD_LABEL: Record<string, MessageKey> = {
  firstName: 'ui.portal.field.firstName',
  lastName: 'ui.portal.field.lastName',
  licenseNumber: 'ui.portal.field.license',
  phone: 'ui.portal.field.phone',
  dni: 'ui.portal.field.dni',
  cuit: 'ui.portal.field.cuit',
  email: 'ui.portal.field.email',
  address: 'ui.portal.field.address',
  'address.province': 'ui.portal.field.province',
  'address.locality': 'ui.portal.field.locality',
  'address.street': 'ui.portal.field.street',
  'address.number': 'ui.portal.field.streetNumber',
  'address.floor': 'ui.portal.field.floor',
  'address.apartment': 'ui.portal.field.apartment',
  'address.postalCode': 'ui.portal.field.postalCode',
  verified: 'ui.portal.profile.labVerified',
};

/** The history names fields as the server stores them (`license_number` or `licenseNumber`). */
export function profileFieldKey(field: string): string {
  return field.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}
