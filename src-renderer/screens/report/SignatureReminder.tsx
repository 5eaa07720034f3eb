// A pathologist who has not uploaded a signature image yet is told so on the
// queue, before the first report is signed without it.

import { Alert, Anchor } from '@mantine/core';
import { useI18n } from '../../i18n';
import { SIGNATURE_PATH } from '../settings/sections';
import { useCall } from '../../useCall';
import { InfoIcon } from '../../components/icons';

export function SignatureReminder() {
  const { t } = useI18n();
  const signature = useCall('reports.signature', {});
  if (signature.data !== null || signature.loading || signature.error !== null) return null;
  return (
    <Alert color="blue" variant="light" icon={<InfoIcon />} role="note">
      {t('ui.reports.signature.missing')}{' '}
      <Anchor href={SIGNATURE_PATH} size="sm">
        {t('ui.reports.signature.upload')}
      </Anchor>
    </Alert>
  );
}
