/**
 * The marker walks an answer's passages once per point for both readings it needs: as marked, and
 * as if every passage were developed (the cross-point check). That walk must agree with judging
 * each reading on its own, on every course sample and every tunable labelled answer.
 */
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/lib/content/load.ts';
import { labelledCollections } from '../../src/cli/labelled-sets.ts';
import { DEFAULT_PARAMETERS, markerParameters } from '../../src/lib/marking/params.ts';
import { readAnswerText } from '../../src/lib/marking/read.ts';
import { caseGrams, caseStems, classifySentences, echoReader, markBoilerplate, markDevelopment, scenarioVocabulary } from '../../src/lib/marking/rules.ts';
import { judgePoint, judgePointAndNaming } from '../../src/lib/marking/score.ts';
import { preparePoint } from '../../src/lib/marking/statement.ts';
import { withoutHints } from '../../src/lib/marking/labelled.ts';
import type { MarkableScenario } from '../../src/lib/marking/marker.ts';

const loaded = loadCourse(process.cwd());
if (!loaded.ok) throw new Error('content is invalid');
const answers = labelledCollections(process.cwd(), loaded.value, { skipHeldout: true }).collections
  .filter((entry) => /course samples|tune/.test(entry.label))
  .flatMap((entry) => entry.answers);

function indexFor(scenario: MarkableScenario, answer: string, params = DEFAULT_PARAMETERS) {
  const index = readAnswerText(answer, scenario.context ?? [], params);
  const vocabulary = scenarioVocabulary(scenario);
  classifySentences(index, echoReader(scenario, params), params, { caseGrams: caseGrams(scenario.case), caseStems: caseStems(scenario.case), modelRuns: new Set(), vocabulary });
  markBoilerplate(index, vocabulary, params);
  markDevelopment(index, vocabulary, params);
  return index;
}

describe('one walk over the passages', () => {
  it.each([
    ['with hints', DEFAULT_PARAMETERS, false],
    ['from the wording alone', DEFAULT_PARAMETERS, true],
    ['with development off', markerParameters({ disabledRules: ['development'] }), false],
  ] as const)('judges as marked and as named exactly as two separate judgements, %s', (_label, params, wordingOnly) => {
    expect(answers.length).toBeGreaterThan(100);
    let named = 0;
    for (const item of answers) {
      const scenario = wordingOnly ? withoutHints(item.scenario) : item.scenario;
      const index = indexFor(scenario, item.answer, params);
      for (const point of scenario.points) {
        const prepared = preparePoint(point, params);
        const { judgement, naming } = judgePointAndNaming(index, prepared, params);
        expect(judgement, `${item.id} ${point.id}`).toEqual(judgePoint(index, prepared, params));
        const separately = judgePoint(index, prepared, params, false);
        expect([naming.status, naming.evidence], `${item.id} ${point.id} named`).toEqual([separately.status, separately.evidence]);
        if (naming.status !== judgement.status) named += 1;
      }
    }
    // The two readings differ somewhere, or the check would not be checking the second one.
    if (params === DEFAULT_PARAMETERS) expect(named).toBeGreaterThan(0);
  });
});
