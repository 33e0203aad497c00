import { describe, expect, it } from 'vitest';
import { newEpoch, newRecordId } from './ids.ts';

describe('record ids', () => {
  it('start with the time, so they sort by when things happened', () => {
    const earlier = newRecordId(new Date(2026, 0, 1), () => 0.9);
    const later = newRecordId(new Date(2026, 0, 2), () => 0.1);
    expect(earlier < later).toBe(true);
    expect(earlier).toMatch(/^[0-9a-z]+-[0-9a-z]{6}$/);
  });
  it('always carry six random characters, even when the random number is short', () => {
    expect(newRecordId(new Date(0), () => 0.5)).toBe('0-i00000');
  });
  it('differ for two records made in the same millisecond', () => {
    const at = new Date();
    const ids = new Set(Array.from({ length: 1000 }, () => newRecordId(at)));
    expect(ids.size).toBeGreaterThan(990);
  });
  it('give epochs that name their time', () => {
    expect(newEpoch(new Date(Date.UTC(2026, 11, 2)), () => 0.5)).toBe('2026-12-02T00:00:00.000Z-i00000');
  });
});
