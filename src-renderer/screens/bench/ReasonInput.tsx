// The reason a void or a redo must carry: required, and long enough to mean
// something to whoever reads the traceability later.

import { TextInput } from '@mantine/core';
import { useI18n } from '../../i18n';
import { visibleLength } from '../../../src-shared/clean-text';

/** The services refuse shorter reasons; the field says so before asking them. */
export const MIN_REASON = 3;

export function reasonTooShort(reason: string): boolean {
  return visibleLength(reason) < MIN_REASON;
}

export function ReasonInput(props: {
  label: string;
  placeholder: string;
  value: string;
  tooShort: boolean;
  onChange(value: string): void;
}) {
  const { t } = useI18n();
  return (
    <TextInput
      label={props.label}
      placeholder={props.placeholder}
      required
      data-autofocus
      maxLength={500}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      error={props.tooShort ? t('ui.bench.reasonRequired') : undefined}
    />
  );
}
