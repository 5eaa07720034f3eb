// The jar label printer and the label's size, with a test print that uses what
// is typed, so a printer can be tried before it is saved.

import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { PrintOutcome, PrinterSettings } from '../../../src-shared/contract';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PrinterIcon } from '../../components/icons';
import { PrintOutcomeBadge } from '../reception/ReceivedPanel';

interface Props {
  printer: PrinterSettings;
  canEdit: boolean;
  onSaved(): void;
}

const PRESETS: [number, number][] = [
  [50, 25],
  [58, 40],
  [62, 29],
  [100, 50],
];

export function PrinterSettingsCard({ printer, canEdit, onSaved }: Props) {
  const { t } = useI18n();
  const [uri, setUri] = useState(printer.jarLabelUri ?? '');
  const [width, setWidth] = useState<number>(printer.widthMm);
  const [height, setHeight] = useState<number>(printer.heightMm);
  const [busy, setBusy] = useState<'save' | 'test' | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [test, setTest] = useState<PrintOutcome | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy('save');
    setError(null);
    setSaved(false);
    try {
      await call('settings.setPrinter', {
        jarLabelUri: uri.trim() || null,
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

  async function testPrint() {
    setBusy('test');
    setError(null);
    setTest(null);
    try {
      setTest(await call('printing.testLabel', { printerUri: uri.trim() || undefined }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section">
      <Title order={2} size="h4" mb="xs">
        {t('ui.settings.printerTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('ui.settings.printerExplain')}
      </Text>
      <form onSubmit={(event) => void save(event)} noValidate>
        <Stack>
          {!canEdit && (
            <Text size="sm" c="orange.8">
              {t('ui.settings.adminOnly')}
            </Text>
          )}
          <Fieldset variant="unstyled" disabled={!canEdit}>
            <Stack>
              <TextInput
                label={t('ui.settings.printerUri')}
                description={t('ui.settings.printerUriHelp')}
                placeholder="tcp://192.168.0.50:9100"
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                value={uri}
                onChange={(e) => setUri(e.currentTarget.value)}
              />
              <Group grow>
                <NumberInput
                  label={t('ui.settings.widthMm')}
                  min={20}
                  max={150}
                  suffix=" mm"
                  value={width}
                  onChange={(value) => typeof value === 'number' && setWidth(value)}
                />
                <NumberInput
                  label={t('ui.settings.heightMm')}
                  min={15}
                  max={150}
                  suffix=" mm"
                  value={height}
                  onChange={(value) => typeof value === 'number' && setHeight(value)}
                />
              </Group>
              <Group gap="xs">
                <Text size="xs" c="dimmed">
                  {t('ui.settings.presets')}
                </Text>
                {PRESETS.map(([w, h]) => (
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
              {t('ui.settings.testLabel')}
            </Button>
            {canEdit && (
              <Button type="submit" loading={busy === 'save'}>
                {t('ui.common.save')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
