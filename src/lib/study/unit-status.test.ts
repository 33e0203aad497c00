import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../progress/state.ts';
import { newCard } from '../srs/scheduler.ts';
import type { StudyUnit } from './today.ts';
import { unitStatus } from './unit-status.ts';

const now = new Date('2026-05-10T12:00:00Z');
const unit: StudyUnit = {
  id: 'u',
  title: 'Unit',
  qualifications: [],
  cards: ['u/a', 'u/b'],
  misconceptions: ['u/m1', 'u/m2'],
  lessons: [
    { key: 'u/one', title: 'One', href: '' },
    { key: 'u/two', title: 'Two', href: '' },
  ],
  scenarios: [
    { key: 'u/s1', title: 'First case', href: '', marks: 20 },
    { key: 'u/s2', title: 'Second case', href: '', marks: 10 },
  ],
};

describe('a unit page’s own progress', () => {
  it('is all zeros before any study', () => {
    expect(unitStatus(unit, emptyProgress(), new Set(), now)).toEqual({
      lessonsRead: 0, lessonsTotal: 2, readKeys: [], cardsDue: 0, cardsUnseen: 2, misconceptionsOpen: 0, firstAttempts: null,
    });
  });
  it('counts lessons read, cards due and misconceptions open', () => {
    const state = emptyProgress();
    state.cards['u/a'] = { ...newCard(now), due: '2026-05-09T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z' };
    state.cards['other/a'] = { ...newCard(now), due: '2026-05-09T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z' };
    state.misconceptions['u/m1'] = { missedAt: ['2026-05-09T10:00:00.000Z'], correctAt: [] };
    const status = unitStatus(unit, state, new Set(['u/two', 'other/one']), now);
    expect(status).toMatchObject({ lessonsRead: 1, readKeys: ['u/two'], cardsDue: 1, cardsUnseen: 1, misconceptionsOpen: 1 });
  });
});

describe('a unit page’s scenario figure', () => {
  const attempt = (total: number, hour: number) => ({ id: `${total}-${hour}`, at: `2026-05-09T${String(hour).padStart(2, '0')}:00:00.000Z`, answer: '', total, max: 20, points: [] });
  const withAttempts = (totals: Record<string, number[]>) => {
    const state = emptyProgress();
    let hour = 0;
    for (const [key, marks] of Object.entries(totals))
      state.scenarios[key] = { draft: '', draftAt: '2026-05-09T00:00:00.000Z', attempts: marks.map((total) => attempt(total, (hour += 1))) };
    return state;
  };

  it('is null before any attempt, even with a draft written', () => {
    const state = emptyProgress();
    state.scenarios['u/s1'] = { draft: 'a start, never marked', draftAt: '2026-05-09T00:00:00.000Z', attempts: [] };
    expect(unitStatus(unit, state, new Set(), now).firstAttempts).toBeNull();
  });
  it('is the first attempt’s share of the marks, not the best: a weak start then a strong rewrite reads as the start', () => {
    // 5 of 20 first, then 18 of 20 with the marking points in view.
    expect(unitStatus(unit, withAttempts({ 'u/s1': [5, 18] }), new Set(), now).firstAttempts).toEqual({ percent: 25, tried: 1 });
  });
  it('pools the first attempts of every tried scenario, as a whole percentage of their marks', () => {
    // First attempts 12 of 20 and 7 of 10 (a later 10 of 10 does not count): 19 of 30 is 63.3%.
    expect(unitStatus(unit, withAttempts({ 'u/s1': [12], 'u/s2': [7, 10] }), new Set(), now).firstAttempts).toEqual({ percent: 63, tried: 2 });
  });
  it('leaves out scenarios of other units', () => {
    expect(unitStatus(unit, withAttempts({ 'u/s2': [4], 'other/s1': [20] }), new Set(), now).firstAttempts).toEqual({ percent: 40, tried: 1 });
  });
});
