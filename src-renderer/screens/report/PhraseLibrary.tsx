// The pathologist's own library of frequent phrases and diagnoses. A click (or
// Enter) puts one where the cursor was in the last section written in; a
// diagnosis always goes to the diagnosis. Text selected in a section can be
// kept as a new phrase.

import { useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Loader,
  Menu,
  NavLink,
  Paper,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { PhraseView } from '../../../src-shared/report-contract';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { useCall } from '../../useCall';
import { useRowAction } from '../../useRowAction';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SearchIcon } from '../../components/icons';
import { PhraseDialog, titleFrom, type PhraseDraft } from './PhraseDialog';

type KindFilter = 'all' | PhraseView['kind'];

interface Props {
  /** The text selected in a section, and whether that section is the diagnosis. */
  selection: { text: string; diagnosis: boolean } | null;
  onInsert(phrase: PhraseView): void;
}

function matches(phrase: PhraseView, query: string): boolean {
  const words = query.toLocaleLowerCase('es').split(/\s+/).filter(Boolean);
  const haystack = `${phrase.title} ${phrase.text}`.toLocaleLowerCase('es');
  return words.every((word) => haystack.includes(word));
}

export function PhraseLibrary({ selection, onInsert }: Props) {
  const { t } = useI18n();
  const phrases = useCall('reports.phrases', {});
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<KindFilter>('all');
  const [editing, setEditing] = useState<PhraseDraft | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const remove = useRowAction(async (id) => {
    setConfirming(null);
    await call('reports.removePhrase', { id });
  }, phrases.reload);

  const list = (phrases.data ?? [])
    .filter((p) => (kind === 'all' || p.kind === kind) && matches(p, query))
    .sort((a, b) => a.title.localeCompare(b.title, 'es'));

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="report-phrases">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h5" id="report-phrases">
          {t('ui.reports.phrases.title')}
        </Title>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => setEditing({ kind: 'phrase', title: '', text: '' })}
        >
          {t('ui.reports.phrases.new')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {t('ui.reports.phrases.explain')}
      </Text>

      <Stack gap="xs">
        <TextInput
          size="xs"
          label={t('ui.reports.phrases.search')}
          leftSection={<SearchIcon size={14} />}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <SegmentedControl
          size="xs"
          fullWidth
          aria-label={t('ui.reports.phrases.kind')}
          value={kind}
          onChange={(value) => setKind(value as KindFilter)}
          data={[
            { value: 'all', label: t('ui.reports.phrases.all') },
            { value: 'phrase', label: t('ui.reports.phrases.kindPhrases') },
            { value: 'diagnosis', label: t('ui.reports.phrases.kindDiagnoses') },
          ]}
        />
        <Button
          size="xs"
          variant="default"
          disabled={!selection}
          title={selection ? undefined : t('ui.reports.phrases.fromSelectionHint')}
          onClick={() =>
            selection &&
            setEditing({
              kind: selection.diagnosis ? 'diagnosis' : 'phrase',
              title: titleFrom(selection.text),
              text: selection.text,
            })
          }
        >
          {t('ui.reports.phrases.fromSelection')}
        </Button>
      </Stack>

      {phrases.error !== null && <ErrorAlert error={phrases.error} mt="sm" />}
      {remove.error !== null && <ErrorAlert error={remove.error} mt="sm" />}
      {!phrases.data && phrases.error === null && <Loader size="sm" mt="sm" />}

      {phrases.data && list.length === 0 && (
        <Text size="sm" c="dimmed" mt="sm">
          {t(
            phrases.data.length === 0
              ? 'ui.reports.phrases.emptyLibrary'
              : 'ui.reports.phrases.noMatch',
          )}
        </Text>
      )}

      <ScrollArea.Autosize mah={520} mt="sm" type="auto">
        <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {list.map((phrase) => (
            <li key={phrase.id}>
              <Group gap={2} wrap="nowrap" align="flex-start">
                <NavLink
                  component="button"
                  type="button"
                  aria-label={t('ui.reports.phrases.insertAria', { title: phrase.title })}
                  onClick={() => onInsert(phrase)}
                  label={
                    // In a narrow column the badge moves under a long title instead of
                    // being cut to "DIAGNÓ…".
                    <Group gap={6} wrap="wrap">
                      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {phrase.title}
                      </Text>
                      {phrase.kind === 'diagnosis' && (
                        <Badge size="xs" variant="light" color="grape" style={{ flexShrink: 0 }}>
                          {t('ui.reports.phrases.kindDiagnosis')}
                        </Badge>
                      )}
                    </Group>
                  }
                  description={
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {phrase.text}
                    </Text>
                  }
                  style={{ flex: 1, borderRadius: 'var(--mantine-radius-sm)' }}
                />
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      mt={6}
                      aria-label={t('ui.reports.phrases.optionsAria', { title: phrase.title })}
                    >
                      <span aria-hidden="true">⋯</span>
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => setEditing(phrase)}>
                      {t('ui.reports.phrases.edit')}
                    </Menu.Item>
                    <Menu.Item color="red" onClick={() => setConfirming(phrase.id)}>
                      {t('ui.reports.phrases.remove')}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Group>
              {confirming === phrase.id && (
                <Group gap="xs" justify="flex-end" mb={6}>
                  <Text size="xs">{t('ui.reports.phrases.confirmRemove')}</Text>
                  <Button
                    size="compact-xs"
                    color="red"
                    loading={remove.busyId === phrase.id}
                    aria-label={t('ui.reports.phrases.removeAria', { title: phrase.title })}
                    onClick={() => void remove.run(phrase.id)}
                  >
                    {t('ui.reports.phrases.remove')}
                  </Button>
                  <Button size="compact-xs" variant="default" onClick={() => setConfirming(null)}>
                    {t('ui.common.cancel')}
                  </Button>
                </Group>
              )}
            </li>
          ))}
        </Stack>
      </ScrollArea.Autosize>

      {editing && (
        <PhraseDialog
          phrase={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            phrases.reload();
          }}
        />
      )}
    </Paper>
  );
}
