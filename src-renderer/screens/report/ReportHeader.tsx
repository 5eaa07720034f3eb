// Whose report this is: the protocol's code as large as on the jar, its kind
// and status, the version being written (and what it amends), who took it,
// whether the text is saved, and the report's actions.

import type { ReactNode } from 'react';
import { Anchor, Badge, Group, Paper, Text, Title } from '@mantine/core';
import type { DraftView, ReportView } from '../../../src-shared/report-contract';
import { useI18n } from '../../i18n';
import { protocolPath } from '../../routes';
import { StatusBadge } from '../../components/StatusBadge';

interface Props {
  protocol: ReportView['protocol'];
  draft: DraftView | null;
  /** The version the screen writes, when it writes one. */
  writing: number | null;
  status: ReactNode;
  actions: ReactNode;
}

export function ReportHeader({ protocol, draft, writing, status, actions }: Props) {
  const { t } = useI18n();

  return (
    <Paper withBorder radius="md" px="lg" py="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <div>
          <Text size="xs" c="dimmed">
            {t(`kind.${protocol.kind}`)}
          </Text>
          <Group gap="sm" align="center">
            <Title order={1} size="h2">
              {t('ui.reports.editor.title')}{' '}
              <Text span inherit ff="monospace">
                {protocol.code}
              </Text>
            </Title>
            <StatusBadge status={protocol.status} size="lg" />
            {protocol.numberPending && (
              <Badge color="orange" variant="filled" size="lg">
                {t('ui.bench.numberPending')}
              </Badge>
            )}
            {writing !== null && (
              <Badge variant="outline" size="lg">
                {t('ui.reports.editor.version', { version: writing })}
              </Badge>
            )}
            {draft?.amendsVersion != null && (
              <Badge color="grape" variant="light" size="lg">
                {t('ui.reports.editor.amends', { version: draft.amendsVersion })}
              </Badge>
            )}
          </Group>
          <Group gap="md" mt={4}>
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                {t('ui.reports.editor.pathologist')}:
              </Text>{' '}
              {protocol.pathologistName ?? t('ui.reports.queue.nobody')}
            </Text>
            <Anchor href={protocolPath(protocol.code)} size="sm">
              {t('ui.reports.editor.protocolLink')}
            </Anchor>
          </Group>
          {draft?.amendmentReason && (
            <Text size="sm" mt={4}>
              <Text span c="dimmed" size="sm">
                {t('ui.reports.editor.amendmentReason')}:
              </Text>{' '}
              {draft.amendmentReason}
            </Text>
          )}
        </div>
        <Group gap="sm" align="center">
          {status}
          {actions}
        </Group>
      </Group>
    </Paper>
  );
}
