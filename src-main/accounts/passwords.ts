// Passwords of staff and veterinarians: argon2id with the library's
// OWASP-level defaults (19 MiB, 2 passes), and one rule for both. Length and
// guessability over composition, as current guidance says: a password is
// refused when it is short or when zxcvbn finds it common, a keyboard pattern
// or made of the person's own data, never for lacking a digit or a capital.

import { hash, verify } from '@node-rs/argon2';
import core from '@zxcvbn-ts/core';
import common from '@zxcvbn-ts/language-common';
import es from '@zxcvbn-ts/language-es-es';
import { AppError } from '../../src-shared/errors';
import { MAX_PASSWORD_LENGTH } from '../../src-shared/portal-contract';

export const MIN_PASSWORD_LENGTH = 10;
export { MAX_PASSWORD_LENGTH };
/** zxcvbn's 0..4: 3 means "safely unguessable" against an online attack slowed by argon2. */
export const MIN_PASSWORD_SCORE = 3;

// Only the first characters are scored: the cost of zxcvbn's matchers grows
// quickly with length (a 256-character pattern took seconds of the server's one
// thread), and a password whose first 128 characters are strong is strong. The
// l33t matcher is capped for the same reason; common substitutions are still found.
const SCORED_LENGTH = 128;
const L33T_SUBSTITUTIONS = 4;

// Ranking the dictionaries is the expensive part: built once, on first use.
let strength: core.ZxcvbnFactory | null = null;
function strengthChecker(): core.ZxcvbnFactory {
  strength ??= new core.ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...es.dictionary },
    graphs: common.adjacencyGraphs,
    maxLength: SCORED_LENGTH,
    l33tMaxSubstitutions: L33T_SUBSTITUTIONS,
  });
  return strength;
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

// What zxcvbn should treat as known to an attacker: each datum whole, folded
// (accents off, lower case) and cut into its words, so "gomez" in a password is
// found from "Gómez" and "laura" from "laura.gomez@example.org". An address's
// domain is the organisation's, shared with colleagues, so only its whole is
// kept: "patolab-demo" stays a fine password for someone at patolab.local.
function personalWords(personal: readonly (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const datum of personal) {
    if (!datum) continue;
    const folded = fold(datum);
    words.add(folded);
    const at = folded.lastIndexOf('@');
    const own = at >= 0 ? folded.slice(0, at) : folded;
    for (const part of [own, ...own.split(/[^\p{L}\p{N}]+/u)]) {
      if (part.length >= 3) words.add(part);
    }
  }
  return [...words];
}

/**
 * Refuses a password too short, too long, or easy to guess; `personal` is what
 * the person's account says of them (email, names, license number).
 */
export function checkPasswordRules(
  password: string,
  personal: readonly (string | null | undefined)[] = [],
): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    throw new AppError('VALIDATION', 'error.weakPassword', { min: MIN_PASSWORD_LENGTH });
  }
  if (length > MAX_PASSWORD_LENGTH) {
    throw new AppError('VALIDATION', 'error.passwordTooLong', { max: MAX_PASSWORD_LENGTH });
  }
  const words = personalWords(personal);
  if (mostlyPersonal(password, words)) throw new AppError('VALIDATION', 'error.passwordPersonal');
  const result = strengthChecker().check(password, words);
  if (result.score >= MIN_PASSWORD_SCORE) return;
  const usesOwnData = result.sequence.some(
    (match) => match.pattern === 'dictionary' && match.dictionaryName === 'userInputs',
  );
  throw new AppError(
    'VALIDATION',
    usesOwnData ? 'error.passwordPersonal' : 'error.passwordGuessable',
  );
}

// zxcvbn scores "lauragomez1234" as fair: three pieces it knows, yet all three are
// written on the person's own forms. What is left once their words are taken out
// must be a password on its own.
const MIN_OWN_PART = 6;

function mostlyPersonal(password: string, words: readonly string[]): boolean {
  const bare = (text: string) => fold(text).replace(/[^\p{L}\p{N}]/gu, '');
  let rest = bare(password);
  for (const word of words.map(bare).filter((word) => word.length >= 4)) {
    rest = rest.split(word).join('');
  }
  return rest.length < MIN_OWN_PART;
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
