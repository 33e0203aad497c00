import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../progress/state.ts';
import { newCard } from '../srs/scheduler.ts';
import { type StudyUnit, planToday } from './today.ts';

const now = new Date('2026-05-10T12:00:00');
const unit = (id: string): StudyUnit => ({
  id,
  title: `Unit ${id}`,
  qualifications: ['cim-l4'],
  cards: [`${id}/a`, `${id}/b`, `${id}/c`],
  misconceptions: [`${id}/m1`],
  lessons: [
    { key: `${id}/one`, title: `${id} lesson one`, href: `units/${id}/lessons/one/` },
    { key: `${id}/two`, title: `${id} lesson two`, href: `units/${id}/lessons/two/` },
  ],
  scenarios: [{ key: `${id}/case`, title: `${id} case`, href: `units/${id}/scenarios/case/`, marks: 20 }],
});
const card = (due: string) => ({ ...newCard(now), due, state: 2 as const, updatedAt: due });

describe('the Today plan', () => {
  it('on a first visit starts with the first lesson, with new cards and a quiz one tap away', () => {
    const plan = planToday([unit('u')], emptyProgress(), new Set(), now);
    expect(plan.firstVisit).toBe(true);
    expect(plan.primary).toEqual({ kind: 'lesson', label: 'Start with: u lesson one', href: 'units/u/lessons/one/' });
    expect(plan.others.map((action) => action.kind)).toEqual(['new-cards', 'scenario', 'quiz']);
    expect(plan.fresh).toBe(3);
  });
  it('puts due cards first, counting only the units in the course', () => {
    const state = emptyProgress();
    state.cards['u/a'] = card('2026-05-09T00:00:00.000Z');
    state.cards['u/b:reverse'] = card('2026-05-10T08:00:00.000Z');
    state.cards['u/c'] = card('2026-05-20T00:00:00.000Z');
    state.cards['other/a'] = card('2026-05-01T00:00:00.000Z');
    state.activity['2026-05-09'] = 4;
    const plan = planToday([unit('u')], state, new Set(['u/one']), now);
    expect(plan.due).toBe(2);
    expect(plan.primary).toEqual({ kind: 'review', label: 'Review 2 due cards', href: 'review/' });
    expect(plan.streak).toBe(1);
  });
  it('then misconceptions to clear, opening the quiz on them directly', () => {
    const state = emptyProgress();
    state.misconceptions['u/m1'] = { missedAt: ['2026-05-09T10:00:00.000Z'], correctAt: [] };
    state.misconceptions['other/m1'] = { missedAt: ['2026-05-09T10:00:00.000Z'], correctAt: [] };
    state.activity['2026-05-09'] = 1;
    const plan = planToday([unit('u')], state, new Set(), now);
    expect(plan.misconceptions).toBe(1);
    expect(plan.primary).toEqual({ kind: 'misconceptions', label: 'Clear 1 misconception', href: 'quiz/?mode=mine&start=1' });
    expect(plan.others.some((action) => action.kind === 'quiz')).toBe(false);
  });
  it('then the next unread lesson, and once all are read, the scenario not yet tried', () => {
    const state = emptyProgress();
    state.activity['2026-05-09'] = 1;
    expect(planToday([unit('u')], state, new Set(['u/one']), now).primary.label).toBe('Read next: u lesson two');
    const allRead = planToday([unit('u')], state, new Set(['u/one', 'u/two']), now);
    expect(allRead.primary).toMatchObject({ kind: 'scenario', label: 'Try the scenario: u case' });
    expect(allRead.lessonsLeft).toBe(0);
  });
  it('counts a misconception card as due only while the misconception is open', () => {
    const state = emptyProgress();
    state.cards['misconception:u/m1'] = card('2026-05-09T00:00:00.000Z');
    expect(planToday([unit('u')], state, new Set(), now).due).toBe(0);
    state.misconceptions['u/m1'] = { missedAt: ['2026-05-09T10:00:00.000Z'], correctAt: [] };
    expect(planToday([unit('u')], state, new Set(), now).due).toBe(1);
  });
});
