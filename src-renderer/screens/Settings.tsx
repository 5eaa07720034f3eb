// Where labels print and how mail leaves. Any staff member can test the
// printer; only an administrator can change where things go, the stains the
// bench offers and the lab's header on reports. A pathologist keeps their
// signature image here.

import { Grid, Loader, Stack, Title } from '@mantine/core';
import type { MethodOutput } from '../../src-shared/contract';
import { useI18n } from '../i18n';
import { useCall } from '../useCall';
import { hasRole, useSession } from '../session';
import { ErrorAlert } from '../components/ErrorAlert';
import { PrinterSettingsCard } from './settings/PrinterSettingsCard';
import { MailSettingsCard } from './settings/MailSettingsCard';
import { StainsCard } from './settings/StainsCard';
import { LabHeaderCard } from './settings/LabHeaderCard';
import { SignatureCard } from './report/SignatureCard';

export type SettingsView = MethodOutput<'settings.get'>;

export function Settings() {
  const { t } = useI18n();
  const { user } = useSession();
  const { data: settings, error, reload } = useCall('settings.get', {});
  const isAdmin = hasRole(user, 'admin');
  const isPathologist = hasRole(user, 'pathologist');

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('ui.settings.title')}
      </Title>
      {error !== null && <ErrorAlert error={error} />}
      {!settings && error === null && <Loader aria-label={t('ui.common.loading')} />}
      {settings && (
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <PrinterSettingsCard
              printers={settings.printers}
              printerOverride={settings.printerOverride}
              canEdit={isAdmin}
              onSaved={reload}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <MailSettingsCard
              mail={settings.mail}
              canEdit={isAdmin}
              defaultTestAddress={user.email}
              onSaved={reload}
            />
          </Grid.Col>
          {isPathologist && (
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <SignatureCard />
            </Grid.Col>
          )}
          {isAdmin && (
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <LabHeaderCard />
            </Grid.Col>
          )}
          {isAdmin && (
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <StainsCard />
            </Grid.Col>
          )}
        </Grid>
      )}
    </Stack>
  );
}
