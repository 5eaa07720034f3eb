// Sync with the central server. A workstation shows its own state (enrolled or
// working alone, last sync, problems, numbers left); the server shows its
// administrators the devices, the conflicts to review and the number blocks.

import { useEffect } from 'react';
import { Grid, Loader, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../i18n';
import { hasRole, useSession } from '../session';
import { useCall } from '../useCall';
import { ErrorAlert } from '../components/ErrorAlert';
import { DeskStatus } from './sync/DeskStatus';
import { DeskNumbers } from './sync/DeskNumbers';
import { SyncProblems } from './sync/SyncProblems';
import { ServerSync } from './sync/ServerSync';
import { useSyncNow } from './sync/useSyncNow';

// Fast while a sync runs, so its progress moves; slow otherwise, to notice a
// sync started on its own or a problem that came up.
const RUNNING_POLL_MS = 2_000;
const IDLE_POLL_MS = 15_000;

export function Sync() {
  const { t } = useI18n();
  const { user } = useSession();
  const { data: status, error, reload } = useCall('sync.status', {});
  const syncNow = useSyncNow(reload);
  const onWorkstation = status?.role === 'workstation';
  const running = syncNow.busy || status?.running === true;

  useEffect(() => {
    if (!onWorkstation) return;
    const timer = setInterval(reload, running ? RUNNING_POLL_MS : IDLE_POLL_MS);
    return () => clearInterval(timer);
  }, [onWorkstation, running, reload]);

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('ui.sync.title')}
      </Title>
      {error !== null && <ErrorAlert error={error} />}
      {!status && error === null && <Loader aria-label={t('ui.common.loading')} />}

      {status?.role === 'workstation' && (
        <>
          <SyncProblems status={status} />
          <Grid gutter="md">
            <Grid.Col span={{ base: 12, lg: status.enrolled ? 7 : 12 }}>
              <DeskStatus status={status} syncNow={syncNow} />
            </Grid.Col>
            {status.enrolled && (
              <Grid.Col span={{ base: 12, lg: 5 }}>
                <DeskNumbers status={status} />
              </Grid.Col>
            )}
          </Grid>
        </>
      )}

      {status?.role === 'server' &&
        (hasRole(user, 'admin') ? (
          <ServerSync />
        ) : (
          <Text size="sm" c="orange.8">
            {t('ui.sync.adminOnly')}
          </Text>
        ))}
    </Stack>
  );
}
