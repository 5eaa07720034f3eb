// How the bench measures: each run of a piece of work timed on its own, and
// percentiles of those times.

import { performance } from 'node:perf_hooks';

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Number(sorted[Math.max(0, index)]!.toFixed(3));
}

export async function timeEach(
  count: number,
  work: (i: number) => Promise<unknown> | unknown,
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await work(i);
    samples.push(performance.now() - started);
  }
  return samples;
}
