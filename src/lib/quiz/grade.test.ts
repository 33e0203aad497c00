import { describe, expect, it } from 'vitest';
import type { Misconception } from '../content/schemas.ts';
import { gradeAnswer, orderOptions, toQuizQuestion } from './grade.ts';

const misconception: Misconception = {
  id: 'vanity-metrics',
  claim: 'Likes prove success',
  correction: 'Tie metrics to goals',
  why: 'Budgets follow the wrong numbers',
  lesson: '03-analytics#choosing-metrics',
  questions: [
    {
      id: 'q-multi',
      kind: 'multiple',
      prompt: 'Which measure business results?',
      options: [
        { id: 'a', text: 'Cost per acquisition', correct: true, feedback: 'Yes' },
        { id: 'b', text: 'Revenue from social', correct: true, feedback: 'Yes' },
        { id: 'c', text: 'Follower count', correct: false, feedback: 'A vanity metric' },
        { id: 'd', text: 'Posting volume', correct: false, feedback: 'Activity, not result', misconception: 'more-posts' },
      ],
    },
    { id: 'q-tf', kind: 'truefalse', prompt: 'Likes show ROI.', answer: false, explanation: 'They do not.' },
  ],
};
const [multiSource, tfSource] = misconception.questions;
const multi = toQuizQuestion('unit-a', misconception, multiSource!);
const trueFalse = toQuizQuestion('unit-a', misconception, tfSource!);

describe('grading quiz answers', () => {
  it('gives partial credit per option and names the misconceptions revealed', () => {
    expect(gradeAnswer(multi, ['a', 'b'])).toMatchObject({ score: 1, correct: true, missed: [] });
    expect(gradeAnswer(multi, ['a'])).toMatchObject({ score: 0.5, correct: false, overlooked: ['b'] });
    expect(gradeAnswer(multi, ['a', 'c'])).toMatchObject({ score: 0, missed: ['unit-a/vanity-metrics'] });
    expect(gradeAnswer(multi, ['a', 'b', 'd']).missed).toEqual(['unit-a/more-posts']);
  });

  it('treats myth or fact as two options with the explanation as feedback', () => {
    expect(trueFalse.options.map((option) => option.text)).toEqual(['Fact', 'Myth']);
    expect(trueFalse.explanation).toBe('They do not.');
    expect(gradeAnswer(trueFalse, ['myth']).correct).toBe(true);
    expect(gradeAnswer(trueFalse, ['fact'])).toMatchObject({ correct: false, missed: ['unit-a/vanity-metrics'] });
  });

  it('shuffles options reproducibly from the attempt seed', () => {
    expect(orderOptions(multi, 7).map((o) => o.id)).toEqual(orderOptions(multi, 7).map((o) => o.id));
    expect(orderOptions(trueFalse, 7).map((o) => o.id)).toEqual(['fact', 'myth']);
  });
});

describe('the site and the Moodle export score alike', async () => {
  const { optionPercentage } = await import('./export-shared.ts');
  it('gives the same credit for every choice of options on a multiple-choice question', () => {
    const ids = multi.options.map((option) => option.id);
    for (let mask = 1; mask < 1 << ids.length; mask += 1) {
      const chosen = ids.filter((_, i) => mask & (1 << i));
      const moodle = Math.max(0, chosen.reduce((sum, id) => sum + optionPercentage(multi, multi.options.find((o) => o.id === id)!), 0) / 100);
      expect(gradeAnswer(multi, chosen).score).toBeCloseTo(moodle, 2);
    }
  });
});
