// The lab's calendar. Instants are stored in UTC; the year of a protocol number
// and the date inside a temporary code follow the lab's own time zone, so a
// sample received on 31 December at 23:30 in Buenos Aires keeps that year.

export const DEFAULT_TIME_ZONE = 'America/Argentina/Buenos_Aires';

export interface LocalDate {
  year: number;
  month: number;
  day: number;
  /** `YYYY-MM-DD` */
  iso: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function localDate(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): LocalDate {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const year = get('year');
  const month = get('month');
  const day = get('day');
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { year, month, day, iso };
}

// Building an Intl formatter costs far more than using one; these are kept per zone.
const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function cached(
  cache: Map<string, Intl.DateTimeFormat>,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let formatter = cache.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('es-AR', { timeZone, ...options });
    cache.set(timeZone, formatter);
  }
  return formatter;
}

/** `04/12/2026 10:42` in the lab's zone, for labels, mail and screens. */
export function formatLocalDateTime(iso: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  return cached(dateTimeFormatters, timeZone, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

export function formatLocalDay(iso: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  return cached(dayFormatters, timeZone, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));
}
