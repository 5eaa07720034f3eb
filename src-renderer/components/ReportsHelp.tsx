// The pathologist's routine as the help explains it: from the queue to a sent
// report, what saves itself and when, the phrase library, signing and amending.

import { Kbd, List, Table, Text, Title } from '@mantine/core';
import type { MessageKey } from '../../src-shared/i18n/translate';
import { useI18n } from '../i18n';
import { KeyCombo } from './KeyCombo';

const STEPS: MessageKey[] = [
  'ui.reports.help.step1',
  'ui.reports.help.step2',
  'ui.reports.help.step3',
  'ui.reports.help.step4',
  'ui.reports.help.step5',
];

const NOTES: MessageKey[] = [
  'ui.reports.help.autosave',
  'ui.reports.help.conflict',
  'ui.reports.help.phrases',
  'ui.reports.help.images',
  'ui.reports.help.early',
  'ui.reports.help.amend',
  'ui.reports.help.signature',
];

// Keys pressed together are joined by "+", alternatives by a space.
const KEYS: [string[], ' ' | ' + ', MessageKey][] = [
  [['Alt', 'N'], ' + ', 'ui.reports.help.keyQueue'],
  [['Ctrl', 'S'], ' + ', 'ui.reports.help.keySave'],
  [['↑', '↓'], ' ', 'ui.reports.help.keyArrows'],
  [['Ctrl', 'Enter'], ' + ', 'ui.reports.help.keyCtrlEnter'],
];

export function ReportsHelp() {
  const { t } = useI18n();
  return (
    <>
      <List type="ordered" size="sm" spacing={6}>
        {STEPS.map((key) => (
          <List.Item key={key}>{t(key)}</List.Item>
        ))}
      </List>

      <Title order={4} size="h6" mt="md" mb={4}>
        {t('ui.reports.help.notesTitle')}
      </Title>
      <List size="sm" spacing={6}>
        {NOTES.map((key) => (
          <List.Item key={key}>{t(key)}</List.Item>
        ))}
      </List>

      <Title order={4} size="h6" mt="md" mb={4}>
        {t('ui.reports.help.keysTitle')}
      </Title>
      <Table withTableBorder verticalSpacing={4}>
        <Table.Tbody>
          {KEYS.map(([keys, joiner, label]) => (
            <Table.Tr key={label}>
              <Table.Td w={130}>
                <KeyCombo keys={keys} joiner={joiner} />
              </Table.Td>
              <Table.Td>{t(label)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt="sm">
        {t('ui.reports.help.enterInRow')} <Kbd size="xs">Enter</Kbd>
      </Text>
    </>
  );
}
