// The vet's profile: their record at the lab, the mail they want, their
// password and address, and the history of changes to the record.

import { useState } from 'react';
import { Grid, Stack, Title } from '@mantine/core';
import type { VetAccountView } from '../../../src-shared/portal-contract';
import { useI18n } from '../../i18n';
import { useAccount } from '../account';
import { CredentialsCard } from '../profile/CredentialsCard';
import { HistoryCard } from '../profile/HistoryCard';
import { NotificationsCard } from '../profile/NotificationsCard';
import { ProfileCard } from '../profile/ProfileCard';

export function Profile() {
  const { t } = useI18n();
  const { replace } = useAccount();
  const [version, setVersion] = useState(0);
  const saved = (account: VetAccountView) => {
    replace(account);
    setVersion((n) => n + 1);
  };

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('ui.portal.profile.title')}
      </Title>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <ProfileCard onSaved={saved} />
            <HistoryCard key={version} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <NotificationsCard onSaved={saved} />
            <CredentialsCard />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
