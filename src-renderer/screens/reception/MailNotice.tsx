// What became of the vet's notice. A desk enrolled with the central server
// leaves vet mail to the server, which sends it when the reception reaches it.

import { Group, Text } from '@mantine/core';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import { useI18n } from '../../i18n';
import { useCall } from '../../useCall';
import { MailIcon } from '../../components/icons';

interface Props {
  queued: boolean;
  queuedKey: MessageKey;
}

export function MailNotice({ queued, queuedKey }: Props) {
  const { t } = useI18n();
  const enrolled = useCall('sync.status', {}).data?.enrolled ?? false;
  const key = queued
    ? queuedKey
    : enrolled
      ? 'ui.reception.mailByServer'
      : 'ui.reception.mailNotQueued';
  return (
    <Group gap={6} wrap="nowrap">
      <MailIcon size={16} />
      <Text size="sm">{t(key)}</Text>
    </Group>
  );
}
