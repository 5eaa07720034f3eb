// The bench's buttons, each with its Alt shortcut, and a line saying what is
// selected. An action that needs a selection waits for one.

import { Button, Group, Kbd, Paper, Text, Tooltip } from '@mantine/core';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import type { WorkView } from '../../../src-shared/processing-contract';
import { useI18n } from '../../i18n';
import { PrinterIcon } from '../../components/icons';
import {
  isLiveCassette,
  isLiveSlide,
  itemCounts,
  selectedItems,
  type Selection,
} from './selection';

export type BenchAction = 'cassettes' | 'slides' | 'stage' | 'status' | 'redo' | 'void' | 'labels';

/** Alt + these physical keys open the actions; none is taken by the main navigation. */
export const ACTION_KEYS: Partial<Record<BenchAction, string>> = {
  cassettes: 'C',
  slides: 'O',
  stage: 'E',
  status: 'T',
  labels: 'L',
};

export const ACTION_LABEL: Record<BenchAction, MessageKey> = {
  cassettes: 'ui.bench.action.cassettes',
  slides: 'ui.bench.action.slides',
  stage: 'ui.bench.action.stage',
  status: 'ui.bench.action.status',
  redo: 'ui.bench.action.redo',
  void: 'ui.bench.action.void',
  labels: 'ui.bench.action.labels',
};

/** Which actions the work and the selection allow right now. */
export function availableActions(work: WorkView, selection: Selection): Set<BenchAction> {
  const { cassettes, slides } = selectedItems(work, selection);
  const liveCassettes = cassettes.filter(isLiveCassette);
  const liveSlides = slides.filter(isLiveSlide);
  const isHp = work.protocol.kind === 'histopathology';
  const hasItems = work.cassettes.length > 0 || work.slides.length > 0;

  const actions = new Set<BenchAction>(['slides']);
  if (isHp) actions.add('cassettes');
  if (liveCassettes.length + liveSlides.length > 0) actions.add('stage');
  if (liveSlides.length > 0) actions.add('status');
  if (liveSlides.length === 1 && cassettes.length === 0) actions.add('redo');
  if (liveCassettes.length === 1 && slides.length === 0) actions.add('void');
  if (hasItems) actions.add('labels');
  if (isHp && work.cassettes.filter(isLiveCassette).length === 0) actions.delete('slides');
  return actions;
}

interface Props {
  work: WorkView;
  selection: Selection;
  onAction(action: BenchAction): void;
  onClearSelection(): void;
}

export function BenchActions({ work, selection, onAction, onClearSelection }: Props) {
  const { t } = useI18n();
  const available = availableActions(work, selection);
  const { cassettes, slides } = selectedItems(work, selection);
  const isHp = work.protocol.kind === 'histopathology';
  const shown: BenchAction[] = isHp
    ? ['cassettes', 'slides', 'stage', 'status', 'redo', 'void', 'labels']
    : ['slides', 'stage', 'status', 'redo', 'labels'];

  return (
    <Paper withBorder radius="md" px="md" py="xs">
      <Group gap="xs" wrap="wrap">
        {shown.map((action) => {
          const key = ACTION_KEYS[action];
          const button = (
            <Button
              key={action}
              size="sm"
              variant={action === 'labels' ? 'default' : 'light'}
              color={action === 'void' ? 'red' : undefined}
              leftSection={action === 'labels' ? <PrinterIcon size={16} /> : undefined}
              disabled={!available.has(action)}
              aria-keyshortcuts={key ? `Alt+${key}` : undefined}
              onClick={() => onAction(action)}
            >
              {t(ACTION_LABEL[action])}
            </Button>
          );
          return key ? (
            <Tooltip key={action} label={`Alt+${key}`}>
              {button}
            </Tooltip>
          ) : (
            button
          );
        })}
      </Group>
      <Group gap="xs" mt={6} aria-live="polite">
        {selection.size === 0 ? (
          <Text size="xs" c="dimmed">
            {t(isHp ? 'ui.bench.selection.noneHp' : 'ui.bench.selection.noneCt')}
          </Text>
        ) : (
          <Text size="xs">
            {t('ui.bench.selection.some', {
              items: itemCounts(t, work.protocol.kind, cassettes.length, slides.length),
            })}{' '}
            <Text span size="xs" c="dimmed">
              · <Kbd size="xs">Esc</Kbd> {t('ui.bench.selection.escClears')}
            </Text>{' '}
            <Button variant="subtle" size="compact-xs" onClick={onClearSelection}>
              {t('ui.bench.selection.clear')}
            </Button>
          </Text>
        )}
      </Group>
    </Paper>
  );
}
