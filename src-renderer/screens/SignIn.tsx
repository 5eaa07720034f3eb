// Staff sign in with email and password. Wrong passwords, locked and disabled
// accounts come back as error payloads and are shown as the services word them.

import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import type { UserView } from '../../src-shared/contract';
import { call } from '../api';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useI18n } from '../i18n';
import { MicroscopeIcon } from '../components/icons';

interface Props {
  expired: boolean;
  onSignedIn(user: UserView): void;
}

export function SignIn({ expired, onSignedIn }: Props) {
  const { t, errorText } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { user } = await call('session.signIn', { email, password });
      onSignedIn(user);
    } catch (caught) {
      setError(caught);
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={420} component="main">
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon size={44} radius="md" variant="light">
                <MicroscopeIcon size={28} />
              </ThemeIcon>
              <div>
                <Title order={1} size="h2">
                  Patolab
                </Title>
                <Text size="sm" c="dimmed">
                  {t('ui.app.tagline')}
                </Text>
              </div>
            </Group>

            {expired && !error && (
              <Alert color="yellow" variant="light">
                {t('ui.signIn.expired')}
              </Alert>
            )}
            {error !== null && (
              <Alert color="red" variant="light" title={t('ui.signIn.failedTitle')} role="alert">
                {errorText(error)}
              </Alert>
            )}

            <TextInput
              label={t('ui.signIn.email')}
              type="email"
              autoComplete="username"
              required
              data-autofocus
              autoFocus
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('ui.signIn.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <Button type="submit" loading={busy} size="md" fullWidth>
              {t('ui.signIn.submit')}
            </Button>

            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {t('ui.signIn.staffOnly')}
              </Text>
              <LanguageSwitch />
            </Group>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
