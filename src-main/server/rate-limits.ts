// Per-address request limits of the central server: a general one, and much
// lower ones where each request is a guess at a secret (a password at sign-in,
// a one-time code at enrolment). Counters live in this process only: two
// server processes behind one proxy each allow the full amount.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import type { Logger } from '../logger';
import { sendTooManyRequests } from '../web/app';
import { RPC_ROUTE } from '../web/rpc-route';

export interface RateLimits {
  /** Any request, per client address and minute. */
  perMinute: number;
  /** `session.signIn` and the portal's public account calls, per client address and minute. */
  signInPerMinute: number;
  /** Device enrolments, per client address and minute. */
  enrolPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  perMinute: 600,
  signInPerMinute: 10,
  enrolPerMinute: 10,
};

const ENROL_ROUTE = '/api/sync/enroll';
const MINUTE_MS = 60_000;

// The portal's public account methods guess a password or a token, or make the
// server send mail. auth.me and auth.logout are neither, and the portal calls
// auth.me on every page load, so they stay under the general limit only.
const GUESSING_METHODS = new Set([
  'session.signIn',
  'auth.register',
  'auth.verifyEmail',
  'auth.resendVerification',
  'auth.login',
  'auth.requestPasswordReset',
  'auth.resetPassword',
]);

// The route's pattern, not the URL: a percent-encoded path reaches the same
// route and must meet the same limit.
function guessesASecret(request: FastifyRequest): 'signIn' | 'enrol' | null {
  const route = request.routeOptions.url;
  if (route === ENROL_ROUTE) return 'enrol';
  const params = request.params as { method?: string } | undefined;
  if (route === RPC_ROUTE && params?.method && GUESSING_METHODS.has(params.method)) return 'signIn';
  return null;
}

export async function addRateLimits(
  app: FastifyInstance,
  limits: RateLimits,
  log: Logger,
): Promise<void> {
  // Registered without its own hook: the limiters below are applied by hand,
  // so one hook decides which apply and every refusal has the RPC's shape.
  await app.register(rateLimit, { global: false });
  const limiters = {
    general: app.createRateLimit({ max: limits.perMinute, timeWindow: MINUTE_MS }),
    signIn: app.createRateLimit({ max: limits.signInPerMinute, timeWindow: MINUTE_MS }),
    enrol: app.createRateLimit({ max: limits.enrolPerMinute, timeWindow: MINUTE_MS }),
  };

  app.addHook('onRequest', async (request, reply) => {
    const strict = guessesASecret(request);
    for (const name of strict ? (['general', strict] as const) : (['general'] as const)) {
      const outcome = await limiters[name](request);
      if (outcome.isAllowed || !outcome.isExceeded) continue;
      log.warn({ limit: name, ip: request.ip, route: request.routeOptions.url }, 'rate limited');
      return sendTooManyRequests(reply, outcome.ttlInSeconds);
    }
  });
}
