// The desktop app's services process: database, mail and printing run here, in
// an Electron utility process, so the main process's thread stays free to route
// input to windows. Main sends the data folder once, then one message port per
// page load. Each port is one user's seat: the session token it signs in with
// is kept here and never travels back to the page.

import type { MessageEvent, MessagePortMain } from 'electron';
import type { RpcResult } from '../../src-shared/contract';
import { AppError } from '../../src-shared/errors';
import { setAssetsDir } from '../printing/pdf';
import { startServices, type Services } from '../services';

/** What main sends this process. */
export type ParentMessage =
  { type: 'start'; dataDir: string; assetsDir: string } | { type: 'connect' } | { type: 'stop' };

/** What this process tells main. */
export type ChildMessage = { type: 'ready' } | { type: 'failed'; message: string };

/** One call from the page, as the preload posts it on the port. */
export interface PortRequest {
  id: number;
  method: string;
  input: unknown;
}

/** Something that happened which a screen may want to refresh for. */
export type PatolabEvent = { type: 'print.updated' } | { type: 'services.restarted' };

/** What travels back on the port: the answer to one call, or an event. */
export type PortMessage =
  | { type: 'reply'; id: number; result: RpcResult<unknown> }
  | { type: 'event'; event: PatolabEvent };

// Calls after which a print job may have changed state.
const PRINTING_METHODS = new Set([
  'reception.receive',
  'printing.retry',
  'printing.reprint',
  'printing.testLabel',
]);

const parentPort = process.parentPort;
const ports = new Set<MessagePortMain>();
const inFlight = new Set<Promise<unknown>>();
let services: Promise<Services> | null = null;
let stopping = false;

function tellMain(message: ChildMessage): void {
  parentPort.postMessage(message);
}

function post(port: MessagePortMain, message: PortMessage): void {
  port.postMessage(message);
}

function broadcast(event: PatolabEvent): void {
  for (const port of ports) post(port, { type: 'event', event });
}

function isRequest(data: unknown): data is PortRequest {
  if (typeof data !== 'object' || data === null) return false;
  const { id, method } = data as Partial<PortRequest>;
  return Number.isSafeInteger(id) && typeof method === 'string';
}

// Every call is tracked so that stopping waits for the ones under way: a
// reception half-answered when the window closed must still commit or roll back.
function track<T>(promise: Promise<T>): Promise<T> {
  const forget = () => inFlight.delete(promise);
  inFlight.add(promise);
  promise.then(forget, forget);
  return promise;
}

// Ending a session nobody can use any more is housekeeping; if it fails the
// session still expires on its own.
function endSession(ready: Promise<Services>, sessionToken: string): void {
  const ended = ready.then((api) => api.call({ sessionToken }, 'session.signOut', {}));
  track(ended).catch((error: unknown) => {
    console.error('Patolab could not end a session', error);
  });
}

function start(dataDir: string, assetsDir: string): void {
  setAssetsDir(assetsDir);
  services = startServices({ dataDir });
  services.then(
    () => tellMain({ type: 'ready' }),
    (error: unknown) => {
      // Main shows this to the person and decides whether to try again; the
      // log may not exist yet when the data folder itself is the problem.
      console.error('Patolab services failed to start', error);
      tellMain({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    },
  );
}

function connect(port: MessagePortMain, ready: Promise<Services>): void {
  let sessionToken: string | null = null;

  async function answer(request: PortRequest): Promise<void> {
    const api = await ready;
    const result = await api.call({ sessionToken }, request.method, request.input);

    if (request.method === 'session.signOut') {
      sessionToken = null;
    } else if (request.method === 'session.signIn' && result.ok) {
      const { token, ...withoutToken } = result.result as { token: string; user: unknown };
      if (sessionToken) endSession(ready, sessionToken);
      sessionToken = token;
      post(port, { type: 'reply', id: request.id, result: { ok: true, result: withoutToken } });
      return;
    }

    post(port, { type: 'reply', id: request.id, result });
    if (PRINTING_METHODS.has(request.method)) broadcast({ type: 'print.updated' });
  }

  port.on('message', (event: MessageEvent) => {
    if (stopping || !isRequest(event.data)) return;
    const { id, method, input } = event.data;
    track(answer({ id, method, input })).catch((error: unknown) => {
      console.error('Patolab call could not be answered', method, error);
      const result = {
        ok: false as const,
        error: new AppError('INTERNAL', 'error.internal').toPayload(),
      };
      post(port, { type: 'reply', id, result });
    });
  });

  // A closed port is a reloaded or closed page: nobody can use its session
  // again, so it is ended here rather than left to expire.
  port.on('close', () => {
    ports.delete(port);
    if (sessionToken && !stopping) endSession(ready, sessionToken);
    sessionToken = null;
  });

  ports.add(port);
  port.start();
}

async function stop(): Promise<void> {
  stopping = true;
  for (const port of ports) port.close();
  await Promise.allSettled([...inFlight]);
  const api = await services?.catch(() => null);
  await api?.close();
  process.exit(0);
}

parentPort.on('message', (event: MessageEvent) => {
  const message = event.data as ParentMessage;
  if (message.type === 'start' && !services) {
    start(message.dataDir, message.assetsDir);
  } else if (message.type === 'connect' && services && !stopping) {
    const port = event.ports[0];
    if (port) connect(port, services);
  } else if (message.type === 'stop') {
    stop().catch((error: unknown) => {
      console.error('Patolab services did not stop cleanly', error);
      process.exit(1);
    });
  }
});
