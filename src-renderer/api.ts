// The renderer's only way to reach the services: the preload bridge in the
// desktop app, HTTP in the browser. Either way a failure arrives as the same
// payload (code, message key, params) and is thrown as an ApiError.

import type { MethodInput, MethodName, MethodOutput, RpcResult } from '../src-shared/contract';
import type { ErrorPayload } from '../src-shared/errors';
import { translate } from '../src-shared/i18n/translate';

export class ApiError extends Error {
  readonly payload: ErrorPayload;

  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.payload = payload;
  }

  get code(): ErrorPayload['code'] {
    return this.payload.code;
  }
}

function unreachable(): RpcResult<unknown> {
  const key = 'ui.error.network';
  return {
    ok: false,
    error: { code: 'UNAVAILABLE', key, params: {}, message: translate('es-AR', key) },
  };
}

async function overHttp(method: string, input: unknown): Promise<RpcResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/rpc/${encodeURIComponent(method)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Patolab-Request': '1' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return unreachable();
  }
  try {
    return (await response.json()) as RpcResult<unknown>;
  } catch {
    return unreachable();
  }
}

type Listener = () => void;
const signedOutListeners = new Set<Listener>();

/** Called when any call finds the session gone (expired, revoked elsewhere). */
export function onSignedOut(listener: Listener): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

export async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const bridge = window.patolab;
  const result = bridge ? await bridge.call(method, input) : await overHttp(method, input);
  if (!result.ok) {
    if (result.error.code === 'UNAUTHENTICATED' && method !== 'session.signIn') {
      for (const listener of signedOutListeners) listener();
    }
    throw new ApiError(result.error);
  }
  return result.result as MethodOutput<M>;
}

/** Server-side events in the desktop app; the browser has none and screens poll. */
export function onServerEvent(listener: (e: { type: string }) => void): () => void {
  return window.patolab ? window.patolab.onEvent(listener) : () => undefined;
}
