import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Misconception } from '../content/schemas.ts';
import { checkNumericInput, gradeAnswer, toQuizQuestion } from './grade.ts';
import { type NumericAnswer, describeRange, formatWithUnit, isWithinTolerance, parseNumericInput } from './numeric.ts';

const read = (input: string, unit: string) => parseNumericInput(input, unit);
const value = (input: string, unit: string) => {
  const parsed = read(input, unit);
  if (!parsed.ok) throw new Error(`${input}: ${parsed.error}`);
  return parsed.value;
};

describe('reading a typed number', () => {
  it.each([
    ['3.3', '%', 3.3],
    ['3.3%', '%', 3.3],
    [' 3.3 % ', '%', 3.3],
    ['£1,200', '£', 1200],
    ['1,200', '£', 1200],
    ['1 200', '£', 1200],
    ['£1.2k', '£', 1200],
    ['1.2K', '£', 1200],
    ['£2.5m', '£', 2_500_000],
    ['1200£', '£', 1200],
    ['-£5', '£', -5],
    ['£-5', '£', -5],
    ['−12', 'points', -12],
    ['4.2x', 'x', 4.2],
    ['4.2 X', 'x', 4.2],
    ['12 days', 'days', 12],
    ['.5', 'x', 0.5],
    ['12,345.67', '£', 12345.67],
  ])('reads %j (unit %s) as %d', (input, unit, expected) => {
    expect(value(input, unit)).toBe(expected);
  });

  it.each([
    ['', '£', /Type a number/],
    ['3,3', '%', /Use a point for decimals: 3\.3/],
    ['1,20', '£', /Use a point for decimals/],
    ['12,34,567', '£', /not a number/],
    ['$40', '£', /in £, not \$/],
    ['£4.2', 'x', /not money/],
    ['250%', 'x', /a ratio/],
    ['12 weeks', 'days', /in days/],
    ['about 12', 'days', /not a number/],
    ['1.2.3', '£', /not a number/],
    ['k', '£', /type just the number|not a number/],
  ])('refuses %j (unit %s) with a message saying how to write it', (input, unit, message) => {
    const parsed = read(input, unit);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('reads back any amount it writes, in any unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom('£', '%', 'x', 'days', 'points'),
        (whole, decimals, unit) => {
          const amount = whole / 10 ** decimals;
          expect(value(formatWithUnit(amount, unit), unit)).toBeCloseTo(amount, 6);
        },
      ),
    );
  });

  it('reads k and m as thousands and millions of the same digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (hundredths) => {
        const digits = (hundredths / 100).toFixed(2);
        expect(value(`${digits}k`, '£')).toBeCloseTo(Number(digits) * 1000, 6);
        expect(value(`£${digits}m`, '£')).toBeCloseTo(Number(digits) * 1_000_000, 3);
      }),
    );
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('£', '%', 'x', 'days'), (input, unit) => {
        const parsed = read(input, unit);
        if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
        else expect(parsed.error.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('judging against a tolerance', () => {
  const answerAndTolerance = fc.record({
    answer: fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100),
    tolerance: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
  });

  it('accepts everything inside the range, including both edges', () => {
    fc.assert(
      fc.property(answerAndTolerance, fc.double({ min: -1, max: 1, noNaN: true }), ({ answer, tolerance }, position) => {
        const spec: NumericAnswer = { answer, tolerance, unit: '£' };
        expect(isWithinTolerance(answer + position * tolerance, spec)).toBe(true);
        expect(isWithinTolerance(answer + tolerance, spec)).toBe(true);
        expect(isWithinTolerance(answer - tolerance, spec)).toBe(true);
      }),
    );
  });

  it('refuses anything a hundredth or more outside it', () => {
    fc.assert(
      fc.property(answerAndTolerance, fc.integer({ min: 1, max: 100_000 }), fc.boolean(), ({ answer, tolerance }, beyond, above) => {
        const spec: NumericAnswer = { answer, tolerance, unit: '£' };
        const distance = tolerance + beyond / 100;
        expect(isWithinTolerance(above ? answer + distance : answer - distance, spec)).toBe(false);
      }),
    );
  });

  it('accepts an edge the answer key reaches only through floating-point error', () => {
    expect(isWithinTolerance(0.3, { answer: 0.1 + 0.2, tolerance: 0, unit: 'x' })).toBe(true);
  });

  it('describes the accepted range in the unit', () => {
    expect(describeRange({ answer: 1200, tolerance: 10, unit: '£' })).toBe('£1,190 to £1,210');
    expect(describeRange({ answer: 3.3, tolerance: 0.1, unit: '%' })).toBe('3.2% to 3.4%');
    expect(describeRange({ answer: 42, tolerance: 0, unit: 'points' })).toBe('42 points');
  });
});

describe('a numeric quiz question', () => {
  const misconception: Misconception = {
    id: 'roas-is-profit',
    claim: 'A ROAS above 1 means the ads made money',
    correction: 'Profit depends on margin',
    why: 'Budgets go to loss-making ads',
    lesson: '05-paid#roas',
    questions: [
      {
        id: 'roas-q-numeric',
        kind: 'numeric',
        prompt: 'Spend £2,000 brought £5,000 of sales at a 30% margin. What is the contribution after ad spend, in £?',
        answer: -500,
        tolerance: 0,
        unit: '£',
        solution: '£5,000 × 30% = £1,500 contribution; £1,500 − £2,000 = −£500.',
      },
    ],
  };
  const question = toQuizQuestion('unit-a', misconception, misconception.questions[0]!);

  it('has no options, and carries its answer, unit and worked solution', () => {
    expect(question.options).toEqual([]);
    expect(question.numeric).toEqual({ answer: -500, tolerance: 0, unit: '£' });
    expect(question.solution).toMatch(/−£500/);
  });

  it('grades what the learner typed, and a wrong number reveals the misconception', () => {
    expect(gradeAnswer(question, ['-£500'])).toMatchObject({ score: 1, correct: true, missed: [] });
    expect(gradeAnswer(question, ['3000'])).toMatchObject({ score: 0, correct: false, missed: ['unit-a/roas-is-profit'] });
  });

  it('says why an answer cannot be read instead of grading it', () => {
    expect(checkNumericInput(question, '-£500')).toBeNull();
    expect(checkNumericInput(question, 'minus five hundred')).toMatch(/not a number/);
  });
});
