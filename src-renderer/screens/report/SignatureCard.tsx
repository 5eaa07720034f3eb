// "Mi firma": the image each pathologist uploads once, printed above their
// name and license on every report they sign. Replacing it changes only the
// reports signed afterwards: a signed PDF never changes.

import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Center,
  FileInput,
  Group,
  Image,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { REPORT_LIMITS } from '../../../src-shared/report-contract';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { useCall } from '../../useCall';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AlertIcon } from '../../components/icons';
import { readBase64 } from './browser-files';
import { dataUrl, formatBytes, imageProblem, isImageMime } from './image-file';

/** `focused`: the address pointed at this card; it is scrolled to and given the focus. */
export function SignatureCard({ focused = false }: { focused?: boolean }) {
  const { t } = useI18n();
  const card = useRef<HTMLElement>(null);
  const { user } = useSession();
  const signature = useCall('reports.signature', {});
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!focused) return;
    card.current?.scrollIntoView({ block: 'start' });
    card.current?.focus({ preventScroll: true });
  }, [focused]);

  function choose(chosen: File | null) {
    setSaved(false);
    setError(null);
    const found = chosen
      ? imageProblem(chosen, REPORT_LIMITS.signatureBytes, 'ui.reports.signature.tooLarge')
      : null;
    setProblem(found ? t(found.key, found.params) : null);
    setFile(found ? null : chosen);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!file || !isImageMime(file.type)) return;
    setBusy(true);
    setError(null);
    try {
      let base64: string;
      try {
        base64 = await readBase64(file);
      } catch {
        setProblem(t('ui.reports.image.unreadable', { name: file.name }));
        return;
      }
      await call('reports.setSignature', { mime: file.type, base64 });
      setFile(null);
      setSaved(true);
      signature.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper
      ref={card}
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby="signature-title"
      tabIndex={-1}
      // Scrolled to from "Cargar mi firma": its title clear of the fixed header.
      style={{ scrollMarginTop: 'calc(var(--app-shell-header-offset, 0px) + 16px)' }}
    >
      <Title order={2} size="h4" mb="xs" id="signature-title">
        {t('ui.reports.signature.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('ui.reports.signature.explain', { max: formatBytes(REPORT_LIMITS.signatureBytes) })}
      </Text>

      <Stack gap="sm">
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            {t('ui.reports.signature.signsAs')}:
          </Text>{' '}
          {user.displayName}
          {user.licenseNumber ? ` · ${user.licenseNumber}` : ''}
        </Text>
        {!user.licenseNumber && (
          <Alert color="yellow" variant="light" icon={<AlertIcon />} role="note">
            {t('ui.reports.sign.noLicense')}
          </Alert>
        )}

        <Center h={110} bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
          {signature.data ? (
            <Image
              src={dataUrl(signature.data.mime, signature.data.base64)}
              alt={t('ui.reports.signature.current')}
              mah={100}
              maw={320}
              fit="contain"
            />
          ) : (
            <Text size="sm" c="dimmed">
              {signature.loading ? t('ui.common.loading') : t('ui.reports.signature.none')}
            </Text>
          )}
        </Center>
        {signature.error !== null && <ErrorAlert error={signature.error} />}

        <form onSubmit={(event) => void save(event)} noValidate>
          <Group align="flex-end" wrap="wrap" gap="sm">
            <FileInput
              label={t('ui.reports.signature.file')}
              placeholder={t('ui.reports.images.filePlaceholder')}
              accept="image/png,image/jpeg"
              clearable
              value={file}
              onChange={choose}
              w={260}
            />
            <Button type="submit" loading={busy} disabled={!file}>
              {t(signature.data ? 'ui.reports.signature.replace' : 'ui.reports.signature.save')}
            </Button>
          </Group>
        </form>
        {problem && (
          <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
            {problem}
          </Alert>
        )}
        {saved && (
          <Text size="sm" c="teal.8" role="status">
            {t('ui.reports.signature.saved')}
          </Text>
        )}
        {error !== null && <ErrorAlert error={error} />}
      </Stack>
    </Paper>
  );
}
