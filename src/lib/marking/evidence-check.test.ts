import { describe, expect, it } from 'vitest';
import { checkEvidence, examinerSentences } from './evidence-check.ts';
import type { MarkResult } from './marker.ts';

const sentencesOf = (text: string) => examinerSentences(text).map(({ start, end }) => text.slice(start, end).trim());

describe('examinerSentences', () => {
  it.each([
    ['One point. Another point.', ['One point.', 'Another point.']],
    ['Reach 18-30s, e.g. on Reels. Then measure.', ['Reach 18-30s, e.g. on Reels.', 'Then measure.']],
    ['Lift visits by 3.3% to break even. £500 is the cap.', ['Lift visits by 3.3% to break even.', '£500 is the cap.']],
    ['Objectives: cut churn to 5%; reach 22,000; win 600 referrals.', ['Objectives: cut churn to 5%; reach 22,000; win 600 referrals.']],
    ['- first bullet\n- second bullet', ['- first bullet', '- second bullet']],
    ['Is it worth it? "Yes," says the data.', ['Is it worth it?', '"Yes," says the data.']],
  ])('splits %j as an examiner reads it', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

const answer = 'We will post daily. Our objective is to raise orders by 12% by March. Analytics will help.';
const resultWith = (evidence: { start: number; end: number }[], status: 'earned' | 'partly' | 'not' = 'earned'): MarkResult =>
  ({ points: [{ id: 'smart', status, evidence }] }) as unknown as MarkResult;
const spanOf = (words: string) => ({ start: answer.indexOf(words), end: answer.indexOf(words) + words.length });

describe('checkEvidence', () => {
  it('accepts evidence inside the pointed sentence', () => {
    const check = checkEvidence(answer, resultWith([spanOf('Analytics'), spanOf('12%')]), { smart: ['raise orders by 12%'] });
    expect(check).toEqual({ checked: 1, misses: [] });
  });

  it('reports evidence that lies only in other sentences', () => {
    const check = checkEvidence(answer, resultWith([spanOf('Analytics'), spanOf('daily')]), { smart: ['raise orders by 12%'] });
    expect(check.misses).toEqual([expect.objectContaining({ pointId: 'smart', problem: 'evidence-elsewhere' })]);
  });

  it('reports a quote that is not in the answer, and a credited point with no quote when quotes are required', () => {
    expect(checkEvidence(answer, resultWith([spanOf('12%')]), { smart: ['raise sales by 12%'] }).misses[0]?.problem).toBe('quote-not-in-answer');
    expect(checkEvidence(answer, resultWith([spanOf('12%')]), {}, { requireQuotes: true }).misses[0]?.problem).toBe('no-quote');
    expect(checkEvidence(answer, resultWith([spanOf('12%')]), {}).misses).toEqual([]);
  });

  it('checks partly points only when asked, and never points the marker did not credit', () => {
    const partly = resultWith([spanOf('daily')], 'partly');
    expect(checkEvidence(answer, partly, { smart: ['raise orders by 12%'] }).checked).toBe(0);
    expect(checkEvidence(answer, partly, { smart: ['raise orders by 12%'] }, { credited: ['partly'] }).misses).toHaveLength(1);
    expect(checkEvidence(answer, resultWith([], 'not'), { smart: ['raise orders by 12%'] }, { credited: ['earned', 'partly'] }).checked).toBe(0);
  });
});
