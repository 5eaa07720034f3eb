// A failed call, shown as the services worded it, with a title saying what kind
// of problem it is.

import { Alert, type AlertProps } from '@mantine/core';
import type { MessageKey } from '../../src-shared/i18n/translate';
import { ApiError } from '../api';
import { useI18n } from '../i18n';
import { AlertIcon } from './icons';

const TITLE: Partial<Record<string, MessageKey>> = {
  NOT_FOUND: 'ui.errorTitle.notFound',
  CONFLICT: 'ui.errorTitle.conflict',
  VALIDATION: 'ui.errorTitle.validation',
  FORBIDDEN: 'ui.errorTitle.forbidden',
  LOCKED: 'ui.errorTitle.locked',
  UNAVAILABLE: 'ui.errorTitle.unavailable',
};

export function ErrorAlert({ error, ...rest }: { error: unknown } & Omit<AlertProps, 'title'>) {
  const { t, errorText } = useI18n();
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  return (
    <Alert
      color={code === 'CONFLICT' ? 'orange' : 'red'}
      variant="light"
      role="alert"
      icon={<AlertIcon />}
      title={t(TITLE[code] ?? 'ui.errorTitle.generic')}
      {...rest}
    >
      {errorText(error)}
    </Alert>
  );
}
