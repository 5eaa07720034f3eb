// Voiding a cassette (dropped, empty, labelled twice) keeps it on record,
// struck through, with who and why. It cannot be undone, so the dialog says so
// and asks for the reason before the red button does anything.

import { useState } from 'react';
import { Alert } from '@mantine/core';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { AlertIcon } from '../../components/icons';
import { BenchDialog, type ActionProps } from './BenchDialog';
import { ReasonInput, reasonTooShort } from './ReasonInput';
import { isLiveCassette, selectedItems, shortCode } from './selection';

export function VoidCassetteDialog({ work, selection, onClose, onDone }: ActionProps) {
  const { t } = useI18n();
  const cassette = selectedItems(work, selection).cassettes.filter(isLiveCassette)[0];
  const [reason, setReason] = useState('');
  const [short, setShort] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit() {
    if (!cassette) return;
    if (reasonTooShort(reason)) {
      setShort(true);
      return;
    }

    setBusy(true);
    setError(null);
    try {
      // By id: two cassettes made offline at two desks can share a code.
      await call('processing.voidCassette', { code: cassette.id, reason: reason.trim() });
      onDone({ select: [] });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  const code = cassette ? shortCode(work.protocol.code, cassette.code) : '';

  return (
    <BenchDialog
      title={t('ui.bench.void.title', { code })}
      submitLabel={t('ui.bench.void.submit', { code })}
      danger
      busy={busy}
      error={error}
      blocked={!cassette}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Alert color="red" variant="light" icon={<AlertIcon />}>
        {t('ui.bench.void.explain', { code: cassette?.code ?? '' })}
      </Alert>
      <ReasonInput
        label={t('ui.bench.void.reason')}
        placeholder={t('ui.bench.void.reasonPlaceholder')}
        value={reason}
        tooShort={short}
        onChange={(value) => {
          setReason(value);
          setShort(false);
        }}
      />
    </BenchDialog>
  );
}
