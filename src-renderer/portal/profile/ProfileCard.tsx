// The vet's own record at the lab: names, license, contact and address. A
// change reaches the lab's desks with the next sync and is kept in the history below.

import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { VetAccountView } from '../../../src-shared/portal-contract';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { useAccount } from '../account';
import { FormErrorAlert } from '../components/FormErrorAlert';
import {
  identityFromAccount,
  IdentityFields,
  type IdentityForm,
} from '../components/IdentityFields';
import { fieldErrors } from '../form/field-errors';
import { PROFILE_FIELD_LABEL } from './profile-fields';

export function ProfileCard({ onSaved }: { onSaved(account: VetAccountView): void }) {
  const { t } = useI18n();
  const { account } = useAccount();
  const [identity, setIdentity] = useState<IdentityForm>(() => identityFromAccount(account));
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const updated = await call('profile.update', identity);
      setIdentity(identityFromAccount(updated));
      setSaved(true);
      onSaved(updated);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const errors = fieldErrors(error);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="profile-data">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Group justify="space-between" gap="xs">
            <Title order={2} size="h4" id="profile-data">
              {t('ui.portal.profile.data')}
            </Title>
            {account.labVerified ? (
              <Badge color="teal" variant="light">
                {t('ui.portal.profile.labVerified')}
              </Badge>
            ) : (
              <Badge color="gray" variant="light">
                {t('ui.portal.profile.notLabVerified')}
              </Badge>
            )}
          </Group>
          <Text size="sm">
            {t('ui.portal.field.email')}: <strong>{account.email}</strong>
          </Text>
          <IdentityFields value={identity} onChange={setIdentity} errors={errors} />
          {error !== null && (
            <FormErrorAlert error={error} errors={errors} labels={PROFILE_FIELD_LABEL} />
          )}
          {saved && (
            <Alert color="teal" variant="light" role="status">
              {t('ui.portal.profile.saved')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={busy}>
              {t('ui.common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
