// What a load balancer or a monitor asks: `/api/health` (the process answers)
// comes from the shared routes; `/api/ready` also asks the database, so a
// server whose PostgreSQL is gone is taken out of rotation instead of failing
// every request it is sent.

import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../src-shared/errors';
import type { Services } from '../services';
import { VERSION } from '../version';
import type { Logger } from '../logger';
import { failure, sendResult } from '../web/app';

// A probe must answer before the prober gives up; an unreachable PostgreSQL
// would otherwise hold it for the pool's whole connection timeout.
const READY_TIMEOUT_MS = 5_000;

async function answersWithin(query: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function addReadyRoute(app: FastifyInstance, services: Services, log: Logger): void {
  app.get('/api/ready', async (_request, reply) => {
    try {
      await answersWithin(sql`select 1`.execute(services.ctx.db), READY_TIMEOUT_MS);
    } catch (error) {
      log.error({ err: error }, 'database unreachable: not ready');
      const payload = new AppError('UNAVAILABLE', 'ui.server.databaseUnreachable').toPayload();
      return sendResult(reply, failure(payload));
    }
    reply.header('Cache-Control', 'no-store');
    return { ok: true, version: VERSION, database: 'ok' };
  });
}
