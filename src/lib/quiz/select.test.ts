import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from './grade.ts';
import { selectQuestions } from './select.ts';

const question = (key: string, misconception: string): QuizQuestion => ({
  key,
  unit: 'u',
  kind: 'single',
  prompt: key,
  options: [],
  misconception,
  lesson: 'l',
});
const pool = [question('a1', 'a'), question('a2', 'a'), question('b1', 'b'), question('b2', 'b'), question('c1', 'c')];

describe('selecting a round of questions', () => {
  it('replays the same round from the same seed', () => {
    const options = { length: 3, seed: 99, onlyMisconceptions: null };
    expect(selectQuestions(pool, options)).toEqual(selectQuestions(pool, options));
  });
  it('covers each misconception once before repeating any', () => {
    const round = selectQuestions(pool, { length: 3, seed: 5, onlyMisconceptions: null });
    expect(new Set(round.map((q) => q.misconception)).size).toBe(3);
  });
  it('draws only open misconceptions in "my misconceptions" mode, and all with length 0', () => {
    const round = selectQuestions(pool, { length: 0, seed: 1, onlyMisconceptions: new Set(['b']) });
    expect(round.map((q) => q.key).sort()).toEqual(['b1', 'b2']);
  });
});
