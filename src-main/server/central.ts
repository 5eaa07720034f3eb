// The central server: the lab's services on the network, for the workstations
// that sync with it and for browsers. Same app as the loopback web mode (one
// contract, same headers and host check), plus HTTPS, rate limits, a
// readiness probe, a log line per request and the devices' sync routes.
// It keeps nothing correctness needs in memory: sessions and devices are in
// the database, so the process may be restarted or run twice behind a proxy.

import path from 'node:path';
import type { Services } from '../services';
import { createApp, listen, LOOPBACK_HOSTS } from '../web/app';
import { addHealthRoute, addRpcRoute } from '../web/rpc-route';
import { addRenderer } from '../web/renderer';
import { registerSyncRoutes } from '../sync/routes';
import { addRateLimits, DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limits';
import { addReadyRoute } from './probes';
import { addRequestLog } from './request-log';
import { loadTls } from './options';

export interface CentralServerOptions {
  services: Services;
  /** 127.0.0.1 by default; 0.0.0.0 or :: listen on every interface. */
  host?: string;
  port?: number;
  /** PEM files: the server then speaks HTTPS only. */
  tls?: { cert: string; key: string };
  /** Believe X-Forwarded-* from these proxies (true: from any). */
  trustProxy?: boolean | string[];
  /** Names the workstations and browsers reach the server by, besides loopback. */
  publicHosts?: string[];
  /** The Vite build of the renderer (`dist-renderer/`). */
  staticDir: string;
  rateLimits?: Partial<RateLimits>;
}

export interface CentralServer {
  url: string;
  close(): Promise<void>;
}

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);
export const DEFAULT_SERVER_PORT = 4790;

export async function startCentralServer(options: CentralServerOptions): Promise<CentralServer> {
  const { services } = options;
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? DEFAULT_SERVER_PORT;
  const staticDir = path.resolve(options.staticDir);
  const trustProxy = options.trustProxy ?? false;
  const log = services.ctx.log.child({ area: 'server' });
  const tls = options.tls ? loadTls(options.tls.cert, options.tls.key) : undefined;

  // The address it listens on is a name clients may use; a wildcard is not.
  const ownAddress = WILDCARD_HOSTS.has(host) ? [] : [host];
  const app = createApp({
    log,
    allowedHosts: [...LOOPBACK_HOSTS, ...ownAddress, ...(options.publicHosts ?? [])],
    foreignHostKey: 'ui.server.foreignHost',
    trustProxy,
    tls,
  });

  // Limits and the log come before every route, so no route escapes them.
  await addRateLimits(app, { ...DEFAULT_RATE_LIMITS, ...options.rateLimits }, log);
  addRequestLog(app, log);

  addHealthRoute(app);
  addReadyRoute(app, services, log);
  addRpcRoute(app, services, log);
  await registerSyncRoutes(app, services);
  const renderer = await addRenderer(app, staticDir, log);

  const url = await listen(app, host, port, tls ? 'https' : 'http');
  if (!tls) {
    log.warn(
      { url, trustProxy },
      'central server on plain HTTP: safe only on loopback or behind a TLS proxy',
    );
  }
  log.info(
    { url, tls: !!tls, trustProxy, publicHosts: options.publicHosts ?? [], renderer },
    'central server listening',
  );

  return {
    url,
    close: async () => {
      await app.close();
      log.info('central server stopped');
    },
  };
}
