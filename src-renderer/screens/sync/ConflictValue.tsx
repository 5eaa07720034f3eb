// One side of a conflict, readable by a person: text as text, yes/no for
// booleans, codes (a status, a sample's condition) in words, a record as
// label/value pairs; raw JSON only for what is nested deeper.

import { Text } from '@mantine/core';
import { isMessageKey, useI18n, type I18n } from '../../i18n';
import { Facts } from '../../components/Facts';
import { FIELD_LABEL, VALUE_PREFIX } from './conflict-labels';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function plain(value: unknown, field: string | null, t: I18n['t']): string {
  if (value === null || value === undefined || value === '') return t('ui.sync.value.empty');
  if (typeof value === 'boolean') return value ? t('ui.sync.value.yes') : t('ui.sync.value.no');
  if (typeof value === 'string') {
    const key = field && VALUE_PREFIX[field] ? `${VALUE_PREFIX[field]}${value}` : '';
    return isMessageKey(key) ? t(key) : value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && !value.some((item) => typeof item === 'object' && item !== null)) {
    return value.map((item) => plain(item, field, t)).join(', ');
  }
  return JSON.stringify(value);
}

export function ConflictValue({ value, field }: { value: unknown; field: string | null }) {
  const { t } = useI18n();
  if (isRecord(value)) {
    const label = (name: string) => {
      const key = FIELD_LABEL[name];
      return key ? t(key) : name;
    };
    return (
      <Facts
        rows={Object.entries(value).map(([name, item]) => [label(name), plain(item, name, t)])}
      />
    );
  }
  const empty = value === null || value === undefined || value === '';
  return (
    <Text size="sm" c={empty ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }}>
      {plain(value, field, t)}
    </Text>
  );
}
