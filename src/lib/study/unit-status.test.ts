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
      lessonsRead: 0, lessonsTotal: 2, readKeys: [], cardsDue: 0, cardsUnseen: 2, misconceptionsOpen: 0, bestScenario: null,
    });
  });
  it('counts lessons read, cards due, misconceptions open and the best scenario as a share of its marks', () => {
    const state = emptyProgress();
    state.cards['u/a'] = { ...newCard(now), due: '2026-05-09T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z' };
    state.cards['other/a'] = { ...newCard(now), due: '2026-05-09T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z' };
    state.misconceptions['u/m1'] = { missedAt: ['2026-05-09T10:00:00.000Z'], correctAt: [] };
    const attempt = (total: number, max: number) => ({ id: String(total), at: '2026-05-09T10:00:00.000Z', answer: '', total, max, points: [] });
    state.scenarios['u/s1'] = { draft: '', draftAt: '2026-05-09T10:00:00.000Z', attempts: [attempt(12, 20)] };
    state.scenarios['u/s2'] = { draft: '', draftAt: '2026-05-09T10:00:00.000Z', attempts: [attempt(7, 10), attempt(5, 10)] };
    const status = unitStatus(unit, state, new Set(['u/two', 'other/one']), now);
    expect(status).toMatchObject({ lessonsRead: 1, readKeys: ['u/two'], cardsDue: 1, cardsUnseen: 1, misconceptionsOpen: 1 });
    expect(status.bestScenario).toEqual({ title: 'Second case', best: 7, marks: 10 });
  });
});
