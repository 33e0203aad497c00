import { describe, expect, it } from 'vitest';
import type { MarkingPoint } from '../content/schemas.ts';
import { hashedRun, modelAnswerRuns, runCodes, stemRuns } from './copy.ts';
import { type MarkableScenario, markAnswer, markAnswerInDetail } from './marker.ts';
import { markerParameters } from './params.ts';

const points: MarkingPoint[] = [
  { id: 'pacing', statement: 'Recommends pacing the budget across December', marks: 4 },
  { id: 'measure', statement: 'Proposes a way to measure incremental sales', marks: 4 },
];
const caseText = 'Holloway’s is a department store in York. Its Christmas budget is £18,000 and last year it was spent by 10 December.';
const model = [
  'Holloway’s should spread the £18,000 across the whole of December, capping daily spend so the money is not gone by the 10th when shoppers are still buying gifts.',
  'Because last year’s budget ran out early, a daily cap protects the final fortnight, which is when late gift buyers are most valuable.',
  'To see what the ads really add, a random tenth of the York audience should be held out of the ads and their purchases compared with those who saw them.',
  'The difference between the two groups is the incremental sales the campaign caused, which is a fairer test than the platform’s own attribution.',
].join(' ');
const scenario = (extra: Partial<MarkableScenario> = {}): MarkableScenario => ({
  marks: 8, points, context: ['Holloway’s', 'York', '£18,000'], command: 'recommend', case: caseText, ...extra,
});
const withModel = scenario({ modelRuns: modelAnswerRuns(model, [caseText, ...points.map((point) => point.statement)]) });

describe('modelAnswerRuns', () => {
  it('carries hashes of the model answer’s runs of words, not the words', () => {
    const runs = modelAnswerRuns(model);
    expect(runCodes(runs).size).toBeGreaterThan(50);
    expect(runs).toMatch(/^[0-9a-z]+$/);
    expect(runs.length % 4).toBe(0);
    expect(runs).not.toMatch(/december|budget|holloway/);
  });

  it('leaves out runs the learner also reads in the case', () => {
    const quoted = 'Its Christmas budget is £18,000 and last year it was spent by 10 December.';
    const all = runCodes(modelAnswerRuns(`${model} ${quoted}`));
    const own = runCodes(modelAnswerRuns(`${model} ${quoted}`, [caseText]));
    const caseRun = hashedRun(stemRuns(quoted)[0] ?? '');
    expect(all.has(caseRun)).toBe(true);
    expect(own.has(caseRun)).toBe(false);
  });
});

describe('the model-copy rule', () => {
  it('gives nothing for the model answer pasted back, and says why', () => {
    expect(markAnswer(scenario(), model).total).toBeGreaterThanOrEqual(6);
    const { result, setAside } = markAnswerInDetail(withModel, model);
    expect(result.total).toBe(0);
    expect(setAside.every((sentence) => sentence.reason === 'model')).toBe(true);
    expect(result.notes).toContain('Sentences taken from the model answer earn nothing: the marks are for the argument you make in your own words.');
  });

  it('can be switched off', () => {
    expect(markAnswer(withModel, model, markerParameters({ disabledRules: ['model-copy'] })).total).toBeGreaterThanOrEqual(6);
  });

  it('catches the model pasted with a little of one’s own around it', () => {
    const padded = `I have thought about this case carefully. ${model} That is my answer.`;
    expect(markAnswer(scenario(), padded).total).toBeGreaterThanOrEqual(6);
    expect(markAnswer(withModel, padded).total).toBe(0);
  });

  it('leaves an answer of the learner’s own that shares a usual phrase with the model', () => {
    const own = [
      'I would stop Holloway’s spending everything in the first ten days: set a daily cap on Meta so some of the £18,000 is still there in the week before Christmas, when gift buyers are in a hurry.',
      'Last year the money was gone by 10 December, so the store paid for early browsers and had nothing left for the people most likely to buy.',
      'To measure incremental sales I would keep a random tenth of the York audience out of the ads and compare what they buy in store with everyone else.',
      'Whatever the gap is, that is what the ads caused, rather than what Meta claims.',
    ].join(' ');
    expect(markAnswer(scenario(), own).total).toBeGreaterThanOrEqual(4);
    expect(markAnswer(withModel, own)).toEqual(markAnswer(scenario(), own));
  });
});
