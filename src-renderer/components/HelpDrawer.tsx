// The in-app help: keyboard shortcuts, the reception and bench routines and
// sync, in words a new receptionist or technician understands on their first
// morning.

import { Drawer, Kbd, List, Stack, Table, Text, Title } from '@mantine/core';
import type { MessageKey } from '../../src-shared/i18n/translate';
import { useI18n } from '../i18n';
import { ReceptionHelp } from './ReceptionHelp';
import { SyncHelp } from './SyncHelp';
import { BenchHelp } from './BenchHelp';
import { ReportsHelp } from './ReportsHelp';
import { KeyCombo } from './KeyCombo';

interface Props {
  opened: boolean;
  onClose(): void;
  shortcuts: { label: MessageKey; key: string }[];
  /** Where the sync screen is offered: every workstation, and the server to its admins. */
  showSync?: boolean;
  /** For those who work at the bench: technicians and admins. */
  showBench?: boolean;
  /** For those who write reports: pathologists and admins. */
  showReports?: boolean;
}

export function HelpDrawer(props: Props) {
  const { opened, onClose, shortcuts, showSync = false, showBench = false } = props;
  const showReports = props.showReports ?? false;
  const { t } = useI18n();
  const general: [string[], MessageKey][] = [
    [['F1'], 'ui.help.keyHelp'],
    [['Tab'], 'ui.help.keyTab'],
    [['Enter'], 'ui.help.keyEnter'],
    [['Ctrl', 'Enter'], 'ui.help.keyCtrlEnter'],
    [['Esc'], 'ui.help.keyEsc'],
  ];

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title={<Title order={2}>{t('ui.help.title')}</Title>}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <Stack gap="lg">
        <section>
          <Title order={3} size="h4" mb="xs">
            {t('ui.help.shortcutsTitle')}
          </Title>
          <Table withTableBorder verticalSpacing={6}>
            <Table.Tbody>
              {shortcuts.map((item) => (
                <Table.Tr key={item.key}>
                  <Table.Td w={130}>
                    <Kbd>Alt</Kbd> + <Kbd>{item.key}</Kbd>
                  </Table.Td>
                  <Table.Td>{t(item.label)}</Table.Td>
                </Table.Tr>
              ))}
              {general.map(([keys, label]) => (
                <Table.Tr key={label}>
                  <Table.Td>
                    <KeyCombo keys={keys} joiner=" + " />
                  </Table.Td>
                  <Table.Td>{t(label)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm" mt="sm">
            {t('ui.help.scanAnywhere')}
          </Text>
        </section>

        <section>
          <Title order={3} size="h4" mb="xs">
            {t('ui.help.receptionTitle')}
          </Title>
          <ReceptionHelp />
        </section>

        {showBench && (
          <section>
            <Title order={3} size="h4" mb="xs">
              {t('ui.help.benchTitle')}
            </Title>
            <BenchHelp />
          </section>
        )}

        {showReports && (
          <section>
            <Title order={3} size="h4" mb="xs">
              {t('ui.reports.help.title')}
            </Title>
            <ReportsHelp />
          </section>
        )}

        {showSync && (
          <section>
            <Title order={3} size="h4" mb="xs">
              {t('ui.help.syncTitle')}
            </Title>
            <SyncHelp />
          </section>
        )}

        <section>
          <Title order={3} size="h4" mb="xs">
            {t('ui.help.queuesTitle')}
          </Title>
          <List size="sm" spacing={6}>
            <List.Item>{t('ui.help.queuesMail')}</List.Item>
            <List.Item>{t('ui.help.queuesPrint')}</List.Item>
          </List>
          <Text size="sm" c="dimmed" mt="sm">
            {t('ui.help.languageNote')}
          </Text>
        </section>
      </Stack>
    </Drawer>
  );
}
