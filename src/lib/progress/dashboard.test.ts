import { describe, expect, it } from 'vitest';
import { FIRST_ATTEMPT_NOTE, type OutcomeIds, heatmap, nextBestStep, scenarioShareText, streak, summariseOutcome } from './dashboard.ts';
import { type ProgressState, type ScenarioAttempt, emptyProgress, recordScenarioAttempt } from './state.ts';

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

const outcomeWithScenarios: OutcomeIds = {
  unit: 'u',
  unitTitle: 'U',
  id: 'lo1',
  title: 'Outcome',
  cards: [],
  misconceptions: [],
  scenarios: [
    { key: 'u/a', title: 'A', marks: 20 },
    { key: 'u/b', title: 'B', marks: 30 },
    { key: 'u/c', title: 'C', marks: 10 },
  ],
};

function withAttempts(totals: Record<string, number[]>): ProgressState {
  let state = emptyProgress('e');
  let hour = 0;
  for (const [key, marks] of Object.entries(totals))
    for (const total of marks) {
      hour += 1;
      const attempt: ScenarioAttempt = { id: `${key}-${hour}`, at: new Date(Date.UTC(2026, 4, 1, hour)).toISOString(), answer: `answer ${hour}`, total, max: 20, points: [] };
      state = recordScenarioAttempt(state, key, attempt);
    }
  return state;
}

describe('an outcome’s scenario figure', () => {
  it('is the share of marks earned at first attempts, pooled over the scenarios tried, not the best of later practice', () => {
    // A: first 5 of 20, then 19 with the marking points in view; B: first 15 of 30; C untried.
    const outcome = summariseOutcome(outcomeWithScenarios, withAttempts({ 'u/a': [5, 19], 'u/b': [15] }));
    expect(outcome.scenariosTried).toBe(2);
    expect(outcome.firstScenarioShare).toBeCloseTo(20 / 50);
    expect(scenarioShareText(outcome)).toBe('2 scenarios: 40% at first attempt');
  });

  it('ranks outcomes by first attempts, so practice with the marking points in view does not make one look ready', () => {
    const practised = summariseOutcome(outcomeWithScenarios, withAttempts({ 'u/a': [4, 20] }));
    expect(practised.strength).toBeCloseTo(4 / 20);
    expect(scenarioShareText(practised)).toBe('1 scenario: 20% at first attempt');
  });

  it('says no scenario is tried before any attempt, and counts an outcome with scenarios as 0 in its strength', () => {
    const outcome = summariseOutcome(outcomeWithScenarios, emptyProgress('e'));
    expect(outcome).toMatchObject({ firstScenarioShare: null, scenariosTried: 0, strength: 0 });
    expect(scenarioShareText(outcome)).toBe('no scenario tried');
    expect(FIRST_ATTEMPT_NOTE).toMatch(/first attempt.*before you saw the marking points/);
  });
});

