// The bench's scan field: a protocol's jar opens its work, a cassette or slide
// opens its protocol and selects the item; more items of the same protocol
// join the selection.

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
  open: boolean;
}

export function BenchScanField({ inputRef, value, onChange, onKeyDown, looking, open }: Props) {
  const { t } = useI18n();
  return (
    <Paper withBorder radius="md" px="lg" py="sm" h="100%">
      <TextInput
        ref={inputRef}
        className="scan-input"
        size="lg"
        label={t('ui.bench.scanLabel')}
        placeholder={t(open ? 'ui.bench.scanPlaceholderOpen' : 'ui.bench.scanPlaceholder')}
        leftSection={<BarcodeIcon size={24} />}
        rightSection={looking ? <Loader size="sm" /> : null}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="characters"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <Group mt={6} gap="xs">
        <Text size="sm" c="dimmed">
          {t(open ? 'ui.bench.scanHintOpen' : 'ui.bench.scanHint')} <Kbd size="xs">Enter</Kbd>
          {open && (
            <>
              {' '}
              · <Kbd size="xs">Esc</Kbd> {t('ui.bench.escHint')}
            </>
          )}
        </Text>
      </Group>
    </Paper>
  );
}
