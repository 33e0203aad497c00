import { describe, expect, it } from 'vitest';
import { MOODLE_PERCENTAGES, answerFeedback, moodleCategoryPath, multipleChoiceWeights, nearestMoodlePercentage } from './export-shared.ts';
import type { QuizQuestion } from './grade.ts';

function multipleQuestion(correctCount: number, wrongCount: number): QuizQuestion {
  const option = (index: number, correct: boolean) => ({ id: `o${index}`, text: `Option ${index}`, correct, feedback: 'Why.' });
  return {
    key: 'u/q',
    unit: 'u',
    kind: 'multiple',
    prompt: 'Which?',
    misconception: 'u/m',
    lesson: '01-x',
    options: [
      ...Array.from({ length: correctCount }, (_, index) => option(index, true)),
      ...Array.from({ length: wrongCount }, (_, index) => option(correctCount + index, false)),
    ],
  };
}

/** Moodle's "error if grade not listed" test: within 0.00001 of a listed fraction. */
const moodleAccepts = (percent: number) =>
  percent === 0 || MOODLE_PERCENTAGES.some((listed) => Math.abs(Math.abs(percent) / 100 - listed / 100) < 0.00001);

describe('what both exports share', () => {
  it('weights every mix of right and wrong options the schema allows in grades Moodle accepts', () => {
    for (let correctCount = 1; correctCount <= 7; correctCount += 1) {
      for (let wrongCount = 1; correctCount + wrongCount <= 8; wrongCount += 1) {
        const weights = multipleChoiceWeights(multipleQuestion(correctCount, wrongCount));
        expect(moodleAccepts(weights.correct) && moodleAccepts(weights.wrong)).toBe(true);
        // Ticking every right option is full marks (Moodle counts above 99.9999% as right) ...
        expect(Math.abs(weights.correct * correctCount - 100)).toBeLessThan(0.0001);
        // ... and each wrong tick cancels one right tick, as on the site (gradeAnswer).
        expect(Math.abs(weights.wrong + weights.correct)).toBeLessThan(0.0001);
      }
    }
  });

  it('rounds an exact share to the nearest listed percentage, keeping its sign', () => {
    expect(nearestMoodlePercentage(100 / 11)).toBe(10);
    expect(nearestMoodlePercentage(-100 / 3)).toBe(-33.33333);
    expect(nearestMoodlePercentage(0)).toBe(0);
  });

  it('prefixes a wrong answer with the claim it reveals, and leaves a right one alone', () => {
    const claims = { 'u/m': { claim: 'Likes prove success', correction: 'Tie metrics to goals' } };
    expect(answerFeedback({ id: 'a', text: 'A', correct: false, feedback: 'No.', misconception: 'u/m' }, claims)).toBe(
      'Misconception: Likes prove success. No.',
    );
    expect(answerFeedback({ id: 'a', text: 'A', correct: true, feedback: 'Yes.' }, claims)).toBe('Yes.');
    // A claim the map does not hold yet: the option's own feedback, not a broken sentence.
    expect(answerFeedback({ id: 'a', text: 'A', correct: false, feedback: 'No.', misconception: 'u/other' }, claims)).toBe('No.');
  });

  it('keeps a slash in a unit title inside one category', () => {
    expect(moodleCategoryPath('Content/Community\n Management')).toBe('Markpoint/Content//Community Management');
  });
});
