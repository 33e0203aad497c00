import { describe, expect, it } from 'vitest';
import { mergeProgress } from './merge.ts';
import { type ScenarioAttempt, bestScenarioScore, emptyProgress, firstAttemptShare, firstScenarioScore, recordScenarioAttempt } from './state.ts';

const attempt = (id: string, total: number, at = '2026-05-01T10:00:00.000Z'): ScenarioAttempt => ({ id, at, answer: `text ${id}`, total, max: 20, points: [] });

describe('the best scenario score', () => {
  it('is null before any attempt', () => {
    expect(bestScenarioScore(undefined)).toBeNull();
    expect(bestScenarioScore({ draft: '', draftAt: '2026-05-01T10:00:00.000Z', attempts: [] })).toBeNull();
  });
  it('is the highest total over every attempt, not the latest', () => {
    const record = { draft: '', draftAt: '2026-05-01T10:00:00.000Z', attempts: [attempt('a', 9), attempt('b', 14.5), attempt('c', 11)] };
    expect(bestScenarioScore(record)).toBe(14.5);
  });
});

describe('the first scenario score', () => {
  it('is null before any attempt', () => {
    expect(firstScenarioScore(undefined)).toBeNull();
    expect(firstScenarioScore({ draft: 'a draft, never marked', draftAt: '2026-05-01T10:00:00.000Z', attempts: [] })).toBeNull();
  });
  it('is the first attempt’s total, whether later ones scored more or less', () => {
    const record = { draft: '', draftAt: '2026-05-01T10:00:00.000Z', attempts: [attempt('a', 11), attempt('b', 18), attempt('c', 7)] };
    expect(firstScenarioScore(record)).toBe(11);
    expect(bestScenarioScore(record)).toBe(18);
  });
  it('counts a first attempt that earned nothing as 0, not as no attempt', () => {
    expect(firstScenarioScore({ draft: '', draftAt: '2026-05-01T10:00:00.000Z', attempts: [attempt('a', 0), attempt('b', 15)] })).toBe(0);
  });
  it('is the earliest attempt when two tabs’ attempts are merged, whichever tab merges', () => {
    const earlier = recordScenarioAttempt(emptyProgress('e'), 'u/s', attempt('z', 6, '2026-05-01T10:00:00.000Z'));
    const later = recordScenarioAttempt(emptyProgress('e'), 'u/s', attempt('a', 17, '2026-05-01T11:00:00.000Z'));
    expect(firstScenarioScore(mergeProgress(later, earlier).scenarios['u/s'])).toBe(6);
    expect(firstScenarioScore(mergeProgress(earlier, later).scenarios['u/s'])).toBe(6);
  });
});

describe('the share of marks at first attempts', () => {
  const scenarios = [
    { key: 'u/a', marks: 20 },
    { key: 'u/b', marks: 30 },
    { key: 'u/c', marks: 10 },
  ];
  const record = (...totals: number[]) => ({ draft: '', draftAt: '2026-05-01T10:00:00.000Z', attempts: totals.map((total, i) => attempt(String(i), total)) });

  it('is null, with none tried, before any attempt', () => {
    expect(firstAttemptShare(scenarios, emptyProgress('e'))).toEqual({ share: null, tried: 0 });
  });
  it('pools first attempts over the scenarios tried only, leaving untried ones out of the marks available', () => {
    const state = { scenarios: { 'u/a': record(5, 19), 'u/b': record(15) } };
    expect(firstAttemptShare(scenarios, state)).toEqual({ share: 20 / 50, tried: 2 });
  });
  it('counts a first attempt that earned nothing as tried', () => {
    expect(firstAttemptShare(scenarios, { scenarios: { 'u/c': record(0, 10) } })).toEqual({ share: 0, tried: 1 });
  });
});
