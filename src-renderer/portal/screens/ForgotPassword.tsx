// "Olvidé mi contraseña": the server answers the same whether or not the
// address has an account, so this screen always says the same thing.

import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { PublicPage } from '../components/PublicPage';
import { PORTAL_PATHS } from '../routes';

export function ForgotPassword() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await call('auth.requestPasswordReset', { email });
      setSent(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <PublicPage title={t('ui.portal.forgot.title')}>
      {sent ? (
        <Alert color="teal" variant="light" role="status" style={{ overflowWrap: 'anywhere' }}>
          {t('ui.portal.forgot.sent', { email: email.trim() })}
        </Alert>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('ui.portal.forgot.explain')}</Text>
            <TextInput
              label={t('ui.portal.field.email')}
              type="email"
              autoComplete="email"
              required
              autoFocus
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            {error !== null && <ErrorAlert error={error} />}
            <Button type="submit" loading={busy}>
              {t('ui.portal.forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor href={PORTAL_PATHS.signIn} size="sm">
        {t('ui.portal.backToSignIn')}
      </Anchor>
    </PublicPage>
  );
}
