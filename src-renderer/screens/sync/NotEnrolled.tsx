// What a workstation that was never enrolled tells its user: it works on its
// own, nothing is wrong, and how an administrator would connect it.

import { Code, Stack, Text } from '@mantine/core';
import { useI18n } from '../../i18n';
import { enrolCommand } from './units';

export function NotEnrolled() {
  const { t } = useI18n();
  return (
    <Stack gap="sm">
      <Text size="sm">{t('ui.sync.notEnrolledText')}</Text>
      <Text size="sm">{t('ui.sync.howToEnrol')}</Text>
      <Code block>{enrolCommand(t('ui.sync.placeholderUrl'), t('ui.sync.placeholderCode'))}</Code>
      <Text size="xs" c="dimmed">
        {t('ui.sync.placeholderHelp')}
      </Text>
    </Stack>
  );
}
