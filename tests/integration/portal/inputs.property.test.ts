// Whatever a browser can send to a method that needs no staff account (the
// public ones and a signed-in vet's) gets a clear answer and leaves the
// database as it was: arbitrary JSON, wrong types, 100 kB strings, deep
// nesting, prototype keys. A crash (INTERNAL) is always a defect. The methods
// whose normal refusal of a well-formed request logs it are listed in MAY_LOG,
// each with why.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../src-shared/contract';
import {
  createVetAccount,
  fingerprint,
  openCentral,
  portalForm,
  type Central,
  type VetAccount,
} from '../../helpers/vet-account';

const RUNS = 25;
const CLEAR_REFUSALS = [
  'VALIDATION',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'RATE_LIMITED',
  'LOCKED',
];

/** The methods under test: reachable without a staff account. */
const METHODS = Object.keys(contract).filter((name) => {
  const access = contract[name as keyof typeof contract].access;
  return access === 'public' || (access !== 'staff' && access.includes('veterinarian'));
});
const isPublic = (name: string) => contract[name as keyof typeof contract].access === 'public';

/**
 * Tables a refused call of these methods may write. A stray key is dropped by
 * their schemas, so a broken input can still be a well-formed request with an
 * unknown address or a wrong password, and its normal refusal leaves a trace.
 */
const MAY_LOG: Record<string, readonly string[]> = {
  // A failed staff sign-in is in the audit log.
  'session.signIn': ['audit_log'],
  // A failed vet sign-in, or a wrong current password, counts towards the
  // throttle of the address and the account, and is in the audit log.
  'auth.login': ['auth_throttle', 'audit_log'],
  'profile.changePassword': ['auth_throttle', 'audit_log'],
  'profile.changeEmail': ['auth_throttle', 'audit_log'],
  // Every request for a mail is logged when asked, refused ones too, so the
  // resend limit survives a restart.
  'auth.resendVerification': ['mail_requests'],
  'auth.requestPasswordReset': ['mail_requests'],
};

let central: Central;
let vet: VetAccount;
let draftId: string;
let protocolId: string;

/** One well-formed input per method: garbage is made by breaking one part of it. */
function validInputs(): Record<string, unknown> {
  return {
    'session.signIn': { email: 'nadie@lab.example', password: 'una clave cualquiera' },
    'session.signOut': {},
    'session.me': {},
    'auth.register': {
      firstName: 'Ana',
      lastName: 'Paz',
      licenseNumber: 'MP 9090',
      email: 'ana.paz@clinica.example',
      password: 'ventana azul sobre el río 2026',
      locale: 'es-AR',
    },
    'auth.verifyEmail': { token: 'a'.repeat(43), password: 'una clave cualquiera' },
    'auth.resendVerification': { email: 'ana.paz@clinica.example' },
    'auth.login': { email: 'ana.paz@clinica.example', password: 'otra clave' },
    'auth.logout': {},
    'auth.me': {},
    'auth.requestPasswordReset': { email: 'ana.paz@clinica.example' },
    'auth.resetPassword': { token: 'a'.repeat(43), password: 'ventana azul sobre el río 2027' },
    'protocols.submit': { ...portalForm(), draftId },
    'profile.get': {},
    'profile.update': { firstName: 'Laura', lastName: 'Gómez', licenseNumber: 'MP 1234' },
    'profile.history': {},
    'profile.setNotifications': { notify: ['received'], locale: 'es-AR' },
    'profile.changePassword': {
      currentPassword: 'no es la clave',
      newPassword: 'ventana azul sobre el río 2027',
    },
    'profile.changeEmail': { password: 'no es la clave', newEmail: 'nueva@clinica.example' },
    'drafts.list': {},
    'drafts.save': { id: draftId, kind: 'cytology', data: { clinicalHistory: 'Nódulo' } },
    'drafts.delete': { id: draftId },
    'protocols.listMine': { status: 'submitted', limit: 10, offset: 0 },
    'protocols.getMine': { id: protocolId },
    // Not reported yet: a well-formed request for a PDF that does not exist.
    'protocols.reportPdf': { id: protocolId, version: 1 },
  };
}

function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = 'fondo';
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** An object with prototype keys as its own properties, as JSON.parse makes them. */
const protoObject = fc
  .subarray(PROTO_KEYS, { minLength: 1 })
  .map((keys) =>
    JSON.parse(`{${keys.map((k) => `"${k}":{"polluted":true,"prototype":{"x":1}}`).join(',')}}`),
  );

