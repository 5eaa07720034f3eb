// This workstation and the server: whether it is enrolled, when it last
// synced, what waits to be sent, and a button to sync now with its progress.

import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { SyncStatus, SyncSummary } from '../../../src-shared/sync-contract';
import { useI18n } from '../../i18n';
import { useTimeZone } from '../../session';
import { formatDateTime } from '../../format';
import { Facts } from '../../components/Facts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckIcon, RefreshIcon } from '../../components/icons';
import { NotEnrolled } from './NotEnrolled';
import { SyncProgress } from './SyncProgress';
import type { SyncNow } from './useSyncNow';
import { formatSeconds } from './units';

interface Props {
  status: SyncStatus;
  syncNow: SyncNow;
}

export function DeskStatus({ status, syncNow }: Props) {
  const { t, locale } = useI18n();
  const timeZone = useTimeZone();
  const summaryText = (s: SyncSummary) =>
    t('ui.sync.summary', { pushed: s.pushed, pulled: s.pulled, conflicts: s.conflicts });
  const when = (iso: string | null) => (iso ? formatDateTime(iso, timeZone) : t('ui.sync.never'));

  return (
    <Paper withBorder radius="md" p="lg" component="section">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          {t('ui.sync.statusTitle')}
        </Title>
        <Badge color={status.enrolled ? 'teal' : 'gray'} variant="light" size="lg" tt="none">
          {status.enrolled ? t('ui.sync.enrolled') : t('ui.sync.notEnrolled')}
        </Badge>
      </Group>

      {!status.enrolled ? (
        <NotEnrolled />
      ) : (
        <Stack gap="md">
          <Facts
            rows={[
              [t('ui.sync.serverUrl'), status.serverUrl],
              [t('ui.sync.deviceName'), status.deviceName],
              [t('ui.sync.lastAttempt'), when(status.lastAttemptAt)],
              [t('ui.sync.lastSuccess'), when(status.lastSuccessAt)],
              [t('ui.sync.lastResult'), status.lastSummary && summaryText(status.lastSummary)],
              [t('ui.sync.pendingChanges'), String(status.pendingChanges)],
            ]}
          />
          {status.pendingChanges > 0 && (
            <Text size="xs" c="dimmed">
              {t('ui.sync.pendingChangesHelp')}
            </Text>
          )}

          {(status.running || syncNow.busy) && <SyncProgress progress={status.progress} />}
          {syncNow.summary && (
            <Alert color="teal" variant="light" icon={<CheckIcon />} title={t('ui.sync.doneTitle')}>
              {summaryText(syncNow.summary)}.{' '}
              {t('ui.sync.duration', { seconds: formatSeconds(syncNow.summary.ms, locale) })}
            </Alert>
          )}
          {syncNow.error !== null && <ErrorAlert error={syncNow.error} />}

          <Group>
            <Button
              leftSection={<RefreshIcon />}
              loading={syncNow.busy}
              disabled={status.running}
              onClick={() => void syncNow.run()}
            >
              {t('ui.sync.syncNow')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
