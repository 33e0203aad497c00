import { describe, expect, it } from 'vitest';
import { type ScenarioAttempt, bestScenarioScore } from './state.ts';

const attempt = (id: string, total: number): ScenarioAttempt => ({ id, at: '2026-05-01T10:00:00.000Z', answer: 'text', total, max: 20, points: [] });

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
