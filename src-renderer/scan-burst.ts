// Tells a barcode scanner from a person at the keyboard. A scanner is a
// keyboard that types a whole code a few milliseconds a character and ends it
// with Enter; nobody types six characters that fast, so a burst like that is a
// scan and anything slower is typing, which must never be taken for one.

/** The longest pause between two characters of one scan, and before its Enter. */
export const SCAN_MAX_GAP_MS = 50;

/** Shorter than any code a label carries (`HP 26/001` is nine characters). */
export const SCAN_MIN_LENGTH = 6;

export interface BurstReader {
  /** A printable character; true once it is the second fast one, so likely part of a scan. */
  char(char: string, at: number): boolean;
  /** Enter: the scanned text if everything before it came as one burst, else null. */
  enter(at: number): string | null;
  reset(): void;
}

export function createBurstReader(): BurstReader {
  let text = '';
  let last = Number.NEGATIVE_INFINITY;

  const reset = () => {
    text = '';
    last = Number.NEGATIVE_INFINITY;
  };

  return {
    char(char, at) {
      if (at - last > SCAN_MAX_GAP_MS) text = '';
      text += char;
      last = at;
      return text.length >= 2;
    },
    enter(at) {
      const scanned = at - last <= SCAN_MAX_GAP_MS && text.length >= SCAN_MIN_LENGTH;
      const result = scanned ? text : null;
      reset();
      return result;
    },
    reset,
  };
}
