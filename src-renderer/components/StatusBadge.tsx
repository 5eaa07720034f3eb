import { Badge, type BadgeProps } from '@mantine/core';
import type { ProtocolStatus } from '../../src-shared/status';
import { useI18n } from '../i18n';

const COLOR: Record<ProtocolStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  received: 'teal',
  rejected: 'red',
  processing: 'yellow',
  ready: 'cyan',
  report_sent: 'grape',
};

export function StatusBadge({ status, ...rest }: { status: ProtocolStatus } & BadgeProps) {
  const { t } = useI18n();
  return (
    <Badge color={COLOR[status]} variant="light" {...rest}>
      {t(`status.${status}`)}
    </Badge>
  );
}
