// Who the vet is, as the lab's record of them holds it: names, license, phone,
// DNI, CUIT/CUIL and postal address. Shared by registration and the profile, so
// both ask the same thing the same way; the server checks the numbers.

import { Grid, TextInput } from '@mantine/core';
import type { VetAccountView } from '../../../src-shared/portal-contract';
import { useI18n } from '../../i18n';
import { errorsUnder, type FieldErrors } from '../form/field-errors';
import { ADDRESS_PARTS, AddressFields, EMPTY_ADDRESS, type AddressForm } from './AddressFields';

export interface IdentityForm {
  firstName: string;
  lastName: string;
  licenseNumber: string;
  phone: string;
  dni: string;
  cuit: string;
  address: AddressForm;
}

export const EMPTY_IDENTITY: IdentityForm = {
  firstName: '',
  lastName: '',
  licenseNumber: '',
  phone: '',
  dni: '',
  cuit: '',
  address: EMPTY_ADDRESS,
};

export function identityFromAccount(account: VetAccountView): IdentityForm {
  const address = { ...EMPTY_ADDRESS };
  for (const part of ADDRESS_PARTS) address[part] = account.address?.[part] ?? '';
  return {
    firstName: account.firstName,
    lastName: account.lastName,
    licenseNumber: account.licenseNumber,
    phone: account.phone ?? '',
    dni: account.dni ?? '',
    cuit: account.cuit ?? '',
    address,
  };
}

interface Props {
  value: IdentityForm;
  onChange(value: IdentityForm): void;
  errors: FieldErrors;
}

export function IdentityFields({ value, onChange, errors }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<IdentityForm>) => onChange({ ...value, ...patch });
  return (
    <>
      <Grid gutter="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label={t('ui.portal.field.firstName')}
            required
            autoComplete="given-name"
            value={value.firstName}
            error={errors.firstName}
            onChange={(e) => set({ firstName: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label={t('ui.portal.field.lastName')}
            required
            autoComplete="family-name"
            value={value.lastName}
            error={errors.lastName}
            onChange={(e) => set({ lastName: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label={t('ui.portal.field.license')}
            description={t('ui.portal.field.licenseHelp')}
            required
            value={value.licenseNumber}
            error={errors.licenseNumber}
            onChange={(e) => set({ licenseNumber: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label={t('ui.portal.field.phone')}
            description={t('ui.portal.field.phoneHelp')}
            type="tel"
            autoComplete="tel"
            value={value.phone}
            error={errors.phone}
            onChange={(e) => set({ phone: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label={t('ui.portal.field.dni')}
            description={t('ui.portal.field.dniHelp')}
            inputMode="numeric"
            value={value.dni}
            error={errors.dni}
            onChange={(e) => set({ dni: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label={t('ui.portal.field.cuit')}
            description={t('ui.portal.field.cuitHelp')}
            inputMode="numeric"
            value={value.cuit}
            error={errors.cuit}
            onChange={(e) => set({ cuit: e.currentTarget.value })}
          />
        </Grid.Col>
      </Grid>
      <AddressFields
        value={value.address}
        onChange={(address) => set({ address })}
        errors={errorsUnder(errors, 'address')}
      />
    </>
  );
}
