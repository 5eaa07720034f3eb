// A sync under way: which step, how many items and bytes so far, and a bar
// that fills when the total is known (a push) and runs striped when it is not.

import { Group, Progress, Stack, Text } from '@mantine/core';
import type { SyncProgress as Progressing } from '../../../src-shared/sync-contract';
import { useI18n } from '../../i18n';
import { formatBytes } from './units';

export function SyncProgress({ progress }: { progress: Progressing | null }) {
  const { t, locale } = useI18n();
  const total = progress?.totalItems ?? null;
  const items = progress?.items ?? 0;
  const percent = total ? Math.min(100, Math.round((items / total) * 100)) : null;
  const counted =
    total !== null
      ? t('ui.sync.progressOf', { items, total })
      : t('ui.sync.progressItems', { items });

  return (
    <Stack gap={6} aria-live="polite">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {progress ? t(`ui.sync.phase.${progress.phase}`) : t('ui.sync.running')}
        </Text>
        {progress && (
          <Text size="sm" c="dimmed">
            {counted} · {formatBytes(progress.bytes, locale)}
          </Text>
        )}
      </Group>
      {percent !== null ? (
        <Progress value={percent} size="lg" aria-label={t('ui.sync.progressLabel')} />
      ) : (
        <Progress.Root size="lg" role="progressbar" aria-label={t('ui.sync.progressLabel')}>
          <Progress.Section value={100} striped animated withAria={false} />
        </Progress.Root>
      )}
    </Stack>
  );
}
