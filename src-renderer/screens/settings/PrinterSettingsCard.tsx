// The label printers, one section per kind of label (jars at the desk,
// cassettes and slides at the bench): where each goes, in which printer
// language, at which size, with a test print that uses the address typed, so a
// printer can be tried before it is saved. The language is written into the
// address as a `zpl+` prefix, the one string the services read.

import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Divider,
  Fieldset,
  Group,
  Input,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { MethodOutput, PrintOutcome, PrinterProfileView } from '../../../src-shared/contract';
import type { LabelKind } from '../../../src-shared/labels/layout';
import { MAX_LABEL_MM, MIN_LABEL_SIZES } from '../../../src-shared/labels/sizes';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PrinterIcon } from '../../components/icons';
import { PrintOutcomeBadge } from '../reception/ReceivedPanel';

type Printers = MethodOutput<'settings.get'>['printers'];
type Language = 'escpos' | 'zpl';

interface Props {
  printers: Printers;
  printerOverride: string | null;
  canEdit: boolean;
  onSaved(): void;
}

const PURPOSES: LabelKind[] = ['jar', 'cassette', 'slide'];

const PRESETS: Record<LabelKind, [number, number][]> = {
  jar: [
    [50, 25],
    [58, 40],
    [62, 29],
    [100, 50],
  ],
  cassette: [
    [26, 20],
    [30, 20],
    [38, 25],
  ],
  slide: [
    [22, 20],
    [22, 22],
  ],
};

const ZPL_PREFIX = /^zpl\+/i;

function splitLanguage(uri: string | null): { language: Language; address: string } {
  const text = uri ?? '';
  return ZPL_PREFIX.test(text)
    ? { language: 'zpl', address: text.replace(ZPL_PREFIX, '') }
    : { language: 'escpos', address: text };
}

function isPdf(address: string): boolean {
  return /^pdf:/i.test(address.trim());
}

// A PDF file has no printer language, so it never gets the prefix.
function joinLanguage(language: Language, address: string): string | null {
  const trimmed = address.trim();
  if (trimmed === '') return null;
  return language === 'zpl' && !isPdf(trimmed) ? `zpl+${trimmed}` : trimmed;
}

