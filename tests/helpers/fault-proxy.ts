// A loopback HTTP proxy between workstations and the central server that breaks
// requests the way a lab's network does: a cable pulled before the request
// left, an answer lost after the server committed, a request that arrived
// twice, a request stuck in flight while something else happens. The
// workstation enrols against the proxy's address and never knows it is there.
// It forwards only to the one server URL it was given, on loopback.

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type SyncRoute =
  '/api/sync/enroll' | '/api/sync/push' | '/api/sync/pull' | '/api/sync/lease';

/**
 * - `dropBeforeForward`: the connection is cut before the server sees the request.
 * - `dropAfterResponse`: the server commits and answers; the answer never arrives.
 * - `deliverTwice`: the server gets the same body twice; the second answer is returned.
 */
export type Fault = 'dropBeforeForward' | 'dropAfterResponse' | 'deliverTwice';

export interface Answer {
  status: number;
  body: unknown;
}

export interface ProxiedRequest {
  path: string;
  body: unknown;
  fault: Fault | 'held' | 'offline' | null;
  /** What the server answered, in order; empty when the request never reached it. */
  answers: Answer[];
  /** The client got an answer (false when dropped, or when the client was gone). */
  answered: boolean;
}

export interface HeldRequest {
  body: unknown;
  /** Resolves when the client's connection has closed (the workstation died or gave up). */
  clientGone: Promise<void>;
  /** Sends it on to the server and answers the client if it is still there. */
  forward(): Promise<void>;
}

export interface FaultProxy {
  url: string;
  /** The next request to `route` (after letting `skip` others through) meets `fault`. */
  inject(route: SyncRoute, fault: Fault, options?: { skip?: number }): void;
  /** The next request to `route` (after `skip` others) waits until the test forwards it. */
  hold(route: SyncRoute, options?: { skip?: number }): Promise<HeldRequest>;
  /** While offline every connection is cut at once, as if the server were unreachable. */
  setOffline(offline: boolean): void;
  /** Every request seen, in arrival order. */
  requests: ProxiedRequest[];
  /** The requests seen to one route. */
  seen(route: SyncRoute): ProxiedRequest[];
  close(): Promise<void>;
}

interface Rule {
  route: SyncRoute;
  skip: number;
  action: Fault | { hold: (held: HeldRequest) => void };
}

interface Upstream {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'host']);

function parse(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return body.toString('utf8');
  }
}

function readBody(stream: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  if (!['127.0.0.1', '[::1]', 'localhost'].includes(target.hostname)) {
    throw new Error(`the fault proxy forwards only to loopback, not to ${target.hostname}`);
  }
  const rules: Rule[] = [];
  const requests: ProxiedRequest[] = [];
  let offline = false;

  // A fresh connection per request (no agent): a server that stopped leaves no
  // pooled socket behind, and its restart is seen at once.
  function forwardOnce(req: http.IncomingMessage, body: Buffer): Promise<Upstream> {
    const headers: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (!HOP_BY_HOP.has(name)) headers[name] = value;
    }
    headers.host = target.host;
    headers['content-length'] = String(body.length);
    return new Promise((resolve, reject) => {
      const upstream = http.request(
        {
          host: target.hostname.replace(/^\[|\]$/g, ''),
          port: target.port,
          method: req.method,
          path: req.url,
          headers,
          agent: false,
        },
        (res) => {
          readBody(res).then(
            (answer) =>
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body: answer }),
            reject,
          );
        },
      );
      upstream.on('error', reject);
      upstream.end(body);
    });
  }

  function reply(res: http.ServerResponse, answer: Upstream): void {
    const headers: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(answer.headers)) {
      if (!HOP_BY_HOP.has(name) && name !== 'content-length') headers[name] = value;
    }
    headers['content-length'] = String(answer.body.length);
    res.writeHead(answer.status, headers);
    res.end(answer.body);
  }

  function takeRule(route: string): Rule | null {
    const index = rules.findIndex((r) => r.route === route);
    if (index < 0) return null;
    const rule = rules[index]!;
    if (rule.skip > 0) {
      rule.skip--;
      return null;
    }
    rules.splice(index, 1);
    return rule;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const body = await readBody(req);
    const route = (req.url ?? '').split('?')[0]!;
    const seen: ProxiedRequest = {
      path: route,
      body: parse(body),
      fault: null,
      answers: [],
      answered: false,
    };
    requests.push(seen);

    const forwardAndAnswer = async (times: number) => {
      let answer: Upstream | null = null;
      try {
        for (let i = 0; i < times; i++) {
          answer = await forwardOnce(req, body);
          seen.answers.push({ status: answer.status, body: parse(answer.body) });
        }
      } catch {
        // The server is down: the workstation sees its connection cut.
        req.socket.destroy();
        return;
      }
      if (req.socket.destroyed) return;
      reply(res, answer!);
      seen.answered = true;
    };

    if (offline) {
      seen.fault = 'offline';
      req.socket.destroy();
      return;
    }
    const rule = takeRule(route);
    const action = rule?.action ?? null;
    if (action === null) return forwardAndAnswer(1);
    if (typeof action === 'object') {
      seen.fault = 'held';
      const clientGone = new Promise<void>((resolve) => {
        if (req.socket.destroyed) resolve();
        else req.socket.once('close', () => resolve());
      });
      action.hold({ body: seen.body, clientGone, forward: () => forwardAndAnswer(1) });
      return;
    }

    seen.fault = action;
    if (action === 'dropBeforeForward') {
      req.socket.destroy();
    } else if (action === 'deliverTwice') {
      await forwardAndAnswer(2);
    } else {
      const answer = await forwardOnce(req, body).catch(() => null);
      if (answer) seen.answers.push({ status: answer.status, body: parse(answer.body) });
      req.socket.destroy();
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    inject(route, fault, options = {}) {
      rules.push({ route, skip: options.skip ?? 0, action: fault });
    },
    hold(route, options = {}) {
      return new Promise((resolve) => {
        rules.push({ route, skip: options.skip ?? 0, action: { hold: resolve } });
      });
    },
    setOffline(value) {
      offline = value;
    },
    requests,
    seen: (route) => requests.filter((r) => r.path === route),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
