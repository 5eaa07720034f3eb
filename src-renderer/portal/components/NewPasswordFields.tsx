// A new password typed twice, with the rule beside it, wherever a vet chooses one.

import { PasswordInput } from '@mantine/core';
import { useI18n } from '../../i18n';

interface Props {
  password: string;
  repeated: string;
  mismatch: boolean;
  onPassword(value: string): void;
  onRepeated(value: string): void;
  autoFocus?: boolean;
}

export function NewPasswordFields(props: Props) {
  const { t } = useI18n();
  return (
    <>
      <PasswordInput
        label={t('ui.portal.field.newPassword')}
        description={t('ui.portal.passwordRule')}
        autoComplete="new-password"
        required
        autoFocus={props.autoFocus}
        value={props.password}
        onChange={(e) => props.onPassword(e.currentTarget.value)}
      />
      <PasswordInput
        label={t('ui.portal.field.repeatPassword')}
        autoComplete="new-password"
        required
        value={props.repeated}
        error={
          props.mismatch ? <span role="alert">{t('ui.portal.passwordMismatch')}</span> : undefined
        }
        onChange={(e) => props.onRepeated(e.currentTarget.value)}
      />
    </>
  );
}
