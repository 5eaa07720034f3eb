// The central server's view for administrators: enrolled devices, conflicts
// left by merging, and the protocol number blocks handed out.

import { Paper, Tabs, Text } from '@mantine/core';
import { useI18n } from '../../i18n';
import { DevicesTab } from './DevicesTab';
import { ConflictsTab } from './ConflictsTab';
import { NumbersTab } from './NumbersTab';

export function ServerSync() {
  const { t } = useI18n();
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('ui.sync.serverExplain')}
      </Text>
      <Paper withBorder radius="md" p="md">
        <Tabs defaultValue="devices" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="devices">{t('ui.sync.tab.devices')}</Tabs.Tab>
            <Tabs.Tab value="conflicts">{t('ui.sync.tab.conflicts')}</Tabs.Tab>
            <Tabs.Tab value="numbers">{t('ui.sync.tab.numbers')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="devices" pt="md">
            <DevicesTab />
          </Tabs.Panel>
          <Tabs.Panel value="conflicts" pt="md">
            <ConflictsTab />
          </Tabs.Panel>
          <Tabs.Panel value="numbers" pt="md">
            <NumbersTab />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </>
  );
}
