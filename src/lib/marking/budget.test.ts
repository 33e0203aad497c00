import { describe, expect, it } from 'vitest';
import { applyWordBudget } from './budget.ts';
import { markAnswer } from './marker.ts';
import { markerParameters } from './params.ts';
import type { PointJudgement } from './score.ts';

const judgement = (status: PointJudgement['status'], marks: number, passage: number): PointJudgement => ({
  status,
  marks,
  evidence: status === 'not' ? [] : [{ start: 0, end: 3 }],
  sentences: status === 'not' ? [] : [{ start: 0, end: passage }],
  verdict: status === 'earned' ? { kind: 'earned', covered: [], missing: [], ideasShort: false, wantsApplication: false, wantsReason: false } : { kind: 'not', why: 'absent', missing: [] },
});

describe('the word budget', () => {
  const points = [{ marks: 4 }, { marks: 4 }, { marks: 2 }];

  it('leaves an answer with enough words for its points alone', () => {
    const judged = [judgement('earned', 4, 80), judgement('earned', 4, 60), judgement('earned', 2, 40)];
    expect(applyWordBudget(judged, points, 48, 16)).toEqual(judged);
  });

  it('marks the points made in the shortest passages down first, a step at a time', () => {
    const judged = [judgement('earned', 4, 80), judgement('earned', 4, 30), judgement('earned', 2, 40)];
    const budgeted = applyWordBudget(judged, points, 32, 16);
    expect(budgeted.map((point) => point.status)).toEqual(['earned', 'not', 'earned']);
    expect(budgeted[1]?.verdict).toEqual({ kind: 'short', from: 'partly' });
    expect(budgeted.map((point) => point.marks)).toEqual([4, 0, 2]);
  });

  it('never touches a point already not earned', () => {
    const judged = [judgement('not', 0, 0), judgement('earned', 4, 30)];
    expect(applyWordBudget(judged, points.slice(0, 2), 4, 16).map((point) => point.status)).toEqual(['not', 'not']);
  });

  it('stops a string of terms joined by "because" and "so" taking full marks, unless switched off', () => {
    const scenario = {
      marks: 6,
      words: { min: 150, max: 250 },
      command: 'recommend' as const,
      context: ['Hollis'],
      points: [
        { id: 'cost', statement: 'Compares the cost of the app with the loyalty card', marks: 2, hints: { accept: [], require: [['cost'], ['app'], ['card']], reject: [], application: false, reasoning: false } },
        { id: 'pilot', statement: 'Recommends a pilot in a few shops', marks: 2, hints: { accept: [], require: [['pilot'], ['shops']], reject: [], application: false, reasoning: false } },
        { id: 'data', statement: 'Explains data protection for members', marks: 2, hints: { accept: [], require: [['data protection'], ['members']], reject: [], application: false, reasoning: false } },
      ],
    };
    const salad = 'App cost because card cheaper, so £12,000. Pilot because 3 shops, so rollout decides. Data protection because members, so consent checkboxes.';
    const full = markAnswer(scenario, salad, markerParameters({ disabledRules: ['word-budget'] }));
    const budgeted = markAnswer(scenario, salad);
    expect(full.total).toBeGreaterThan(budgeted.total);
    expect(budgeted.points.some((point) => point.reason.includes('too few words'))).toBe(true);
  });
});
