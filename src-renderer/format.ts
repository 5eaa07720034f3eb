// Dates as the lab reads them: day/month/year, 24-hour clock, in the lab's zone.

import { formatLocalDateTime } from '../src-shared/calendar';

export function formatDateTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '—';
  try {
    return formatLocalDateTime(iso, timeZone);
  } catch {
    return iso;
  }
}

/** A calendar date (`2026-12-04`) has no zone: shifting it through one would move the day. */
export function formatDay(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}
