// Sizes, clock offsets, number series and the enrolment command in the form
// the sync screens show them. Pure, so the screens stay about layout.

import { formatProtocolNumber, KIND_CODE, type StudyKind } from '../../../src-shared/codes';
import type { Locale } from '../../../src-shared/i18n/translate';

const KB = 1024;
const MB = 1024 * 1024;
const MINUTE_MS = 60_000;

const oneDecimal = (value: number, locale: Locale) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);

/** `12,5 KB`, `3,2 MB`: what a person reads off a progress line. */
export function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < MB) return `${oneDecimal(bytes / KB, locale)} KB`;
  return `${oneDecimal(bytes / MB, locale)} MB`;
}

/** `2,4`: a duration in seconds, for "Duración: 2,4 s". */
export function formatSeconds(ms: number, locale: Locale): string {
  return oneDecimal(ms / 1000, locale);
}

/**
 * How far a device's clock is from the server's, in whole minutes: positive
 * when the device is ahead. Null when within a minute (or unknown): such a
 * difference is network delay, not a wrong clock.
 */
export function clockDriftMinutes(serverMinusDeviceMs: number | null): number | null {
  if (serverMinusDeviceMs === null || Math.abs(serverMinusDeviceMs) <= MINUTE_MS) return null;
  return -Math.round(serverMinusDeviceMs / MINUTE_MS);
}

// The server names a series by kind code and year of the lab's calendar.
const SERIES = /^([A-Z]+):(\d{4})$/;
const KINDS = Object.keys(KIND_CODE) as StudyKind[];

/** `HP:2026` → `HP 2026`. */
export function seriesName(series: string): string {
  const match = SERIES.exec(series);
  return match ? `${match[1]} ${match[2]}` : series;
}

/** Sequence 14 of `HP:2026` → `HP 26/014`, as on the jar's label. */
export function seriesNumber(series: string, sequence: number): string {
  const match = SERIES.exec(series);
  const kind = KINDS.find((k) => KIND_CODE[k] === match?.[1]);
  if (!match || !kind) return String(sequence);
  return formatProtocolNumber(kind, Number(match[2]), sequence);
}

/** What an admin types at a workstation to connect it to the server. */
export function enrolCommand(serverUrl: string, code: string): string {
  return `patolab sync enroll --server ${serverUrl} --code ${code}`;
}
