// Rejecting a sample always needs a reason: the vet reads it in the notice mail.

import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { SAMPLE_CONDITIONS, type SampleCondition } from '../../../src-shared/status';
import { useI18n } from '../../i18n';
import { ErrorAlert } from '../../components/ErrorAlert';

export interface RejectValues {
  reason: string;
  condition: SampleCondition;
  notes: string;
}

interface Props {
  opened: boolean;
  code: string;
  busy: boolean;
  error: unknown;
  onCancel(): void;
  onConfirm(values: RejectValues): void;
  onClosed(): void;
}

export function RejectDialog({ opened, code, busy, error, onCancel, onConfirm, onClosed }: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState<RejectValues>({
    reason: '',
    condition: 'rejected',
    notes: '',
  });
  const [missingReason, setMissingReason] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!values.reason.trim()) {
      setMissingReason(true);
      return;
    }
    onConfirm({ ...values, reason: values.reason.trim() });
  }

  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      onExitTransitionEnd={() => {
        setValues({ reason: '', condition: 'rejected', notes: '' });
        setMissingReason(false);
        onClosed();
      }}
      returnFocus={false}
      title={t('ui.reject.title', { code })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('ui.common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('ui.reject.explanation')}
          </Text>
          {error !== null && <ErrorAlert error={error} />}
          <TextInput
            label={t('ui.reject.reason')}
            placeholder={t('ui.reject.reasonPlaceholder')}
            required
            data-autofocus
            maxLength={2000}
            value={values.reason}
            onChange={(e) => {
              setValues({ ...values, reason: e.currentTarget.value });
              setMissingReason(false);
            }}
            error={missingReason ? t('error.rejectReasonRequired') : undefined}
          />
          <div>
            <Text fw={500} size="sm" mb={4} id="reject-condition-label">
              {t('ui.reception.condition')}
            </Text>
            <SegmentedControl
              color="red"
              aria-labelledby="reject-condition-label"
              value={values.condition}
              onChange={(value) => setValues({ ...values, condition: value as SampleCondition })}
              data={SAMPLE_CONDITIONS.map((value) => ({ value, label: t(`condition.${value}`) }))}
            />
          </div>
          <Textarea
            label={t('ui.reception.notes')}
            autosize
            minRows={2}
            maxLength={2000}
            value={values.notes}
            onChange={(e) => setValues({ ...values, notes: e.currentTarget.value })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('ui.common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={busy}>
              {t('ui.reject.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
