import { describe, expect, it } from 'vitest';
import type { Question } from './schemas.ts';
import { formatTestWiseness, hasAbsoluteWord, measureTestWiseness, sourceMention, summariseTestWiseness, testWisenessProblems } from './quality.ts';
import type { Course, CourseUnit } from './validate.ts';

describe('naming the source documents', () => {
  it.each([
    ['Seed 000: unit summary', 'Seed 000'],
    ['Module 3 is missing from seed 004', 'seed 004'],
    ['The seed article behind this unit breaks off here.', 'seed article'],
    ['as the seed document says', 'seed document'],
    ['written from the source documents', 'source documents'],
  ])('finds %j', (text, found) => expect(sourceMention(text)).toBe(found));

  it.each([
    'A lookalike of a seed audience of the best customers usually converts better.',
    'The seed decides the result: seeding with high-value customers finds people like them.',
    'Seeding content with creators before launch builds early proof.',
    'Upload a seed list of 1,000 customers.',
  ])('leaves the marketing sense of seeding alone: %j', (text) => expect(sourceMention(text)).toBeNull());
});

describe('absolute words', () => {
  it('finds them as whole words only', () => {
    expect(hasAbsoluteWord('This always works')).toBe(true);
    expect(hasAbsoluteWord('It must change')).toBe(true);
    expect(hasAbsoluteWord('Allocate the budget; a smaller overall spend')).toBe(false);
  });
});

const option = (text: string, correct = false) => ({ id: text.slice(0, 1).toLowerCase() || 'x', text, correct, feedback: 'Why.' });
function courseOf(questions: Question[]): Course {
  const unit = { id: 'u', draft: false, misconceptions: [{ id: 'm', claim: 'c', correction: 'c', why: 'w', lesson: 'l', questions }] } as unknown as CourseUnit;
  return { units: [unit] };
}
const single = (id: string, options: ReturnType<typeof option>[]): Question => ({ id, kind: 'single', prompt: 'P', options });
const multiple = (id: string, correct: number): Question => ({
  id,
  kind: 'multiple',
  prompt: 'P',
  options: ['a', 'b', 'c', 'd', 'e'].map((letter, index) => ({ id: letter, text: letter, correct: index < correct, feedback: 'Why.' })),
});

describe('test-wiseness figures', () => {
  it('counts the longest option being correct against chance', () => {
    const course = courseOf([
      single('q1', [option('A much longer correct answer', true), option('b'), option('c')]),
      single('q2', [option('a', true), option('A long wrong answer'), option('c'), option('d')]),
    ]);
    const figures = measureTestWiseness(course);
    expect(figures.single).toEqual({ items: 2, longestCorrect: 1, chance: (1 / 3 + 1 / 4) / 2 });
    // 50% against a limit of 29.2% + 10 points.
    expect(testWisenessProblems(figures)[0]).toMatch(/longest option is the correct one in 50\.0% of single-choice items \(limit 39\.2%/);
  });

  it('compares absolute words in wrong and right options, myth-or-fact statements included', () => {
    const course = courseOf([
      single('q1', [option('Right, sometimes', true), option('Wrong, always'), option('Wrong, never')]),
      { id: 'q2', kind: 'truefalse', prompt: 'Posting more always helps.', answer: false, explanation: 'Why.' },
      { id: 'q3', kind: 'truefalse', prompt: 'Every claim needs evidence.', answer: true, explanation: 'Why.' },
    ]);
    const figures = measureTestWiseness(course);
    expect(figures.absolute).toEqual({ wrongOptions: 3, wrongWithAbsolute: 3, rightOptions: 2, rightWithAbsolute: 1 });
    expect(summariseTestWiseness(figures).absoluteRatio).toBe(2);
    expect(testWisenessProblems(figures).join('\n')).toMatch(/absolute words are 2\.00x as common in wrong options/);
  });

  it('fails when more than half of multiple-choice items share a count of correct options, and passes at half', () => {
    const skewed = measureTestWiseness(courseOf([multiple('a', 3), multiple('b', 3), multiple('c', 2)]));
    expect(testWisenessProblems(skewed)).toEqual(['66.7% of multiple-choice items have exactly 3 correct options (limit 50%): vary how many are correct']);
    const even = measureTestWiseness(courseOf([multiple('a', 3), multiple('b', 2)]));
    expect(testWisenessProblems(even)).toEqual([]);
  });

  it('prints the three figures', () => {
    const lines = formatTestWiseness(measureTestWiseness(courseOf([multiple('a', 3), single('s', [option('Right', true), option('Wrong option')])])));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Longest option is correct: 0 of 1 single-choice items/);
    expect(lines[2]).toMatch(/3 correct: 1/);
  });
});
