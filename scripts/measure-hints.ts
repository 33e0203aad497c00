/**
 * `node scripts/measure-hints.ts`
 * How well `npm run hints`' proposals mark the labelled answers if pasted unedited, beside the
 * statements' wording alone and the authors' own hints. The proposals read only each scenario's
 * statements, model answer, context and the lexicon, never the labelled answers.
 */
import type { Scenario } from '../src/lib/content/schemas.ts';
import { courseOrExit, labelledCollections } from '../src/cli/labelled-sets.ts';
import { proposeHints } from '../src/lib/marking/hint-assistant.ts';
import { type MarkerReport, evaluateMarker } from '../src/lib/marking/labelled.ts';

const root = process.cwd();
const course = courseOrExit(root);
const { collections } = labelledCollections(root, course);
const proposed = new Map<Scenario, Scenario>();
function withProposal(scenario: Scenario): Scenario {
  const known = proposed.get(scenario);
  if (known) return known;
  const proposals = proposeHints(scenario);
  const pasted: Scenario = {
    ...scenario,
    points: scenario.points.map((point, i) => {
      const hints = proposals[i]?.hints;
      return { ...point, hints: { accept: [], reject: [], require: hints?.require ?? [], application: hints?.application ?? false, reasoning: hints?.reasoning ?? false } };
    }),
  };
  proposed.set(scenario, pasted);
  return pasted;
}
const line = (report: MarkerReport) =>
  `kappa ${report.agreement.kappa.toFixed(2)}, accuracy ${(report.agreement.accuracy * 100).toFixed(0)}%, stuffed/pasted ${(report.stuffedShare * 100).toFixed(0)}%`;
for (const collection of collections) {
  console.log(`${collection.label} (${collection.answers.length} answers)`);
  console.log(`  wording alone:   ${line(evaluateMarker(collection.answers, { ignoreHints: true }))}`);
  console.log(`  author hints:    ${line(evaluateMarker(collection.answers))}`);
  console.log(`  proposed hints:  ${line(evaluateMarker(collection.answers.map((answer) => ({ ...answer, scenario: withProposal(answer.scenario) }))))}`);
}
