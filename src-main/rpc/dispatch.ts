// The one door-independent entry: validate the input against the contract,
// find who is calling, check their roles, run the handler, turn any failure
// into a typed error. IPC, the web mode and the CLI all come through here.

import { z } from 'zod';
import { contract, type Access, type MethodName, type RpcResult } from '../../src-shared/contract';
import { AppError } from '../../src-shared/errors';
import type { Actor, ServiceContext } from '../context';
import { handlers } from './handlers';
import { actorForSession } from '../accounts/sessions';
import { vetActorForSession } from '../portal/sessions';

export interface Caller {
  /** A session token from the door (cookie, IPC session), if any. */
  sessionToken: string | null;
  /** An actor the door vouches for itself (the CLI's operator). */
  actor?: Actor;
  /** The client's network address, for throttling guesses (HTTP doors only). */
  clientAddress?: string;
}

export function isMethod(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

function allowed(access: Access, actor: Actor | null): boolean {
  if (access === 'public') return true;
  if (!actor) return false;
  if (access === 'staff') return !actor.vet;
  return access.some((role) =>
    role === 'veterinarian' ? !!actor.vet : !actor.vet && actor.roles.includes(role),
  );
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

export async function dispatch(
  ctx: ServiceContext,
  caller: Caller,
  method: string,
  rawInput: unknown,
): Promise<RpcResult<unknown>> {
  try {
    if (!isMethod(method)) throw new AppError('NOT_FOUND', 'error.notFound', { what: method });
    const spec = contract[method];

    // Who asks comes first: a caller without the right tells nothing about the
    // shape of the input it may not send.
    const actor =
      caller.actor ??
      (await actorForSession(ctx, caller.sessionToken)) ??
      (await vetActorForSession(ctx, caller.sessionToken));
    if (!allowed(spec.access, actor)) {
      throw new AppError(
        actor ? 'FORBIDDEN' : 'UNAUTHENTICATED',
        actor ? 'error.forbidden' : 'error.unauthenticated',
      );
    }

    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      throw new AppError('VALIDATION', 'error.validation', {
        details: describeIssues(parsed.error),
      });
    }

    const handler = handlers[method] as (
      ctx: ServiceContext,
      actor: Actor | null,
      input: unknown,
      caller: Caller,
    ) => Promise<unknown>;
    const result = await handler(ctx, actor, parsed.data, caller);
    return { ok: true, result };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toPayload() };
    ctx.log.error({ err: error, method }, 'rpc method failed');
    return { ok: false, error: new AppError('INTERNAL', 'error.internal').toPayload() };
  }
}
