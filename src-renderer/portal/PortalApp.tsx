// Decides between the public screens (sign in, register, verify, reset) and the
// signed-in portal, from what `auth.me` says. A link from a mail that needs a
// session (`#/protocolos/<id>`) asks for the sign-in and then opens where it pointed.

import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import type { VetAccountView } from '../../src-shared/portal-contract';
import { call, onSignedOut } from '../api';
import { useI18n } from '../i18n';
import { AccountContext, type PortalAccount } from './account';
import { navigate, PORTAL_PATHS, usePortalRoute, type PortalRoute } from './routes';
import { PortalFrame } from './PortalFrame';
import { SignIn } from './screens/SignIn';
import { Register } from './screens/Register';
import { ForgotPassword } from './screens/ForgotPassword';
import { ResetPassword } from './screens/ResetPassword';
import { Verify } from './screens/Verify';
import { MyProtocols } from './screens/MyProtocols';
import { MyProtocolDetail } from './screens/MyProtocolDetail';
import { NewProtocol } from './screens/NewProtocol';
import { Profile } from './screens/Profile';

type State =
  | { phase: 'loading' }
  | { phase: 'unreachable'; error: unknown }
  | { phase: 'signedOut'; expired: boolean }
  | { phase: 'signedIn'; account: VetAccountView };

const PUBLIC_ONLY: readonly PortalRoute['screen'][] = ['signIn', 'register', 'forgot', 'home'];

export function PortalApp() {
  const { t, errorText } = useI18n();
  const { route, visit } = usePortalRoute();
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    call('auth.me', {}).then(
      (account) => {
        if (!current) return;
        setState(account ? { phase: 'signedIn', account } : { phase: 'signedOut', expired: false });
      },
      (error: unknown) => current && setState({ phase: 'unreachable', error }),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  // Any call may find the session gone. A refused password (a wrong current
  // password when changing it) answers the same code, so the server is asked
  // once more before the screen is taken away.
  useEffect(
    () =>
      onSignedOut(() => {
        call('auth.me', {}).then(
          (account) => {
            if (account) return;
            setState((previous) =>
              previous.phase === 'signedIn' ? { phase: 'signedOut', expired: true } : previous,
            );
          },
          () => undefined,
        );
      }),
    [],
  );

  const signedIn = state.phase === 'signedIn';
  useEffect(() => {
    if (signedIn && PUBLIC_ONLY.includes(route.screen)) navigate(PORTAL_PATHS.protocols);
  }, [signedIn, route.screen]);

  const signOut = useCallback(async () => {
    try {
      await call('auth.logout', {});
    } finally {
      setState({ phase: 'signedOut', expired: false });
      navigate(PORTAL_PATHS.signIn);
    }
  }, []);

  const portal = useMemo<PortalAccount | null>(
    () =>
      state.phase === 'signedIn'
        ? {
            account: state.account,
            replace: (account) => setState({ phase: 'signedIn', account }),
            signOut: () => void signOut(),
          }
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
      <Center h="100vh" p="md">
        <Stack maw={520}>
          <Alert color="red" title={t('ui.app.unreachableTitle')} role="alert">
            {errorText(state.error)}
          </Alert>
          <Button
            onClick={() => {
              setState({ phase: 'loading' });
              setAttempt((n) => n + 1);
            }}
          >
            {t('ui.common.retry')}
          </Button>
        </Stack>
      </Center>
    );
  }

  // Links from mail work whether or not someone is signed in on this browser.
  if (route.screen === 'verify') return <Verify key={route.token} token={route.token} />;
  if (route.screen === 'reset') return <ResetPassword key={route.token} token={route.token} />;

  if (!portal) {
    const expired = state.phase === 'signedOut' && state.expired;
    const enter = (account: VetAccountView) => setState({ phase: 'signedIn', account });
    if (route.screen === 'register') return <Register />;
    if (route.screen === 'forgot') return <ForgotPassword />;
    return <SignIn expired={expired} onSignedIn={enter} />;
  }

  return (
    <AccountContext.Provider value={portal}>
      <PortalFrame route={route}>
        <Screen route={route} visit={visit} />
      </PortalFrame>
    </AccountContext.Provider>
  );
}

function Screen({ route, visit }: { route: PortalRoute; visit: number }) {
  switch (route.screen) {
    case 'protocol':
      return <MyProtocolDetail key={route.id} id={route.id} />;
    case 'newProtocol':
      return <NewProtocol key={`${route.draftId ?? 'new'} ${visit}`} draftId={route.draftId} />;
    case 'profile':
      return <Profile />;
    default:
      return <MyProtocols />;
  }
}
