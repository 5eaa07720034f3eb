// The two things that need a person on a workstation: the last sync failed
// (red, with the reason) and the computer's clock is wrong (orange, since only
// fixing the clock helps, not retrying).

import { Alert, Text } from '@mantine/core';
import type { SyncStatus } from '../../../src-shared/sync-contract';
import { useI18n } from '../../i18n';
import { AlertIcon } from '../../components/icons';

export function SyncProblems({ status }: { status: SyncStatus }) {
  const { t } = useI18n();
  return (
    <>
      {status.clockProblem && (
        <Alert color="orange" variant="light" icon={<AlertIcon />} title={t('ui.sync.clockTitle')}>
          <Text size="sm">{status.clockProblem}</Text>
          <Text size="sm" mt={6}>
            {t('ui.sync.clockHelp')}
          </Text>
        </Alert>
      )}
      {status.lastError && (
        <Alert
          color="red"
          variant="filled"
          role="alert"
          icon={<AlertIcon />}
          title={t('ui.sync.lastErrorTitle')}
        >
          <Text size="sm" fw={600}>
            {status.lastError}
          </Text>
          <Text size="sm" mt={6}>
            {t('ui.sync.lastErrorHelp')}
          </Text>
        </Alert>
      )}
    </>
  );
}
