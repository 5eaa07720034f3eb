// The report screens' own help, one click away from the queue and the editor.

import { useState } from 'react';
import { Button, Drawer, Title } from '@mantine/core';
import { useI18n } from '../../i18n';
import { HelpIcon } from '../../components/icons';
import { ReportsHelp } from '../../components/ReportsHelp';

export function ReportHelpButton() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="subtle"
        size="xs"
        leftSection={<HelpIcon size={16} />}
        onClick={() => setOpen(true)}
      >
        {t('ui.reports.help.open')}
      </Button>
      <Drawer
        opened={open}
        onClose={() => setOpen(false)}
        position="right"
        size="lg"
        title={<Title order={2}>{t('ui.reports.help.title')}</Title>}
        closeButtonProps={{ 'aria-label': t('ui.common.close') }}
      >
        <ReportsHelp />
      </Drawer>
    </>
  );
}