export function PrinterSettingsCard({ printers, printerOverride, canEdit, onSaved }: Props) {
  const { t } = useI18n();

  return (
    <Paper withBorder radius="md" p="lg" component="section">
      <Title order={2} size="h4" mb="xs">
        {t('ui.printers.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('ui.printers.explain')}
      </Text>
      {!canEdit && (
        <Text size="sm" c="orange.8" mb="md">
          {t('ui.settings.adminOnly')}
        </Text>
      )}
      {printerOverride && (
        <Alert color="orange" variant="light" mb="md">
          {t('ui.printers.override', { uri: printerOverride })}
        </Alert>
      )}
      <Stack gap="lg">
        {PURPOSES.map((purpose, index) => (
          <Stack key={purpose} gap="lg">
            {index > 0 && <Divider />}
            <PrinterProfileForm
              purpose={purpose}
              profile={printers[purpose]}
              canEdit={canEdit}
              onSaved={onSaved}
            />
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

interface FormProps {
  purpose: LabelKind;
  profile: PrinterProfileView;
  canEdit: boolean;
  onSaved(): void;
}

function PrinterProfileForm({ purpose, profile, canEdit, onSaved }: FormProps) {
  const { t } = useI18n();
  const initial = splitLanguage(profile.uri);
  const [address, setAddress] = useState(initial.address);
  const [language, setLanguage] = useState<Language>(initial.language);
  const [width, setWidth] = useState<number>(profile.widthMm);
  const [height, setHeight] = useState<number>(profile.heightMm);
  const [busy, setBusy] = useState<'save' | 'test' | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [test, setTest] = useState<PrintOutcome | null>(null);
  const min = MIN_LABEL_SIZES[purpose];
  const titleId = `printer-${purpose}-title`;

  // An address pasted with its prefix sets the language instead of doubling it.
  function changeAddress(value: string) {
    const split = splitLanguage(value);
    if (split.language === 'zpl') setLanguage('zpl');
    setAddress(split.address);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy('save');
    setError(null);
    setSaved(false);
    try {
      await call('settings.setPrinter', {
        purpose,
        uri: joinLanguage(language, address),
        widthMm: width,
        heightMm: height,
      });
      setSaved(true);
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  // Only an administrator may name a printer in the request; anyone else tries
  // the saved one.
  async function testPrint() {
    setBusy('test');
    setError(null);
    setTest(null);
    try {
      const printerUri = canEdit ? (joinLanguage(language, address) ?? undefined) : undefined;
      setTest(await call('printing.testLabel', { purpose, printerUri }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  return (
    <form onSubmit={(event) => void save(event)} noValidate aria-labelledby={titleId}>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5" id={titleId}>
            {t(`ui.printers.purpose.${purpose}`)}
          </Title>
          <Text size="xs" c="dimmed">
            {t(`ui.printers.purposeHelp.${purpose}`)}
          </Text>
        </div>
        <Fieldset variant="unstyled" disabled={!canEdit}>
          <Stack gap="sm">
            <TextInput
              label={t('ui.printers.address')}
              description={t('ui.printers.addressHelp')}
              placeholder="tcp://192.168.0.50:9100"
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              value={address}
              onChange={(e) => changeAddress(e.currentTarget.value)}
            />
            <Input.Wrapper
              label={t('ui.printers.language')}
              description={isPdf(address) ? t('ui.printers.pdfHasNoLanguage') : undefined}
            >
              <div>
                <SegmentedControl
                  size="xs"
                  aria-label={t('ui.printers.language')}
                  disabled={!canEdit || isPdf(address)}
                  value={language}
                  onChange={(value) => setLanguage(value as Language)}
                  data={[
                    { value: 'escpos', label: t('ui.printers.escpos') },
                    { value: 'zpl', label: t('ui.printers.zpl') },
                  ]}
                />
              </div>
            </Input.Wrapper>
            <Group grow>
              <NumberInput
                label={t('ui.settings.widthMm')}
                min={min.widthMm}
                max={MAX_LABEL_MM}
                suffix=" mm"
                value={width}
                onChange={(value) => typeof value === 'number' && setWidth(value)}
              />
              <NumberInput
                label={t('ui.settings.heightMm')}
                min={min.heightMm}
                max={MAX_LABEL_MM}
                suffix=" mm"
                value={height}
                onChange={(value) => typeof value === 'number' && setHeight(value)}
              />
            </Group>
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                {t('ui.settings.presets')}
              </Text>
              {PRESETS[purpose].map(([w, h]) => (
                <Button
                  key={`${w}x${h}`}
                  size="compact-xs"
                  variant={w === width && h === height ? 'light' : 'default'}
                  onClick={() => {
                    setWidth(w);
                    setHeight(h);
                  }}
                >
                  {w} × {h}
                </Button>
              ))}
            </Group>
          </Stack>
        </Fieldset>

        {error !== null && <ErrorAlert error={error} />}
        {saved && (
          <Alert color="teal" variant="light">
            {t('ui.settings.saved')}
          </Alert>
        )}
        {test && (
          <Alert color={test.status === 'printed' ? 'teal' : 'red'} variant="light">
            <PrintOutcomeBadge print={test} />
            {test.error && (
              <Text size="sm" mt={6}>
                {test.error}
              </Text>
            )}
          </Alert>
        )}

        <Group justify="space-between">
          <Button
            variant="default"
            leftSection={<PrinterIcon />}
            loading={busy === 'test'}
            onClick={() => void testPrint()}
          >
            {t('ui.printers.test')}
          </Button>
          {canEdit && (
            <Button type="submit" loading={busy === 'save'}>
              {t('ui.common.save')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
