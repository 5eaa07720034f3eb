// The bridge between the sandboxed page and the services process. The page gets
// `window.patolab` with exactly two functions, `call` and `onEvent`; the message
// port, Electron's IPC and the session stay on this side. Sandboxed preloads
// may require nothing but `electron`, so this file is bundled on its own.

import { contextBridge, ipcRenderer } from 'electron';
import type { RpcResult } from '../../src-shared/contract';
import { AppError } from '../../src-shared/errors';
import type { PatolabEvent, PortMessage, PortRequest } from './services-process';

// The port arrives as Chromium's MessagePort, while the project's types describe
// Node's class of the same name; only these members are used.
interface PagePort {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}

type Listener = (event: PatolabEvent) => void;

let port: PagePort | null = null;
let nextId = 1;
const waiting: PortRequest[] = [];
const pending = new Map<number, (result: RpcResult<unknown>) => void>();
const listeners = new Set<Listener>();

function failure(error: AppError): RpcResult<unknown> {
  return { ok: false, error: error.toPayload() };
}

function emit(event: PatolabEvent): void {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch (error) {
      console.error('Patolab event listener failed', event.type, error);
    }
  }
}

function receive(data: unknown): void {
  const message = data as PortMessage;
  if (message?.type === 'event') {
    emit(message.event);
  } else if (message?.type === 'reply') {
    const resolve = pending.get(message.id);
    pending.delete(message.id);
    resolve?.(message.result);
  }
}

function send(request: PortRequest): void {
  try {
    port?.postMessage(request);
  } catch {
    // Only input that cannot be cloned (a function, a DOM node) ends up here.
    pending.get(request.id)?.(
      failure(
        new AppError('VALIDATION', 'error.validation', { details: 'datos no transferibles' }),
      ),
    );
    pending.delete(request.id);
  }
}

// A second port means the services process was restarted: calls sent on the
// old one will never be answered, and the session they ran under is gone.
function usePort(next: PagePort): void {
  const replaced = port !== null;
  if (port) {
    port.close();
    const lost = failure(new AppError('UNAVAILABLE', 'error.internal'));
    for (const resolve of pending.values()) resolve(lost);
    pending.clear();
  }

  port = next;
  port.onmessage = (event) => receive(event.data);
  for (const request of waiting.splice(0)) send(request);
  if (replaced) emit({ type: 'services.restarted' });
}

function call(method: string, input: unknown): Promise<RpcResult<unknown>> {
  if (typeof method !== 'string') {
    const details = 'nombre de método';
    return Promise.resolve(failure(new AppError('VALIDATION', 'error.validation', { details })));
  }

  const request: PortRequest = { id: nextId++, method, input };
  return new Promise((resolve) => {
    pending.set(request.id, resolve);
    if (port) send(request);
    else waiting.push(request);
  });
}

function onEvent(listener: Listener): () => void {
  if (typeof listener !== 'function') return () => undefined;
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

ipcRenderer.on('patolab:port', (event) => {
  const next = event.ports[0];
  if (next) usePort(next as unknown as PagePort);
});

contextBridge.exposeInMainWorld('patolab', { call, onEvent });

// Main answers only a page it loaded itself, with a port of its own making.
ipcRenderer.send('patolab:connect');
