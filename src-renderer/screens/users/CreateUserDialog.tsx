// A new staff account. The administrator sets a first password and hands it
// over in person; staff never register themselves.

import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { Role } from '../../../src-shared/contract';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RoleChecks } from './RoleChecks';

interface Props {
  opened: boolean;
  onClose(): void;
  onCreated(): void;
}

const EMPTY = { email: '', displayName: '', licenseNumber: '', password: '' };

export function CreateUserDialog({ opened, onClose, onCreated }: Props) {
  const { t } = useI18n();
  const [form, setForm] = useState(EMPTY);
  const [roles, setRoles] = useState<Role[]>(['reception']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await call('users.create', {
        email: form.email,
        displayName: form.displayName,
        roles,
        licenseNumber: form.licenseNumber.trim() || undefined,
        password: form.password,
      });
      setForm(EMPTY);
      setRoles(['reception']);
      onCreated();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const field = (name: keyof typeof EMPTY) => ({
    value: form[name],
    onChange: (e: { currentTarget: { value: string } }) =>
      setForm({ ...form, [name]: e.currentTarget.value }),
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('ui.users.create')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <TextInput
            label={t('ui.users.col.name')}
            required
            data-autofocus
            {...field('displayName')}
          />
          <TextInput
            label={t('ui.users.col.email')}
            type="email"
            required
            autoComplete="off"
            {...field('email')}
          />
          <TextInput
            label={t('ui.protocol.license')}
            description={t('ui.users.licenseHelp')}
            {...field('licenseNumber')}
          />
          <PasswordInput
            label={t('ui.users.firstPassword')}
            description={t('ui.users.firstPasswordHelp')}
            required
            autoComplete="new-password"
            {...field('password')}
          />
          <RoleChecks value={roles} onChange={setRoles} />
          {error !== null && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('ui.common.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={roles.length === 0}>
              {t('ui.users.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
