import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatProtocolNumber,
  formatTemporaryCode,
  normalizeScannedCode,
} from '../../../src-shared/codes';

describe('protocol numbers', () => {
  it('are kind, two-digit year, slash and a three-digit sequence', () => {
    expect(formatProtocolNumber('histopathology', 2026, 1)).toBe('HP 26/001');
    expect(formatProtocolNumber('cytology', 2026, 14)).toBe('CT 26/014');
  });

  it('grow past 999 without losing digits', () => {
    expect(formatProtocolNumber('histopathology', 2026, 1234)).toBe('HP 26/1234');
  });

  it('use the last two digits of the year', () => {
    expect(formatProtocolNumber('histopathology', 2100, 7)).toBe('HP 00/007');
  });
});

describe('temporary codes', () => {
  it('carry kind, the local date and the day sequence', () => {
    expect(formatTemporaryCode('histopathology', '2026-12-04', 7)).toBe('TMP-HP-20261204-007');
  });
});

describe('a scanned code', () => {
  it('from a Spanish-layout scanner, with apostrophes for dashes, still finds its protocol', () => {
    expect(normalizeScannedCode("TMP'HP'20261204'007")).toEqual({
      type: 'temporary',
      code: 'TMP-HP-20261204-007',
    });
  });

  it('with the slash typed as a dash and Caps Lock on, still reads as the protocol number', () => {
    expect(normalizeScannedCode('hp 26-001')).toEqual({ type: 'protocol', code: 'HP 26/001' });
  });

  it('that is not a lab code is reported as unknown', () => {
    expect(normalizeScannedCode('hola').type).toBe('unknown');
    expect(normalizeScannedCode('TMP-HP-2026-007').type).toBe('unknown');
  });

  // Whatever a keyboard layout does to separators and case, the letters and
  // digits survive, and those alone identify the code.
  const separator = fc.constantFrom('-', "'", '?', '_', '/', ' ', '¿', '¡', '´', '', '--');
  const mangle = (code: string, seps: string[], upper: boolean[]) => {
    let i = 0;
    const out = code.replace(/[-/ ]/g, () => seps[i++ % seps.length] ?? '');
    return [...out].map((c, j) => (upper[j % upper.length] ? c : c.toLowerCase())).join('');
  };

  it('mangled in any separator and case still normalizes to the same code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('histopathology', 'cytology') as fc.Arbitrary<
          'histopathology' | 'cytology'
        >,
        fc.date({ min: new Date('2020-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 5000 }),
        fc.array(separator, { minLength: 1, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        (kind, date, seq, seps, upper) => {
          const temporary = formatTemporaryCode(kind, date.toISOString().slice(0, 10), seq);
          expect(normalizeScannedCode(mangle(temporary, seps, upper)).code).toBe(temporary);

          const number = formatProtocolNumber(kind, date.getUTCFullYear(), seq);
          expect(normalizeScannedCode(mangle(number, seps, upper)).code).toBe(number);
        },
      ),
    );
  });
});
