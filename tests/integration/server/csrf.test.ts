// Every contract call over HTTP carries the CSRF token a page gets from
// GET /api/csrf, in a header, matching the HttpOnly cookie that came with it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send, selfSignedCertificate, startTestServer, type RunningServer } from './central-server';

function cookieOf(setCookie: string | string[] | undefined): string {
  const line = Array.isArray(setCookie) ? setCookie.join('\n') : String(setCookie ?? '');
  return line.split(';')[0] ?? '';
}

// A token one character off; the last character is swapped for another so
// the result never equals the original, whatever the token ends with.
function tampered(token: string): string {
  const last = token.at(-1) === 'A' ? 'B' : 'A';
  return `${token.slice(0, -1)}${last}`;
}

function post(url: string, headers: Record<string, string>, ca?: Buffer) {
  return send(url, '/api/rpc/session.me', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: '{}',
    ca,
  });
}

describe('the CSRF token', () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await startTestServer();
  });
  afterAll(() => running.close());

  it('comes from GET /api/csrf in an HttpOnly, SameSite=Strict cookie and stays the same', async () => {
    const first = await send(running.url, '/api/csrf');
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    const { token } = first.json() as unknown as { token: string };
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toContain(`patolab_csrf=${token}`);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).not.toContain('Secure');

    const again = await send(running.url, '/api/csrf', {
      headers: { cookie: cookieOf(first.headers['set-cookie']) },
    });
    expect((again.json() as unknown as { token: string }).token).toBe(token);
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('lets a call through only with the header matching the cookie', async () => {
    const { token } = (await send(running.url, '/api/csrf')).json() as unknown as { token: string };
    const cookie = `patolab_csrf=${token}`;

    const good = await post(running.url, { cookie, 'x-csrf-token': token });
    expect(good.status).toBe(200);
    expect(good.json()).toEqual({ ok: true, result: null });

    const refusals = [
      await post(running.url, { cookie }),
      await post(running.url, { 'x-csrf-token': token }),
      await post(running.url, { cookie, 'x-csrf-token': tampered(token) }),
      await post(running.url, { cookie: 'patolab_csrf=', 'x-csrf-token': '' }),
      await post(running.url, { cookie, 'x-csrf-token': token, origin: 'http://evil.example' }),
    ];
    for (const refused of refusals) {
      expect(refused.status).toBe(403);
      expect(refused.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(refused.json().error?.message).toContain('no proviene de la aplicación');
    }
  });
});

describe('the CSRF token over HTTPS', () => {
  let running: RunningServer;
  let ca: Buffer;
  beforeAll(async () => {
    const certificate = selfSignedCertificate();
    ca = certificate.pem;
    running = await startTestServer({ tls: { cert: certificate.cert, key: certificate.key } });
  });
  afterAll(() => running.close());

  it('is kept in a Secure cookie', async () => {
    const answer = await send(running.url, '/api/csrf', { ca });
    expect(String(answer.headers['set-cookie'])).toMatch(/; Secure$/);
  });
});
