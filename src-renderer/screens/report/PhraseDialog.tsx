// A phrase or diagnosis for the pathologist's library: a short title to find
// it by, and the text that goes into the report. New, edited, or made from the
// text selected in a section.

import { useState } from 'react';
import { SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { REPORT_LIMITS, type PhraseView } from '../../../src-shared/report-contract';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { BenchDialog } from '../bench/BenchDialog';

export type PhraseDraft = Omit<PhraseView, 'id'> & { id?: string };

const TITLE_MAX = 120;

/** A title from the first words of a selected text, for the pathologist to shorten. */
export function titleFrom(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length <= 60 ? line : `${line.slice(0, 57).trimEnd()}…`;
}

export function PhraseDialog(props: {
  phrase: PhraseDraft;
  onClose(): void;
  onSaved(phrase: PhraseView): void;
}) {
  const { t } = useI18n();
  const [phrase, setPhrase] = useState<PhraseDraft>(props.phrase);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit() {
    if (!phrase.title.trim() || !phrase.text.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      props.onSaved(
        await call('reports.savePhrase', {
          id: phrase.id,
          kind: phrase.kind,
          title: phrase.title.trim(),
          text: phrase.text.trim(),
        }),
      );
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <BenchDialog
      title={t(phrase.id ? 'ui.reports.phrases.editTitle' : 'ui.reports.phrases.newTitle')}
      submitLabel={t('ui.reports.phrases.save')}
      busy={busy}
      error={error}
      onClose={props.onClose}
      onSubmit={() => void submit()}
    >
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={500} mb={4} id="phrase-kind">
            {t('ui.reports.phrases.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="phrase-kind"
            value={phrase.kind}
            onChange={(value) => setPhrase({ ...phrase, kind: value as PhraseView['kind'] })}
            data={[
              { value: 'phrase', label: t('ui.reports.phrases.kindPhrase') },
              { value: 'diagnosis', label: t('ui.reports.phrases.kindDiagnosis') },
            ]}
          />
        </div>
        <TextInput
          label={t('ui.reports.phrases.titleField')}
          description={t('ui.reports.phrases.titleHelp')}
          required
          data-autofocus
          maxLength={TITLE_MAX}
          value={phrase.title}
          onChange={(e) => setPhrase({ ...phrase, title: e.currentTarget.value })}
          error={missing && !phrase.title.trim() ? t('ui.reports.phrases.required') : undefined}
        />
        <Textarea
          label={t('ui.reports.phrases.text')}
          required
          autosize
          minRows={4}
          maxRows={14}
          maxLength={REPORT_LIMITS.phrase}
          value={phrase.text}
          onChange={(e) => setPhrase({ ...phrase, text: e.currentTarget.value })}
          error={missing && !phrase.text.trim() ? t('ui.reports.phrases.required') : undefined}
        />
      </Stack>
    </BenchDialog>
  );
}
