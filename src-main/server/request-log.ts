// One log line per request to the central server: what was asked, of which
// route, with what outcome, how long it took and from where. Never headers,
// cookies, bodies or query strings: those carry passwords, tokens and codes.

import type { FastifyInstance } from 'fastify';
import type { Logger } from '../logger';
import { RPC_ROUTE } from '../web/rpc-route';
import { pathOf } from '../web/app';

export function addRequestLog(app: FastifyInstance, log: Logger): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? null;
    const params = request.params as { method?: string } | undefined;
    log.info(
      {
        method: request.method,
        route,
        // The contract method says more than the route every RPC shares.
        rpc: route === RPC_ROUTE ? params?.method : undefined,
        // A request no route took is told by its path, without the query.
        path: route === null ? pathOf(request.url) : undefined,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        ip: request.ip,
      },
      'request',
    );
  });
}
