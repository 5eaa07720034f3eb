// The Fastify application both HTTP doors share: the loopback web mode and the
// central server. It sets the security headers, refuses names that are not
// ours (DNS rebinding), and turns every failure into the RPC's error shape.
// What listens, on which address and with which extra routes is the door's call.

import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { AppError, type ErrorCode, type ErrorPayload } from '../../src-shared/errors';
import type { MessageKey } from '../../src-shared/i18n/translate';
import type { RpcResult } from '../../src-shared/contract';
import { CONTENT_SECURITY_POLICY } from '../../src-shared/content-security-policy';
import type { Logger } from '../logger';

export interface AppOptions {
  log: Logger;
  /** Names (lower case, without port) a request's Host may carry. */
  allowedHosts: Iterable<string>;
  /** What a refused Host is told: the web mode and the central server say different things. */
  foreignHostKey: MessageKey;
  /** Believe X-Forwarded-*: true, or the proxies' addresses and CIDR ranges. */
  trustProxy?: boolean | string[];
  /** PEM certificate and key: the app then speaks HTTPS only. */
  tls?: { cert: Buffer; key: Buffer };
}

export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]', '::1'];

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

// Sent only on an answer that travelled over HTTPS: over plain HTTP a browser
// ignores it, and a workstation reached by name must not be pinned to HTTPS by
// accident. No includeSubDomains: other hosts of the lab's domain are not ours.
const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** A request body's size on any route that sets none of its own (the RPC route takes more). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export function failure(payload: ErrorPayload): RpcResult<unknown> {
  return { ok: false, error: payload };
}

export function sendResult(reply: FastifyReply, result: RpcResult<unknown>): FastifyReply {
  reply.header('Cache-Control', 'no-store');
  if (result.ok) return reply.code(200).send(result);
  return reply.code(HTTP_STATUS[result.error.code] ?? 500).send(result);
}

/** 429 with the wait in seconds, in the RPC's error shape. */
export function sendTooManyRequests(reply: FastifyReply, seconds: number): FastifyReply {
  const wait = Math.max(1, Math.ceil(seconds));
  const payload = new AppError('UNAVAILABLE', 'ui.web.tooManyRequests', { seconds: wait });
  return reply
    .code(429)
    .header('Retry-After', String(wait))
    .header('Cache-Control', 'no-store')
    .send(failure(payload.toPayload()));
}

/** A URL without its query string, which is never logged: it may carry a code or a token. */
export function pathOf(url: string): string {
  return (url.split('?')[0] ?? '').slice(0, 200);
}

export function createApp(options: AppOptions): FastifyInstance {
  const { log } = options;

  // Fastify's own request log is off: it would write every URL; each door says
  // what happened to which method instead.
  const settings = {
    logger: false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
  };
  // An HTTPS instance differs from an HTTP one only in its server's type.
  const app = (
    options.tls ? Fastify({ ...settings, https: options.tls }) : Fastify(settings)
  ) as FastifyInstance;

  app.addHook('onSend', async (request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    if (request.protocol === 'https') {
      reply.header('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
    }
    return payload;
  });

  // A page on another site whose name was pointed at our address (DNS
  // rebinding) arrives with its own name in Host, and is refused.
  const allowedHosts = new Set([...options.allowedHosts].map((name) => name.toLowerCase()));
  app.addHook('onRequest', async (request, reply) => {
    if (allowedHosts.has(request.hostname.toLowerCase())) return;
    log.warn(
      { host: request.hostname, path: pathOf(request.url) },
      'request with a foreign Host refused',
    );
    const payload = new AppError('FORBIDDEN', options.foreignHostKey, { host: request.hostname });
    return reply.code(403).send(failure(payload.toPayload()));
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      log.error({ err: error, path: pathOf(request.url) }, 'request failed');
      return sendResult(reply, failure(new AppError('INTERNAL', 'error.internal').toPayload()));
    }
    log.warn({ code: error.code, status, path: pathOf(request.url) }, 'request refused');
    // A route limited by the rate-limit plugin's own options lands here.
    if (status === 429) {
      return sendTooManyRequests(reply, Number(reply.getHeader('retry-after')) || 60);
    }
    const key = status === 413 ? 'ui.web.bodyTooLarge' : 'ui.web.badRequest';
    reply.header('Cache-Control', 'no-store');
    return reply.code(status).send(failure(new AppError('VALIDATION', key).toPayload()));
  });

  return app;
}

/** Listens and returns the URL a person types (IPv6 in brackets). */
export async function listen(
  app: FastifyInstance,
  host: string,
  port: number,
  scheme: 'http' | 'https' = 'http',
): Promise<string> {
  await app.listen({ host, port });
  const address = app.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return `${scheme}://${urlHost}:${boundPort}`;
}
