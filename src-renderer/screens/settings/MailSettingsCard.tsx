// The SMTP relay mail leaves through. The stored password is never sent back to
// the screen: an empty password field keeps it.

import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  PasswordInput,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { MethodOutput } from '../../../src-shared/contract';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { InfoIcon, MailIcon } from '../../components/icons';

interface Props {
  mail: MethodOutput<'settings.get'>['mail'];
  canEdit: boolean;
  defaultTestAddress: string;
  onSaved(): void;
}

export function MailSettingsCard({ mail, canEdit, defaultTestAddress, onSaved }: Props) {
  const { t } = useI18n();
  const stored = mail.stored;
  const [host, setHost] = useState(stored?.host ?? '');
  const [port, setPort] = useState<number>(stored?.port ?? 587);
  const [secure, setSecure] = useState(stored?.secure ?? false);
  const [user, setUser] = useState(stored?.user ?? '');
  const [password, setPassword] = useState('');
  const [fromAddress, setFromAddress] = useState(stored?.fromAddress ?? '');
  const [fromName, setFromName] = useState(stored?.fromName ?? '');
  const [testTo, setTestTo] = useState(defaultTestAddress);
  const [busy, setBusy] = useState<'save' | 'test' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy('save');
    setError(null);
    setNotice(null);
    try {
      await call('settings.setMail', {
        host,
        port,
        secure,
        user: user.trim() || undefined,
        password: password || undefined,
        fromAddress: fromAddress.trim(),
        fromName: fromName.trim() || undefined,
      });
      setPassword('');
      setNotice(t('ui.settings.saved'));
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  async function sendTest(event: FormEvent) {
    event.preventDefault();
    setBusy('test');
    setError(null);
    setNotice(null);
    try {
      setNotice((await call('mail.sendTest', { to: testTo.trim() })).message);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section">
      <Title order={2} size="h4" mb="xs">
        {t('ui.settings.mailTitle')}
      </Title>
      {mail.configured ? (
        <Text size="sm" c="dimmed" mb="md">
          {t('ui.settings.mailConfigured', { description: mail.description ?? '' })}
        </Text>
      ) : (
        <Alert color="yellow" variant="light" icon={<InfoIcon />} mb="md">
          {t('error.mailNotConfigured')}
        </Alert>
      )}
      {mail.source === 'env' && (
        <Alert color="blue" variant="light" icon={<InfoIcon />} mb="md">
          {t('ui.settings.mailFromEnv')}
        </Alert>
      )}

      <form onSubmit={(event) => void save(event)} noValidate>
        <Stack>
          {!canEdit && (
            <Text size="sm" c="orange.8">
              {t('ui.settings.adminOnly')}
            </Text>
          )}
          <Fieldset variant="unstyled" disabled={!canEdit}>
            <Stack>
              <Group grow align="flex-start">
                <TextInput
                  label={t('ui.settings.smtpHost')}
                  placeholder="smtp.unl.edu.ar"
                  required
                  value={host}
                  onChange={(e) => setHost(e.currentTarget.value)}
                />
                <NumberInput
                  label={t('ui.settings.smtpPort')}
                  min={1}
                  max={65535}
                  allowDecimal={false}
                  thousandSeparator={false}
                  value={port}
                  onChange={(value) => typeof value === 'number' && setPort(value)}
                  maw={140}
                />
              </Group>
              <Switch
                label={t('ui.settings.smtpSecure')}
                description={t('ui.settings.smtpSecureHelp')}
                checked={secure}
                onChange={(e) => setSecure(e.currentTarget.checked)}
              />
              <Group grow align="flex-start">
                <TextInput
                  label={t('ui.settings.smtpUser')}
                  autoComplete="off"
                  value={user}
                  onChange={(e) => setUser(e.currentTarget.value)}
                />
                <PasswordInput
                  label={t('ui.settings.smtpPassword')}
                  description={t('ui.settings.smtpPasswordHelp')}
                  autoComplete="new-password"
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                />
              </Group>
              <Group grow align="flex-start">
                <TextInput
                  label={t('ui.settings.fromAddress')}
                  type="email"
                  required
                  placeholder="patologia@fcv.unl.edu.ar"
                  value={fromAddress}
                  onChange={(e) => setFromAddress(e.currentTarget.value)}
                />
                <TextInput
                  label={t('ui.settings.fromName')}
                  placeholder={t('ui.settings.fromNamePlaceholder')}
                  value={fromName}
                  onChange={(e) => setFromName(e.currentTarget.value)}
                />
              </Group>
              {canEdit && (
                <Group justify="flex-end">
                  <Button type="submit" loading={busy === 'save'}>
                    {t('ui.common.save')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Fieldset>
        </Stack>
      </form>

      {error !== null && <ErrorAlert error={error} mt="md" />}
      {notice && (
        <Alert color="teal" variant="light" mt="md">
          {notice}
        </Alert>
      )}

      {canEdit && (
        <form onSubmit={(event) => void sendTest(event)} noValidate>
          <Group mt="lg" align="flex-end">
            <TextInput
              label={t('ui.settings.testTo')}
              type="email"
              value={testTo}
              onChange={(e) => setTestTo(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button
              type="submit"
              variant="default"
              leftSection={<MailIcon />}
              loading={busy === 'test'}
            >
              {t('ui.settings.sendTest')}
            </Button>
          </Group>
        </form>
      )}
    </Paper>
  );
}
