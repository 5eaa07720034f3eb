// Hybrid logical clocks: wall-clock milliseconds, a counter for events within
// one millisecond (or while the wall clock lags behind a clock already seen),
// and the node that made the event. As fixed-width text they sort in causal
// order, ties broken by node, so every replica picks the same winner.

export interface Hlc {
  ms: number;
  counter: number;
  node: string;
}

const MS_DIGITS = 15;
const COUNTER_DIGITS = 8;
/**
 * Counters stop well short of their eight hex digits: a clock past this moves
 * on a millisecond instead, so no clock received can push the next one out of
 * range, and a clock past it from elsewhere is refused.
 */
const MAX_COUNTER = 0x7fffffff;

export function formatHlc(hlc: Hlc): string {
  const ms = String(hlc.ms).padStart(MS_DIGITS, '0');
  const counter = hlc.counter.toString(16).padStart(COUNTER_DIGITS, '0');
  return `${ms}:${counter}:${hlc.node}`;
}

const HLC_TEXT = /^(\d{15}):([0-9a-f]{8}):([A-Za-z0-9_-]{1,64})$/;

export function isHlc(text: string): boolean {
  const match = HLC_TEXT.exec(text);
  return !!match && parseInt(match[2]!, 16) <= MAX_COUNTER;
}

export function parseHlc(text: string): Hlc {
  const match = HLC_TEXT.exec(text);
  if (!match) throw new Error(`reloj lógico ilegible: ${text}`);
  return { ms: Number(match[1]), counter: parseInt(match[2]!, 16), node: match[3]! };
}

export function hlcMs(text: string): number {
  return Number(text.slice(0, MS_DIGITS));
}

/** The clock for a new local event, after `last` (this node's previous clock). */
export function tickHlc(last: string, nowMs: number): string {
  const prev = parseHlc(last);
  if (nowMs > prev.ms) return formatHlc({ ms: nowMs, counter: 0, node: prev.node });
  if (prev.counter >= MAX_COUNTER)
    return formatHlc({ ms: prev.ms + 1, counter: 0, node: prev.node });
  return formatHlc({ ms: prev.ms, counter: prev.counter + 1, node: prev.node });
}

/** This node's clock after seeing `remote`: never behind anything it has seen. */
export function receiveHlc(last: string, remote: string): string {
  if (remote <= last) return last;
  const seen = parseHlc(remote);
  const own = parseHlc(last);
  return formatHlc({ ms: seen.ms, counter: seen.counter, node: own.node });
}

/** The same event moved by a known clock error, e.g. a machine found to run a day ahead. */
export function shiftHlc(text: string, deltaMs: number): string {
  const hlc = parseHlc(text);
  return formatHlc({ ...hlc, ms: Math.max(0, hlc.ms + deltaMs) });
}
