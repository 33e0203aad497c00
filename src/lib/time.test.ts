import { describe, expect, it } from 'vitest';
import { dayStart, localDay, shiftDay, wholeDaysBetween } from './time.ts';

describe('time', () => {
  it('names the local day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
  it('shifts across month and year ends', () => {
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDay('2025-12-31', 1)).toBe('2026-01-01');
  });
  it('finds local midnight some days back', () => {
    expect(localDay(new Date(dayStart(new Date(2026, 5, 10, 15), 3)))).toBe('2026-06-07');
    expect(new Date(dayStart(new Date(2026, 5, 10, 15))).getHours()).toBe(0);
  });
  it('counts whole days, rounding down', () => {
    expect(wholeDaysBetween(0, 86_400_000 * 2.9)).toBe(2);
    expect(wholeDaysBetween(86_400_000, 0)).toBe(-1);
  });
});
