// Amending a signed report opens a new draft, the next version, with the
// signed text to correct and the reason on record. The signed version and its
// PDF stay as they were; the amendment is signed the same way.

import { useState } from 'react';
import { Alert, Textarea } from '@mantine/core';
import type { DraftView } from '../../../src-shared/report-contract';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { InfoIcon } from '../../components/icons';
import { BenchDialog } from '../bench/BenchDialog';
import { MIN_REASON } from './SignDialog';
import { visibleLength } from '../../../src-shared/clean-text';

interface Props {
  protocol: string;
  version: number;
  onClose(): void;
  onAmended(draft: DraftView): void;
}

export function AmendDialog({ protocol, version, onClose, onAmended }: Props) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const short = visibleLength(reason) < MIN_REASON;

  async function submit() {
    setChecked(true);
    if (short) return;
    setBusy(true);
    setError(null);
    try {
      onAmended(await call('reports.amend', { protocol, reason: reason.trim() }));
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <BenchDialog
      title={t('ui.reports.amend.title', { code: protocol })}
      submitLabel={t('ui.reports.amend.submit')}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Alert color="blue" variant="light" icon={<InfoIcon />} role="note">
        {t('ui.reports.amend.explain', { version, next: version + 1 })}
      </Alert>
      <Textarea
        label={t('ui.reports.amend.reason')}
        description={t('ui.reports.amend.reasonHelp', { min: MIN_REASON })}
        required
        data-autofocus
        autosize
        minRows={3}
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={checked && short ? t('ui.reports.reasonTooShort', { min: MIN_REASON }) : undefined}
      />
    </BenchDialog>
  );
}
