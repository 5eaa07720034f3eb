// Text typed on this computer that the services never confirmed (the window
// closed, the program or the computer stopped): offered back when the report
// opens, with when it was typed and when the saved draft is from.

import { Alert, Button, Group, Text } from '@mantine/core';
import type { DraftView } from '../../../src-shared/report-contract';
import { useI18n } from '../../i18n';
import { useTimeZone } from '../../session';
import { formatDateTime } from '../../format';
import { InfoIcon } from '../../components/icons';
import type { DraftBackup } from './draft-backup';

interface Props {
  backup: DraftBackup;
  server: DraftView | null;
  onRestore(): void;
  onDiscard(): void;
}

export function RestoreOffer({ backup, server, onRestore, onDiscard }: Props) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const newer = !server || backup.typedAt > server.updatedAt;

  return (
    <Alert
      color="blue"
      variant="light"
      icon={<InfoIcon />}
      title={t('ui.reports.restore.title')}
      role="alert"
    >
      <Text size="sm">
        {t('ui.reports.restore.typed', { when: formatDateTime(backup.typedAt, timeZone) })}{' '}
        {server
          ? t(newer ? 'ui.reports.restore.serverOlder' : 'ui.reports.restore.serverNewer', {
              when: formatDateTime(server.updatedAt, timeZone),
              by: server.updatedBy,
            })
          : t('ui.reports.restore.noServer')}
      </Text>
      <Group mt="sm">
        <Button size="xs" onClick={onRestore}>
          {t('ui.reports.restore.restore')}
        </Button>
        <Button size="xs" variant="default" onClick={onDiscard}>
          {t('ui.reports.restore.discard')}
        </Button>
      </Group>
    </Alert>
  );
}