const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('x'.repeat(100_000), 'ñ\u200b'.repeat(50_000), ' '.repeat(100_000)),
  // Deeper than this, the JSON writer runs out of stack: see the last test below.
  fc.tuple(fc.integer({ min: 50, max: 1000 }), fc.boolean()).map(([d, a]) => nested(d, a)),
  protoObject,
  fc.constantFrom(null, true, false, 0, -1, 1e308, -0, 2 ** 53, '', [], {}),
);

/** Every place in a value that can be replaced: the value itself and each nested field. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  const found = [prefix];
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) found.push(...paths(inner, [...prefix, key]));
  }
  return found;
}

// defineProperty, so that `__proto__` becomes an own key as it does when JSON
// is parsed, instead of replacing the object's prototype.
function replaced(value: unknown, path: string[], by: unknown): unknown {
  if (path.length === 0) return by;
  const copy: Record<string, unknown> =
    value && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {};
  const [key, ...rest] = path as [string, ...string[]];
  Object.defineProperty(copy, key, {
    value: replaced(copy[key], rest, by),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/** One part of a good input broken: replaced by garbage, or a stray key added. */
function brokenInput(base: unknown): fc.Arbitrary<unknown> {
  const places = paths(base);
  const objects = places.filter((p) => {
    const at = p.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], base);
    return at !== null && typeof at === 'object' && !Array.isArray(at);
  });
  return fc.oneof(
    fc.tuple(fc.constantFrom(...places), garbage).map(([path, by]) => replaced(base, path, by)),
    fc
      .tuple(fc.constantFrom(...objects), fc.constantFrom(...PROTO_KEYS, 'extra'), garbage)
      .map(([path, key, by]) => replaced(base, [...path, key], by)),
  );
}

function withoutLogs(print: Record<string, number | string>, method: string) {
  const tables = MAY_LOG[method] ?? [];
  return Object.fromEntries(
    Object.entries(print).filter(([key]) => !tables.includes(key.split('.')[0]!)),
  );
}

beforeAll(async () => {
  central = await openCentral();
  vet = await createVetAccount(central, {
    email: 'laura.gomez@clinica.example',
    firstName: 'Laura',
    lastName: 'Gómez',
    licenseNumber: 'MP 1234',
  });
  protocolId = (await central.ask(vet.token, 'protocols.submit', portalForm())).id;
  draftId = (await central.ask(vet.token, 'drafts.save', { kind: 'cytology', data: {} })).id;
});
afterAll(async () => central?.close());

describe('the methods a browser reaches without a staff account', () => {
  it('have a well-formed input here to break, every one of them', () => {
    expect(METHODS.filter((m) => !(m in validInputs()))).toEqual([]);
    expect(Object.keys(validInputs()).filter((m) => !METHODS.includes(m))).toEqual([]);
    expect(METHODS).toContain('drafts.save');
    expect(METHODS).toContain('auth.register');
  });

  async function check(method: string, input: unknown): Promise<void> {
    const token = isPublic(method) ? null : vet.token;
    const before = await fingerprint(central);
    const outcome = await central.call(token, method, input);

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (outcome.ok) {
      // Garbage can be valid: a draft holds whatever the form held, and empty
      // inputs drop unknown keys. What comes back is then what the contract says.
      const spec = contract[method as keyof typeof contract];
      expect(spec.output.safeParse(outcome.result).success).toBe(true);
      return;
    }
    expect(CLEAR_REFUSALS).toContain(outcome.error.code);
    expect(outcome.error.message.length).toBeGreaterThan(10);
    expect(outcome.error.message.length).toBeLessThan(2000);
    expect(withoutLogs(await fingerprint(central), method)).toEqual(withoutLogs(before, method));
  }

  it.each(METHODS)('%s: arbitrary JSON in place of the input', async (method) => {
    await fc.assert(
      fc.asyncProperty(garbage, (input) => check(method, input)),
      { numRuns: RUNS },
    );
  });

  it.each(METHODS)('%s: a well-formed input with one part broken', async (method) => {
    const base = validInputs()[method];
    await fc.assert(
      fc.asyncProperty(brokenInput(base), (input) => check(method, input)),
      { numRuns: RUNS },
    );
  });

  // Measuring such a draft with JSON.stringify alone would overflow the stack; the
  // body is some 60 kB, well within what the HTTP door accepts.
  it('drafts.save: data nested 20 000 levels deep is refused, not a crash', async () => {
    await check('drafts.save', { kind: 'cytology', data: { form: nested(20_000, false) } });
  });
});
