// A staff member's license number, added or changed after the account exists:
// a pathologist created without one cannot sign until an admin sets it here.

import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { UserView } from '../../../src-shared/contract';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props {
  user: UserView | null;
  onClose(): void;
  onSaved(): void;
}

export function LicenseDialog({ user, onClose, onSaved }: Props) {
  const { t } = useI18n();
  // Mounted afresh for each user (the caller keys it by id), so the field starts
  // from that user's license.
  const [license, setLicense] = useState(() => user?.licenseNumber ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!user) return;
    setBusy(true);
    setError(null);
    try {
      await call('users.setLicense', { id: user.id, licenseNumber: license.trim() || null });
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={t('ui.users.licenseTitle', { name: user?.displayName ?? '' })}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {user?.email}
          </Text>
          <TextInput
            label={t('ui.protocol.license')}
            description={t('ui.users.licenseExplain')}
            maxLength={30}
            autoComplete="off"
            data-autofocus
            value={license}
            onChange={(e) => setLicense(e.currentTarget.value)}
          />
          {error !== null && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('ui.common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('ui.common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
