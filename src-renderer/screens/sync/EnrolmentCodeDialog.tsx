// A one-time enrolment code for a new workstation: the admin names it, and the
// code is shown once, large enough to read out, with its expiry and the exact
// command to type at the workstation.

import { useState, type FormEvent } from 'react';
import {
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { useTimeZone } from '../../session';
import { formatDateTime } from '../../format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { enrolCommand } from './units';

interface Props {
  opened: boolean;
  onClose(): void;
}

interface Created {
  name: string;
  code: string;
  expiresAt: string;
}

/** This page's own address, unless it is loopback: a workstation cannot reach that. */
function serverAddress(): string | null {
  const { protocol, hostname, origin } = window.location;
  if (protocol !== 'http:' && protocol !== 'https:') return null;
  const loopback = hostname === 'localhost' || hostname === '[::1]' || hostname.startsWith('127.');
  return loopback ? null : origin;
}

export function EnrolmentCodeDialog({ opened, onClose }: Props) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<Created | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await call('devices.createEnrolmentCode', { name: name.trim() });
      setCreated({ name: name.trim(), ...result });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const address = created ? serverAddress() : null;
  const command = created ? enrolCommand(address ?? t('ui.sync.placeholderUrl'), created.code) : '';

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={() => {
        setName('');
        setError(null);
        setCreated(null);
      }}
      title={t('ui.sync.devices.newCode')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      {!created ? (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack>
            <Text size="sm" c="dimmed">
              {t('ui.sync.enrol.explain')}
            </Text>
            <TextInput
              label={t('ui.sync.enrol.name')}
              required
              data-autofocus
              maxLength={80}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            {error !== null && <ErrorAlert error={error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('ui.common.cancel')}
              </Button>
              <Button type="submit" loading={busy} disabled={!name.trim()}>
                {t('ui.sync.enrol.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack>
          <Text size="sm" fw={600}>
            {t('ui.sync.enrol.codeFor', { name: created.name })}
          </Text>
          <Paper withBorder radius="md" p="md" bg="gray.0">
            <Text
              component="output"
              aria-label={t('ui.sync.enrol.codeLabel')}
              ta="center"
              ff="monospace"
              fz={40}
              fw={700}
              style={{ display: 'block', letterSpacing: '0.08em', overflowWrap: 'anywhere' }}
            >
              {created.code}
            </Text>
          </Paper>
          <Text size="sm">
            {t('ui.sync.enrol.expires', { when: formatDateTime(created.expiresAt, timeZone) })}
          </Text>
          <Text size="sm">{t('ui.sync.enrol.runThis')}</Text>
          <Code block>{command}</Code>
          <Text size="xs" c="dimmed">
            {address ? t('ui.sync.enrol.urlGuessNote') : t('ui.sync.enrol.urlPlaceholderNote')}
          </Text>
          <Group justify="space-between">
            <CopyButton value={command}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? t('ui.sync.enrol.copied') : t('ui.sync.enrol.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose} data-autofocus>
              {t('ui.common.close')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
