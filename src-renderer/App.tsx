// Decides between the sign-in screen and the signed-in shell, and notices when
// the session ends underneath us (expired, revoked, server restarted).

import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import type { UserView } from '../src-shared/contract';
import { DEFAULT_TIME_ZONE } from '../src-shared/calendar';
import { call, onSignedOut } from './api';
import { useI18n } from './i18n';
import { SessionContext, type Session } from './session';
import { SignIn } from './screens/SignIn';
import { Shell } from './Shell';

type State =
  | { phase: 'loading' }
  | { phase: 'unreachable'; error: unknown }
  | { phase: 'signedOut'; expired: boolean }
  | { phase: 'signedIn'; user: UserView; timeZone: string };

async function timeZoneOrDefault(): Promise<string> {
  try {
    return (await call('settings.get', {})).timeZone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

export function App() {
  const { t, errorText } = useI18n();
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  const enter = useCallback(async (user: UserView) => {
    setState({ phase: 'signedIn', user, timeZone: await timeZoneOrDefault() });
  }, []);

  useEffect(() => {
    let current = true;
    call('session.me', {}).then(
      (user) => {
        if (!current) return;
        if (user) void enter(user);
        else setState({ phase: 'signedOut', expired: false });
      },
      (error: unknown) => current && setState({ phase: 'unreachable', error }),
    );
    return () => {
      current = false;
    };
  }, [enter, attempt]);

  const retry = () => {
    setState({ phase: 'loading' });
    setAttempt((n) => n + 1);
  };

  useEffect(() => onSignedOut(() => setState({ phase: 'signedOut', expired: true })), []);

  const signOut = useCallback(async () => {
    try {
      await call('session.signOut', {});
    } finally {
      setState({ phase: 'signedOut', expired: false });
    }
  }, []);

  const session = useMemo<Session | null>(
    () =>
      state.phase === 'signedIn'
        ? { user: state.user, timeZone: state.timeZone, signOut: () => void signOut() }
        : null,
    [state, signOut],
  );

  if (state.phase === 'loading') {
    return (
      <Center h="100vh">
        <Loader aria-label={t('ui.common.loading')} />
      </Center>
    );
  }
  if (state.phase === 'unreachable') {
    return (
      <Center h="100vh">
        <Stack maw={520}>
          <Alert color="red" title={t('ui.app.unreachableTitle')}>
            {errorText(state.error)}
          </Alert>
          <Button onClick={retry}>{t('ui.common.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  if (state.phase === 'signedOut' || !session) {
    return (
      <SignIn
        expired={state.phase === 'signedOut' && state.expired}
        onSignedIn={(user) => void enter(user)}
      />
    );
  }
  return (
    <SessionContext.Provider value={session}>
      <Shell />
    </SessionContext.Provider>
  );
}
