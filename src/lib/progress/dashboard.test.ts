import { describe, expect, it } from 'vitest';
import { heatmap, nextBestStep, streak, summariseOutcome } from './dashboard.ts';
import { emptyProgress } from './state.ts';

describe('dashboard figures', () => {
  it('counts a streak through today, or through yesterday before today’s study', () => {
    const activity = { '2026-05-08': 3, '2026-05-09': 1, '2026-05-10': 2 };
    expect(streak(activity, '2026-05-10')).toBe(3);
    expect(streak(activity, '2026-05-11')).toBe(3);
    expect(streak(activity, '2026-05-12')).toBe(0);
  });
  it('lays out whole weeks, Monday first, ending with the current week', () => {
    const grid = heatmap({ '2026-05-06': 12 }, '2026-05-07', 2);
    expect(grid).toHaveLength(2);
    expect(grid[1]?.[0]?.day).toBe('2026-05-04');
    expect(grid[1]?.find((day) => day.day === '2026-05-06')?.level).toBe(3);
    expect(grid[1]?.find((day) => day.day === '2026-05-08')?.future).toBe(true);
  });
  it('summarises an outcome and picks the next step', () => {
    const outcome = summariseOutcome({ unit: 'u', unitTitle: 'U', id: 'lo1', title: 'Outcome', cards: ['u/a'], misconceptions: ['u/m'], scenarios: [] }, emptyProgress());
    expect(outcome).toMatchObject({ termsKnown: 0, termsTotal: 1, strength: 0 });
    expect(nextBestStep([outcome], [], null, () => 'units/u/', false).kind).toBe('start');
    expect(nextBestStep([outcome], [{ unit: 'u', unitTitle: 'U', due: 9 }], null, () => 'units/u/', true).text).toMatch(/9 cards due in U/);
    expect(nextBestStep([outcome], [], { href: 's/', title: 'Case' }, () => 'units/u/', true).kind).toBe('outcome');
  });
});
