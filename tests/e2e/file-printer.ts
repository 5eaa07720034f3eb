// A label printer on a loopback socket whose jobs land in a folder: the tests
// run in worker processes, apart from the global setup that owns this socket,
// and read what was printed from there. One connection is one job; the printer
// hangs up after the sender has finished, as a JetDirect port does. A test can
// make it slow, like a thermal head printing a long label, with setPrintDelay.

import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface FilePrinter {
  uri: string;
  close(): Promise<void>;
}

export async function startFilePrinter(jobsDir: string): Promise<FilePrinter> {
  fs.mkdirSync(jobsDir, { recursive: true });
  const sockets = new Set<net.Socket>();
  let count = 0;

  // Half-open, so the goodbye is ours to send: otherwise Node answers the
  // sender's FIN at once and a slow printer cannot be played.
  const server = net.createServer({ allowHalfOpen: true }, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => {
      const job = Buffer.concat(chunks);
      // Written before hanging up, so the job is on disk by the time the app
      // reports the label printed.
      if (job.length > 0) {
        count += 1;
        fs.writeFileSync(path.join(jobsDir, `job-${String(count).padStart(4, '0')}.bin`), job);
      }
      setTimeout(() => socket.end(), printDelay(jobsDir));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as net.AddressInfo;

  return {
    uri: `tcp://127.0.0.1:${port}`,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const DELAY_FILE = 'delay-ms';

function printDelay(jobsDir: string): number {
  try {
    return Number(fs.readFileSync(path.join(jobsDir, DELAY_FILE), 'utf8')) || 0;
  } catch {
    return 0;
  }
}

/** How long the printer takes over each job from now on; read by the printer's process. */
export function setPrintDelay(jobsDir: string, ms: number): void {
  fs.writeFileSync(path.join(jobsDir, DELAY_FILE), String(ms));
}

/** Every job printed so far, oldest first. */
export function printedJobs(jobsDir: string): Buffer[] {
  return fs
    .readdirSync(jobsDir)
    .filter((name) => name.endsWith('.bin'))
    .sort()
    .map((name) => fs.readFileSync(path.join(jobsDir, name)));
}
