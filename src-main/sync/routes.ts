// The central server's sync door: enrolment with a one-time code, then push,
// pull and number leases authenticated by the device's secret. Answers use the
// RPC's envelope ({ ok, result } or { ok: false, error }).

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../src-shared/errors';
import { HTTP_STATUS } from '../web/app';
import { enrollRequest, leaseRequest, pullRequest, pushRequest } from '../../src-shared/sync-wire';
import type { Services } from '../services';
import type { DevicesTable } from '../db/schema';
import { authenticateDevice, enrollDevice } from './server/devices';
import { applyPush } from './server/push';
import { readChanges } from './server/pull';
import { grantBlocks } from './server/blocks';

/** A push carries up to a thousand changes; a protocol with long clinical notes is a few KB. */
const PUSH_BODY_LIMIT = 32 * 1024 * 1024;

export async function registerSyncRoutes(app: FastifyInstance, services: Services) {
  const { ctx } = services;
  const log = ctx.log.child({ area: 'sync' });

  function refuse(reply: FastifyReply, path: string, error: unknown) {
    if (error instanceof AppError) {
      log.warn({ path, code: error.code, key: error.key }, 'sync request refused');
      return reply.code(HTTP_STATUS[error.code]).send({ ok: false, error: error.toPayload() });
    }
    log.error({ err: error, path }, 'sync request failed');
    const payload = new AppError('INTERNAL', 'error.internal').toPayload();
    return reply.code(500).send({ ok: false, error: payload });
  }

  // A device is known before its request is even read (onRequest runs before
  // the body is parsed): a stranger can neither learn what the routes expect
  // nor make the server read megabytes on its behalf.
  const devices = new WeakMap<FastifyRequest, DevicesTable>();
  function route<S extends z.ZodType>(
    path: string,
    schema: S,
    work: (input: z.output<S>, request: FastifyRequest, device: DevicesTable) => Promise<unknown>,
    options: { bodyLimit?: number; enrolment?: boolean } = {},
  ) {
    const onRequest = async (request: FastifyRequest, reply: FastifyReply) => {
      reply.header('Cache-Control', 'no-store');
      if (options.enrolment) return;
      try {
        devices.set(request, await authenticateDevice(ctx, request.headers.authorization));
      } catch (error) {
        return refuse(reply, path, error);
      }
    };
    const config = { onRequest, ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}) };
    app.post(path, config, async (request, reply: FastifyReply) => {
      try {
        const parsed = schema.safeParse(request.body ?? {});
        if (!parsed.success) {
          throw new AppError('VALIDATION', 'error.validation', {
            details: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
          });
        }
        const device = devices.get(request) as DevicesTable;
        return reply.send({ ok: true, result: await work(parsed.data, request, device) });
      } catch (error) {
        return refuse(reply, path, error);
      }
    });
  }

  route(
    '/api/sync/enroll',
    enrollRequest,
    (input, request) => enrollDevice(ctx, { ...input, address: request.ip }),
    { enrolment: true },
  );
  route(
    '/api/sync/push',
    pushRequest,
    (input, request, device) => applyPush(ctx, device, input, request.ip),
    { bodyLimit: PUSH_BODY_LIMIT },
  );
  route('/api/sync/pull', pullRequest, (input, _request, device) =>
    readChanges(ctx, device, input.cursor, input.limit),
  );
  route('/api/sync/lease', leaseRequest, async (input, _request, device) => ({
    blocks: await grantBlocks(ctx, device, input.requestId, input.requests),
    serverTime: ctx.clock.now().toISOString(),
  }));
}
