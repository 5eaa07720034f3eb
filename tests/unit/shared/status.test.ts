import { describe, expect, it } from 'vitest';
import { canMove, PROTOCOL_STATUSES } from '../../../src-shared/status';

describe('the life of a protocol', () => {
  it('goes submitted → received → processing → ready → report sent', () => {
    expect(canMove('submitted', 'received')).toBe(true);
    expect(canMove('received', 'processing')).toBe(true);
    expect(canMove('processing', 'ready')).toBe(true);
    expect(canMove('ready', 'report_sent')).toBe(true);
  });

  it('never moves backwards, and a rejected protocol goes nowhere', () => {
    expect(canMove('received', 'submitted')).toBe(false);
    expect(canMove('ready', 'processing')).toBe(false);
    for (const to of PROTOCOL_STATUSES) expect(canMove('rejected', to)).toBe(false);
  });
});
