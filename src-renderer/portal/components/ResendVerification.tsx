// Asks for a new verification link. The server limits how often (three an hour,
// five minutes apart) and says until when; its words are shown as they come.

import { useState, type FormEvent } from 'react';
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';

interface Props {
  initialEmail?: string;
  /** Registration already knows the address: only the button is shown. */
  fixedEmail?: boolean;
}

export function ResendVerification({ initialEmail = '', fixedEmail = false }: Props) {
  const { t } = useI18n();
  const [email, setEmail] = useState(initialEmail);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSent(false);
    try {
      await call('auth.resendVerification', { email });
      setSent(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        {!fixedEmail && (
          <>
            <Text size="sm">{t('ui.portal.resend.explain')}</Text>
            <TextInput
              label={t('ui.portal.field.email')}
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
          </>
        )}
        {sent && (
          <Alert color="teal" variant="light" role="status">
            {t('ui.portal.resend.sent')}
          </Alert>
        )}
        {error !== null && <ErrorAlert error={error} />}
        <Button type="submit" variant="light" loading={busy}>
          {t('ui.portal.resend.submit')}
        </Button>
      </Stack>
    </form>
  );
}
