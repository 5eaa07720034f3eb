// Labels again: for the selected items, or every cassette or slide of the
// protocol, to the label printer or as a PDF to print anywhere. Printing again
// changes nothing on record. "All" means the live ones, as the services print
// them: voided cassettes and redone slides get no new labels.

import { useState } from 'react';
import { Button, Radio, Stack, Text } from '@mantine/core';
import type { WorkItem } from '../../../src-shared/processing';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { downloadBase64 } from '../../download';
import { DownloadIcon } from '../../components/icons';
import { BenchDialog, type ActionProps } from './BenchDialog';
import type { PrintedLabels } from './LabelOutcome';
import { isLiveCassette, isLiveSlide, itemCounts, selectedItems } from './selection';

type Scope = 'selected' | 'cassettes' | 'slides';

interface Batch {
  item: WorkItem;
  /** Absent: all of that kind of item the protocol has. */
  codes?: string[];
  count: number;
}

export function LabelsDialog({ work, selection, onClose, onDone }: ActionProps) {
  const { t } = useI18n();
  const { protocol } = work;
  const selected = selectedItems(work, selection);
  const liveCassettes = work.cassettes.filter(isLiveCassette);
  const liveSlides = work.slides.filter(isLiveSlide);
  const scopes: Scope[] = [
    ...(selection.size > 0 ? (['selected'] as const) : []),
    ...(liveCassettes.length > 0 ? (['cassettes'] as const) : []),
    ...(liveSlides.length > 0 ? (['slides'] as const) : []),
  ];
  const [scope, setScope] = useState<Scope | undefined>(scopes[0]);
  const [busy, setBusy] = useState<'print' | 'pdf' | null>(null);
  const [error, setError] = useState<unknown>(null);

  function batches(): Batch[] {
    if (scope === 'cassettes') return [{ item: 'cassette', count: liveCassettes.length }];
    if (scope === 'slides') return [{ item: 'slide', count: liveSlides.length }];
    const { cassettes, slides } = selected;
    return [
      { item: 'cassette' as const, codes: cassettes.map((c) => c.code), count: cassettes.length },
      { item: 'slide' as const, codes: slides.map((s) => s.code), count: slides.length },
    ].filter((batch) => batch.count > 0);
  }

  async function print() {
    setBusy('print');
    setError(null);
    try {
      const printed: PrintedLabels[] = [];
      for (const batch of batches()) {
        const outcome = await call('processing.printLabels', {
          protocol: protocol.code,
          item: batch.item,
          codes: batch.codes,
        });
        printed.push({ item: batch.item, count: batch.count, outcome, requested: true });
      }
      onDone({ printed });
    } catch (caught) {
      setError(caught);
      setBusy(null);
    }
  }

  async function downloadPdf() {
    setBusy('pdf');
    setError(null);
    try {
      for (const batch of batches()) {
        const pdf = await call('processing.labelPdf', {
          protocol: protocol.code,
          item: batch.item,
          codes: batch.codes,
        });
        downloadBase64(pdf.fileName, pdf.base64, 'application/pdf');
      }
      onDone({});
    } catch (caught) {
      setError(caught);
      setBusy(null);
    }
  }

  const scopeLabel = (value: Scope) => {
    if (value === 'cassettes') {
      const some = liveCassettes.length < work.cassettes.length;
      return t(some ? 'ui.bench.labels.liveCassettes' : 'ui.bench.labels.allCassettes', {
        count: liveCassettes.length,
      });
    }
    if (value === 'slides') {
      const some = liveSlides.length < work.slides.length;
      return t(some ? 'ui.bench.labels.liveSlides' : 'ui.bench.labels.allSlides', {
        count: liveSlides.length,
      });
    }
    return t('ui.bench.labels.selected', {
      items: itemCounts(t, protocol.kind, selected.cassettes.length, selected.slides.length),
    });
  };

  return (
    <BenchDialog
      title={t('ui.bench.labels.title', { protocol: protocol.code })}
      submitLabel={t('ui.bench.labels.print')}
      busy={busy === 'print'}
      error={error}
      blocked={scope === undefined || busy !== null}
      onClose={onClose}
      onSubmit={() => void print()}
      extraActions={
        <Button
          variant="default"
          leftSection={<DownloadIcon />}
          loading={busy === 'pdf'}
          disabled={scope === undefined || busy !== null}
          onClick={() => void downloadPdf()}
        >
          {t('ui.bench.labels.pdf')}
        </Button>
      }
    >
      {scope === undefined ? (
        <Text size="sm">{t('ui.bench.labels.nothing')}</Text>
      ) : (
        <Radio.Group
          label={t('ui.bench.labels.which')}
          value={scope}
          onChange={(value) => setScope(value as Scope)}
        >
          <Stack gap={8} mt="xs">
            {scopes.map((value) => (
              <Radio
                key={value}
                value={value}
                label={scopeLabel(value)}
                data-autofocus={value === scope ? true : undefined}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </BenchDialog>
  );
}
