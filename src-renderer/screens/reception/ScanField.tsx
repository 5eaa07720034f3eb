// The field the barcode scanner types into, with a line under it saying what
// the next Enter will do.

import type { KeyboardEvent, Ref } from 'react';
import { Group, Kbd, Loader, Paper, Text, TextInput } from '@mantine/core';
import { useI18n } from '../../i18n';
import { BarcodeIcon } from '../../components/icons';

interface Props {
  inputRef: Ref<HTMLInputElement>;
  value: string;
  onChange(value: string): void;
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
  looking: boolean;
  readyToReceive: boolean;
}

export function ScanField(props: Props) {
  const { inputRef, value, onChange, onKeyDown, looking, readyToReceive } = props;
  const { t } = useI18n();
  return (
    <Paper withBorder radius="md" p="lg">
      <TextInput
        ref={inputRef}
        className="scan-input"
        size="xl"
        label={t('ui.reception.scanLabel')}
        placeholder={t('ui.reception.scanPlaceholder')}
        leftSection={<BarcodeIcon size={26} />}
        rightSection={looking ? <Loader size="sm" /> : null}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="characters"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <Group mt="sm" gap="xs" aria-live="polite">
        {readyToReceive ? (
          <Text size="lg" fw={700} c="teal.8">
            <Kbd size="lg">Enter</Kbd> {t('ui.reception.enterToReceive')}{' '}
            <Text span size="sm" fw={400} c="dimmed">
              · <Kbd size="xs">Esc</Kbd> {t('ui.reception.escToCancel')}
            </Text>
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('ui.reception.scanHint')} <Kbd size="xs">Enter</Kbd>
          </Text>
        )}
      </Group>
    </Paper>
  );
}
