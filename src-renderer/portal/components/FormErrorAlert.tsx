// A refused form: when the server named fields, each one is listed by the label
// the vet sees beside it (the same messages also sit under the fields); any
// other refusal is shown as the server worded it. Announced as it appears.

import { Alert, List } from '@mantine/core';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import { AlertIcon } from '../../components/icons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import type { FieldErrors } from '../form/field-errors';

interface Props {
  error: unknown;
  errors: FieldErrors;
  labels: Record<string, MessageKey>;
}

export function FormErrorAlert({ error, errors, labels }: Props) {
  const { t } = useI18n();
  const named = Object.entries(errors).filter(([path]) => path in labels);
  if (named.length === 0 || named.length < Object.keys(errors).length) {
    return <ErrorAlert error={error} />;
  }
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<AlertIcon />}
      title={t('ui.portal.form.fixFields')}
    >
      <List size="sm" spacing={2}>
        {named.map(([path, message]) => (
          <List.Item key={path}>
            {t(labels[path]!)}: {message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
