import { Alert, Box, Group, Text } from '@mantine/core';
import { useI18n } from '../../i18n';
import { StatusBadge } from '../../components/StatusBadge';
import { MailNotice } from './MailNotice';

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
      <Box mt={6}>
        <MailNotice queued={mailQueued} queuedKey="ui.reception.rejectMailQueued" />
      </Box>
    </Alert>
  );
}
