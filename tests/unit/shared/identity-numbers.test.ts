import { describe, expect, it } from 'vitest';
import { isValidCuit, isValidDni, isValidPhone } from '../../../src-shared/identity-numbers';

describe('CUIT/CUIL', () => {
  it('accepts a number whose check digit is right, with or without dashes', () => {
    expect(isValidCuit('20-12345678-6')).toBe(true);
    expect(isValidCuit('20123456786')).toBe(true);
  });

  it('refuses a wrong check digit and wrong lengths', () => {
    expect(isValidCuit('20-12345678-5')).toBe(false);
    expect(isValidCuit('2012345678')).toBe(false);
  });
});

describe('DNI and phone', () => {
  it('DNI has 7 or 8 digits, dots allowed', () => {
    expect(isValidDni('30.123.456')).toBe(true);
    expect(isValidDni('1234567')).toBe(true);
    expect(isValidDni('123456')).toBe(false);
  });

  it('phones are written the Argentine way', () => {
    expect(isValidPhone('+54 342 555 0101')).toBe(true);
    expect(isValidPhone('(0342) 455-0101')).toBe(true);
    expect(isValidPhone('llamar a la tarde')).toBe(false);
  });
});
