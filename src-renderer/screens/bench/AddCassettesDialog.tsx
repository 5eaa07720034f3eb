// New cassettes for a histopathology protocol: what they hold, their type (the
// plastic's colour) and how many. Their labels print unless asked not to.

import { useState } from 'react';
import { Checkbox, Group, NumberInput, SegmentedControl, Text, TextInput } from '@mantine/core';
import { CASSETTE_TYPES, type CassetteType } from '../../../src-shared/processing';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { BenchDialog, type ActionProps } from './BenchDialog';
import { CassetteSwatch } from './CassetteType';

export function AddCassettesDialog({ work, onClose, onDone }: ActionProps) {
  const { t } = useI18n();
  const [material, setMaterial] = useState('');
  const [type, setType] = useState<CassetteType>('normal');
  const [count, setCount] = useState<number | string>(1);
  const [print, setPrint] = useState(true);
  const [missingMaterial, setMissingMaterial] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit() {
    if (!material.trim()) {
      setMissingMaterial(true);
      return;
    }

    setBusy(true);
    setError(null);
    try {
      const result = await call('processing.addCassettes', {
        protocol: work.protocol.code,
        material: material.trim(),
        type,
        count: typeof count === 'number' ? count : 1,
        ...(print ? {} : { printerUri: 'none' }),
      });
      onDone({
        select: result.cassettes.map((c) => c.code),
        printed: [
          {
            item: 'cassette',
            count: result.cassettes.length,
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
      title={t('ui.bench.cassettes.title', { protocol: work.protocol.code })}
      submitLabel={t('ui.bench.cassettes.submit')}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <TextInput
        label={t('ui.bench.cassettes.material')}
        description={t('ui.bench.cassettes.materialHelp')}
        placeholder={work.protocol.material ?? ''}
        required
        data-autofocus
        maxLength={500}
        value={material}
        onChange={(e) => {
          setMaterial(e.currentTarget.value);
          setMissingMaterial(false);
        }}
        error={missingMaterial ? t('ui.bench.cassettes.materialRequired') : undefined}
      />
      <div>
        <Text fw={500} size="sm" mb={4} id="cassette-type-label">
          {t('ui.bench.cassettes.type')}
        </Text>
        <SegmentedControl
          aria-labelledby="cassette-type-label"
          fullWidth
          value={type}
          onChange={(value) => setType(value as CassetteType)}
          data={CASSETTE_TYPES.map((value) => ({
            value,
            label: (
              <Group gap={6} wrap="nowrap" justify="center">
                <CassetteSwatch type={value} />
                <span>{t(`cassetteType.${value}`)}</span>
              </Group>
            ),
          }))}
        />
      </div>
      <Group align="flex-end">
        <NumberInput
          label={t('ui.bench.cassettes.count')}
          min={1}
          max={50}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          w={140}
          value={count}
          onChange={setCount}
        />
        <Checkbox
          mb={8}
          label={t('ui.bench.printLabels')}
          checked={print}
          onChange={(e) => setPrint(e.currentTarget.checked)}
        />
      </Group>
    </BenchDialog>
  );
}
