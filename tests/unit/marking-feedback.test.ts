/**
 * Feedback must teach without leaking: no learner-facing reason may name a trigger word, that is
 * a phrasing the marker would accept for the point that the learner cannot already read in the
 * point's statement. Quoting the learner's own words back is allowed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/content/parse.ts';
import { loadCourse } from '../../src/lib/content/load.ts';
import { labelledFromCourse, labelledFromSets, labelledSetSchema, withoutHints } from '../../src/lib/marking/labelled.ts';
import { markAnswer } from '../../src/lib/marking/marker.ts';
import { FUNCTION_WORDS } from '../../src/lib/marking/lexicon.ts';
import { DEFAULT_PARAMETERS } from '../../src/lib/marking/params.ts';
import { preparePoint } from '../../src/lib/marking/statement.ts';
import { phraseStems } from '../../src/lib/marking/text.ts';
import type { MarkingPoint } from '../../src/lib/content/schemas.ts';

const loaded = loadCourse(process.cwd());
if (!loaded.ok) throw new Error('content is invalid');
const dir = join(process.cwd(), 'tests/fixtures/marking');
const sets = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => labelledSetSchema.parse((parseYaml(readFileSync(join(dir, name), 'utf8')) as { ok: true; value: unknown }).value));
const answers = [...labelledFromCourse(loaded.value), ...labelledFromSets(loaded.value, sets).answers];

const functionStems = new Set([...FUNCTION_WORDS].flatMap((word) => phraseStems(word)));

/**
 * The phrasings that would earn a point, less those the statement itself shows the learner and
 * those made only of function words ("it", "the"), which no one could type to game a point.
 */
export function triggerPhrases(point: MarkingPoint): string[][] {
  const statement = new Set(phraseStems(point.statement));
  return preparePoint(point, DEFAULT_PARAMETERS).groups.flatMap((group) =>
    group.alternatives.filter((phrase) => !phrase.every((stem) => statement.has(stem)) && phrase.some((stem) => !functionStems.has(stem))),
  );
}

/** The reason with the learner's own quoted words taken out. */
function ownWordsRemoved(reason: string, answer: string): string {
  return reason.replace(/“([^”]*)”/g, (quote, inner: string) => (answer.includes(inner) ? '“”' : quote));
}

function containsPhrase(stems: string[], phrase: string[]): boolean {
  return stems.some((_, i) => phrase.every((stem, offset) => stems[i + offset] === stem));
}

export function leakedTriggers(point: MarkingPoint, reason: string, answer: string): string[] {
  const stems = phraseStems(ownWordsRemoved(reason, answer));
  return triggerPhrases(point)
    .filter((phrase) => containsPhrase(stems, phrase))
    .map((phrase) => phrase.join(' '));
}

describe('learner-facing reasons', () => {
  for (const ignoreHints of [false, true]) {
    it(`never name a trigger word on any labelled answer (${ignoreHints ? 'wording alone' : 'with hints'})`, () => {
      const leaks: string[] = [];
      for (const item of answers) {
        const scenario = ignoreHints ? withoutHints(item.scenario) : item.scenario;
        const result = markAnswer(scenario, item.answer);
        result.points.forEach((point, i) => {
          const leaked = leakedTriggers(scenario.points[i] as MarkingPoint, point.reason, item.answer);
          if (leaked.length) leaks.push(`${item.scenarioKey} ${item.id} ${point.id}: ${leaked.join(', ')} in "${point.reason}"`);
        });
      }
      expect(leaks).toEqual([]);
    });
  }

  it('would catch a reason that lists the words to type', () => {
    const point: MarkingPoint = {
      id: 'pause',
      statement: 'Recommends a change-control process',
      marks: 2,
      hints: { accept: [], require: [['pause', 'stop'], ['sold out', 'sell out']], reject: [], application: false, reasoning: false },
    };
    expect(leakedTriggers(point, 'Partly earned: say more about “pause” and “sold out”.', 'We need a process.')).toEqual(['paus', 'sold out']);
  });

  it('still quotes an earned point in the learner’s own words', () => {
    const scenario = loaded.value.units.flatMap((unit) => unit.scenarios).find((candidate) => candidate.id === 'dewbright-black-friday');
    if (!scenario) throw new Error('scenario missing');
    const answer = 'Every Dewbright creator post, gifted ones too, must open with an Ad label at the very start, because the ASA and CAP code treat free products as payment.';
    const disclosure = markAnswer(scenario, answer).points[0];
    expect(disclosure?.status).toBe('earned');
    expect(disclosure?.reason).toMatch(/“[^”]+”/);
    for (const quote of disclosure?.reason.match(/“([^”]*)”/g) ?? []) expect(answer).toContain(quote.slice(1, -1));
  });
});
