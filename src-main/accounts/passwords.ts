// Staff passwords: argon2id with the library's OWASP-level defaults
// (19 MiB, 2 passes). Length over composition, as current guidance says.

import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../src-shared/errors';

export const MIN_PASSWORD_LENGTH = 10;

export function checkPasswordRules(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new AppError('VALIDATION', 'error.weakPassword', { min: MIN_PASSWORD_LENGTH });
  }
}

// The library's Algorithm enum is a const enum, which isolated modules cannot read.
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verified against when the email is unknown, so a wrong email costs the same
// time as a wrong password and the answer reveals nothing.
let decoyHash: Promise<string> | null = null;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('patolab-decoy-password');
  return decoyHash;
}
