/**
 * Nothing frozen: the marker reads any answer up to the cap in linear time, refuses longer ones
 * with a clear message, and never spreads a large array into a call. Time is measured by the
 * benchmark (`npm run bench:marking`), not asserted here: these tests check the results hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MarkingPoint } from '../content/schemas.ts';
import { type MarkableScenario, markAnswer } from './marker.ts';
import { ANSWER_WORD_LIMIT, countAnswerWords, limitCombiningMarks, overWordLimit } from './text.ts';

const points: MarkingPoint[] = [
  { id: 'pacing', statement: 'Recommends pacing the £18,000 budget to follow demand across the season', marks: 4 },
  { id: 'holdout', statement: 'Recommends a holdout or incrementality test to measure the sales the campaign actually added', marks: 3, hints: { accept: [], require: [['holdout', 'incrementality'], ['sales', 'bookings']], reject: [], application: false, reasoning: true } },
  { id: 'moderation', statement: 'Recommends a moderation policy with public replies and an escalation path', marks: 3 },
];
const scenario: MarkableScenario = { marks: 10, points, context: ["Holloway's", 'grotto', '£18,000'], command: 'recommend', words: { min: 300, max: 600 } };

/** Checks a result is well formed for its answer: what any answer, however odd, must get. */
function expectWellFormed(answer: string) {
  const result = markAnswer(scenario, answer);
  expect(result.total).toBeGreaterThanOrEqual(0);
  expect(result.total).toBeLessThanOrEqual(result.max);
  for (const point of result.points) {
    expect(['earned', 'partly', 'not']).toContain(point.status);
    for (const span of [...point.evidence, ...point.sentences]) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(answer.length);
      expect(span.end).toBeGreaterThanOrEqual(span.start);
    }
    expect(point.reason.length).toBeGreaterThan(0);
  }
  return result;
}

const near = (n: number) => Math.min(n, ANSWER_WORD_LIMIT);
const ADVERSARIAL: Record<string, string> = {
  'many paragraphs': Array.from({ length: near(10_000) / 2 }, (_, i) => `pacing ${i}.`).join('\n\n'),
  'many short bullet lines': Array.from({ length: near(10_000) }, (_, i) => `- ${['grotto', 'and', 'budget', 'the'][i % 4]}`).join('\n'),
  'long right-to-left text': Array.from({ length: near(10_000) }, (_, i) => ['مرحبا', 'שלום', 'السوق', 'תקציב'][i % 4]).join(' '),
  'one word repeated to the cap': Array.from({ length: ANSWER_WORD_LIMIT }, () => 'holdout').join(' '),
  'one sentence to the cap': Array.from({ length: ANSWER_WORD_LIMIT }, (_, i) => ['holdout', 'sales', 'not', 'because', 'budget'][i % 5]).join(' '),
};

describe('answers up to the cap', () => {
  it.each(Object.entries(ADVERSARIAL))('marks %s without error', (_label, answer) => {
    expect(countAnswerWords(answer)).toBeLessThanOrEqual(ANSWER_WORD_LIMIT);
    expect(expectWellFormed(answer).refused).toBeUndefined();
  });

  it('marks random answers of any shape up to the cap', () => {
    const word = fc.constantFrom('holdout', 'sales', 'pacing', 'budget', 'not', 'because', 'the', 'and', "Holloway's", 'grotto', '£18,000', 'مرحبا', 'שלום', 'e\u0301', 'KPIs', '-', '•', '1.', 'such as', 'unnecessary');
    const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '.\n\n', '\n- ', '; ', ': ', '\n');
    const answer = fc.array(fc.tuple(word, separator), { maxLength: 3_000 }).map((pairs) => pairs.map(([w, s]) => w + s).join(''));
    fc.assert(fc.property(answer, (text) => void expectWellFormed(text)), { numRuns: 25, seed: 2026 });
  });
});

describe('answers over the cap', () => {
  it('refuses an answer over 10,000 words with a message that states the limit, and marks nothing', () => {
    const answer = Array.from({ length: 130_000 }, () => 'grotto').join(' ');
    const result = markAnswer(scenario, answer);
    expect(result.refused).toBe('too-long');
    expect(result.total).toBe(0);
    expect(result.notes.join(' ')).toMatch(/130,000 words, over the 10,000-word limit/);
    expect(result.notes.join(' ')).toMatch(/draft is kept/);
  });

  it('counts no further than the limit to decide', () => {
    expect(overWordLimit('word '.repeat(ANSWER_WORD_LIMIT))).toBe(false);
    expect(overWordLimit('word '.repeat(ANSWER_WORD_LIMIT + 1))).toBe(true);
  });

  it('decides at the edge of the shortcut for texts too short to hold the limit', () => {
    // The densest text: one-letter words with one character between them.
    expect(overWordLimit('a b c', 3)).toBe(false);
    expect(overWordLimit('a b c d', 3)).toBe(true);
    expect(overWordLimit('a,b;c.d', 3)).toBe(true);
    expect(overWordLimit('a b c ', 3)).toBe(false);
  });
});

describe('limitCombiningMarks', () => {
  it('cuts a long run of combining marks and keeps ordinary accented text', () => {
    expect(limitCombiningMarks(`a${'\u0301'.repeat(40_000)}b`)).toBe(`a${'\u0301'.repeat(4)}b`);
    for (const text of ['café', 'Tiếng Việt', 'हिन्दी', 'مَرْحَبًا']) expect(limitCombiningMarks(text)).toBe(text);
  });
});
