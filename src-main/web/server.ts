// The web door: the same services behind a loopback HTTP server, plus the built
// renderer, so the whole app runs in a browser (and the end-to-end tests drive
// it). The session token lives only in an HttpOnly cookie; it must never reach
// page script, and no request from another site may change anything here.

import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { AppError, type ErrorCode, type ErrorPayload } from '../../src-shared/errors';
import type { RpcResult } from '../../src-shared/contract';
import { VERSION, type Services } from '../services';
import { CONTENT_SECURITY_POLICY } from '../../src-shared/content-security-policy';

export interface WebServerOptions {
  services: Services;
  host?: string;
  port?: number;
  /** The Vite build of the renderer (`dist-renderer/`). */
  staticDir: string;
  /** Believe X-Forwarded-* headers: only when a reverse proxy that sets them sits in front. */
  trustProxy?: boolean;
}

export interface WebServer {
  url: string;
  /** False when the renderer build was missing: the API works, pages explain what to run. */
  renderer: boolean;
  close(): Promise<void>;
}

export const SESSION_COOKIE = 'patolab_session';
export const REQUEST_HEADER = 'x-patolab-request';

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

const BODY_LIMIT_BYTES = 1024 * 1024;

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

function sendResult(reply: FastifyReply, result: RpcResult<unknown>): FastifyReply {
  reply.header('Cache-Control', 'no-store');
  if (result.ok) return reply.code(200).send(result);
  return reply.code(HTTP_STATUS[result.error.code] ?? 500).send(result);
}

function failure(payload: ErrorPayload): RpcResult<unknown> {
  return { ok: false, error: payload };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function missingRendererPage(staticDir: string): string {
  const dir = escapeHtml(staticDir);
  return `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><title>Patolab: falta la interfaz</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto">
<h1>Falta la interfaz de Patolab</h1>
<p>No se encontró <code>index.html</code> en <code>${dir}</code>.</p>
<p>Ejecute <code>npm run build:renderer</code> en la carpeta del proyecto y vuelva a iniciar
<code>patolab serve</code>. Los servicios y la API funcionan igual.</p>
<hr><p lang="en">The built user interface is missing: run <code>npm run build:renderer</code>
and start <code>patolab serve</code> again.</p>
</body></html>`;
}

// The build uses relative asset paths for the desktop app's file:// load; served
// under a deeper path they would resolve wrongly, so they are anchored at the root.
function indexForDeepPath(staticDir: string): string {
  return fs.readFileSync(path.join(staticDir, 'index.html'), 'utf8').replaceAll('="./', '="/');
}

function looksLikeFile(url: string): boolean {
  const pathname = url.split('?')[0] ?? '';
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last.includes('.');
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { services } = options;
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 4780;
  const staticDir = path.resolve(options.staticDir);
  const log = services.ctx.log.child({ area: 'web' });

  // Fastify's own request log is off: it would write every URL; ours says what
  // happened to which method instead.
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    return payload;
  });

  // The web mode answers this machine only. A page on another site whose name
  // was pointed at 127.0.0.1 (DNS rebinding) arrives with its own name in Host.
  const allowedHosts = new Set(['127.0.0.1', 'localhost', '[::1]', '::1', host.toLowerCase()]);
  app.addHook('onRequest', async (request, reply) => {
    if (allowedHosts.has(request.hostname.toLowerCase())) return;
    log.warn(
      { host: request.hostname, url: request.url },
      'web request with a foreign Host refused',
    );
    return reply
      .code(403)
      .send(failure(new AppError('FORBIDDEN', 'ui.web.foreignHost').toPayload()));
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      log.error({ err: error, url: request.url }, 'web request failed');
      return sendResult(reply, failure(new AppError('INTERNAL', 'error.internal').toPayload()));
    }
    log.warn({ code: error.code, status, url: request.url }, 'web request refused');
    const key = status === 413 ? 'ui.web.bodyTooLarge' : 'ui.web.badRequest';
    reply.header('Cache-Control', 'no-store');
    return reply.code(status).send(failure(new AppError('VALIDATION', key).toPayload()));
  });

  app.get('/api/health', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return { ok: true, version: VERSION };
  });

  app.post<{ Params: { method: string } }>(
    '/api/rpc/:method',
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

  const hasRenderer = fs.existsSync(path.join(staticDir, 'index.html'));
  if (hasRenderer) {
    await app.register(fastifyStatic, {
      root: staticDir,
      index: ['index.html'],
      cacheControl: false,
      setHeaders: (res, filePath) => {
        // Vite names assets by content hash; only index.html must be re-read.
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        const cache = immutable ? 'public, max-age=31536000, immutable' : 'no-cache';
        res.setHeader('Cache-Control', cache);
      },
    });
  } else {
    log.warn({ staticDir }, 'renderer build missing: run npm run build:renderer');
  }

  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' || request.method === 'HEAD';
    if (!isPage || request.url === '/api' || request.url.startsWith('/api/')) {
      const what = request.url.split('?')[0] ?? '';
      const payload = new AppError('NOT_FOUND', 'error.notFound', { what }).toPayload();
      return sendResult(reply, failure(payload));
    }
    if (!hasRenderer) {
      return reply.code(503).type('text/html; charset=utf-8').send(missingRendererPage(staticDir));
    }
    if (looksLikeFile(request.url)) return reply.code(404).type('text/plain').send('Not found');
    return reply
      .header('Cache-Control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(indexForDeepPath(staticDir));
  });

  await app.listen({ host, port });
  const address = app.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${boundPort}`;
  log.info({ url, staticDir, renderer: hasRenderer }, 'web server listening');

  return {
    url,
    renderer: hasRenderer,
    close: async () => {
      await app.close();
      log.info('web server stopped');
    },
  };
}
