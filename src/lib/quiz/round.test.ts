import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../progress/state.ts';
import { clearedInRound, missedInRound, roundScore } from './round.ts';

const right = (misconception: string) => ({ misconception, grade: { score: 1, correct: true, missed: [] } });
const wrong = (misconception: string, missed: string[]) => ({ misconception, grade: { score: 0, correct: false, missed } });

describe('a finished quiz round', () => {
  it('adds partial credit into the score and lists each revealed misconception once', () => {
    const answered = [right('u/a'), { misconception: 'u/b', grade: { score: 0.5, correct: false, missed: ['u/b'] } }, wrong('u/c', ['u/b', 'u/c'])];
    expect(roundScore(answered)).toBe(1.5);
    expect(missedInRound(answered)).toEqual(['u/b', 'u/c']);
  });
  it('clears a misconception only once it was missed and then answered right on two separate days', () => {
    const state = emptyProgress();
    state.misconceptions['u/a'] = { missedAt: ['2026-05-01T09:00:00.000Z'], correctAt: ['2026-05-02T09:00:00.000Z', '2026-05-03T09:00:00.000Z'] };
    state.misconceptions['u/b'] = { missedAt: ['2026-05-01T09:00:00.000Z'], correctAt: ['2026-05-02T09:00:00.000Z'] };
    state.misconceptions['u/c'] = { missedAt: [], correctAt: ['2026-05-02T09:00:00.000Z', '2026-05-03T09:00:00.000Z'] };
    expect(clearedInRound([right('u/a'), right('u/b'), right('u/c')], state)).toEqual(['u/a']);
  });
  it('does not claim a cleared misconception the round answered wrongly', () => {
    const state = emptyProgress();
    state.misconceptions['u/a'] = { missedAt: ['2026-05-01T09:00:00.000Z'], correctAt: ['2026-05-02T09:00:00.000Z', '2026-05-03T09:00:00.000Z'] };
    expect(clearedInRound([wrong('u/a', [])], state)).toEqual([]);
  });
});
