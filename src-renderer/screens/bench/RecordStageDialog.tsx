// One stage recorded for everything selected at once: five cassettes into
// paraffin is one entry per cassette, made with one Enter. Only the stages that
// apply to the selected items are offered, the next one already chosen.

import { useState, type KeyboardEvent } from 'react';
import { Alert, Group, Kbd, Radio, Stack, Text, Textarea } from '@mantine/core';
import { stageRank, stagesFor, type Stage } from '../../../src-shared/processing';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { BenchDialog, type ActionProps } from './BenchDialog';
import { isLiveCassette, isLiveSlide, selectedItems, shortCode } from './selection';

/** The stage after the least advanced item, or the last one when all are past it. */
function nextStage(stages: Stage[], current: (Stage | null)[]): Stage | undefined {
  const least = Math.min(...current.map(stageRank));
  return stages.find((stage) => stageRank(stage) > least) ?? stages[stages.length - 1];
}

export function RecordStageDialog({ work, selection, onClose, onDone }: ActionProps) {
  const { t } = useI18n();
  const { protocol } = work;
  const selected = selectedItems(work, selection);
  const cassettes = selected.cassettes.filter(isLiveCassette);
  const slides = selected.slides.filter(isLiveSlide);
  const mixed = cassettes.length > 0 && slides.length > 0;
  const item = cassettes.length > 0 ? 'cassette' : 'slide';
  const items = item === 'cassette' ? cassettes : slides;
  const stages = mixed ? [] : stagesFor(item, protocol.kind);

  const [stage, setStage] = useState<Stage | undefined>(() =>
    nextStage(
      stages,
      items.map((i) => i.stage),
    ),
  );
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit() {
    if (!stage || items.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const codes = items.map((i) => i.code);
      await call('processing.recordStage', { codes, stage, notes: notes.trim() || undefined });
      onDone({ select: codes });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  // Digits pick a stage by its place in the list, without leaving the keyboard's home row.
  function onDigit(event: KeyboardEvent<HTMLDivElement>) {
    const index = Number(event.key) - 1;
    if (!/^[1-9]$/.test(event.key) || !stages[index]) return;
    event.preventDefault();
    setStage(stages[index]);
  }

  const names = items.map((i) => shortCode(protocol.code, i.code)).join(', ');

  return (
    <BenchDialog
      title={t('ui.bench.stage.title')}
      submitLabel={t('ui.bench.stage.submit')}
      busy={busy}
      error={error}
      blocked={!stage || items.length === 0}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Text size="sm">
        {t(item === 'cassette' ? 'ui.bench.stage.forCassettes' : 'ui.bench.stage.forSlides', {
          count: items.length,
        })}{' '}
        <Text span ff="monospace" fw={600}>
          {names}
        </Text>
      </Text>
      {mixed ? (
        <Alert color="orange" variant="light">
          {t('ui.bench.stage.mixed')}
        </Alert>
      ) : (
        <Radio.Group
          label={t('ui.bench.stage.stage')}
          description={
            stages.length === 1 ? (
              <>
                {t('ui.bench.stage.digitHintOne')} <Kbd size="xs">1</Kbd>
              </>
            ) : (
              <>
                {t('ui.bench.stage.digitsHint')} <Kbd size="xs">1</Kbd>–
                <Kbd size="xs">{stages.length}</Kbd>
              </>
            )
          }
          value={stage ?? null}
          onChange={(value) => setStage(value as Stage)}
          onKeyDown={onDigit}
        >
          <Stack gap={8} mt="xs">
            {stages.map((value, index) => (
              <Radio
                key={value}
                value={value}
                data-autofocus={value === stage ? true : undefined}
                label={
                  <Group gap={8} wrap="nowrap" component="span">
                    <Kbd size="xs" aria-hidden="true">
                      {index + 1}
                    </Kbd>
                    <span>{t(`stage.${value}`)}</span>
                  </Group>
                }
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
      <Textarea
        label={t('ui.bench.stage.notes')}
        description={t('ui.bench.ctrlEnterHint')}
        autosize
        minRows={2}
        maxLength={1000}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
      />
    </BenchDialog>
  );
}
