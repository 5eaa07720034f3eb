// The status and quality of the selected slides. When the last slide of a
// protocol is ready, the protocol is ready for the pathologist: the services
// decide that, and the bench says so. Both start at "no change", so grading a
// slide (poor, to be redone) never moves it on to ready by itself.

import { useState } from 'react';
import { Group, Radio, Text } from '@mantine/core';
import {
  QUALITY_GRADES,
  SLIDE_STATUSES,
  type QualityGrade,
  type SlideStatus,
} from '../../../src-shared/processing';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { BenchDialog, type ActionProps } from './BenchDialog';
import { isLiveSlide, selectedItems, shortCode } from './selection';

const KEEP = 'keep';

export function SlideStatusDialog({ work, selection, onClose, onDone }: ActionProps) {
  const { t } = useI18n();
  const slides = selectedItems(work, selection).slides.filter(isLiveSlide);
  const [status, setStatus] = useState<SlideStatus | typeof KEEP>(KEEP);
  const [quality, setQuality] = useState<QualityGrade | typeof KEEP>(KEEP);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const codes = slides.map((s) => s.code);
      const result = await call('processing.setSlides', {
        codes,
        status: status === KEEP ? undefined : status,
        quality: quality === KEEP ? undefined : quality,
      });
      const ready = result.protocols.find((p) => p.status === 'ready');
      onDone({
        select: codes,
        notice:
          ready && work.protocol.status !== 'ready'
            ? t('ui.bench.status.protocolReady', { protocol: ready.code })
            : undefined,
      });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  const keepLabel = t('ui.bench.status.keep');

  return (
    <BenchDialog
      title={t('ui.bench.status.title')}
      submitLabel={t('ui.bench.status.submit')}
      busy={busy}
      error={error}
      blocked={slides.length === 0 || (status === KEEP && quality === KEEP)}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Text size="sm">
        {t('ui.bench.status.forSlides', { count: slides.length })}{' '}
        <Text span ff="monospace" fw={600}>
          {slides.map((s) => shortCode(work.protocol.code, s.code)).join(', ')}
        </Text>
      </Text>
      <Radio.Group
        label={t('ui.bench.status.status')}
        value={status}
        onChange={(value) => setStatus(value as SlideStatus | typeof KEEP)}
      >
        <Group gap="lg" mt={6}>
          {[KEEP, ...SLIDE_STATUSES].map((value) => (
            <Radio
              key={value}
              value={value}
              data-autofocus={value === KEEP ? true : undefined}
              label={value === KEEP ? keepLabel : t(`slideStatus.${value as SlideStatus}`)}
            />
          ))}
        </Group>
      </Radio.Group>
      <Radio.Group
        label={t('ui.bench.status.quality')}
        description={t('ui.bench.status.poorHint')}
        value={quality}
        onChange={(value) => setQuality(value as QualityGrade | typeof KEEP)}
      >
        <Group gap="lg" mt={6}>
          {[KEEP, ...QUALITY_GRADES].map((value) => (
            <Radio
              key={value}
              value={value}
              label={value === KEEP ? keepLabel : t(`quality.${value as QualityGrade}`)}
            />
          ))}
        </Group>
      </Radio.Group>
    </BenchDialog>
  );
}
