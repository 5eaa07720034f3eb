// The reception routine, shown beside the scan field and in the help panel.

import { Kbd, List, Text } from '@mantine/core';
import { useI18n } from '../i18n';

export function ReceptionHelp() {
  const { t } = useI18n();
  return (
    <>
      <List type="ordered" size="sm" spacing={6}>
        <List.Item>
          {t('ui.receptionHelp.step1')} <Kbd size="xs">Enter</Kbd>
        </List.Item>
        <List.Item>{t('ui.receptionHelp.step2')}</List.Item>
        <List.Item>
          {t('ui.receptionHelp.step3a')} <Kbd size="xs">Enter</Kbd> {t('ui.receptionHelp.step3b')}
        </List.Item>
        <List.Item>{t('ui.receptionHelp.step4')}</List.Item>
      </List>
      <Text size="sm" mt="sm">
        {t('ui.receptionHelp.reject')}
      </Text>
      <Text size="sm" mt="sm">
        <strong>{t('ui.receptionHelp.printFailedTitle')}</strong>{' '}
        {t('ui.receptionHelp.printFailed')}
      </Text>
      <Text size="sm" mt="sm" c="dimmed">
        {t('ui.receptionHelp.scanner')}
      </Text>
    </>
  );
}
