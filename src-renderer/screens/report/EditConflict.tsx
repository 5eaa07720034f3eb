// Another window or desk saved this draft while the pathologist was typing.
// Nothing was overwritten: the typed text stays on screen (and in the browser's
// storage), the other text is shown where it differs, and the pathologist
// chooses which one stays.

import { Alert, Button, Group, ScrollArea, Stack, Text } from '@mantine/core';
import type { DraftView, ReportSections } from '../../../src-shared/report-contract';
import { useI18n } from '../../i18n';
import { useTimeZone } from '../../session';
import { formatDateTime } from '../../format';
import { AlertIcon } from '../../components/icons';
import { readField, SECTION_FIELDS, sectionsOf, type FieldRef } from './sections';

interface Props {
  theirs: DraftView;
  mine: ReportSections;
  onKeepMine(): void;
  onTakeTheirs(): void;
}

export function EditConflict({ theirs, mine, onKeepMine, onTakeTheirs }: Props) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const other = sectionsOf(theirs);
  const refs: FieldRef[] = [
    ...SECTION_FIELDS,
    ...other.microscopicItems.map((item): FieldRef => `item:${item.code}`),
  ];
  const differing = refs.filter(
    (ref) => readField(other, ref).trim() !== readField(mine, ref).trim(),
  );
  const label = (ref: FieldRef) =>
    ref.startsWith('item:')
      ? t('ui.reports.section.item', { code: ref.slice('item:'.length) })
      : t(`ui.reports.section.${ref as (typeof SECTION_FIELDS)[number]}`);

  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      icon={<AlertIcon />}
      title={t('ui.reports.conflict.title')}
    >
      <Text size="sm">
        {t('ui.reports.conflict.explain', {
          by: theirs.updatedBy,
          when: formatDateTime(theirs.updatedAt, timeZone),
        })}
      </Text>
      {differing.length > 0 && (
        <ScrollArea.Autosize mah={220} mt="sm" type="auto">
          <Stack gap={6}>
            {differing.map((ref) => (
              <div key={ref}>
                <Text size="xs" fw={700}>
                  {t('ui.reports.conflict.theirField', { field: label(ref) })}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {readField(other, ref).trim() || '—'}
                </Text>
              </div>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
      <Group mt="sm">
        <Button size="xs" color="orange" onClick={onKeepMine}>
          {t('ui.reports.conflict.keepMine')}
        </Button>
        <Button size="xs" variant="default" onClick={onTakeTheirs}>
          {t('ui.reports.conflict.takeTheirs', { by: theirs.updatedBy })}
        </Button>
      </Group>
    </Alert>
  );
}
