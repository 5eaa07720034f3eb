// Revoking a device is asked twice: from that moment the server refuses it,
// and only a new enrolment brings it back.

import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { DeviceView } from '../../../src-shared/sync-contract';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props {
  device: DeviceView | null;
  onClose(): void;
  onRevoked(): void;
}

export function RevokeDialog({ device, onClose, onRevoked }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function revoke() {
    if (!device) return;
    setBusy(true);
    setError(null);
    try {
      await call('devices.revoke', { id: device.id });
      onRevoked();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={device !== null}
      onClose={onClose}
      title={t('ui.sync.revoke.title', { name: device?.name ?? '' })}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <Stack>
        <Text size="sm">{t('ui.sync.revoke.explain')}</Text>
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('ui.common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void revoke()}>
            {t('ui.sync.revoke.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
