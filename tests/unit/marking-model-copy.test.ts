/**
 * The model answer is shown after marking, on the scenario page and in every copy of the site, so a
 * learner doing a tutor's assignment could paste it back. Every course scenario's model answer,
 * pasted, must earn at most a fifth of the marks; no sample answer written for the course may lose
 * a mark to the rule; and the catalogue that assignments and LMS packages mark from carries the
 * model's runs of words without its text.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/data/catalogue.ts';
import { loadCourse } from '../../src/lib/content/load.ts';
import { scenarioModelRuns } from '../../src/lib/marking/copy.ts';
import { markAnswer } from '../../src/lib/marking/marker.ts';

const loaded = loadCourse(process.cwd());
if (!loaded.ok) throw new Error('content is invalid');
const course = loaded.value;
const scenarios = course.units.flatMap((unit) => unit.scenarios);
const withRuns = (scenario: (typeof scenarios)[number]) => ({ ...scenario, modelRuns: scenarioModelRuns(scenario) });

describe('a model answer pasted back', () => {
  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))('%s: earns at most a fifth', (_id, scenario) => {
    expect(markAnswer(scenario, scenario.model).total / scenario.marks).toBeGreaterThan(0.5);
    expect(markAnswer(withRuns(scenario), scenario.model).total / scenario.marks).toBeLessThanOrEqual(0.2);
  });

  it('costs no sample answer a mark', () => {
    const samples = scenarios.flatMap((scenario) => scenario.samples.map((sample) => ({ scenario, answer: sample.answer })));
    expect(samples.length).toBeGreaterThan(40);
    for (const { scenario, answer } of samples) expect(markAnswer(withRuns(scenario), answer).total).toBe(markAnswer(scenario, answer).total);
  });

  it('is recognised from the catalogue, which does not carry the model text', () => {
    const catalogue = buildCatalogue(course, '/');
    const json = JSON.stringify(catalogue);
    for (const scenario of scenarios) {
      const entry = catalogue.scenarios.find((candidate) => candidate.id === scenario.id);
      expect(entry?.modelRuns?.length).toBeGreaterThan(400);
      expect(json).not.toContain(scenario.model.slice(0, 60));
      expect(markAnswer(entry!, scenario.model).total / scenario.marks).toBeLessThanOrEqual(0.2);
    }
  });
});
