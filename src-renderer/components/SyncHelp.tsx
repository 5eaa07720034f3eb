// Sync with the central server, as the help panel explains it: what it does,
// why nothing is lost offline, what the warnings on the screen ask for.

import { List, Text } from '@mantine/core';
import { useI18n } from '../i18n';

export function SyncHelp() {
  const { t } = useI18n();
  return (
    <>
      <Text size="sm">{t('ui.syncHelp.what')}</Text>
      <List size="sm" spacing={6} mt="sm">
        <List.Item>{t('ui.syncHelp.offline')}</List.Item>
        <List.Item>{t('ui.syncHelp.numbers')}</List.Item>
        <List.Item>{t('ui.syncHelp.problems')}</List.Item>
      </List>
      <Text size="sm" c="dimmed" mt="sm">
        {t('ui.syncHelp.server')}
      </Text>
    </>
  );
}
