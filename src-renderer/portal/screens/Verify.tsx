// The link from the verification mail (`#/verificar/<token>`). The link alone
// does nothing: the vet types the password chosen at registration, so a mail
// scanner that opens links, or a vet who got the mail because someone else
// registered with her address, activates nothing. A used or expired link shows
// the server's reason and a way to ask for a new one.

import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { ApiError, call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { PublicPage } from '../components/PublicPage';
import { ResendVerification } from '../components/ResendVerification';
import { PORTAL_PATHS } from '../routes';

// Refusals that leave the link as it was: the vet may type the password again.
const RETRYABLE = new Set(['error.verifyPasswordWrong', 'error.signInThrottled']);

type State =
  | { phase: 'form'; error: unknown }
  | { phase: 'done'; email: string }
  | { phase: 'failed'; error: unknown };

export function Verify({ token }: { token: string }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [state, setState] = useState<State>({ phase: 'form', error: null });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const { email } = await call('auth.verifyEmail', { token, password });
      setState({ phase: 'done', email });
    } catch (error) {
      const retry = error instanceof ApiError && RETRYABLE.has(error.payload.key);
      setState(retry ? { phase: 'form', error } : { phase: 'failed', error });
    } finally {
      setBusy(false);
    }
  }

  if (state.phase === 'done') {
    return (
      <PublicPage title={t('ui.portal.verify.title')}>
        <Stack gap="md">
          <Alert color="teal" variant="light" role="status" style={{ overflowWrap: 'anywhere' }}>
            {t('ui.portal.verify.done', { email: state.email })}
          </Alert>
          <Button component="a" href={PORTAL_PATHS.signIn}>
            {t('ui.portal.verify.toSignIn')}
          </Button>
        </Stack>
      </PublicPage>
    );
  }

  if (state.phase === 'failed') {
    return (
      <PublicPage title={t('ui.portal.verify.failedTitle')}>
        <ErrorAlert error={state.error} />
        <ResendVerification />
        <Anchor href={PORTAL_PATHS.signIn} size="sm">
          {t('ui.portal.backToSignIn')}
        </Anchor>
      </PublicPage>
    );
  }

  return (
    <PublicPage title={t('ui.portal.verify.title')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('ui.portal.verify.intro')}</Text>
          {state.error ? <ErrorAlert error={state.error} /> : null}
          <PasswordInput
            label={t('ui.portal.field.password')}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            autoComplete="current-password"
            required
            autoFocus
          />
          <Button type="submit" loading={busy}>
            {t('ui.portal.verify.submit')}
          </Button>
        </Stack>
      </form>
    </PublicPage>
  );
}
