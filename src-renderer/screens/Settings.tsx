// Where labels print and how mail leaves. Any staff member can test the
// printer; only an administrator can change where things go, the stains the
// bench offers and the lab's header on reports. A pathologist keeps their
// signature image here, in "Mi firma": first on the page for one who is not an
// administrator, since the printer and mail cards are read-only to them, and
// the card `#/impresion/firma` scrolls to.

import { useEffect, useState } from 'react';
import { Grid, Loader, Stack, Title } from '@mantine/core';
import type { MethodOutput } from '../../src-shared/contract';
import { useI18n } from '../i18n';
import { useCall } from '../useCall';
import { hasRole, useSession } from '../session';
import { SIGNATURE_SECTION, settingsSection } from './settings/sections';
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
  const section = useSettingsSection();
  const signature = isPathologist && (
    <Grid.Col span={{ base: 12, lg: 6 }}>
      <SignatureCard focused={section === SIGNATURE_SECTION} />
    </Grid.Col>
  );

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('ui.settings.title')}
      </Title>
      {error !== null && <ErrorAlert error={error} />}
      {!settings && error === null && <Loader aria-label={t('ui.common.loading')} />}
      {settings && (
        <Grid gutter="md">
          {!isAdmin && signature}
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
          {isAdmin && signature}
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

/** The card the address points at, followed as the address changes. */
function useSettingsSection(): string | null {
  const [section, setSection] = useState(() => settingsSection(window.location.hash));
  useEffect(() => {
    const update = () => setSection(settingsSection(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return section;
}
