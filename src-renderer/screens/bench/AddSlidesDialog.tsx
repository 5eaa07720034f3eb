// New slides: cut from the selected cassettes (histopathology) or registered
// straight on the protocol (cytology), with their stain from the catalogue and
// a field number. Several cassettes give one slide each unless the technician
// says they go together on one slide.

import { useState } from 'react';
import {
  Checkbox,
  Group,
  Loader,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  Text,
} from '@mantine/core';
import { DEFAULT_STAIN } from '../../../src-shared/processing';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { useCall } from '../../useCall';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BenchDialog, type ActionProps } from './BenchDialog';
import { isLiveCassette, shortCode } from './selection';

type Grouping = 'each' | 'together';

function asCount(value: number | string): number {
  return typeof value === 'number' && value >= 1 ? value : 1;
}

export function AddSlidesDialog({ work, selection, onClose, onDone }: ActionProps) {
  const { t } = useI18n();
  const { protocol } = work;
  const isHp = protocol.kind === 'histopathology';
  const live = work.cassettes.filter(isLiveCassette);
  const preselected = live.filter((c) => selection.has(c.code)).map((c) => c.code);
  const stains = useCall('processing.stains', {});
  const stainOptions = (stains.data ?? [])
    .filter((s) => s.active && s.kinds.includes(protocol.kind))
    .map((s) => s.name);

  const [cassettes, setCassettes] = useState<string[]>(
    preselected.length > 0 || live.length !== 1 ? preselected : [live[0]!.code],
  );
  const [grouping, setGrouping] = useState<Grouping>('each');
  const [chosenStain, setStain] = useState<string | null>(null);
  const [fieldNumber, setFieldNumber] = useState<number | string>('');
  const [count, setCount] = useState<number | string>(1);
  const [print, setPrint] = useState(true);
  const [missingCassette, setMissingCassette] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const defaultStain = DEFAULT_STAIN[protocol.kind];
  const stain =
    chosenStain ?? (stainOptions.includes(defaultStain) ? defaultStain : (stainOptions[0] ?? null));
  const perCassette = isHp && cassettes.length > 1 && grouping === 'each';

  async function submit() {
    if (isHp && cassettes.length === 0) {
      setMissingCassette(true);
      return;
    }

    setBusy(true);
    setError(null);
    try {
      const result = await call('processing.addSlides', {
        protocol: protocol.code,
        cassettes: isHp ? cassettes : [],
        perCassette,
        stain: stain ?? undefined,
        fieldNumber: typeof fieldNumber === 'number' ? fieldNumber : undefined,
        count: asCount(count),
        ...(print ? {} : { printerUri: 'none' }),
      });
      onDone({
        select: result.slides.map((s) => s.code),
        printed: [
          {
            item: 'slide',
            count: result.slides.length,
            outcome: result.print,
            requested: print,
          },
        ],
      });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <BenchDialog
      title={t('ui.bench.slides.title', { protocol: protocol.code })}
      submitLabel={t('ui.bench.slides.submit')}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      {isHp && (
        <MultiSelect
          label={t('ui.bench.slides.cassettes')}
          description={t('ui.bench.slides.cassettesHelp')}
          data={live.map((c) => ({
            value: c.code,
            label: `${shortCode(protocol.code, c.code)} · ${c.material}`,
          }))}
          value={cassettes}
          onChange={(value) => {
            setCassettes(value);
            setMissingCassette(false);
          }}
          searchable
          openOnFocus={false}
          hidePickedOptions
          data-autofocus={cassettes.length === 0 ? true : undefined}
          error={missingCassette ? t('ui.bench.slides.cassetteRequired') : undefined}
          nothingFoundMessage={t('ui.bench.slides.noCassettes')}
        />
      )}
      {isHp && cassettes.length > 1 && (
        <div>
          <Text fw={500} size="sm" mb={4} id="slide-grouping-label">
            {t('ui.bench.slides.grouping')}
          </Text>
          <SegmentedControl
            aria-labelledby="slide-grouping-label"
            value={grouping}
            onChange={(value) => setGrouping(value as Grouping)}
            data={[
              { value: 'each', label: t('ui.bench.slides.each') },
              { value: 'together', label: t('ui.bench.slides.together') },
            ]}
          />
        </div>
      )}

      {stains.error !== null && <ErrorAlert error={stains.error} />}
      <Group grow align="flex-start">
        <Select
          label={t('ui.bench.slides.stain')}
          data={stainOptions}
          value={stain}
          onChange={setStain}
          searchable
          openOnFocus={false}
          allowDeselect={false}
          rightSection={stains.loading && !stains.data ? <Loader size="xs" /> : undefined}
          nothingFoundMessage={t('ui.bench.slides.noStain')}
          data-autofocus={isHp && cassettes.length === 0 ? undefined : true}
        />
        <NumberInput
          label={t('ui.bench.slides.field')}
          min={1}
          max={999}
          allowDecimal={false}
          allowNegative={false}
          value={fieldNumber}
          onChange={setFieldNumber}
        />
        <NumberInput
          label={t(perCassette ? 'ui.bench.slides.countEach' : 'ui.bench.slides.count')}
          min={1}
          max={50}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          value={count}
          onChange={setCount}
        />
      </Group>
      <Checkbox
        label={t('ui.bench.printLabels')}
        checked={print}
        onChange={(e) => setPrint(e.currentTarget.checked)}
      />
    </BenchDialog>
  );
}
