// A few photomicrographs for the report, each with its caption: PNG or JPEG,
// up to four, none over 1 MB. The type and size are checked as soon as a file
// is chosen, before anything is sent.

import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  FileInput,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { REPORT_LIMITS, type ReportImageView } from '../../../src-shared/report-contract';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { useRowAction } from '../../useRowAction';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AlertIcon } from '../../components/icons';
import { readBase64 } from './browser-files';
import { formatBytes, imageProblem, isImageMime } from './image-file';
import { ImageThumb } from './ImageThumb';

const CAPTION_MAX = 300;

interface Props {
  protocol: string;
  images: ReportImageView[];
  editable: boolean;
  /** Saves what is typed first: an image belongs to a draft, which the first save makes. */
  beforeAdd(): Promise<boolean>;
  onChanged(): void;
}

export function ReportImages({ protocol, images, editable, beforeAdd, onChanged }: Props) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const remove = useRowAction((id) => call('reports.removeImage', { id }), onChanged);
  const sorted = [...images].sort((a, b) => a.position - b.position);
  const full = images.length >= REPORT_LIMITS.images;

  function choose(chosen: File | null) {
    setError(null);
    const found = chosen ? imageProblem(chosen, REPORT_LIMITS.imageBytes) : null;
    setProblem(found ? t(found.key, found.params) : null);
    setFile(found ? null : chosen);
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!file || !isImageMime(file.type)) return;
    setBusy(true);
    setError(null);
    try {
      if (!(await beforeAdd())) return;
      let base64: string;
      try {
        base64 = await readBase64(file);
      } catch {
        setProblem(t('ui.reports.image.unreadable', { name: file.name }));
        return;
      }
      await call('reports.addImage', {
        protocol,
        caption: caption.trim(),
        mime: file.type,
        base64,
      });
      setFile(null);
      setCaption('');
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  if (!editable && images.length === 0) return null;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="report-images">
      <Title order={2} size="h5" mb={4} id="report-images">
        {t('ui.reports.images.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('ui.reports.images.explain', {
          count: REPORT_LIMITS.images,
          max: formatBytes(REPORT_LIMITS.imageBytes),
        })}
      </Text>

      {remove.error !== null && <ErrorAlert error={remove.error} mb="sm" />}

      {sorted.length > 0 && (
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" mb="sm">
          {sorted.map((image, index) => (
            <Stack key={image.id} gap={4}>
              <ImageThumb
                id={image.id}
                alt={image.caption || t('ui.reports.images.figure', { n: index + 1 })}
              />
              <Text size="xs" fw={600}>
                {t('ui.reports.images.figure', { n: index + 1 })}
                {image.caption && `: ${image.caption}`}
              </Text>
              <Text size="xs" c="dimmed">
                {formatBytes(image.bytes)}
              </Text>
              {editable && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  loading={remove.busyId === image.id}
                  aria-label={t('ui.reports.images.removeAria', { n: index + 1 })}
                  onClick={() => void remove.run(image.id)}
                >
                  {t('ui.reports.images.remove')}
                </Button>
              )}
            </Stack>
          ))}
        </SimpleGrid>
      )}

      {editable && full && (
        <Text size="sm" c="dimmed">
          {t('ui.reports.images.full', { count: REPORT_LIMITS.images })}
        </Text>
      )}

      {editable && !full && (
        <form onSubmit={(event) => void add(event)} noValidate>
          <Group align="flex-end" wrap="wrap" gap="sm">
            <FileInput
              label={t('ui.reports.images.file')}
              placeholder={t('ui.reports.images.filePlaceholder')}
              accept="image/png,image/jpeg"
              clearable
              value={file}
              onChange={choose}
              w={240}
            />
            <TextInput
              label={t('ui.reports.images.caption')}
              placeholder={t('ui.reports.images.captionPlaceholder')}
              maxLength={CAPTION_MAX}
              value={caption}
              onChange={(e) => setCaption(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 200 }}
            />
            <Button type="submit" variant="light" loading={busy} disabled={!file}>
              {t('ui.reports.images.add')}
            </Button>
          </Group>
        </form>
      )}
      {problem && (
        <Alert color="red" variant="light" icon={<AlertIcon />} mt="sm" role="alert">
          {problem}
        </Alert>
      )}
      {error !== null && <ErrorAlert error={error} mt="sm" />}
    </Paper>
  );
}
