import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Role, UserView } from '../../../src-shared/contract';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RoleChecks } from './RoleChecks';

interface Props {
  user: UserView | null;
  onClose(): void;
  onSaved(): void;
}

export function RolesDialog({ user, onClose, onSaved }: Props) {
  const { t } = useI18n();
  // Mounted afresh for each user (the caller keys it by id), so the checkboxes
  // start from that user's roles.
  const [roles, setRoles] = useState<Role[]>(() => (user ? [...user.roles] : []));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!user) return;
    setBusy(true);
    setError(null);
    try {
      await call('users.setRoles', { id: user.id, roles });
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
      title={t('ui.users.rolesTitle', { name: user?.displayName ?? '' })}
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {user?.email}
          </Text>
          <RoleChecks value={roles} onChange={setRoles} />
          {error !== null && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('ui.common.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={roles.length === 0} data-autofocus>
              {t('ui.common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
