import { describe, expect, it } from 'vitest';
import { compareFingerprints, contentFingerprints, contentVersion, questionFingerprint, scenarioFingerprint } from './content-version.ts';

const question = {
  key: 'u/q-1',
  kind: 'single',
  prompt: 'Which is a vanity metric?',
  options: [
    { id: 'a', text: 'Likes', correct: true },
    { id: 'b', text: 'Sales', correct: false, misconception: 'u/m' },
  ],
};
const scenario = { key: 'u/case', marks: 10, points: [{ id: 'p1', marks: 4 }, { id: 'p2', marks: 6 }] };

describe('content fingerprints', () => {
  it('change when what is asked or how it is graded changes, and fit in a link', () => {
    const base = questionFingerprint(question);
    expect(base).toMatch(/^[0-9a-z]{1,7}$/);
    expect(questionFingerprint({ ...question })).toBe(base);
    expect(questionFingerprint({ ...question, options: question.options.map((option) => ({ ...option, correct: !option.correct })) })).not.toBe(base);
    expect(questionFingerprint({ ...question, prompt: 'Which is not a vanity metric?' })).not.toBe(base);
  });

  it('for a scenario, follow its marks and not its wording', () => {
    const base = scenarioFingerprint(scenario);
    expect(scenarioFingerprint({ ...scenario, points: [{ id: 'p1', marks: 5 }, { id: 'p2', marks: 5 }] })).not.toBe(base);
  });

  it('name one version for a set of items, whatever their order, and say which items differ', () => {
    const all = contentFingerprints([question], [scenario]);
    expect(contentVersion(all)).toBe(contentVersion({ [scenario.key]: all[scenario.key] ?? '', [question.key]: all[question.key] ?? '' }));
    expect(compareFingerprints(['u/q-1', 'u/case', 'u/gone'], { ...all, 'u/case': 'old' }, all)).toEqual({ missing: ['u/gone'], changed: ['u/case'] });
  });
});
