import { describe, expect, it } from 'vitest';
import { localDate } from '../../../src-shared/calendar';

describe("the lab's calendar", () => {
  it('puts 31 December 23:30 in Buenos Aires in the old year, though UTC is already in January', () => {
    const instant = new Date('2027-01-01T02:30:00Z');
    expect(localDate(instant)).toMatchObject({ year: 2026, month: 12, day: 31, iso: '2026-12-31' });
  });

  it('starts the new year at local midnight', () => {
    expect(localDate(new Date('2027-01-01T03:00:00Z')).iso).toBe('2027-01-01');
  });
});
