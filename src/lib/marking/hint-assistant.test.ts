import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../content/parse.ts';
import { markingHintsSchema, scenarioSchema, type Scenario } from '../content/schemas.ts';
import { commonWordIndex, hyphenNotes, partialCredit, proposeHints, stemCollisions } from './hint-assistant.ts';
import { markAnswer } from './marker.ts';
import { expansionIndex } from './expand.ts';
import { DEFAULT_PARAMETERS, markerParameters } from './params.ts';

function loadScenario(path: string): Scenario {
  const parsed = parseYaml(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return scenarioSchema.parse(parsed.value);
}

const SCENARIOS = [
  'content/units/social-media-strategy/scenarios/ledgerline-paid-social.yaml',
  'content/units/social-media-strategy/scenarios/hopwright-brewery-strategy.yaml',
  'content/units/social-media-strategy/scenarios/maren-vale-crisis.yaml',
  'tests/fixtures/marking/scenarios/oakbridge-credit-union-reels.yaml',
];

describe('stemCollisions', () => {
  it.each([
    ['followers', 'following'],
    ['positioning', 'positive'],
    ['responsible', 'response'],
    ['timely', 'time'],
    ['the market', 'marketing'],
  ])('warns that “%s” also matches “%s”', (phrasing, common) => {
    const collisions = stemCollisions(phrasing);
    expect(collisions.flatMap((collision) => collision.alsoMatches)).toContain(common);
  });

  it('finds collisions by stemming any word list, not by listed pairs', () => {
    // "general" and "generation" share the stem "gener"; neither pair is spelled out anywhere.
    const index = commonWordIndex(['generation', 'apple']);
    expect(stemCollisions('general', index)).toEqual([{ phrasing: 'general', word: 'general', stem: 'gener', alsoMatches: ['generation'] }]);
    expect(stemCollisions('apples', index)).toEqual([]);
  });

  it('does not count a plural of the same word as a collision', () => {
    expect(stemCollisions('posts', commonWordIndex(['post']))).toEqual([]);
    expect(stemCollisions('the', commonWordIndex(['the']))).toEqual([]);
  });
});

describe('hyphenNotes', () => {
  it('says a hyphenated phrasing misses the spaced and joined spellings', () => {
    expect(hyphenNotes(['follow-up email'])).toEqual([{ phrasing: 'follow-up email', word: 'follow-up', unmatched: ['follow up', 'followup'] }]);
  });
  it('treats words joined by a slash the same way, as the marker does', () => {
    expect(hyphenNotes(['a/b test'])).toEqual([{ phrasing: 'a/b test', word: 'a/b', unmatched: ['a b', 'ab'] }]);
  });
  it('is quiet when the other spellings are already in the group', () => {
    expect(hyphenNotes(['follow-up', 'follow up', 'followup'])).toEqual([]);
  });
});

describe('partialCredit', () => {
  it('follows the marker: a third of three groups is under partlyShare, so one earns nothing', () => {
    const rule = partialCredit(3, 4);
    expect(rule.oneGroupEarns).toBe(0);
    expect(rule.groupsForHalf).toBe(2);
    expect(rule.warning).toMatch(/earns nothing/);
  });
  it('one of two groups earns half of the whole marks', () => {
    expect(partialCredit(2, 3)).toMatchObject({ oneGroupEarns: 1.5, groupsForHalf: 1, halfMarks: 1.5 });
  });
  it('a single group earns everything, and says so', () => {
    expect(partialCredit(1, 4)).toMatchObject({ oneGroupEarns: 4, groupsForHalf: null });
    expect(partialCredit(1, 4).warning).toMatch(/whole point/);
  });
  it.each([1, 2, 3, 4, 5])('matches what the marker gives one group of %i (the table in AUTHORING.md)', (groups) => {
    const require = [['holdout test'], ['footfall'], ['loyalty card'], ['postcode'], ['weekday']].slice(0, groups);
    const scenario = scenarioSchema.parse({
      id: 'count', title: 'Count', case: 'Acme sells kettles.', task: 'Recommend.', command: 'recommend', marks: 4, minutes: 5,
      words: { min: 10, max: 100 }, outcomes: ['lo1'], context: ['Acme'], model: 'm', commentary: 'c',
      points: [{ id: 'p', statement: 'Recommends a way to measure the campaign', marks: 4, hints: { require } }],
    });
    const result = markAnswer(scenario, 'Acme should run a holdout test in March, because it shows what the 40 stores would sell anyway.');
    expect(result.points[0]?.marks).toBe(partialCredit(groups, 4).oneGroupEarns);
  });

  it('agrees with the marker on a real point', () => {
    // Two required groups: a passage with one of them is partly earned, as partialCredit(2, …) says.
    const scenario: Scenario = scenarioSchema.parse({
      id: 'tiny', title: 'Tiny', case: 'Acme sells kettles.', task: 'Explain.', command: 'explain', marks: 4, minutes: 5,
      words: { min: 10, max: 100 }, outcomes: ['lo1'], context: ['Acme'], model: 'A holdout test measures incremental sales.', commentary: 'c',
      points: [{ id: 'p', statement: 'Recommends a holdout test to measure incremental sales', marks: 4, hints: { require: [['holdout'], ['incremental sales']] } }],
    });
    const oneGroup = markAnswer(scenario, 'Acme should run a holdout test next month because it shows what really happened.');
    expect(oneGroup.points[0]?.marks).toBe(partialCredit(2, 4, DEFAULT_PARAMETERS).oneGroupEarns);
  });
});

describe('proposeHints', () => {
  it.each(SCENARIOS)('proposes hints the schema accepts, for %s', (path) => {
    const scenario = loadScenario(path);
    const proposals = proposeHints(scenario);
    expect(proposals).toHaveLength(scenario.points.length);
    for (const proposal of proposals) {
      expect(markingHintsSchema.strict().safeParse(proposal.hints).success).toBe(true);
      expect(proposal.hints.require.length).toBeGreaterThanOrEqual(1);
      expect(proposal.hints.require.length).toBeLessThanOrEqual(4);
      expect(proposal.partialCredit.groups).toBe(proposal.hints.require.length);
    }
  });

  it('pasting every proposal gives a scenario file that still validates', () => {
    const scenario = loadScenario(SCENARIOS[0] as string);
    const proposals = proposeHints(scenario);
    const pasted = { ...scenario, points: scenario.points.map((point, i) => ({ ...point, hints: proposals[i]?.hints })) };
    expect(scenarioSchema.safeParse(pasted).success).toBe(true);
  });

  it('lets the model answer earn most points with the proposed hints', () => {
    const proposals = SCENARIOS.flatMap((path) => proposeHints(loadScenario(path)));
    const earned = proposals.filter((proposal) => proposal.modelStatusWithProposal === 'earned').length;
    expect(earned / proposals.length).toBeGreaterThanOrEqual(0.75);
  });

  it('takes phrasings from the statement, the model passage and the lexicon', () => {
    const proposal = proposeHints(loadScenario(SCENARIOS[0] as string)).find((item) => item.pointId === 'metrics-analysis');
    const phrasings = proposal?.hints.require.flat() ?? [];
    expect(phrasings).toContain('cost per acquisition'); // the statement
    expect(phrasings).toContain('kpi'); // the lexicon's name for "metrics"
    expect(proposal?.modelPassage).toMatch(/conversion/);
  });

  it('never puts one phrasing in two groups', () => {
    for (const path of SCENARIOS) {
      for (const proposal of proposeHints(loadScenario(path))) {
        const all = proposal.hints.require.flat().map((phrasing) => phrasing.toLowerCase());
        expect(new Set(all).size).toBe(all.length);
      }
    }
  });

  it('warns when the statement denies a group', () => {
    const scenario = scenarioSchema.parse({
      id: 'deny', title: 'Deny', case: 'Acme sells kettles.', task: 'Recommend.', command: 'recommend', marks: 2, minutes: 5,
      words: { min: 10, max: 100 }, outcomes: ['lo1'], model: 'Acme should reach new buyers with paid reach, not boosted posts.', commentary: 'c',
      points: [{ id: 'p', statement: 'Recommends paid reach without boosting posts', marks: 2 }],
    });
    const [proposal] = proposeHints(scenario);
    expect(proposal?.warnings.some((warning) => warning.startsWith('negation:'))).toBe(true);
  });
});

describe('negation as AUTHORING.md describes it', () => {
  const scenario = (require: string[][]) =>
    scenarioSchema.parse({
      id: 'neg', title: 'Neg', case: 'Acme sells payroll software; its posts earned 38,000 likes.', task: 'Evaluate.', command: 'evaluate', marks: 2, minutes: 5,
      words: { min: 10, max: 100 }, outcomes: ['lo1'], context: ['Acme'], model: 'm', commentary: 'c',
      points: [{ id: 'p', statement: 'Challenges engagement as a vanity number', marks: 2, hints: { require } }],
    });
  const answer = 'The 38,000 likes did not turn into contracts, because buyers of payroll software rarely like posts.';
  it('a phrasing that starts with the negated clause is met', () => {
    expect(markAnswer(scenario([['likes'], ['did not turn', "didn't turn"]]), answer).points[0]?.status).toBe('earned');
  });
  it('the same words without the negator are denied', () => {
    expect(markAnswer(scenario([['likes'], ['turn into contracts']]), answer).points[0]?.status).toBe('partly');
  });
});

describe('proposeHints with an expansion table', () => {
  const scenario: Scenario = {
    ...loadScenario(SCENARIOS[0] ?? ''),
    marks: 2,
    context: ['Fernleaf'],
    model: 'Fernleaf should hold a weekly review of its cheap formats, because costs must stay low.',
    points: [{ id: 'cadence', statement: 'Proposes a weekly review of cheap formats', marks: 2 }],
  };

  it('lists the words also accepted for each statement word, and nothing without a table', () => {
    const params = markerParameters({ expansion: expansionIndex({ weekly: ['fortnightly', 'monthly'], cheap: ['inexpensive'] }) });
    expect(proposeHints(scenario, params)[0]?.alsoAccepted).toEqual([
      { word: 'weekly', accepted: ['fortnightly', 'monthly'] },
      { word: 'cheap', accepted: ['inexpensive'] },
    ]);
    expect(proposeHints(scenario)[0]?.alsoAccepted).toEqual([]);
  });
});
