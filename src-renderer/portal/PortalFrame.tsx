// The signed-in portal's frame: who is signed in, the way out, the three places
// a vet goes (their protocols, a new one, their profile) and the language. It
// wraps rather than scrolls sideways on a phone.

import type { ReactNode } from 'react';
import { Box, Button, Container, Group, Text, ThemeIcon } from '@mantine/core';
import type { MessageKey } from '../../src-shared/i18n/translate';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { MicroscopeIcon } from '../components/icons';
import { useI18n } from '../i18n';
import { fullName, useAccount } from './account';
import { PORTAL_PATHS, type PortalRoute } from './routes';

interface NavItem {
  path: string;
  label: MessageKey;
  current: boolean;
}

export function PortalFrame({ route, children }: { route: PortalRoute; children: ReactNode }) {
  const { t } = useI18n();
  const { account, signOut } = useAccount();

  const items: NavItem[] = [
    {
      path: PORTAL_PATHS.protocols,
      label: 'ui.portal.nav.protocols',
      current: route.screen === 'protocols' || route.screen === 'protocol',
    },
    {
      path: PORTAL_PATHS.newProtocol,
      label: 'ui.portal.nav.newProtocol',
      current: route.screen === 'newProtocol',
    },
    {
      path: PORTAL_PATHS.profile,
      label: 'ui.portal.nav.profile',
      current: route.screen === 'profile',
    },
  ];

  return (
    <Box mih="100vh" bg="gray.0">
      <Box
        component="header"
        bg="white"
        className="portal-no-print"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Container size="lg" px="sm" py="xs">
          <Group justify="space-between" gap="xs">
            <Group gap={8} wrap="nowrap">
              <ThemeIcon size={32} radius="md" variant="light">
                <MicroscopeIcon size={20} />
              </ThemeIcon>
              <div>
                <Text fw={700} lh={1.1}>
                  Patolab
                </Text>
                <Text size="xs" c="dimmed" lh={1.1} visibleFrom="xs">
                  {t('ui.portal.title')}
                </Text>
              </div>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <LanguageSwitch />
              <Button variant="default" size="xs" onClick={signOut}>
                {t('ui.nav.signOut')}
              </Button>
            </Group>
          </Group>
          <Group justify="space-between" gap="xs" mt="xs">
            <Box component="nav" aria-label={t('ui.nav.main')}>
              <Group gap={4}>
                {items.map((item) => (
                  <Button
                    key={item.path}
                    component="a"
                    href={item.path}
                    size="compact-sm"
                    variant={item.current ? 'light' : 'subtle'}
                    color={item.current ? undefined : 'gray'}
                    aria-current={item.current ? 'page' : undefined}
                  >
                    {t(item.label)}
                  </Button>
                ))}
              </Group>
            </Box>
            <Text size="sm" fw={600}>
              {fullName(account)}
            </Text>
          </Group>
        </Container>
      </Box>
      <Container size="lg" px="sm" py="md" component="main">
        {children}
      </Container>
    </Box>
  );
}
