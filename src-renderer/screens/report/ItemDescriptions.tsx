// One microscopic description per cassette or slide, for the ones the
// pathologist picks; the list offers only those not yet described. Removing a
// description that holds text asks once more, since the text goes with it.

import { useState } from 'react';
import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import {
  REPORT_LIMITS,
  type ReportSections,
  type ReportView,
} from '../../../src-shared/report-contract';
import { useI18n } from '../../i18n';
import type { FieldBinding } from './SectionsForm';
import { itemRef, type FieldRef } from './sections';

interface Props {
  sections: ReportSections;
  items: ReportView['items'];
  bind(ref: FieldRef): FieldBinding;
  onChange(ref: FieldRef, value: string): void;
  onReplace(next: ReportSections): void;
  onAdded(ref: FieldRef): void;
}

export function ItemDescriptions({ sections, items, bind, onChange, onReplace, onAdded }: Props) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  const described = new Set(sections.microscopicItems.map((item) => item.code));
  const material = new Map(items.map((item) => [item.code, item.description]));
  const offered = items.filter((item) => !described.has(item.code));

  function add(code: string | null) {
    if (!code || described.has(code)) return;
    onReplace({
      ...sections,
      microscopicItems: [...sections.microscopicItems, { code, text: '' }],
    });
    onAdded(itemRef(code));
  }

  function remove(code: string, text: string) {
    if (text.trim() !== '' && confirming !== code) {
      setConfirming(code);
      return;
    }
    setConfirming(null);
    onReplace({
      ...sections,
      microscopicItems: sections.microscopicItems.filter((item) => item.code !== code),
    });
  }

  // Nothing to show for a protocol whose bench recorded no cassettes or slides yet.
  if (sections.microscopicItems.length === 0 && offered.length === 0) return null;

  return (
    <Stack gap="sm">
      {sections.microscopicItems.map((item) => {
        const description = material.get(item.code);
        return (
          <div key={item.code}>
            <Textarea
              {...bind(itemRef(item.code))}
              label={t('ui.reports.section.item', { code: item.code })}
              description={description}
              autosize
              minRows={2}
              maxRows={16}
              maxLength={REPORT_LIMITS.section}
              value={item.text}
              onChange={(event) => onChange(itemRef(item.code), event.currentTarget.value)}
            />
            <Group justify="flex-end" mt={4}>
              <Button
                size="compact-xs"
                variant="subtle"
                color={confirming === item.code ? 'red' : 'gray'}
                aria-label={t(
                  confirming === item.code
                    ? 'ui.reports.items.confirmRemoveAria'
                    : 'ui.reports.items.removeAria',
                  { code: item.code },
                )}
                onClick={() => remove(item.code, item.text)}
                onBlur={() => setConfirming(null)}
              >
                {t(
                  confirming === item.code
                    ? 'ui.reports.items.confirmRemove'
                    : 'ui.reports.items.remove',
                )}
              </Button>
            </Group>
          </div>
        );
      })}
      {offered.length > 0 && (
        <Select
          label={t('ui.reports.items.add')}
          placeholder={t('ui.reports.items.addPlaceholder')}
          searchable
          value={null}
          onChange={add}
          data={offered.map((item) => ({
            value: item.code,
            label: item.description ? `${item.code} · ${item.description}` : item.code,
          }))}
        />
      )}
    </Stack>
  );
}
