/**
 * The feedback-echo adversary on every course scenario: an answer built only from the words the
 * feedback and the statements show, with no development, must earn at most a fifth of the marks,
 * on average and in the worst case, with the author's hints and from the wording alone.
 */
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/lib/content/load.ts';
import { ADVERSARY_STYLES, adversaryReport, runAdversary } from '../../src/lib/marking/adversary.ts';
import { withoutHints } from '../../src/lib/marking/labelled.ts';
import { markerParameters } from '../../src/lib/marking/params.ts';
import { labelledCollections } from '../../src/cli/labelled-sets.ts';

const loaded = loadCourse(process.cwd());
if (!loaded.ok) throw new Error('content is invalid');
const scenarios = loaded.value.units.flatMap((unit) => unit.scenarios.map((scenario) => ({ key: `${unit.id}/${scenario.id}`, scenario })));
const GAMING_LIMIT = 0.2;

describe('the feedback-echo adversary', () => {
  it('plays every course scenario for three rounds in each style', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(12);
    const run = runAdversary(scenarios[0]!.scenario, 'keywords');
    expect(run.rounds).toHaveLength(3);
    // It really does write the statements' and the feedback's words back.
    expect(run.rounds[0]!.answer.split(/\s+/).length).toBeGreaterThan(100);
    expect(run.rounds[2]!.answer.length).toBeGreaterThanOrEqual(run.rounds[0]!.answer.length);
  });

  for (const [label, list] of [
    ['with the hints', scenarios],
    ['from the wording alone', scenarios.map(({ key, scenario }) => ({ key, scenario: withoutHints(scenario) }))],
  ] as const) {
    it(`earns at most a fifth of the marks, in mean and worst case, ${label}`, () => {
      for (const report of adversaryReport(list)) {
        expect.soft(report.mean, `${report.style} mean`).toBeLessThanOrEqual(GAMING_LIMIT);
        expect.soft(report.worst.share, `${report.style} worst (${report.worst.scenario})`).toBeLessThanOrEqual(GAMING_LIMIT);
      }
    });
  }

  it('earns at most a fifth on the tune half of the new scenarios too, mean and worst, with their hints and from the wording alone', () => {
    const tune = labelledCollections(process.cwd(), loaded.value).collections.find((collection) => collection.label.includes('tune'));
    expect(tune?.scenarios.length).toBeGreaterThanOrEqual(5);
    const scenariosBoth = [...(tune?.scenarios ?? []), ...(tune?.scenarios ?? []).map(({ key, scenario }) => ({ key: `${key} (wording alone)`, scenario: withoutHints(scenario) }))];
    for (const report of adversaryReport(scenariosBoth)) {
      expect.soft(report.mean, `${report.style} mean`).toBeLessThanOrEqual(GAMING_LIMIT);
      expect.soft(report.worst.share, `${report.style} worst (${report.worst.scenario})`).toBeLessThanOrEqual(GAMING_LIMIT);
    }
  });

  it('would beat a marker without its development, echo and template rules, so the limits above can fail', () => {
    const weak = markerParameters({ disabledRules: ['development', 'vocabulary-echo', 'boilerplate', 'case-words'] });
    const reports = adversaryReport(scenarios, weak);
    expect(Math.max(...reports.map((report) => report.mean))).toBeGreaterThan(GAMING_LIMIT);
    expect(ADVERSARY_STYLES).toContain('keywords');
  });
});
