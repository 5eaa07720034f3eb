// A cassette's type with the colour of its plastic, as the technician sees it
// on the rack: white, yellow (multi-cut) or orange (special stain).

import { Group, Text } from '@mantine/core';
import { CASSETTE_COLOUR, type CassetteType } from '../../../src-shared/processing';
import { useI18n } from '../../i18n';

const SWATCH: Record<string, string> = {
  white: '#ffffff',
  yellow: 'var(--mantine-color-yellow-4)',
  orange: 'var(--mantine-color-orange-6)',
};

export function CassetteSwatch({ type }: { type: CassetteType }) {
  return (
    <span
      className="cassette-swatch"
      style={{ background: SWATCH[CASSETTE_COLOUR[type]] }}
      aria-hidden="true"
    />
  );
}

export function CassetteTypeLabel({ type }: { type: CassetteType }) {
  const { t } = useI18n();
  return (
    <Group gap={6} wrap="nowrap" component="span">
      <CassetteSwatch type={type} />
      <Text span size="sm">
        {t(`cassetteType.${type}`)}
      </Text>
    </Group>
  );
}
