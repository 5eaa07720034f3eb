// One report image, fetched once and shown small.

import { Center, Image, Loader, Text } from '@mantine/core';
import { useI18n } from '../../i18n';
import { useCall } from '../../useCall';
import { dataUrl } from './image-file';

export function ImageThumb({ id, alt }: { id: string; alt: string }) {
  const { t } = useI18n();
  const image = useCall('reports.image', { id });
  const size = { w: 140, h: 105 };

  if (image.data) {
    return (
      <Image
        src={dataUrl(image.data.mime, image.data.base64)}
        alt={alt}
        {...size}
        fit="contain"
        radius="sm"
        bg="gray.1"
      />
    );
  }
  return (
    <Center {...size} bg="gray.1" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
      {image.error !== null ? (
        <Text size="xs" c="red.8" ta="center" px={4}>
          {t('ui.reports.images.unavailable')}
        </Text>
      ) : (
        <Loader size="sm" aria-label={t('ui.common.loading')} />
      )}
    </Center>
  );
}
