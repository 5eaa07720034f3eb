// The vet's password and sign-in address. A new password signs out every other
// browser; a new address counts only once the link mailed to it is opened.

import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Divider,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { NewPasswordFields } from '../components/NewPasswordFields';

export function CredentialsCard() {
  const { t } = useI18n();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="profile-security">
      <Stack gap="md">
        <Title order={2} size="h4" id="profile-security">
          {t('ui.portal.security.title')}
        </Title>
        <PasswordForm />
        <Divider />
        <EmailForm />
      </Stack>
    </Paper>
  );
}

function PasswordForm() {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setDone(false);
    if (next !== repeated) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    try {
      await call('profile.changePassword', { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setRepeated('');
      setDone(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('ui.portal.security.changePassword')}
        </Title>
        <PasswordInput
          label={t('ui.portal.field.currentPassword')}
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
        />
        <NewPasswordFields
          password={next}
          repeated={repeated}
          mismatch={mismatch}
          onPassword={setNext}
          onRepeated={setRepeated}
        />
        {error !== null && <ErrorAlert error={error} />}
        {done && (
          <Alert color="teal" variant="light" role="status">
            {t('ui.portal.security.passwordChanged')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {t('ui.portal.security.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EmailForm() {
  const { t } = useI18n();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSentTo(null);
    try {
      await call('profile.changeEmail', { newEmail, password });
      setSentTo(newEmail.trim());
      setPassword('');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('ui.portal.security.changeEmail')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('ui.portal.security.changeEmailExplain')}
        </Text>
        <TextInput
          label={t('ui.portal.field.newEmail')}
          type="email"
          autoComplete="email"
          required
          value={newEmail}
          onChange={(e) => setNewEmail(e.currentTarget.value)}
        />
        <PasswordInput
          label={t('ui.portal.field.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        {error !== null && <ErrorAlert error={error} />}
        {sentTo !== null && (
          <Alert color="teal" variant="light" role="status">
            {t('ui.portal.security.emailLinkSent', { email: sentTo })}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {t('ui.portal.security.changeEmail')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
