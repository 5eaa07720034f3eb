import { describe, expect, it } from 'vitest';
import { createBurstReader } from '../../../src-renderer/scan-burst';

function feed(text: string, gapMs: number, enterGapMs = gapMs) {
  const reader = createBurstReader();
  let at = 1000;
  for (const char of text) {
    reader.char(char, at);
    at += gapMs;
  }
  return reader.enter(at - gapMs + enterGapMs);
}

describe('telling a scanner from a person at the keyboard', () => {
  it('a code arriving a few milliseconds a character and ending in Enter is a scan', () => {
    expect(feed("HP 26-001'C2", 8)).toBe("HP 26-001'C2");
  });

  it('the same code typed by a person, 120 ms a key, is not', () => {
    expect(feed('HP 26/001-C2', 120)).toBeNull();
  });

  it('a pause before Enter, or a code too short to be a label, is not a scan', () => {
    expect(feed('HP 26/001', 8, 400)).toBeNull();
    expect(feed('C2', 5)).toBeNull();
  });

  it('a slow start followed by a burst keeps only the burst', () => {
    const reader = createBurstReader();
    reader.char('x', 0);
    let at = 500;
    for (const char of 'CT 26/014-S3') {
      reader.char(char, at);
      at += 5;
    }
    expect(reader.enter(at)).toBe('CT 26/014-S3');
  });
});
