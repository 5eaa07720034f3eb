// One address, one person: the portal compares and counts addresses only after
// folding what a person may type differently for the same mailbox (letter
// case, spaces, full-width or composed Unicode forms, invisible characters).

import { cleanText } from './clean-text';

export function normaliseEmail(raw: string): string {
  return cleanText(raw.normalize('NFKC')).replace(/\s+/gu, '').toLowerCase();
}

/** A license number as a key: case, spaces, dots and dashes do not make another one. */
export function licenseKey(raw: string): string {
  return cleanText(raw.normalize('NFKC'))
    .replace(/[\s.\-_/]+/gu, '')
    .toUpperCase();
}
