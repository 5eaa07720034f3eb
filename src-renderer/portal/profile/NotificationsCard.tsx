// Which changes of a protocol's status the lab mails about, and in which language. The
// signed report is not a choice: it is always mailed, and the card says so.

import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import {
  NOTIFIABLE_STATUSES,
  PORTAL_LOCALES,
  type NotifiableStatus,
  type VetAccountView,
} from '../../../src-shared/portal-contract';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { useAccount } from '../account';
import { LOCALE_LABEL } from '../form/locales';

type Locale = (typeof PORTAL_LOCALES)[number];

export function NotificationsCard({ onSaved }: { onSaved(account: VetAccountView): void }) {
  const { t } = useI18n();
  const { account } = useAccount();
  const [notify, setNotify] = useState<NotifiableStatus[]>(account.notify);
  const [locale, setLocale] = useState<Locale>(account.locale);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const updated = await call('profile.setNotifications', { notify, locale });
      setNotify(updated.notify);
      setLocale(updated.locale);
      setSaved(true);
      onSaved(updated);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="profile-notify">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="profile-notify">
            {t('ui.portal.notify.title')}
          </Title>
          <Checkbox.Group
            label={t('ui.portal.notify.statuses')}
            description={t('ui.portal.notify.explain')}
            value={notify}
            onChange={(value) => setNotify(value as NotifiableStatus[])}
          >
            <Stack gap={6} mt="xs">
              {NOTIFIABLE_STATUSES.map((status) => (
                <Checkbox key={status} value={status} label={t(`status.${status}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Select
            label={t('ui.portal.field.mailLanguage')}
            allowDeselect={false}
            maw={320}
            value={locale}
            onChange={(value) => value && setLocale(value as Locale)}
            data={PORTAL_LOCALES.map((value) => ({ value, label: LOCALE_LABEL[value] }))}
          />
          {notify.length === 0 && (
            <Text size="sm" c="orange.8">
              {t('ui.portal.notify.none')}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t('ui.portal.notify.reportAlways')}
          </Text>
          {error !== null && <ErrorAlert error={error} />}
          {saved && (
            <Alert color="teal" variant="light" role="status">
              {t('ui.portal.notify.saved')}
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
