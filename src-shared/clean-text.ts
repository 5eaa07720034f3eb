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

/** Characters that show: what a written reason's minimum counts, blanks of any kind aside. */
export function visibleLength(text: string): number {
  return [...cleanText(text).replace(/\s/gu, '')].length;
}

/**
 * A reason others read later (a void, an amendment): spaces, line breaks and no-break spaces
 * would let "a" and twelve blanks and "b" pass for ten characters, so only what shows counts.
 */
export const writtenReason = (min: number, max: number) =>
  cleanString()
    .max(max)
    .refine((text) => visibleLength(text) >= min, {
      message: `escriba al menos ${min} caracteres, sin contar los espacios`,
    });
