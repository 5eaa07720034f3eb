// What the receptionist found in the jar: condition, how many containers or
// slides came, and anything that does not match the form. The defaults describe
// a conforming sample, so most receptions need no typing at all.

import type { FormEvent } from 'react';
import {
  Button,
  Group,
  Kbd,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import type { ProtocolDetail } from '../../../src-shared/contract';
import { useI18n } from '../../i18n';
import { CheckIcon, XIcon } from '../../components/icons';

export const RECEIVE_CONDITIONS = ['optimal', 'acceptable', 'suboptimal'] as const;
export type ReceiveCondition = (typeof RECEIVE_CONDITIONS)[number];

export interface ReceiveValues {
  condition: ReceiveCondition;
  count: number | '';
  discrepancies: string;
  notes: string;
}

export function declaredCount(protocol: ProtocolDetail): number | null {
  return protocol.kind === 'histopathology' ? protocol.sample.containers : protocol.sample.slides;
}

export function initialValues(protocol: ProtocolDetail): ReceiveValues {
  const count = declaredCount(protocol) ?? '';
  return { condition: 'optimal', count, discrepancies: '', notes: '' };
}

interface Props {
  protocol: ProtocolDetail;
  values: ReceiveValues;
  onChange(values: ReceiveValues): void;
  onReceive(): void;
  onReject(): void;
  busy: boolean;
}

export function ReceiveForm({ protocol, values, onChange, onReceive, onReject, busy }: Props) {
  const { t } = useI18n();
  const declared = declaredCount(protocol);
  const isHp = protocol.kind === 'histopathology';
  const differs = declared !== null && values.count !== '' && values.count !== declared;
  const submitOnCtrlEnter = getHotkeyHandler([['mod+Enter', onReceive]]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onReceive();
  }

  return (
    <Paper withBorder radius="md" p="lg" component="form" onSubmit={submit} noValidate>
      <Stack gap="md">
        <div>
          <Text fw={600} size="sm" mb={6} id="condition-label">
            {t('ui.reception.condition')}
          </Text>
          <SegmentedControl
            color="teal"
            aria-labelledby="condition-label"
            value={values.condition}
            onChange={(value) => onChange({ ...values, condition: value as ReceiveCondition })}
            data={RECEIVE_CONDITIONS.map((value) => ({ value, label: t(`condition.${value}`) }))}
          />
        </div>

        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={isHp ? t('ui.reception.containersReceived') : t('ui.reception.slidesReceived')}
            description={
              differs ? (
                <Text span size="xs" c="orange.9" fw={600}>
                  {t('ui.reception.countDiffers', { declared: declared ?? 0 })}
                </Text>
              ) : (
                t('ui.reception.declared', { count: declared ?? '—' })
              )
            }
            min={0}
            max={isHp ? 99 : 999}
            allowDecimal={false}
            allowNegative={false}
            value={values.count}
            onChange={(value) =>
              onChange({ ...values, count: typeof value === 'number' ? value : '' })
            }
          />
        </SimpleGrid>

        <Textarea
          label={t('ui.reception.discrepancies')}
          placeholder={t('ui.reception.discrepanciesPlaceholder')}
          autosize
          minRows={2}
          maxLength={2000}
          value={values.discrepancies}
          onChange={(e) => onChange({ ...values, discrepancies: e.currentTarget.value })}
          onKeyDown={submitOnCtrlEnter}
        />
        <Textarea
          label={t('ui.reception.notes')}
          autosize
          minRows={1}
          maxLength={2000}
          value={values.notes}
          onChange={(e) => onChange({ ...values, notes: e.currentTarget.value })}
          onKeyDown={submitOnCtrlEnter}
        />

        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('ui.reception.formHint')} <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd>
          </Text>
          <Group>
            <Button
              variant="outline"
              color="red"
              leftSection={<XIcon />}
              onClick={onReject}
              disabled={busy}
            >
              {t('ui.reception.reject')}
            </Button>
            <Button type="submit" size="md" leftSection={<CheckIcon />} loading={busy}>
              {t('ui.reception.receive')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
