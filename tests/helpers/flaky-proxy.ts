// A loopback HTTP proxy between one workstation and the central server that
// can cut the line on a chosen request: before the request reaches the server
// (the cable pulled as the desk sends), or after the server has answered (the
// answer lost on the way back: the server did the work, the desk never hears
// of it). The desk sees a real dropped connection, nothing mocked.

import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Cut = 'request' | 'answer';

export interface FlakyProxy {
  url: string;
  /** Requests forwarded or cut so far. */
  readonly requests: number;
  /** The request `after` requests from now (0: the next one) is cut. */
  cut(after: number, how: Cut): void;
  /** Forget any planned cut. */
  heal(): void;
  close(): Promise<void>;
}

export async function startFlakyProxy(target: string): Promise<FlakyProxy> {
  const upstream = new URL(target);
  let count = 0;
  let planned: { at: number; how: Cut } | null = null;

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const index = count++;
      const cut = planned && planned.at === index ? planned.how : null;
      if (cut) planned = null;
      if (cut === 'request') {
        request.socket.destroy();
        return;
      }

      const forwarded = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: request.method,
          path: request.url,
          headers: { ...request.headers, host: upstream.host },
        },
        (answer) => {
          const body: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => body.push(chunk));
          answer.on('end', () => {
            if (cut === 'answer') {
              request.socket.destroy();
              return;
            }
            response.writeHead(answer.statusCode ?? 502, answer.headers);
            response.end(Buffer.concat(body));
          });
        },
      );
      forwarded.on('error', () => request.socket.destroy());
      forwarded.end(Buffer.concat(chunks));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return count;
    },
    cut(after, how) {
      planned = { at: count + after, how };
    },
    heal() {
      planned = null;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
