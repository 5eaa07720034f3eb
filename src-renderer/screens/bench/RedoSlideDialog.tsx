// A poor slide is redone: a new slide takes its place and the old one stays,
// linked both ways, with the reason. The old one can no longer be worked on.

import { useState } from 'react';
import { Checkbox, Text } from '@mantine/core';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { BenchDialog, type ActionProps } from './BenchDialog';
import { ReasonInput, reasonTooShort } from './ReasonInput';
import { isLiveSlide, selectedItems, shortCode } from './selection';

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
    if (reasonTooShort(reason)) {
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
      <ReasonInput
        label={t('ui.bench.redo.reason')}
        placeholder={t('ui.bench.redo.reasonPlaceholder')}
        value={reason}
        tooShort={short}
        onChange={(value) => {
          setReason(value);
          setShort(false);
        }}
      />
      <Checkbox
        label={t('ui.bench.printLabel')}
        checked={print}
        onChange={(e) => setPrint(e.currentTarget.checked)}
      />
    </BenchDialog>
  );
}
