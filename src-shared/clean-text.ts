// What people type reaches labels, mail and the audit log. Invisible format
// characters (zero-width spaces, direction marks) and control characters other
// than line breaks and tabs carry nothing a person meant, and would let a
// "reason" or a name look filled in while showing nothing.

import { z } from 'zod';

// Fillers that render as blank (Hangul fillers, the blank Braille pattern) count as invisible.
const INVISIBLE =
  /\p{Cf}|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u115F\u1160\u3164\uFFA0\u2800]/gu;

export function cleanText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '');
}

/** A string cleaned of invisible characters and trimmed, ready for length checks. */
export const cleanString = () => z.string().overwrite(cleanText).trim();
