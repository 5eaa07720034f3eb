// The lab's header on every report PDF: its name, up to four lines (address,
// phone, email, web) and a logo. Only an administrator changes it; reports
// already signed keep the header they were signed with.

import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  FileInput,
  Group,
  Image,
  Loader,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { REPORT_LIMITS } from '../../../src-shared/report-contract';
import type { MethodOutput } from '../../../src-shared/contract';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { useCall } from '../../useCall';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AlertIcon } from '../../components/icons';
import { readBase64 } from '../report/browser-files';
import { dataUrl, formatBytes, imageProblem, isImageMime } from '../report/image-file';

type LabHeader = MethodOutput<'reports.labHeader'>;

const LINES = 4;
const TEXT_MAX = 200;

export function LabHeaderCard() {
  const { t } = useI18n();
  const header = useCall('reports.labHeader', {});

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="lab-header-title">
      <Title order={2} size="h4" mb="xs" id="lab-header-title">
        {t('ui.reports.labHeader.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('ui.reports.labHeader.explain')}
      </Text>
      {header.error !== null && <ErrorAlert error={header.error} mb="sm" />}
      {!header.data && header.error === null && <Loader size="sm" />}
      {header.data && <LabHeaderForm header={header.data} onSaved={header.reload} />}
    </Paper>
  );
}

function LabHeaderForm({ header, onSaved }: { header: LabHeader; onSaved(): void }) {
  const { t } = useI18n();
  const [name, setName] = useState(header.name);
  const [lines, setLines] = useState(() =>
    Array.from({ length: LINES }, (_, i) => header.lines[i] ?? ''),
  );
  const [logo, setLogo] = useState<{ file: File; base64: string } | null>(null);
  const [removeLogo, setRemoveLogo] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  async function choose(file: File | null) {
    setSaved(false);
    setLogo(null);
    const found = file ? imageProblem(file, REPORT_LIMITS.signatureBytes) : null;
    setProblem(found ? t(found.key, found.params) : null);
    if (!file || found) return;
    try {
      setLogo({ file, base64: await readBase64(file) });
      setRemoveLogo(false);
    } catch {
      setProblem(t('ui.reports.image.unreadable', { name: file.name }));
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const mime = logo?.file.type ?? '';
      await call('reports.setLabHeader', {
        name: name.trim(),
        lines: lines.map((line) => line.trim()).filter(Boolean),
        logo:
          logo && isImageMime(mime) ? { mime, base64: logo.base64 } : removeLogo ? null : undefined,
      });
      setLogo(null);
      setRemoveLogo(false);
      setSaved(true);
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('ui.reports.labHeader.name')}
          required
          maxLength={TEXT_MAX}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        {lines.map((line, i) => (
          <TextInput
            key={i}
            label={t('ui.reports.labHeader.line', { n: i + 1 })}
            placeholder={i === 0 ? t('ui.reports.labHeader.linePlaceholder') : undefined}
            maxLength={TEXT_MAX}
            value={line}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setLines((previous) => previous.map((old, j) => (j === i ? value : old)));
            }}
          />
        ))}
        <Group align="flex-end" wrap="wrap" gap="sm">
          <FileInput
            label={t('ui.reports.labHeader.logo')}
            description={t('ui.reports.labHeader.logoHelp', {
              max: formatBytes(REPORT_LIMITS.signatureBytes),
            })}
            placeholder={t('ui.reports.images.filePlaceholder')}
            accept="image/png,image/jpeg"
            clearable
            value={logo?.file ?? null}
            onChange={(file) => void choose(file)}
            w={280}
          />
          {logo && (
            <Image
              src={dataUrl(logo.file.type, logo.base64)}
              alt={t('ui.reports.labHeader.logoPreview')}
              h={60}
              w="auto"
              fit="contain"
            />
          )}
        </Group>
        {header.hasLogo && !logo && <Text size="sm">{t('ui.reports.labHeader.hasLogo')}</Text>}
        {header.hasLogo && !logo && (
          <Checkbox
            label={t('ui.reports.labHeader.removeLogo')}
            checked={removeLogo}
            onChange={(e) => setRemoveLogo(e.currentTarget.checked)}
          />
        )}
        {problem && (
          <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
            {problem}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy} disabled={!name.trim()}>
            {t('ui.reports.labHeader.save')}
          </Button>
          {saved && (
            <Text size="sm" c="teal.8" role="status">
              {t('ui.reports.labHeader.saved')}
            </Text>
          )}
        </Group>
        {error !== null && <ErrorAlert error={error} />}
      </Stack>
    </form>
  );
}
