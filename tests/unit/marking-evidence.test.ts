/**
 * Evidence that is the reason: for each earned point of a model answer, at least one highlighted
 * span lies in the sentence a human examiner would point to (quoted in
 * tests/fixtures/marking/evidence/model-answers.yaml). Also the case from the issue: a SMART objective
 * whose evidence must be the objective itself, not stray words elsewhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/content/parse.ts';
import { loadCourse } from '../../src/lib/content/load.ts';
import { markAnswer } from '../../src/lib/marking/marker.ts';
import { analyse } from '../../src/lib/marking/text.ts';

const loaded = loadCourse(process.cwd());
if (!loaded.ok) throw new Error('content is invalid');
const parsed = parseYaml(readFileSync(join(process.cwd(), 'tests/fixtures/marking/evidence/model-answers.yaml'), 'utf8'));
if (!parsed.ok) throw new Error(parsed.message);
const quotes = parsed.value as Record<string, Record<string, string[]>>;
const scenarios = new Map<string, (typeof loaded.course.units)[number]['scenarios'][number]>(loaded.course.units.flatMap((unit) => unit.scenarios.map((scenario) => [`${unit.id}/${scenario.id}`, scenario] as const)));

describe('evidence lies in the sentence a human would point to', () => {
  for (const [key, byPoint] of Object.entries(quotes)) {
    it(`on the model answer of ${key}`, () => {
      const scenario = scenarios.get(key);
      if (!scenario) throw new Error(`no scenario ${key}`);
      const answer = scenario.model;
      const sentences = analyse(answer).sentences;
      const result = markAnswer(scenario, answer);
      const misses: string[] = [];
      for (const point of result.points) {
        if (point.status !== 'earned') continue;
        const wanted = byPoint[point.id];
        if (!wanted) {
          misses.push(`${point.id}: no quote written for this earned point`);
          continue;
        }
        for (const quote of wanted) if (!answer.includes(quote)) misses.push(`${point.id}: quote not in the model answer: ${quote}`);
        const humanSentences = sentences.filter((sentence) => wanted.some((quote) => answer.slice(sentence.start, sentence.end).includes(quote.slice(0, 40))));
        const hit = point.evidence.some((span) => humanSentences.some((sentence) => span.start >= sentence.start && span.end <= sentence.end));
        if (!hit) misses.push(`${point.id}: evidence ${point.evidence.map((span) => `“${answer.slice(span.start, span.end)}”`).join(', ')} misses the sentence the examiner would point to`);
      }
      expect(misses).toEqual([]);
    });
  }

  it('highlights the objective itself for a SMART point, not stray words around it', () => {
    const scenario = scenarios.get('social-media-marketing-plan/fernleaf-books-objectives');
    if (!scenario) throw new Error('scenario missing');
    const objective = 'Our objective is to increase online sales attributed to social media by 12% between 1 November and 31 December, from a baseline of 35 orders a month.';
    const answer = `Fernleaf Books will use Google Analytics to see every sale. ${objective} The team will set aside time on Mondays.`;
    const smart = markAnswer(scenario, answer).points.find((point) => point.id === 'smart-objectives');
    expect(smart?.status).not.toBe('not');
    const start = answer.indexOf(objective);
    const inObjective = smart?.evidence.filter((span) => span.start >= start && span.end <= start + objective.length) ?? [];
    expect(inObjective.length).toBeGreaterThan(0);
    expect(inObjective.length).toBe(smart?.evidence.length);
  });
});
