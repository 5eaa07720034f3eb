// The report as the pathologist writes it: macroscopic description, general
// microscopic description and one per cassette or slide, diagnosis, comments.
// Every field reports its cursor to the editor, so a phrase chosen from the
// library lands where the pathologist was writing.

import type { FocusEvent, SyntheticEvent } from 'react';
import { Paper, Stack, Textarea, Title } from '@mantine/core';
import { REPORT_LIMITS, type ReportSections } from '../../../src-shared/report-contract';
import type { ReportView } from '../../../src-shared/report-contract';
import { useI18n } from '../../i18n';
import { ItemDescriptions } from './ItemDescriptions';
import type { FieldRef, SectionField } from './sections';

export interface FieldBinding {
  ref(element: HTMLTextAreaElement | null): void;
  onFocus(event: FocusEvent<HTMLTextAreaElement>): void;
  onSelect(event: SyntheticEvent<HTMLTextAreaElement>): void;
  onBlur(): void;
}

interface Props {
  sections: ReportSections;
  items: ReportView['items'];
  bind(ref: FieldRef): FieldBinding;
  onChange(ref: FieldRef, value: string): void;
  onReplace(next: ReportSections): void;
  onAdded(ref: FieldRef): void;
}

export function SectionsForm({ sections, items, bind, onChange, onReplace, onAdded }: Props) {
  const { t } = useI18n();

  const area = (field: SectionField, minRows: number) => (
    <Textarea
      {...bind(field)}
      label={t(`ui.reports.section.${field}`)}
      autosize
      minRows={minRows}
      maxRows={20}
      maxLength={field === 'diagnosis' ? REPORT_LIMITS.diagnosis : REPORT_LIMITS.section}
      value={sections[field]}
      onChange={(event) => onChange(field, event.currentTarget.value)}
    />
  );

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="report-sections">
      <Title order={2} size="h5" mb="sm" id="report-sections">
        {t('ui.reports.sections.title')}
      </Title>
      <Stack gap="md">
        {area('macroscopic', 3)}
        {area('microscopic', 4)}
        <ItemDescriptions
          sections={sections}
          items={items}
          bind={bind}
          onChange={onChange}
          onReplace={onReplace}
          onAdded={onAdded}
        />
        {area('diagnosis', 2)}
        {area('comments', 2)}
      </Stack>
    </Paper>
  );
}
