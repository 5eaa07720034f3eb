// What came out of the printer after cassettes or slides were added, redone or
// reprinted: the same reading as at the desk, so a failed label is never
// mistaken for a printed one. What was recorded stays recorded either way.

import { Badge, CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import type { PrintOutcome } from '../../../src-shared/print-outcome';
import type { WorkItem } from '../../../src-shared/processing';
import { useI18n } from '../../i18n';
import { CheckIcon } from '../../components/icons';

export interface PrintedLabels {
  item: WorkItem;
  count: number;
  outcome: PrintOutcome;
  /** False when the technician asked for no labels: skipping was the point. */
  requested: boolean;
}

function OutcomeBadge({ outcome }: { outcome: PrintOutcome }) {
  const { t } = useI18n();
  if (outcome.status === 'printed') {
    const savedAsPdf = outcome.printerUri?.startsWith('pdf:') ?? false;
    return (
      <Badge size="lg" tt="none" color="teal" variant="light" leftSection={<CheckIcon size={14} />}>
        {t(savedAsPdf ? 'ui.bench.print.savedPdf' : 'ui.bench.print.printed')}
      </Badge>
    );
  }
  if (outcome.status === 'failed') {
    return (
      <Badge size="lg" tt="none" color="red" variant="filled">
        {t('ui.bench.print.failed')}
      </Badge>
    );
  }
  return (
    <Badge size="lg" tt="none" color="gray" variant="light">
      {t('ui.bench.print.skipped')}
    </Badge>
  );
}

export function LabelOutcome({ printed, onClose }: { printed: PrintedLabels[]; onClose(): void }) {
  const { t } = useI18n();
  const failed = printed.some((p) => p.outcome.status === 'failed');

  return (
    <Paper
      withBorder
      radius="md"
      px="md"
      py="xs"
      bg={failed ? 'red.0' : 'teal.0'}
      aria-live="polite"
      aria-label={t('ui.bench.print.title')}
      component="section"
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6}>
          {printed.map((p) => (
            <div key={p.item}>
              <Group gap="sm" wrap="wrap">
                <OutcomeBadge outcome={p.outcome} />
                <Text size="sm" fw={600}>
                  {t(p.item === 'cassette' ? 'ui.bench.print.cassettes' : 'ui.bench.print.slides', {
                    count: p.count,
                  })}
                </Text>
                {p.outcome.printerUri && (
                  <Text size="xs" c="dimmed" ff="monospace">
                    {p.outcome.printerUri}
                  </Text>
                )}
              </Group>
              {p.outcome.status === 'failed' && (
                <Text size="sm" c="red.9" mt={4}>
                  {p.outcome.error ?? t('ui.common.unknownError')} {t('ui.bench.print.failedHelp')}
                </Text>
              )}
              {p.outcome.status === 'skipped' && (
                <Text size="sm" c="dimmed" mt={4}>
                  {t(p.requested ? 'ui.bench.print.noPrinter' : 'ui.bench.print.notAsked')}
                </Text>
              )}
            </div>
          ))}
        </Stack>
        <CloseButton size="sm" aria-label={t('ui.common.close')} onClick={onClose} />
      </Group>
    </Paper>
  );
}
