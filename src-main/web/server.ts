// The web door: the same services behind a loopback HTTP server, plus the built
// renderer, so the whole app runs in a browser (and the end-to-end tests drive
// it). It answers this machine only; the central server is src-main/server.

import path from 'node:path';
import type { Services } from '../services';
import { createApp, listen, LOOPBACK_HOSTS } from './app';
import { addHealthRoute, addRpcRoute } from './rpc-route';
import { addRenderer } from './renderer';

export { readSessionToken, CSRF_HEADER, SESSION_COOKIE } from './rpc-route';

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

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { services } = options;
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 4780;
  const staticDir = path.resolve(options.staticDir);
  const log = services.ctx.log.child({ area: 'web' });

  const app = createApp({
    log,
    allowedHosts: [...LOOPBACK_HOSTS, host],
    foreignHostKey: 'ui.web.foreignHost',
    trustProxy: options.trustProxy ?? false,
  });
  addHealthRoute(app);
  addRpcRoute(app, services, log);
  const renderer = await addRenderer(app, staticDir, log);

  const url = await listen(app, host, port);
  log.info({ url, staticDir, renderer }, 'web server listening');

  return {
    url,
    renderer,
    close: async () => {
      await app.close();
      log.info('web server stopped');
    },
  };
}
