// A vet registers: who they are, how to reach them, and a password. The server
// answers the same whether or not the address or license already has an
// account (so the form tells nothing about others), and mails the next step.

import { useState, type FormEvent } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Grid,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { PORTAL_LOCALES } from '../../../src-shared/portal-contract';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { FormErrorAlert } from '../components/FormErrorAlert';
import { PublicPage } from '../components/PublicPage';
import { EMPTY_IDENTITY, IdentityFields, type IdentityForm } from '../components/IdentityFields';
import { ResendVerification } from '../components/ResendVerification';
import { fieldErrors } from '../form/field-errors';
import { LOCALE_LABEL } from '../form/locales';
import { PROFILE_FIELD_LABEL } from '../profile/profile-fields';
import { PORTAL_PATHS } from '../routes';

type Locale = (typeof PORTAL_LOCALES)[number];

const REGISTRATION_FIELD_LABEL = {
  ...PROFILE_FIELD_LABEL,
  password: 'ui.portal.field.password',
  locale: 'ui.portal.field.mailLanguage',
} as const;

export function Register() {
  const { t, locale: screenLocale } = useI18n();
  const [identity, setIdentity] = useState<IdentityForm>(EMPTY_IDENTITY);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [locale, setLocale] = useState<Locale>(screenLocale);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [registered, setRegistered] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await call('auth.register', { ...identity, email, password, locale });
      setRegistered(email.trim());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  if (registered !== null) {
    return (
      <PublicPage title={t('ui.portal.register.doneTitle')}>
        <Alert color="teal" variant="light" role="status" style={{ overflowWrap: 'anywhere' }}>
          {t('ui.portal.register.done', { email: registered })}
        </Alert>
        <Text size="sm">{t('ui.portal.register.doneHint')}</Text>
        <ResendVerification initialEmail={registered} fixedEmail />
        <Anchor href={PORTAL_PATHS.signIn} size="sm">
          {t('ui.portal.register.toSignIn')}
        </Anchor>
      </PublicPage>
    );
  }

  const errors = fieldErrors(error);
  return (
    <PublicPage title={t('ui.portal.register.title')} width={760}>
      <Text size="sm" c="dimmed">
        {t('ui.portal.register.intro')}
      </Text>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <IdentityFields value={identity} onChange={setIdentity} errors={errors} />
          <Grid gutter="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('ui.portal.field.email')}
                type="email"
                autoComplete="email"
                required
                value={email}
                error={errors.email}
                onChange={(e) => setEmail(e.currentTarget.value)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <PasswordInput
                label={t('ui.portal.field.password')}
                description={t('ui.portal.passwordRule')}
                autoComplete="new-password"
                required
                value={password}
                error={errors.password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select
                label={t('ui.portal.field.mailLanguage')}
                allowDeselect={false}
                value={locale}
                onChange={(value) => value && setLocale(value as Locale)}
                data={PORTAL_LOCALES.map((value) => ({ value, label: LOCALE_LABEL[value] }))}
              />
            </Grid.Col>
          </Grid>
          {error !== null && (
            <FormErrorAlert error={error} errors={errors} labels={REGISTRATION_FIELD_LABEL} />
          )}
          <Button type="submit" loading={busy}>
            {t('ui.portal.register.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor href={PORTAL_PATHS.signIn} size="sm">
        {t('ui.portal.register.haveAccount')}
      </Anchor>
    </PublicPage>
  );
}
