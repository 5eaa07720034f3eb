// The signed-in frame: top navigation (each entry also on an Alt shortcut), the
// help panel, the user's menu and the current screen.

import { useEffect, useState } from 'react';
import {
  AccordionChevron,
  AppShell,
  Box,
  Button,
  Group,
  Kbd,
  Menu,
  Text,
  ThemeIcon,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { MessageKey } from '../src-shared/i18n/translate';
import { itemCode } from '../src-shared/processing';
import { LanguageSwitch } from './components/LanguageSwitch';
import { useI18n } from './i18n';
import { hasRole, useSession } from './session';
import { useCall } from './useCall';
import { benchPath, navigate, PATHS, protocolPath, useRoute, type Route } from './routes';
import { useScanAnywhere } from './useScanner';
import { HelpIcon, MicroscopeIcon } from './components/icons';
import { HelpDrawer } from './components/HelpDrawer';
import { Reception } from './screens/Reception';
import { Protocols } from './screens/Protocols';
import { ProtocolDetail } from './screens/ProtocolDetail';
import { Settings } from './screens/Settings';
import { Queues } from './screens/Queues';
import { Users } from './screens/Users';
import { Veterinarians } from './screens/Veterinarians';
import { Sync } from './screens/Sync';
import { Bench } from './screens/Bench';
import { Reports } from './screens/Reports';

interface NavItem {
  screen: Route['screen'];
  path: string;
  label: MessageKey;
  key: string;
}

export function Shell() {
  const { t } = useI18n();
  const { user, signOut } = useSession();
  const route = useRoute();
  const [helpOpen, setHelpOpen] = useState(false);

  const canReceive = hasRole(user, 'reception', 'admin');
  const atBench = hasRole(user, 'technician', 'admin');
  const canReport = hasRole(user, 'pathologist', 'admin');
  const isAdmin = hasRole(user, 'admin');
  const reception: NavItem = {
    screen: 'reception',
    path: PATHS.reception,
    label: 'ui.nav.reception',
    key: 'R',
  };
  const users: NavItem = { screen: 'users', path: PATHS.users, label: 'ui.nav.users', key: 'U' };
  const veterinarians: NavItem = {
    screen: 'veterinarians',
    path: PATHS.veterinarians,
    label: 'ui.nav.veterinarians',
    key: 'V',
  };
  // Every workstation shows its own sync state; the server's sync screen is
  // for its administrators only. Until the role is known, only admins see it.
  const role = useCall('sync.status', {}).data?.role;
  const canSeeSync = role === 'workstation' || isAdmin;
  const sync: NavItem = { screen: 'sync', path: PATHS.sync, label: 'ui.nav.sync', key: 'S' };
  const bench: NavItem = { screen: 'bench', path: PATHS.bench, label: 'ui.nav.bench', key: 'M' };
  const reports: NavItem = {
    screen: 'reports',
    path: PATHS.reports,
    label: 'ui.reports.nav',
    key: 'N',
  };
  const settings: NavItem = {
    screen: 'settings',
    path: PATHS.settings,
    label: 'ui.nav.settings',
    key: 'I',
  };
  // An admin's screens do not fit one row at 1280 px: the four that set the
  // lab up go under one menu, each still on its own Alt key.
  const grouped: NavItem[] = isAdmin ? [settings, sync, users, veterinarians] : [];
  const top: NavItem[] = [
    ...(canReceive ? [reception] : []),
    ...(atBench ? [bench] : []),
    { screen: 'protocols', path: PATHS.protocols, label: 'ui.nav.protocols', key: 'P' },
    ...(canReport ? [reports] : []),
    { screen: 'queues', path: PATHS.queues, label: 'ui.nav.queues', key: 'B' },
    ...(isAdmin ? [] : [settings, ...(canSeeSync ? [sync] : [])]),
  ];
  const items = [...top, ...grouped];

  useEffect(() => {
    if (route.screen !== 'home') return;
    const home = canReceive
      ? PATHS.reception
      : atBench
        ? PATHS.bench
        : canReport
          ? PATHS.reports
          : PATHS.protocols;
    navigate(home);
  }, [route.screen, canReceive, atBench, canReport]);

  // A protocol's code opens its record; a cassette's or slide's opens the bench on it.
  useScanAnywhere((scanned) => {
    if (scanned.type === 'protocol') navigate(protocolPath(scanned.protocolCode));
    else navigate(benchPath(itemCode(scanned.protocolCode, scanned.type, scanned.number)));
  });

  // Physical keys, so Alt+R works whatever the keyboard layout; inside inputs
  // too, since the reception screen always has the scan field focused.
  useHotkeys(
    [
      ...items.map(
        (item) =>
          [`alt+${item.key}`, () => navigate(item.path), { usePhysicalKeys: true }] as [
            string,
            () => void,
            { usePhysicalKeys: boolean },
          ],
      ),
      ['F1', () => setHelpOpen(true)],
    ],
    [],
  );

  const active =
    route.screen === 'protocol'
      ? 'protocols'
      : route.screen === 'report'
        ? 'reports'
        : route.screen;
  const inGroup = grouped.some((item) => item.screen === active);

  return (
    <AppShell header={{ height: 60 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Group gap={8} wrap="nowrap">
              <ThemeIcon size={34} radius="md" variant="light">
                <MicroscopeIcon size={22} />
              </ThemeIcon>
              <Text fw={700} size="lg">
                Patolab
              </Text>
            </Group>
            <Box component="nav" aria-label={t('ui.nav.main')}>
              <Group gap={4} wrap="nowrap">
                {top.map((item) => (
                  <Tooltip key={item.screen} label={`Alt+${item.key}`}>
                    <Button
                      component="a"
                      px="sm"
                      href={item.path}
                      variant={active === item.screen ? 'light' : 'subtle'}
                      color={active === item.screen ? undefined : 'gray'}
                      aria-current={active === item.screen ? 'page' : undefined}
                      aria-keyshortcuts={`Alt+${item.key}`}
                    >
                      {t(item.label)}
                    </Button>
                  </Tooltip>
                ))}
                {grouped.length > 0 && (
                  <Menu position="bottom-start" width={260}>
                    <Menu.Target>
                      <Button
                        px="sm"
                        variant={inGroup ? 'light' : 'subtle'}
                        color={inGroup ? undefined : 'gray'}
                        rightSection={<AccordionChevron size={14} aria-hidden="true" />}
                      >
                        {t('ui.reports.shell.admin')}
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {grouped.map((item) => (
                        <Menu.Item
                          key={item.screen}
                          component="a"
                          href={item.path}
                          aria-current={active === item.screen ? 'page' : undefined}
                          aria-keyshortcuts={`Alt+${item.key}`}
                          fw={active === item.screen ? 700 : undefined}
                          rightSection={
                            <Text size="xs" c="dimmed">
                              Alt+{item.key}
                            </Text>
                          }
                        >
                          {t(item.label)}
                        </Menu.Item>
                      ))}
                    </Menu.Dropdown>
                  </Menu>
                )}
              </Group>
            </Box>
          </Group>

          <Group gap="sm" wrap="nowrap">
            <Button
              variant="subtle"
              color="gray"
              leftSection={<HelpIcon />}
              onClick={() => setHelpOpen(true)}
              aria-keyshortcuts="F1"
              aria-label={t('ui.nav.help')}
            >
              {/* An admin's screens leave no room for the word on a 1366 px screen. */}
              <Box component="span" visibleFrom="xl">
                {t('ui.nav.help')}
              </Box>
            </Button>
            <LanguageSwitch />
            <Menu position="bottom-end" width={240}>
              <Menu.Target>
                <UnstyledButton
                  aria-label={t('ui.nav.userMenu')}
                  px="sm"
                  py={6}
                  style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                >
                  <Text size="sm" fw={600} lh={1.2}>
                    {user.displayName}
                  </Text>
                  <Text size="xs" c="dimmed" lh={1.2}>
                    {user.roles.map((role) => t(`ui.role.${role}`)).join(', ')}
                  </Text>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{user.email}</Menu.Label>
                <Menu.Item onClick={signOut}>{t('ui.nav.signOut')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Main bg="gray.0">
        <Screen route={route} />
        <Text size="xs" c="dimmed" ta="center" mt="xl">
          {t('ui.nav.shortcutsHint')} <Kbd size="xs">F1</Kbd>
        </Text>
      </AppShell.Main>

      <HelpDrawer
        opened={helpOpen}
        onClose={() => setHelpOpen(false)}
        shortcuts={items}
        showSync={canSeeSync}
        showBench={atBench}
        showReports={canReport}
      />
    </AppShell>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'reception':
      return <Reception />;
    case 'protocols':
      return <Protocols />;
    case 'protocol':
      return <ProtocolDetail key={route.code} code={route.code} />;
    case 'settings':
      return <Settings />;
    case 'queues':
      return <Queues />;
    case 'users':
      return <Users />;
    case 'veterinarians':
      return <Veterinarians />;
    case 'sync':
      return <Sync />;
    case 'bench':
      return <Bench code={route.code} />;
    case 'reports':
      return <Reports code={null} />;
    case 'report':
      return <Reports code={route.code} />;
    case 'home':
      return null;
  }
}
