// The link from the verification mail (`#/verificar/<token>`). The token is
// spent on the first call, so it is sent exactly once per page load, even when
// React mounts the screen twice; a used or expired link shows the server's
// reason and a way to ask for a new one.

import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Center, Loader, Stack } from '@mantine/core';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { PublicPage } from '../components/PublicPage';
import { ResendVerification } from '../components/ResendVerification';
import { PORTAL_PATHS } from '../routes';

type Outcome = { ok: true; email: string } | { ok: false; error: unknown };

const attempts = new Map<string, Promise<Outcome>>();

function verifyOnce(token: string): Promise<Outcome> {
  let attempt = attempts.get(token);
  if (!attempt) {
    attempt = call('auth.verifyEmail', { token }).then(
      ({ email }): Outcome => ({ ok: true, email }),
      (error: unknown): Outcome => ({ ok: false, error }),
    );
    attempts.set(token, attempt);
  }
  return attempt;
}

export function Verify({ token }: { token: string }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    let current = true;
    void verifyOnce(token).then((result) => current && setOutcome(result));
    return () => {
      current = false;
    };
  }, [token]);

  if (!outcome) {
    return (
      <PublicPage title={t('ui.portal.verify.title')}>
        <Center py="lg">
          <Loader aria-label={t('ui.portal.verify.checking')} />
        </Center>
      </PublicPage>
    );
  }

  if (outcome.ok) {
    return (
      <PublicPage title={t('ui.portal.verify.title')}>
        <Stack gap="md">
          <Alert color="teal" variant="light" role="status" style={{ overflowWrap: 'anywhere' }}>
            {t('ui.portal.verify.done', { email: outcome.email })}
          </Alert>
          <Button component="a" href={PORTAL_PATHS.signIn}>
            {t('ui.portal.verify.toSignIn')}
          </Button>
        </Stack>
      </PublicPage>
    );
  }

  return (
    <PublicPage title={t('ui.portal.verify.failedTitle')}>
      <ErrorAlert error={outcome.error} />
      <ResendVerification />
      <Anchor href={PORTAL_PATHS.signIn} size="sm">
        {t('ui.portal.backToSignIn')}
      </Anchor>
    </PublicPage>
  );
}
