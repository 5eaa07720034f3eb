// The contract over HTTP: `POST /api/rpc/:method`, `GET /api/csrf` and
// `GET /api/health`. The session token lives only in an HttpOnly cookie; it must
// never reach page script, and no request from another site may change anything here.

import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../src-shared/errors';
import { REPORT_LIMITS } from '../../src-shared/report-contract';
import type { Services } from '../services';
import { VERSION } from '../version';
import type { Logger } from '../logger';
import { failure, sendResult } from './app';

export const SESSION_COOKIE = 'patolab_session';
export const CSRF_COOKIE = 'patolab_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const RPC_ROUTE = '/api/rpc/:method';

// The largest input of the contract is a report image: its file as base64 (4 characters for
// every 3 bytes) with a protocol code, a caption and the JSON around them, all within the
// headroom. Only this route takes that much; every other one keeps the app's limit.
export const RPC_BODY_LIMIT_BYTES = Math.ceil(REPORT_LIMITS.imageBytes / 3) * 4 + 16 * 1024;

// Methods whose answer carries a new session token, and those that end one.
const SIGN_IN_METHODS = new Set(['session.signIn', 'auth.login']);
const SIGN_OUT_METHODS = new Set(['session.signOut', 'auth.logout']);

export function readCookie(cookieHeader: string | undefined, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      const value = decodeURIComponent(part.slice(eq + 1).trim());
      return value || null;
    } catch {
      return null;
    }
  }
  return null;
}

export const readSessionToken = (cookieHeader: string | undefined) =>
  readCookie(cookieHeader, SESSION_COOKIE);

function cookie(name: string, value: string, secure: boolean): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Strict'];
  if (secure) attributes.push('Secure');
  return [`${name}=${encodeURIComponent(value)}`, ...attributes].join('; ');
}

function clearedSessionCookie(secure: boolean): string {
  return cookie(SESSION_COOKIE, '', secure) + '; Max-Age=0';
}

const CSRF_TOKEN = /^[A-Za-z0-9_-]{43}$/;

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

// Double submit: the token sits in an HttpOnly cookie and page script learns it
// from GET /api/csrf, which another site can neither read (no CORS) nor make a
// browser send with its cookie to us (SameSite=Strict). A request must carry the
// same value in a header, which a browser adds cross-origin only after a CORS
// preflight we never grant; and a cross-site POST always carries its Origin.
// Every RPC is a POST and any may change state, so all of them are checked
// rather than keeping a list of read-only methods in step.
function csrfProblem(request: FastifyRequest): string | null {
  const expected = readCookie(request.headers.cookie, CSRF_COOKIE);
  const given = request.headers[CSRF_HEADER];
  if (!expected || typeof given !== 'string') return 'missing csrf token';
  if (!sameToken(expected, given)) return 'wrong csrf token';
  const origin = request.headers.origin;
  if (origin === undefined) return null;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return 'unreadable origin';
  }
  return originHost.toLowerCase() === request.host.toLowerCase() ? null : 'foreign origin';
}

export function addHealthRoute(app: FastifyInstance): void {
  app.get('/api/health', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return { ok: true, version: VERSION };
  });

  // The same token for as long as the browser keeps the cookie: two tabs, or a
  // page that fetches it twice, never invalidate each other's requests.
  app.get('/api/csrf', async (request, reply) => {
    const current = readCookie(request.headers.cookie, CSRF_COOKIE);
    const token =
      current && CSRF_TOKEN.test(current) ? current : randomBytes(32).toString('base64url');
    if (token !== current) {
      reply.header('Set-Cookie', cookie(CSRF_COOKIE, token, request.protocol === 'https'));
    }
    reply.header('Cache-Control', 'no-store');
    return { token };
  });
}

export function addRpcRoute(app: FastifyInstance, services: Services, log: Logger): void {
  app.post<{ Params: { method: string } }>(
    RPC_ROUTE,
    {
      bodyLimit: RPC_BODY_LIMIT_BYTES,
      onRequest: async (request, reply) => {
        const problem = csrfProblem(request);
        if (!problem) return;
        log.warn({ method: request.params.method, problem }, 'rpc refused as cross-site');
        return sendResult(reply, failure(new AppError('FORBIDDEN', 'ui.web.csrf').toPayload()));
      },
    },
    async (request, reply) => {
      const { method } = request.params;
      const sessionToken = readSessionToken(request.headers.cookie);
      // True over HTTPS, and behind a trusted proxy that says the client used it.
      const secure = request.protocol === 'https';
      const started = performance.now();

      const caller = { sessionToken, clientAddress: request.ip };
      const result = await services.call(caller, method, request.body);
      const ms = Math.round(performance.now() - started);
      log.debug({ method, outcome: result.ok ? 'ok' : result.error.code, ms }, 'rpc');

      if (SIGN_IN_METHODS.has(method) && result.ok) {
        const { token, ...withoutToken } = result.result as { token: string };
        reply.header('Set-Cookie', cookie(SESSION_COOKIE, token, secure));
        return sendResult(reply, { ok: true, result: withoutToken });
      }
      const staleSession =
        sessionToken !== null && !result.ok && result.error.code === 'UNAUTHENTICATED';
      if (SIGN_OUT_METHODS.has(method) || staleSession) {
        reply.header('Set-Cookie', clearedSessionCookie(secure));
      }
      return sendResult(reply, result);
    },
  );
}
