// Signing a report: the dialog says what the signature means and what it will
// show (name, license, date and time), and asks for the password again, since
// an open session alone must not sign. Signing before the protocol is ready
// takes a written reason. What is typed is saved first, so the signed text is
// the one on screen.

import { useRef, useState } from 'react';
import { Alert, Anchor, Paper, PasswordInput, Stack, Text, Textarea } from '@mantine/core';
import type { ReportView, VersionView } from '../../../src-shared/report-contract';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { useSession, useTimeZone } from '../../session';
import { SIGNATURE_PATH } from '../settings/sections';
import { formatDateTime } from '../../format';
import { useCall } from '../../useCall';
import { Facts } from '../../components/Facts';
import { AlertIcon, InfoIcon } from '../../components/icons';
import { BenchDialog } from '../bench/BenchDialog';
import { EMPTY_PASSWORD, refused, submitted, typed } from './sign-password';
import { visibleLength } from '../../../src-shared/clean-text';

/** The services refuse shorter reasons; the field says so first. */
export const MIN_REASON = 10;

interface Props {
  view: ReportView;
  version: number;
  beforeSign(): Promise<boolean>;
  onClose(): void;
  onSigned(version: VersionView): void;
}

export function SignDialog({ view, version, beforeSign, onClose, onSigned }: Props) {
  const { t, errorText } = useI18n();
  const timeZone = useTimeZone();
  const session = useSession();
  // Fresh from the services: a license an admin added today shows up here.
  const me = useCall('session.me', {});
  const user = me.data ?? session.user;
  const [password, setPassword] = useState(EMPTY_PASSWORD);
  const passwordInput = useRef<HTMLInputElement>(null);
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notSaved, setNotSaved] = useState(false);
  const code = view.protocol.code;
  const reasonShort = view.signNeedsReason && visibleLength(reason) < MIN_REASON;
  const now = me.loadedAt > 0 ? formatDateTime(new Date(me.loadedAt).toISOString(), timeZone) : '';

  async function submit() {
    setChecked(true);
    const field = submitted(password);
    setPassword(field);
    if (field.showRequired || reasonShort) return;
    setBusy(true);
    setError(null);
    setNotSaved(false);
    try {
      if (!(await beforeSign())) {
        setNotSaved(true);
        return;
      }
      const signed = await call('reports.sign', {
        protocol: code,
        password: field.value,
        earlyReason: view.signNeedsReason ? reason.trim() : undefined,
      });
      onSigned(signed);
    } catch (caught) {
      // The refusal says why, under a title that says the report is still unsigned.
      setError(caught);
      setPassword(refused());
      passwordInput.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <BenchDialog
      title={t('ui.reports.sign.title', { code })}
      submitLabel={t('ui.reports.sign.submit')}
      busy={busy}
      error={null}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Paper withBorder radius="sm" p="sm" bg="gray.0">
        <Facts
          rows={[
            [t('ui.reports.sign.protocol'), code],
            [t('ui.reports.sign.version'), version],
            [t('ui.reports.sign.name'), user.displayName],
            [
              t('ui.reports.sign.license'),
              user.licenseNumber ?? t('ui.reports.sign.noLicenseShort'),
            ],
            [t('ui.reports.sign.when'), t('ui.reports.sign.whenValue', { now })],
          ]}
        />
        <Text size="sm" mt="sm" fs="italic">
          {t('pdf.report.signature.meaning', { name: user.displayName })}
        </Text>
      </Paper>

      {!user.licenseNumber && (
        <Alert color="yellow" variant="light" icon={<AlertIcon />} role="note">
          {t('ui.reports.sign.noLicense')}
        </Alert>
      )}
      {!view.hasSignatureImage && (
        <Alert color="yellow" variant="light" icon={<InfoIcon />} role="note">
          {t('ui.reports.sign.noImage')}{' '}
          <Anchor href={SIGNATURE_PATH} size="sm">
            {t('ui.reports.sign.uploadImage')}
          </Anchor>
        </Alert>
      )}

      <Stack gap="sm">
        {view.signNeedsReason && (
          <Textarea
            label={t('ui.reports.sign.earlyReason')}
            description={t('ui.reports.sign.earlyReasonHelp', {
              status: t(`status.${view.protocol.status}`),
            })}
            required
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={
              checked && reasonShort
                ? t('ui.reports.reasonTooShort', { min: MIN_REASON })
                : undefined
            }
          />
        )}
        <PasswordInput
          label={t('ui.reports.sign.password')}
          description={t('ui.reports.sign.passwordHelp')}
          required
          data-autofocus
          ref={passwordInput}
          autoComplete="current-password"
          value={password.value}
          onChange={(e) => setPassword(typed(e.currentTarget.value))}
          error={password.showRequired ? t('ui.reports.sign.passwordRequired') : undefined}
        />
      </Stack>
      {error !== null && (
        <Alert
          color="red"
          variant="light"
          icon={<AlertIcon />}
          role="alert"
          title={t('ui.reports.sign.refusedTitle')}
        >
          {errorText(error)}
        </Alert>
      )}
      {notSaved && (
        <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
          {t('ui.reports.sign.notSaved')}
        </Alert>
      )}
    </BenchDialog>
  );
}
