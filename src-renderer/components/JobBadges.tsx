// One look at a print job or a queued mail: done, waiting, or failed.

import { Badge } from '@mantine/core';
import type { OutboxView, PrintJobView } from '../../src-shared/contract';
import { useI18n } from '../i18n';

const PRINT_COLOR = { pending: 'gray', printed: 'teal', failed: 'red' } as const;
const MAIL_COLOR = { pending: 'gray', sending: 'blue', sent: 'teal', failed: 'red' } as const;

export function PrintJobBadge({ status }: { status: PrintJobView['status'] }) {
  const { t } = useI18n();
  return (
    <Badge color={PRINT_COLOR[status]} variant="light">
      {t(`ui.print.${status}`)}
    </Badge>
  );
}

export function MailBadge({ status }: { status: OutboxView['status'] }) {
  const { t } = useI18n();
  return (
    <Badge color={MAIL_COLOR[status]} variant="light">
      {t(`ui.mail.${status}`)}
    </Badge>
  );
}
