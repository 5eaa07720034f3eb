// A vet signs in with the address and password they registered. An address not
// yet verified is told so by the server; the form then offers a new link.

import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { VetAccountView } from '../../../src-shared/portal-contract';
import { ApiError, call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { PublicPage } from '../components/PublicPage';
import { ResendVerification } from '../components/ResendVerification';
import { PORTAL_PATHS } from '../routes';

interface Props {
  expired: boolean;
  onSignedIn(account: VetAccountView): void;
}

export function SignIn({ expired, onSignedIn }: Props) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { account } = await call('auth.login', { email, password });
      onSignedIn(account);
    } catch (caught) {
      setError(caught);
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  // The server answers an unverified address like a wrong password (so the answer
  // tells nobody which addresses have accounts): a refused sign-in offers a new link.
  const unverified =
    error instanceof ApiError && ['UNAUTHENTICATED', 'FORBIDDEN'].includes(error.code);

  return (
    <PublicPage title={t('ui.portal.signIn.title')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          {expired && error === null && (
            <Alert color="yellow" variant="light">
              {t('ui.portal.signIn.expired')}
            </Alert>
          )}
          {error !== null && <ErrorAlert error={error} />}
          <TextInput
            label={t('ui.portal.field.email')}
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label={t('ui.portal.field.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={busy} fullWidth>
            {t('ui.portal.signIn.submit')}
          </Button>
        </Stack>
      </form>
      {unverified && <ResendVerification initialEmail={email} />}
      <Group justify="space-between" gap="xs">
        <Anchor href={PORTAL_PATHS.register} size="sm">
          {t('ui.portal.signIn.register')}
        </Anchor>
        <Anchor href={PORTAL_PATHS.forgot} size="sm">
          {t('ui.portal.signIn.forgot')}
        </Anchor>
      </Group>
    </PublicPage>
  );
}
