// A thermal printer on a loopback socket, for tests. Like a JetDirect port it
// takes a job per connection and hangs up once the sender has finished. It can
// also misbehave the ways real printers do: refuse a job by resetting the
// connection, or accept one and never read it (a jammed or sleeping printer).

import net from 'node:net';

export type PrinterServerBehaviour = 'print' | 'reset' | 'silent';

export interface PrinterServer {
  port: number;
  /** `tcp://127.0.0.1:<port>`, as the lab would configure it. */
  uri: string;
  /** Every connection's bytes, once the sender has finished, in order of arrival. */
  jobs: Buffer[];
  /** The next finished job: the bytes of one connection. */
  nextJob(timeoutMs?: number): Promise<Buffer>;
  /** How many connections were accepted, whatever became of them. */
  connectionCount(): number;
  close(): Promise<void>;
}

export async function startPrinterServer(
  behaviour: PrinterServerBehaviour = 'print',
  listenPort = 0,
): Promise<PrinterServer> {
  const jobs: Buffer[] = [];
  const waiting: Array<(job: Buffer) => void> = [];
  const sockets = new Set<net.Socket>();
  let taken = 0;
  let connections = 0;

  const server = net.createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});

    if (behaviour === 'reset') {
      socket.resetAndDestroy();
      return;
    }
    if (behaviour === 'silent') {
      socket.pause();
      return;
    }

    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => {
      const job = Buffer.concat(chunks);
      jobs.push(job);
      waiting.shift()?.(job);
      socket.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listenPort, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as net.AddressInfo;

  return {
    port,
    uri: `tcp://127.0.0.1:${port}`,
    jobs,
    connectionCount: () => connections,
    nextJob(timeoutMs = 5000) {
      const ready = jobs[taken];
      if (ready) {
        taken += 1;
        return Promise.resolve(ready);
      }
      return new Promise<Buffer>((resolve, reject) => {
        const take = (job: Buffer) => {
          clearTimeout(timer);
          taken += 1;
          resolve(job);
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(take), 1);
          reject(new Error(`No print job arrived within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.push(take);
      });
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A loopback port nobody listens on: bound by the system, then let go. */
export async function unusedLoopbackPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
