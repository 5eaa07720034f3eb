// The postal address as the lab writes it on an envelope. Every part is
// optional: many vets give only a locality and a province.

import { Fieldset, Grid, TextInput } from '@mantine/core';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import { useI18n } from '../../i18n';
import type { FieldErrors } from '../form/field-errors';

export const ADDRESS_PARTS = [
  'province',
  'locality',
  'street',
  'number',
  'floor',
  'apartment',
  'postalCode',
] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];
export type AddressForm = Record<AddressPart, string>;

export const EMPTY_ADDRESS: AddressForm = {
  province: '',
  locality: '',
  street: '',
  number: '',
  floor: '',
  apartment: '',
  postalCode: '',
};

const LAYOUT: Record<AddressPart, { label: MessageKey; span: { base: number; sm: number } }> = {
  province: { label: 'ui.portal.field.province', span: { base: 12, sm: 6 } },
  locality: { label: 'ui.portal.field.locality', span: { base: 12, sm: 6 } },
  street: { label: 'ui.portal.field.street', span: { base: 12, sm: 6 } },
  number: { label: 'ui.portal.field.streetNumber', span: { base: 6, sm: 2 } },
  floor: { label: 'ui.portal.field.floor', span: { base: 6, sm: 2 } },
  apartment: { label: 'ui.portal.field.apartment', span: { base: 6, sm: 2 } },
  postalCode: { label: 'ui.portal.field.postalCode', span: { base: 6, sm: 4 } },
};

interface Props {
  value: AddressForm;
  onChange(value: AddressForm): void;
  errors: FieldErrors;
}

export function AddressFields({ value, onChange, errors }: Props) {
  const { t } = useI18n();
  return (
    <Fieldset
      legend={t('ui.portal.field.address')}
      variant="unstyled"
      p={0}
      m={0}
      className="portal-form-section"
    >
      <Grid gutter="sm">
        {ADDRESS_PARTS.map((part) => (
          <Grid.Col key={part} span={LAYOUT[part].span}>
            <TextInput
              label={t(LAYOUT[part].label)}
              value={value[part]}
              error={errors[part]}
              autoComplete={part === 'postalCode' ? 'postal-code' : undefined}
              onChange={(e) => onChange({ ...value, [part]: e.currentTarget.value })}
            />
          </Grid.Col>
        ))}
      </Grid>
    </Fieldset>
  );
}
