// The contract over HTTP: `POST /api/rpc/:method` and `GET /api/health`. The
// session token lives only in an HttpOnly cookie; it must never reach page
// script, and no request from another site may change anything here.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../src-shared/errors';
import type { Services } from '../services';
import { VERSION } from '../version';
import type { Logger } from '../logger';
import { failure, sendResult } from './app';

export const SESSION_COOKIE = 'patolab_session';
export const REQUEST_HEADER = 'x-patolab-request';
export const RPC_ROUTE = '/api/rpc/:method';

export function readSessionToken(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    try {
      const value = decodeURIComponent(part.slice(eq + 1).trim());
      return value || null;
    } catch {
      return null;
    }
  }
  return null;
}

function sessionCookie(token: string, secure: boolean): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Strict'];
  if (secure) attributes.push('Secure');
  return [`${SESSION_COOKIE}=${encodeURIComponent(token)}`, ...attributes].join('; ');
}

function clearedSessionCookie(secure: boolean): string {
  return sessionCookie('', secure) + '; Max-Age=0';
}

// A browser adds a custom header only on a same-origin request (cross-origin it
// would need a CORS preflight we never grant), and it always sends Origin on a
// cross-site POST. Every RPC is a POST and any may change state, so all of them
// are checked rather than keeping a list of read-only methods in step.
function csrfProblem(request: FastifyRequest): string | null {
  if (request.headers[REQUEST_HEADER] !== '1') return 'missing request header';
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
}

export function addRpcRoute(app: FastifyInstance, services: Services, log: Logger): void {
  app.post<{ Params: { method: string } }>(
    RPC_ROUTE,
    {
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

      const result = await services.call({ sessionToken }, method, request.body);
      const ms = Math.round(performance.now() - started);
      log.debug({ method, outcome: result.ok ? 'ok' : result.error.code, ms }, 'rpc');

      if (method === 'session.signIn' && result.ok) {
        const { token, ...withoutToken } = result.result as { token: string; user: unknown };
        reply.header('Set-Cookie', sessionCookie(token, secure));
        return sendResult(reply, { ok: true, result: withoutToken });
      }
      const staleSession =
        sessionToken !== null && !result.ok && result.error.code === 'UNAUTHENTICATED';
      if (method === 'session.signOut' || staleSession) {
        reply.header('Set-Cookie', clearedSessionCookie(secure));
      }
      return sendResult(reply, result);
    },
  );
}
