// The pathologist's workbench: the queue of protocols waiting for their
// report, and each protocol's report editor, by the address.

import { Group, Stack, Title } from '@mantine/core';
import { useI18n } from '../i18n';
import { hasRole, useSession } from '../session';
import { ReportQueue } from './report/ReportQueue';
import { ReportEditor } from './report/ReportEditor';
import { ReportHelpButton } from './report/ReportHelpButton';
import { SignatureReminder } from './report/SignatureReminder';

export function Reports({ code }: { code: string | null }) {
  const { t } = useI18n();
  const { user } = useSession();

  if (code !== null) return <ReportEditor key={code} code={code} />;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('ui.reports.title')}
        </Title>
        <ReportHelpButton />
      </Group>
      {hasRole(user, 'pathologist') && <SignatureReminder />}
      <ReportQueue />
    </Stack>
  );
}
