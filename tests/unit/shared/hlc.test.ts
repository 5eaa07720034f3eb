import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatHlc,
  hlcMs,
  isHlc,
  parseHlc,
  receiveHlc,
  shiftHlc,
  tickHlc,
} from '../../../src-shared/hlc';

const NOON = Date.parse('2026-12-04T15:00:00Z');
const desk = (ms: number, counter = 0, node = 'desk-a') => formatHlc({ ms, counter, node });

// Milliseconds around the lab's day, counters as a busy desk makes them, and
// node names as devices have them (UUIDs) or the server's own.
const wallMs = fc.integer({ min: NOON - 3_600_000, max: NOON + 3_600_000 });
const node = fc.oneof(fc.uuid(), fc.constant('server'));
const clock = fc
  .record({ ms: wallMs, counter: fc.integer({ min: 0, max: 50 }), node })
  .map((h) => formatHlc(h));

describe('a hybrid logical clock as text', () => {
  it('reads back what was written', () => {
    fc.assert(
      fc.property(wallMs, fc.integer({ min: 0, max: 0x7fff_ffff }), node, (ms, counter, n) => {
        const text = formatHlc({ ms, counter, node: n });
        expect(isHlc(text)).toBe(true);
        expect(parseHlc(text)).toEqual({ ms, counter, node: n });
        expect(hlcMs(text)).toBe(ms);
      }),
    );
  });

  it('sorts as text in the order of its time, then its counter', () => {
    fc.assert(
      fc.property(clock, clock, (a, b) => {
        const pa = parseHlc(a);
        const pb = parseHlc(b);
        if (pa.ms !== pb.ms) expect(a < b).toBe(pa.ms < pb.ms);
        else if (pa.counter !== pb.counter) expect(a < b).toBe(pa.counter < pb.counter);
      }),
    );
  });

  it('two events at the same instant and counter are ordered by their node, the same everywhere', () => {
    const fromA = desk(NOON, 3, '0192a000-0000-7000-8000-00000000000a');
    const fromB = desk(NOON, 3, '0192a000-0000-7000-8000-00000000000b');
    expect(fromA < fromB).toBe(true);
    expect([fromB, fromA].sort()).toEqual([fromA, fromB]);
    expect(desk(NOON, 3, 'server') > fromB).toBe(true);
  });

  it('refuses text that is not a clock', () => {
    expect(isHlc('2026-12-04T15:00:00Z')).toBe(false);
    expect(isHlc(`${desk(NOON)} `)).toBe(false);
    expect(isHlc(desk(NOON, 0, 'a'.repeat(65)))).toBe(false);
    expect(() => parseHlc('mañana')).toThrow(/reloj lógico ilegible/);
  });
});

describe('a local event', () => {
  it('takes the wall clock when it has moved on', () => {
    expect(tickHlc(desk(NOON, 7), NOON + 5)).toBe(desk(NOON + 5, 0));
  });

  it('counts up within one millisecond, and while the wall clock is behind', () => {
    expect(tickHlc(desk(NOON, 7), NOON)).toBe(desk(NOON, 8));
    expect(tickHlc(desk(NOON, 7), NOON - 60_000)).toBe(desk(NOON, 8));
  });

  it('is always after the previous one and keeps its node, whatever the wall clock does', () => {
    fc.assert(
      fc.property(clock, fc.array(wallMs, { minLength: 1, maxLength: 30 }), (start, walls) => {
        let last = start;
        for (const ms of walls) {
          const next = tickHlc(last, ms);
          expect(next > last).toBe(true);
          expect(hlcMs(next)).toBeGreaterThanOrEqual(ms);
          expect(parseHlc(next).node).toBe(parseHlc(start).node);
          last = next;
        }
      }),
    );
  });
});

describe('a clock seen from another node', () => {
  it('moves this node up to it, keeping this node as its own', () => {
    const seen = desk(NOON + 10, 4, 'desk-b');
    expect(receiveHlc(desk(NOON, 0, 'desk-a'), seen)).toBe(desk(NOON + 10, 4, 'desk-a'));
  });

  it('leaves this node alone when it is older', () => {
    const own = desk(NOON + 10, 0, 'desk-a');
    expect(receiveHlc(own, desk(NOON, 9, 'desk-b'))).toBe(own);
  });

  it('never goes behind anything seen: the next local event is after all of it', () => {
    fc.assert(
      fc.property(
        clock,
        fc.array(fc.tuple(fc.boolean(), clock, wallMs), { minLength: 1, maxLength: 30 }),
        (start, steps) => {
          let own = start;
          let latestSeen = start;
          for (const [remote, seen, wall] of steps) {
            if (remote) {
              const before = own;
              own = receiveHlc(own, seen);
              if (seen > latestSeen) latestSeen = seen;
              expect(own >= before).toBe(true);
              // Same time and counter as the latest seen at least; only the node may differ.
              const o = parseHlc(own);
              const l = parseHlc(latestSeen);
              expect(o.ms > l.ms || (o.ms === l.ms && o.counter >= l.counter)).toBe(true);
              expect(o.node).toBe(parseHlc(start).node);
            } else {
              own = tickHlc(own, wall);
              expect(own > latestSeen).toBe(true);
              latestSeen = own;
            }
          }
          expect(tickHlc(own, NOON - 3_600_000) > latestSeen).toBe(true);
        },
      ),
    );
  });
});

describe('a clock moved by a known error', () => {
  it('a desk found a day ahead has its events moved back a day, counter and node kept', () => {
    const day = 24 * 3_600_000;
    expect(shiftHlc(desk(NOON + day, 5, 'desk-a'), -day)).toBe(desk(NOON, 5, 'desk-a'));
  });

  it('never goes before the start of time', () => {
    expect(shiftHlc(desk(1_000, 2), -5_000)).toBe(desk(0, 2));
  });

  it('keeps the order of two events moved by the same amount', () => {
    fc.assert(
      fc.property(clock, clock, fc.integer({ min: -3_600_000, max: 3_600_000 }), (a, b, d) => {
        if (a < b) expect(shiftHlc(a, d) < shiftHlc(b, d)).toBe(true);
      }),
    );
  });
});

describe('a counter at its limit', () => {
  it('moves the next tick to the next millisecond and refuses a clock beyond it', () => {
    const top = formatHlc({ ms: 5, counter: 0x7fffffff, node: 'a' });
    expect(isHlc(top)).toBe(true);
    expect(
      parseHlc(tickHlc(receiveHlc(formatHlc({ ms: 0, counter: 0, node: 'b' }), top), 5)),
    ).toEqual({ ms: 6, counter: 0, node: 'b' });
    expect(isHlc(formatHlc({ ms: 5, counter: 0xffffffff, node: 'a' }))).toBe(false);
  });
});
