// Whether what is on screen is saved: "Guardado 10:42", "Guardando…", or why
// not, with a way to try again. Announced politely to screen readers.

import { Button, Group, Loader, Text, Tooltip } from '@mantine/core';
import { useI18n } from '../../i18n';
import { useTimeZone } from '../../session';
import { formatDateTime } from '../../format';
import { AlertIcon, CheckIcon } from '../../components/icons';
import { clockTime } from './clock';
import type { SaveState } from './useDraftAutosave';

export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry(): void }) {
  const { t } = useI18n();
  const timeZone = useTimeZone();

  let content;
  switch (state.phase) {
    case 'idle':
      content = (
        <Text size="sm" c="dimmed">
          {t('ui.reports.save.idle')}
        </Text>
      );
      break;
    case 'dirty':
      content = (
        <Text size="sm" c="dimmed">
          {t('ui.reports.save.dirty')}
        </Text>
      );
      break;
    case 'saving':
      content = (
        <Group gap={6}>
          <Loader size={14} />
          <Text size="sm" c="dimmed">
            {t('ui.reports.save.saving')}
          </Text>
        </Group>
      );
      break;
    case 'saved':
      content = (
        <Tooltip label={formatDateTime(state.at, timeZone)}>
          <Group gap={4} c="teal.8">
            <CheckIcon size={16} />
            <Text size="sm">
              {t('ui.reports.save.saved', { time: clockTime(state.at, timeZone) })}
            </Text>
          </Group>
        </Tooltip>
      );
      break;
    case 'failed':
      content = (
        <Group gap={6} c="red.8">
          <AlertIcon size={16} />
          <Text size="sm">{t('ui.reports.save.failed')}</Text>
          <Button size="compact-xs" variant="light" color="red" onClick={onRetry}>
            {t('ui.common.retry')}
          </Button>
        </Group>
      );
      break;
    case 'conflict':
      content = (
        <Group gap={4} c="orange.8">
          <AlertIcon size={16} />
          <Text size="sm">{t('ui.reports.save.conflict')}</Text>
        </Group>
      );
      break;
  }

  return (
    <div role="status" aria-live="polite">
      {content}
    </div>
  );
}
