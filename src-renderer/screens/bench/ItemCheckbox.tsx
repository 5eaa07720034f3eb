// The tick that selects a cassette or slide, and the one in a table's header
// that selects every live item of the table.

import { Checkbox } from '@mantine/core';
import { useI18n } from '../../i18n';
import type { Selection } from './selection';

export function ItemCheckbox(props: {
  code: string;
  selection: Selection;
  disabled: boolean;
  onToggle(codes: string[], on: boolean): void;
}) {
  const { t } = useI18n();
  return (
    <Checkbox
      size="sm"
      aria-label={t('ui.bench.selectItem', { code: props.code })}
      checked={props.selection.has(props.code)}
      disabled={props.disabled}
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => props.onToggle([props.code], e.currentTarget.checked)}
    />
  );
}

export function AllCheckbox(props: {
  label: string;
  codes: string[];
  selection: Selection;
  onToggle(codes: string[], on: boolean): void;
}) {
  const chosen = props.codes.filter((code) => props.selection.has(code)).length;
  const all = props.codes.length > 0 && chosen === props.codes.length;
  return (
    <Checkbox
      size="sm"
      aria-label={props.label}
      checked={all}
      indeterminate={chosen > 0 && !all}
      disabled={props.codes.length === 0}
      onChange={() => props.onToggle(props.codes, !all)}
    />
  );
}

/** Brings an item's row into view and puts the focus on its tick. */
export function showItem(code: string): void {
  const row = document.querySelector(`[data-item="${CSS.escape(code)}"]`);
  row?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  row?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
}
