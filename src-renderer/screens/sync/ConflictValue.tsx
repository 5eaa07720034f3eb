// One side of a conflict, readable by a person: text as text, yes/no for
// booleans and flags, codes (a status, a sample's condition) in words, dates
// as the lab reads them, a record as label/value pairs; raw JSON only for
// what is nested deeper.

import { Text } from '@mantine/core';
import { isMessageKey, useI18n, type I18n } from '../../i18n';
import { useTimeZone } from '../../session';
import { formatDateTime, formatDay } from '../../format';
import { Facts } from '../../components/Facts';
import { FIELD_LABEL, FLAG_FIELDS, VALUE_PREFIX } from './conflict-labels';

// How the database keeps an instant (`2026-12-04T17:37:18.869Z`) and a calendar day.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function plain(value: unknown, field: string | null, t: I18n['t'], timeZone: string): string {
  if (value === null || value === undefined || value === '') return t('ui.sync.value.empty');
  const flag = field !== null && FLAG_FIELDS.has(field) && (value === 0 || value === 1);
  if (typeof value === 'boolean' || flag) {
    return value ? t('ui.sync.value.yes') : t('ui.sync.value.no');
  }
  if (typeof value === 'string') {
    if (ISO_INSTANT.test(value)) return formatDateTime(value, timeZone);
    if (ISO_DAY.test(value)) return formatDay(value);
    const key = field && VALUE_PREFIX[field] ? `${VALUE_PREFIX[field]}${value}` : '';
    return isMessageKey(key) ? t(key) : value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && !value.some((item) => typeof item === 'object' && item !== null)) {
    return value.map((item) => plain(item, field, t, timeZone)).join(', ');
  }
  return JSON.stringify(value);
}

export function ConflictValue({ value, field }: { value: unknown; field: string | null }) {
  const { t } = useI18n();
  const timeZone = useTimeZone();
  if (isRecord(value)) {
    const label = (name: string) => {
      const key = FIELD_LABEL[name];
      return key ? t(key) : name;
    };
    return (
      <Facts
        rows={Object.entries(value).map(([name, item]) => [
          label(name),
          plain(item, name, t, timeZone),
        ])}
      />
    );
  }
  const empty = value === null || value === undefined || value === '';
  return (
    <Text size="sm" c={empty ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }}>
      {plain(value, field, t, timeZone)}
    </Text>
  );
}
