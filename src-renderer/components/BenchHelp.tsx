// The bench routine as the help panel explains it: the scanner workflow, what
// each part of the screen is for, and the keys that keep hands off the mouse.

import { Kbd, List, Table, Text, Title } from '@mantine/core';
import type { MessageKey } from '../../src-shared/i18n/translate';
import { useI18n } from '../i18n';
import { ACTION_KEYS, ACTION_LABEL, type BenchAction } from '../screens/bench/BenchActions';
import { KeyCombo } from './KeyCombo';

const PARTS: MessageKey[] = [
  'ui.benchHelp.partScan',
  'ui.benchHelp.partTables',
  'ui.benchHelp.partActions',
  'ui.benchHelp.partLabels',
  'ui.benchHelp.partBoard',
  'ui.benchHelp.partTrace',
];

const OTHER_KEYS: [string[], MessageKey][] = [
  [['Enter'], 'ui.benchHelp.keyEnter'],
  // How many stages are offered depends on the item and the study, so no last digit is named.
  [['1', '2', '…'], 'ui.benchHelp.keyDigits'],
  [['Ctrl', 'Enter'], 'ui.benchHelp.keyCtrlEnter'],
  [['Esc'], 'ui.benchHelp.keyEsc'],
  [['↑', '↓'], 'ui.benchHelp.keyArrows'],
];

export function BenchHelp() {
  const { t } = useI18n();
  const actions = Object.entries(ACTION_KEYS) as [BenchAction, string][];

  return (
    <>
      <List type="ordered" size="sm" spacing={6}>
        <List.Item>
          {t('ui.benchHelp.step1')} <Kbd size="xs">Enter</Kbd>
        </List.Item>
        <List.Item>{t('ui.benchHelp.step2')}</List.Item>
        <List.Item>{t('ui.benchHelp.step3')}</List.Item>
        <List.Item>{t('ui.benchHelp.step4')}</List.Item>
      </List>
      <Text size="sm" mt="sm">
        {t('ui.benchHelp.anywhere')}
      </Text>

      <Title order={4} size="h6" mt="md" mb={4}>
        {t('ui.benchHelp.partsTitle')}
      </Title>
      <List size="sm" spacing={6}>
        {PARTS.map((key) => (
          <List.Item key={key}>{t(key)}</List.Item>
        ))}
      </List>

      <Title order={4} size="h6" mt="md" mb={4}>
        {t('ui.benchHelp.keysTitle')}
      </Title>
      <Table withTableBorder verticalSpacing={4}>
        <Table.Tbody>
          {actions.map(([action, key]) => (
            <Table.Tr key={action}>
              <Table.Td w={130}>
                <Kbd>Alt</Kbd> + <Kbd>{key}</Kbd>
              </Table.Td>
              <Table.Td>{t(ACTION_LABEL[action])}</Table.Td>
            </Table.Tr>
          ))}
          {OTHER_KEYS.map(([keys, label]) => (
            <Table.Tr key={label}>
              <Table.Td>
                <KeyCombo keys={keys} joiner=" " />
              </Table.Td>
              <Table.Td>{t(label)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt="sm">
        {t('ui.benchHelp.redo')}
      </Text>
    </>
  );
}
