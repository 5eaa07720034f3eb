// Talking to the central server: JSON over HTTP(S) with a timeout of seconds,
// the device's secret in the Authorization header, and every answer checked
// against its schema. A network failure becomes UNAVAILABLE with the server's
// address and the reason, which the screen and the log both show.

import type { z } from 'zod';
import { AppError, type ErrorPayload } from '../../../src-shared/errors';
import type { MessageKey } from '../../../src-shared/i18n/translate';

export interface Connection {
  serverUrl: string;
  deviceId: string | null;
  secret: string | null;
  timeoutMs: number;
}

export interface Traffic {
  sent: number;
  received: number;
}

export const SYNC_TIMEOUT_MS = 30_000;

function describeFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if ((error as Error).name === 'TimeoutError') return 'no respondió a tiempo';
  if (cause?.code === 'ECONNREFUSED') return 'conexión rechazada (¿el servidor está apagado?)';
  if (cause?.code === 'ENOTFOUND') return 'no se encuentra ese nombre de servidor';
  if (cause?.code === 'ECONNRESET') return 'la conexión se cortó';
  if (/wrong version number|EPROTO/.test(`${cause?.code} ${cause?.message}`)) {
    return 'el servidor no atiende HTTPS en esa dirección (¿es http://?)';
  }
  if (/certificate|CERT_|SELF_SIGNED/i.test(`${cause?.code} ${cause?.message}`)) {
    return (
      'el certificado del servidor no es de confianza en esta computadora ' +
      '(un certificado propio del laboratorio se indica con NODE_EXTRA_CA_CERTS)'
    );
  }
  return cause?.message ?? (error as Error).message;
}

export async function postJson<S extends z.ZodType>(
  connection: Connection,
  path: string,
  body: unknown,
  answer: S,
  traffic: Traffic,
): Promise<z.output<S>> {
  const text = JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (connection.deviceId && connection.secret) {
    headers.authorization = `Bearer ${connection.deviceId}.${connection.secret}`;
  }

  let response: Response;
  let received: string;
  try {
    response = await fetch(new URL(path, connection.serverUrl), {
      method: 'POST',
      headers,
      body: text,
      signal: AbortSignal.timeout(connection.timeoutMs),
    });
    traffic.sent += Buffer.byteLength(text);
    received = await response.text();
    traffic.received += Buffer.byteLength(received);
  } catch (error) {
    throw new AppError('UNAVAILABLE', 'error.serverUnreachable', {
      server: connection.serverUrl,
      reason: describeFailure(error),
    });
  }

  let envelope: { ok?: boolean; result?: unknown; error?: Partial<ErrorPayload> };
  try {
    envelope = JSON.parse(received) as typeof envelope;
  } catch {
    throw new AppError('UNAVAILABLE', 'error.serverAnswer', {
      reason: `HTTP ${response.status}, respuesta que no es JSON`,
    });
  }
  if (!envelope.ok) {
    const e = envelope.error ?? {};
    if (e.code && e.key) {
      throw new AppError(e.code, e.key as MessageKey, e.params ?? {});
    }
    throw new AppError('UNAVAILABLE', 'error.serverAnswer', {
      reason: e.message ?? `HTTP ${response.status}`,
    });
  }
  const parsed = answer.safeParse(envelope.result);
  if (!parsed.success) {
    throw new AppError('UNAVAILABLE', 'error.serverAnswer', {
      reason: 'respuesta con un formato inesperado (¿versiones distintas de Patolab?)',
    });
  }
  return parsed.data;
}
