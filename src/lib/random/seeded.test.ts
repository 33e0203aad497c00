import { describe, expect, it } from 'vitest';
import { hashString, shuffle } from './seeded.ts';

describe('seeded shuffle', () => {
  it('replays the same order from the same seed and keeps every item', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(shuffle(items, 42)).toEqual(shuffle(items, 42));
    expect([...shuffle(items, 42)].sort()).toEqual(items);
  });
  it('gives different orders for different seeds', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => shuffle(items, seed).join()));
    expect(orders.size).toBeGreaterThan(1);
  });
  it('hashes strings stably', () => {
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(hashString('abc')).not.toBe(hashString('abd'));
  });
});
