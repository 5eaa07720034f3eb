// Where a protocol's report stands: not begun, a draft, signed, or sent.

import { Badge } from '@mantine/core';
import type { ReportState } from '../../../src-shared/report-contract';
import { useI18n } from '../../i18n';

const COLOR: Record<ReportState, string> = {
  none: 'gray',
  draft: 'yellow',
  signed: 'blue',
  sent: 'grape',
};

export function ReportStateBadge({ state }: { state: ReportState }) {
  const { t } = useI18n();
  return (
    <Badge color={COLOR[state]} variant="light">
      {t(`ui.reports.state.${state}`)}
    </Badge>
  );
}
