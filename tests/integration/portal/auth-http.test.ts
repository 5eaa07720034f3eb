// The account methods through the central server's HTTP door, where the status
// code, the cookie and every byte of the answer are what a browser (or someone
// probing for accounts) sees.

import { afterEach, describe, expect, it } from 'vitest';
import { readCookie, SESSION_COOKIE } from '../../../src-main/web/rpc-route';
import {
  linkToken,
  registerVerified,
  startPortalLab,
  vetForm,
  type PortalLab,
} from '../../helpers/portal-lab';
import type { Answer } from '../server/central-server';

let lab: PortalLab;
afterEach(async () => lab?.close());

const seen = (answer: Answer) => ({ status: answer.status, body: answer.body });

describe('the portal over HTTP says nothing about which addresses have accounts', () => {
  it('register, resend, reset and sign-in answer byte for byte alike', async () => {
    lab = await startPortalLab({ http: true });
    const known = vetForm({ email: 'conocida@veterinaria-sur.example' });
    await registerVerified(lab, known);
    const waiting = vetForm({ email: 'esperando@veterinaria-sur.example' });
    await lab.call('auth.register', waiting);
    const unknown = 'desconocida@veterinaria-sur.example';

    const pairs: [string, (email: string) => Promise<Answer>][] = [
      ['register', (email) => lab.http('auth.register', { ...vetForm(), email })],
      ['resend', (email) => lab.http('auth.resendVerification', { email })],
      ['reset', (email) => lab.http('auth.requestPasswordReset', { email })],
      ['login', (email) => lab.http('auth.login', { email, password: 'no es esta clave' })],
    ];
    for (const [what, ask] of pairs) {
      const forKnown = seen(await ask(known.email));
      const forWaiting = seen(await ask(waiting.email));
      const forUnknown = seen(await ask(unknown));
      expect({ what, ...forUnknown }).toEqual({ what, ...forKnown });
      expect({ what, ...forWaiting }).toEqual({ what, ...forKnown });
    }

    // Blocked after five failures, the answer (and the time in it) is the same too.
    for (let i = 0; i < 4; i++) {
      await lab.http('auth.login', { email: known.email, password: `mal ${i}` });
      await lab.http('auth.login', { email: unknown, password: `mal ${i}` });
    }
    const blockedKnown = await lab.http('auth.login', { email: known.email, password: 'x' });
    const blockedUnknown = await lab.http('auth.login', { email: unknown, password: 'x' });
    expect(blockedKnown.status).toBe(429);
    expect(blockedKnown.json().error?.message).toMatch(/Intente de nuevo a las \d\d:\d\d\.$/);
    expect(seen(blockedUnknown)).toEqual(seen(blockedKnown));
  });
});

describe('signing in over HTTP', () => {
  it('puts the session in an HttpOnly cookie, not in the body; sign-out clears it', async () => {
    lab = await startPortalLab({ http: true });
    const vet = vetForm();
    await registerVerified(lab, vet);

    const answer = await lab.http('auth.login', { email: vet.email, password: vet.password });
    expect(answer.status).toBe(200);
    expect(answer.body).not.toContain('token');
    const setCookie = String(answer.headers['set-cookie']);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const session = readCookie(setCookie.split(';')[0], SESSION_COOKIE)!;
    const cookie = `${SESSION_COOKIE}=${session}`;

    const me = await lab.http('auth.me', {}, cookie);
    expect(me.json()).toMatchObject({ ok: true, result: { email: vet.email } });
    const out = await lab.http('auth.logout', {}, cookie);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    expect((await lab.http('auth.me', {}, cookie)).json()).toEqual({ ok: true, result: null });
  });

  it('an unverified address is a 401 like a wrong password, saying how to get a link', async () => {
    lab = await startPortalLab({ http: true });
    const vet = vetForm();
    await lab.call('auth.register', vet);
    const answer = await lab.http('auth.login', { email: vet.email, password: vet.password });
    expect(answer.status).toBe(401);
    expect(answer.json().error?.message).toContain('Reenviar el enlace de verificación');
  });

  it('a used link is a 409, an expired or unknown one a 400', async () => {
    lab = await startPortalLab({ http: true });
    await lab.call('auth.register', vetForm());
    await lab.call('auth.register', vetForm());
    const [first, second] = await lab.waitForMails(2);

    const token = linkToken(first!, 'verificar');
    expect(
      (await lab.http('auth.verifyEmail', { token, password: vetForm().password })).status,
    ).toBe(200);
    expect(
      (await lab.http('auth.verifyEmail', { token, password: vetForm().password })).status,
    ).toBe(409);
    lab.clock.advanceMinutes(25 * 60);
    const late = await lab.http('auth.verifyEmail', {
      token: linkToken(second!, 'verificar'),
      password: vetForm().password,
    });
    expect(late.status).toBe(400);
    expect(late.json().error?.message).toBe('Este enlace venció. Pida uno nuevo.');
    expect(
      (await lab.http('auth.verifyEmail', { token: 'y'.repeat(43), password: vetForm().password }))
        .status,
    ).toBe(400);
  });
});

describe('the strict per-address limit of the central server', () => {
  it('covers the public account methods, but not auth.me', async () => {
    lab = await startPortalLab({ http: true, rateLimits: { signInPerMinute: 3 } });
    const email = 'alguien@veterinaria-sur.example';
    expect((await lab.http('auth.login', { email, password: 'x' })).status).toBe(401);
    expect(
      (await lab.http('auth.verifyEmail', { token: 'z'.repeat(43), password: vetForm().password }))
        .status,
    ).toBe(400);
    expect((await lab.http('auth.requestPasswordReset', { email })).status).toBe(200);

    const fourth = await lab.http('auth.resendVerification', { email });
    expect(fourth.status).toBe(429);
    expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0);
    for (const method of ['auth.register', 'auth.resetPassword', 'session.signIn'] as const) {
      expect((await lab.http(method, {})).status).toBe(429);
    }
    expect((await lab.http('auth.me', {})).status).toBe(200);
  });
});
