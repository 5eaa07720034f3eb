import { Alert, Group, Text } from '@mantine/core';
import { useI18n } from '../../i18n';
import { StatusBadge } from '../../components/StatusBadge';
import { MailIcon } from '../../components/icons';

interface Props {
  temporaryCode: string;
  reason: string;
  mailQueued: boolean;
}

export function RejectedPanel({ temporaryCode, reason, mailQueued }: Props) {
  const { t } = useI18n();
  return (
    <Alert color="red" variant="light" title={t('ui.reception.rejectedTitle')} aria-live="polite">
      <Group gap="sm" mb={6}>
        <Text ff="monospace" fw={600}>
          {temporaryCode}
        </Text>
        <StatusBadge status="rejected" />
      </Group>
      <Text size="sm">{t('ui.reception.rejectedReason', { reason })}</Text>
      <Group gap={6} mt={6}>
        <MailIcon size={16} />
        <Text size="sm">
          {mailQueued ? t('ui.reception.rejectMailQueued') : t('ui.reception.mailNotQueued')}
        </Text>
      </Group>
    </Alert>
  );
}
