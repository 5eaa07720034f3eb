// Staff accounts: who may do what at the lab, and the license a pathologist
// signs with. Only administrators see this; the services refuse everyone else
// whatever this screen shows.

import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { UserView } from '../../src-shared/contract';
import { call } from '../api';
import { useI18n } from '../i18n';
import { useTimeZone } from '../session';
import { formatDateTime } from '../format';
import { useCall } from '../useCall';
import { ErrorAlert } from '../components/ErrorAlert';
import { CreateUserDialog } from './users/CreateUserDialog';
import { RolesDialog } from './users/RolesDialog';
import { LicenseDialog } from './users/LicenseDialog';

export function Users() {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const { data: users, error: loadError, loadedAt, reload } = useCall('users.list', {});
  const [actionError, setActionError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserView | null>(null);
  const [licensing, setLicensing] = useState<UserView | null>(null);
  const [unlocking, setUnlocking] = useState<string | null>(null);

  async function unlock(user: UserView) {
    setUnlocking(user.id);
    setActionError(null);
    try {
      await call('users.unlock', { id: user.id });
      reload();
    } catch (caught) {
      setActionError(caught);
    } finally {
      setUnlocking(null);
    }
  }

  // Judged at the moment the list arrived; the list reloads after every change.
  const isLocked = (user: UserView) =>
    user.lockedUntil !== null && Date.parse(user.lockedUntil) > loadedAt;
  // Only a pathologist's license is printed (under the signature); anyone else's
  // can still be corrected or taken away.
  const hasLicenseAction = (user: UserView) =>
    user.roles.includes('pathologist') || user.licenseNumber !== null;
  const error = actionError ?? loadError;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('ui.users.title')}
        </Title>
        <Button onClick={() => setCreating(true)}>{t('ui.users.create')}</Button>
      </Group>
      {error !== null && <ErrorAlert error={error} />}

      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={800}>
          <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ui.users.col.name')}</Table.Th>
                <Table.Th>{t('ui.users.col.email')}</Table.Th>
                <Table.Th>{t('ui.users.col.roles')}</Table.Th>
                <Table.Th>{t('ui.users.col.state')}</Table.Th>
                <Table.Th aria-label={t('ui.common.actions')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users?.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {user.displayName}
                    </Text>
                    {user.licenseNumber && (
                      <Text size="xs" c="dimmed">
                        {t('ui.protocol.license')}: {user.licenseNumber}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{user.email}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {user.roles.map((role) => (
                        <Badge key={role} variant="light" color="gray">
                          {t(`ui.role.${role}`)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {!user.active ? (
                      <Badge color="gray">{t('ui.users.inactive')}</Badge>
                    ) : isLocked(user) ? (
                      <Badge color="red" variant="light">
                        {t('ui.users.lockedUntil', {
                          until: formatDateTime(user.lockedUntil, timeZone),
                        })}
                      </Badge>
                    ) : (
                      <Badge color="teal" variant="light">
                        {t('ui.users.active')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      {isLocked(user) && (
                        <Button
                          size="xs"
                          variant="light"
                          color="red"
                          loading={unlocking === user.id}
                          onClick={() => void unlock(user)}
                        >
                          {t('ui.users.unlock')}
                        </Button>
                      )}
                      {hasLicenseAction(user) && (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('ui.users.editLicenseAria', { name: user.displayName })}
                          onClick={() => setLicensing(user)}
                        >
                          {t('ui.users.editLicense')}
                        </Button>
                      )}
                      <Button size="xs" variant="default" onClick={() => setEditing(user)}>
                        {t('ui.users.editRoles')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>

      <CreateUserDialog
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          reload();
        }}
      />
      <RolesDialog
        key={editing?.id ?? 'closed'}
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
      <LicenseDialog
        key={`license-${licensing?.id ?? 'closed'}`}
        user={licensing}
        onClose={() => setLicensing(null)}
        onSaved={() => {
          setLicensing(null);
          reload();
        }}
      />
    </Stack>
  );
}
