// The one password rule for staff and veterinarians: length, then how easy
// zxcvbn (common and Spanish dictionaries) finds it given the person's own data.

import { describe, expect, it } from 'vitest';
import { checkPasswordRules } from '../../../src-main/accounts/passwords';
import { AppError } from '../../../src-shared/errors';

function verdict(password: string, personal: string[] = []): string {
  try {
    checkPasswordRules(password, personal);
    return 'ok';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error.key;
  }
}

describe('the password rule', () => {
  it('keeps the passwords staff already use, the demo one included', () => {
    const staff = [
      ['patolab-demo', 'recepcion@patolab.local', 'Marta Pérez'],
      ['patolab-demo', 'patologa@patolab.local', 'Dra. Inés Acuña'],
      ['una clave larga', 'patologa@lab.example', 'Dra. Inés Acuña'],
      ['clave-de-prueba-larga', 'ana@lab.example', 'Ana'],
      ['clave-del-servidor-central', 'admin@laboratorio.test', 'Admin'],
      ['una clave larga y segura', 'jefa@lab.example', ''],
    ];
    for (const [password, email, name] of staff) {
      expect(verdict(password!, [email!, name!])).toBe('ok');
    }
  });

  it('refuses names, numbers and address parts of the person run together', () => {
    const laura = [
      'laura.gomez@example.org',
      'Laura',
      'Gómez',
      '1234',
      '28456789',
      '+54 342 555 0101',
      'Kreder',
      '2805',
      'Esperanza',
    ];
    for (const password of [
      'lauragomez1234',
      'Laura Gómez 1234',
      'gomez laura 2026',
      'Kreder 2805 Esperanza',
      '28456789laura',
    ]) {
      expect(verdict(password, laura), password).toBe('error.passwordPersonal');
    }
    expect(verdict('Laura y el ñandú azul del delta', laura)).toBe('ok');
  });

  it('counts characters as a person does: ten letters with accents or emoji are ten', () => {
    expect(verdict('ñandú🐾ñandú🐾ñandú')).toBe('ok');
    expect(verdict('🐾🐾🐾🐾🐾🐾🐾🐾🐾')).toBe('error.weakPassword');
  });

  it('refuses what is short, long, common, a pattern, or the person themselves', () => {
    const laura = ['laura.gomez@veterinaria-sur.example', 'Laura', 'Gómez', 'MP 1234'];
    expect(verdict('corta', laura)).toBe('error.weakPassword');
    expect(verdict('x'.repeat(257), laura)).toBe('error.passwordTooLong');
    expect(verdict('contraseña123', laura)).toBe('error.passwordGuessable');
    expect(verdict('password1234', laura)).toBe('error.passwordGuessable');
    expect(verdict('1234567890', laura)).toBe('error.passwordGuessable');
    expect(verdict('asdfghjklñ', laura)).toBe('error.passwordGuessable');
    expect(verdict('laura.gomez', laura)).toBe('error.passwordPersonal');
    expect(verdict('gomezlaura', laura)).toBe('error.passwordPersonal');
  });

  it('gives a verdict on the longest allowed password made of a repeated pattern', () => {
    expect(verdict('aB3$'.repeat(64))).toBe('error.passwordGuessable');
    expect(verdict('P@ssw0rd'.repeat(32))).toBe('error.passwordGuessable');
  });

  it('says why in plain Spanish, without composition rules', () => {
    for (const [password, personal] of [
      ['contraseña123', []],
      ['laura.gomez', ['laura.gomez@veterinaria-sur.example']],
    ] as const) {
      try {
        checkPasswordRules(password, personal);
        expect.unreachable();
      } catch (error) {
        const message = (error as AppError).message;
        expect(message).toMatch(/fácil de adivinar/);
        expect(message).not.toMatch(/mayúscula|número|símbolo|dígito/);
      }
    }
  });
});
