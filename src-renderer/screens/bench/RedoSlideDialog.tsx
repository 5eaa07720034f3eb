// A poor slide is redone: a new slide takes its place and the old one stays,
// linked both ways, with the reason. The old one can no longer be worked on.

import { useState } from 'react';
import { Checkbox, Text, TextInput } from '@mantine/core';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { BenchDialog, type ActionProps } from './BenchDialog';
import { isLiveSlide, selectedItems, shortCode } from './selection';

const MIN_REASON = 3;

export function RedoSlideDialog({ work, selection, onClose, onDone }: ActionProps) {
  const { t } = useI18n();
  const slide = selectedItems(work, selection).slides.filter(isLiveSlide)[0];
  const [reason, setReason] = useState('');
  const [print, setPrint] = useState(true);
  const [short, setShort] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit() {
    if (!slide) return;
    if (reason.trim().length < MIN_REASON) {
      setShort(true);
      return;
    }

    setBusy(true);
    setError(null);
    try {
      const result = await call('processing.redoSlide', {
        code: slide.code,
        reason: reason.trim(),
        ...(print ? {} : { printerUri: 'none' }),
      });
      const fresh = result.slides.filter((s) => s.code !== slide.code);
      onDone({
        select: fresh.map((s) => s.code),
        printed: [{ item: 'slide', count: fresh.length, outcome: result.print, requested: print }],
      });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  const code = slide ? shortCode(work.protocol.code, slide.code) : '';

  return (
    <BenchDialog
      title={t('ui.bench.redo.title', { code })}
      submitLabel={t('ui.bench.redo.submit')}
      busy={busy}
      error={error}
      blocked={!slide}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Text size="sm">{t('ui.bench.redo.explain')}</Text>
      <TextInput
        label={t('ui.bench.redo.reason')}
        placeholder={t('ui.bench.redo.reasonPlaceholder')}
        required
        data-autofocus
        maxLength={500}
        value={reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          setShort(false);
        }}
        error={short ? t('ui.bench.reasonRequired') : undefined}
      />
      <Checkbox
        label={t('ui.bench.printLabels')}
        checked={print}
        onChange={(e) => setPrint(e.currentTarget.checked)}
      />
    </BenchDialog>
  );
}
