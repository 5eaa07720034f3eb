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

// The server's CSRF token, asked for once; asked again if the server no longer
// knows it (its cookie cleared, another browser profile's cookie restored).
let csrfToken: Promise<string> | null = null;

function fetchCsrfToken(): Promise<string> {
  csrfToken ??= fetch('/api/csrf', { credentials: 'same-origin' })
    .then((response) => response.json() as Promise<{ token: string }>)
    .then((body) => body.token)
    .catch((error: unknown) => {
      csrfToken = null;
      throw error;
    });
  return csrfToken;
}

async function post(method: string, input: unknown): Promise<RpcResult<unknown>> {
  const response = await fetch(`/api/rpc/${encodeURIComponent(method)}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': await fetchCsrfToken() },
    body: JSON.stringify(input ?? {}),
  });
  return (await response.json()) as RpcResult<unknown>;
}

async function overHttp(method: string, input: unknown): Promise<RpcResult<unknown>> {
  try {
    const result = await post(method, input);
    if (result.ok || result.error.key !== 'ui.web.csrf') return result;
    csrfToken = null;
    return await post(method, input);
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
