// The frame of the screens a vet sees before signing in: the lab's name, the
// language switch, and one card with the task at hand.

import type { ReactNode } from 'react';
import { Box, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { MicroscopeIcon } from '../../components/icons';
import { useI18n } from '../../i18n';

interface Props {
  title: string;
  /** Wider for the registration form, narrow for a password. */
  width?: number;
  children: ReactNode;
}

export function PublicPage({ title, width = 440, children }: Props) {
  const { t } = useI18n();
  return (
    <Box mih="100vh" bg="gray.0" px="sm" py="lg">
      <Paper
        withBorder
        shadow="sm"
        radius="md"
        p={{ base: 'md', sm: 'xl' }}
        maw={width}
        mx="auto"
        component="main"
      >
        <Stack gap="md">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon size={40} radius="md" variant="light">
                <MicroscopeIcon size={26} />
              </ThemeIcon>
              <div>
                <Text fw={700} size="lg" lh={1.1}>
                  Patolab
                </Text>
                <Text size="xs" c="dimmed">
                  {t('ui.portal.title')}
                </Text>
              </div>
            </Group>
            <LanguageSwitch />
          </Group>
          <Title order={1} size="h3">
            {title}
          </Title>
          {children}
        </Stack>
      </Paper>
    </Box>
  );
}
