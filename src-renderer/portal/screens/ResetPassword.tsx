// The link from the password-reset mail (`#/restablecer/<token>`): a new
// password, typed twice. The server checks the token and the password rule and
// signs the account out everywhere; the vet then signs in with the new one.

import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { PublicPage } from '../components/PublicPage';
import { PORTAL_PATHS } from '../routes';
import { NewPasswordFields } from '../components/NewPasswordFields';

export function ResetPassword({ token }: { token: string }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (password !== repeated) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    try {
      await call('auth.resetPassword', { token, password });
      setDone(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <PublicPage title={t('ui.portal.reset.title')}>
        <Alert color="teal" variant="light" role="status">
          {t('ui.portal.reset.done')}
        </Alert>
        <Button component="a" href={PORTAL_PATHS.signIn}>
          {t('ui.portal.verify.toSignIn')}
        </Button>
      </PublicPage>
    );
  }

  return (
    <PublicPage title={t('ui.portal.reset.title')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <NewPasswordFields
            password={password}
            repeated={repeated}
            mismatch={mismatch}
            onPassword={setPassword}
            onRepeated={setRepeated}
            autoFocus
          />
          {error !== null && <ErrorAlert error={error} />}
          <Button type="submit" loading={busy}>
            {t('ui.portal.reset.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor href={PORTAL_PATHS.forgot} size="sm">
        {t('ui.portal.reset.newLink')}
      </Anchor>
    </PublicPage>
  );
}
