// The bench's clients, in a thread of their own so that making requests does not
// take the server's thread: each client sends its requests one after another,
// all clients at once, and the time of each request is kept.

import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';

const { clients, url, body, perClient } = workerData;
const samples = [];
const started = performance.now();
await Promise.all(
  clients.map(async (client) => {
    for (let i = 0; i < perClient; i++) {
      const sent = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': client.csrf,
          cookie: client.cookie,
        },
        body,
      });
      const answer = await response.json();
      if (!answer.ok) throw new Error(`submission refused: ${answer.error?.message}`);
      samples.push(performance.now() - sent);
    }
  }),
);
parentPort.postMessage({ samples, seconds: (performance.now() - started) / 1000 });
