// Human-facing identifiers of the lab: protocol numbers and temporary codes.
// Pure functions only; the database decides which numbers exist.

export type StudyKind = 'histopathology' | 'cytology';
export type KindCode = 'HP' | 'CT';

export const KIND_CODE: Record<StudyKind, KindCode> = { histopathology: 'HP', cytology: 'CT' };

/** `HP 26/001`; the sequence is padded to three digits and grows past 999. */
export function formatProtocolNumber(kind: StudyKind, year: number, sequence: number): string {
  const yy = String(year % 100).padStart(2, '0');
  return `${KIND_CODE[kind]} ${yy}/${String(sequence).padStart(3, '0')}`;
}

/** `TMP-HP-20261204-007`: kind, the lab's local date, per-kind day sequence. */
export function formatTemporaryCode(kind: StudyKind, localDate: string, sequence: number): string {
  const compact = localDate.replaceAll('-', '');
  return `TMP-${KIND_CODE[kind]}-${compact}-${String(sequence).padStart(3, '0')}`;
}

export type ScannedCode =
  | { type: 'temporary'; code: string }
  | { type: 'protocol'; code: string }
  | { type: 'unknown'; code: string };

// A keyboard-wedge scanner sends key positions, not characters. On a Spanish or
// Latin-American layout the US "-" key types "'" and "/" types "-", and Caps Lock
// or Shift may flip case or turn a separator into "?" or "_". So separators are
// matched as "anything that is not a letter or digit", and case is ignored: the
// letters and digits are what the barcode really carries.
const SEP = '[^A-Z0-9]*';
const TEMPORARY = new RegExp(`^TMP${SEP}(HP|CT)${SEP}(\\d{8})${SEP}(\\d{3,})$`);
const PROTOCOL = new RegExp(`^(HP|CT)${SEP}(\\d{2})${SEP}(\\d{3,})$`);

/** Turns typed or scanned text into the canonical code it stands for. */
export function normalizeScannedCode(raw: string): ScannedCode {
  const text = raw.normalize('NFKC').trim().toUpperCase();

  const temporary = TEMPORARY.exec(text);
  if (temporary) {
    const [, kind, date, seq] = temporary;
    return { type: 'temporary', code: `TMP-${kind}-${date}-${seq}` };
  }

  const protocol = PROTOCOL.exec(text);
  if (protocol) {
    const [, kind, year, seq] = protocol;
    return { type: 'protocol', code: `${kind} ${year}/${seq}` };
  }

  return { type: 'unknown', code: text };
}

/** `HP:2026`: the per-kind, per-year sequence a protocol number belongs to. */
export function numberSeries(kind: StudyKind | KindCode, year: number): string {
  const code = kind === 'HP' || kind === 'CT' ? kind : KIND_CODE[kind];
  return `${code}:${year}`;
}

const CANONICAL_NUMBER = /^(HP|CT) (\d{2})\/(\d{3,})$/;

/** `HP 26/014` → series `HP:2026`, sequence 14; null for anything else. */
export function parseProtocolNumber(
  number: string,
): { series: string; kind: KindCode; year: number; sequence: number } | null {
  const match = CANONICAL_NUMBER.exec(number);
  if (!match) return null;
  const kind = match[1] as KindCode;
  const year = 2000 + Number(match[2]);
  return { series: numberSeries(kind, year), kind, year, sequence: Number(match[3]) };
}

export function formatSeriesNumber(series: string, sequence: number): string {
  const [code, year] = series.split(':');
  const kind: StudyKind = code === 'CT' ? 'cytology' : 'histopathology';
  return formatProtocolNumber(kind, Number(year), sequence);
}
