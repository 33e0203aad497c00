import { describe, expect, it } from 'vitest';
import { buildQueue, newCardsSeenToday } from './queue.ts';
import { newCard } from './scheduler.ts';

const now = new Date('2026-03-01T12:00:00Z');
const at = (iso: string) => ({ ...newCard(now), due: iso, state: 2 as const });

describe('building the review queue', () => {
  it('puts due cards first, oldest due first, then new cards up to the daily allowance', () => {
    const cards = { a: at('2026-02-28T00:00:00Z'), b: at('2026-02-20T00:00:00Z'), c: at('2026-03-05T00:00:00Z') };
    const queue = buildQueue(['a', 'b', 'c', 'n1', 'n2', 'n3'], cards, { now, newPerDay: 2, newSeenToday: 0 });
    expect(queue.due).toEqual(['b', 'a']);
    expect(queue.fresh).toEqual(['n1', 'n2']);
    expect(queue.nextDue).toBe('2026-03-05T00:00:00.000Z');
  });
  it('counts new cards already met today against the allowance', () => {
    const reviews = [
      { card: 'x', at: now.toISOString(), before: null },
      { card: 'y', at: now.toISOString(), before: null, undone: true },
    ];
    expect(newCardsSeenToday(reviews, now)).toBe(1);
    expect(buildQueue(['n1', 'n2'], {}, { now, newPerDay: 2, newSeenToday: 1 }).fresh).toEqual(['n1']);
  });
});
