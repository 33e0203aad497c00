/**
 * `npm run mark -- --scenario <scenario.yaml|json> --answer <answer.txt> [--json]`
 * Marks an answer against a scenario file in the content format and prints the result per point.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { issuesFromZod, formatIssue } from '../lib/content/issues.ts';
import { parseYaml } from '../lib/content/parse.ts';
import { scenarioSchema } from '../lib/content/schemas.ts';
import { markAnswerInDetail } from '../lib/marking/marker.ts';
import { SET_ASIDE_LABELS } from '../lib/marking/explain.ts';
import { err, ok } from '../lib/result.ts';

function fail(message: string): never {
  console.error(`mark: ${message}`);
  process.exit(2);
}

let values: { scenario?: string; answer?: string; json?: boolean };
try {
  ({ values } = parseArgs({
    options: { scenario: { type: 'string' }, answer: { type: 'string' }, json: { type: 'boolean', default: false } },
  }));
} catch (error) {
  fail(`${(error as Error).message}\nusage: npm run mark -- --scenario <file.yaml|json> --answer <answer.txt> [--json]`);
}
if (!values.scenario || !values.answer) fail('usage: npm run mark -- --scenario <file.yaml|json> --answer <answer.txt> [--json]');

const read = (path: string, what: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return fail(`cannot read the ${what} file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
};
const scenarioText = read(values.scenario, 'scenario');
const parsed = values.scenario.endsWith('.json')
  ? (() => {
      try {
        return ok(JSON.parse(scenarioText) as unknown);
      } catch (error) {
        return err(`is not valid JSON: ${(error as Error).message}`);
      }
    })()
  : parseYaml(scenarioText);
if (!parsed.ok) fail(`${values.scenario}: ${parsed.error}`);
const scenario = scenarioSchema.safeParse(parsed.value);
if (!scenario.success) fail(`the scenario file is not valid:\n${issuesFromZod(values.scenario, scenario.error).map((issue) => `  - ${formatIssue(issue)}`).join('\n')}`);
const answer = read(values.answer, 'answer');
if (answer.trim() === '') fail(`the answer file ${values.answer} is empty: there is nothing to mark`);

const started = performance.now();
const { result, setAside } = markAnswerInDetail(scenario.data, answer);
const elapsed = performance.now() - started;
if (values.json) {
  console.log(JSON.stringify({ ...result, points: result.points.map((point) => ({ ...point, evidenceText: point.evidence.map((span) => answer.slice(span.start, span.end)) })) }, null, 2));
} else {
  const icon = { earned: '✓', partly: '◐', not: '✗' } as const;
  console.log(`${scenario.data.title}: ${result.total} / ${result.max} (${result.words} words, marked in ${elapsed.toFixed(1)} ms)`);
  for (const point of result.points) {
    console.log(`\n${icon[point.status]} ${point.marks}/${point.max}  ${point.statement}`);
    console.log(`   ${{ earned: 'Earned', partly: 'Partly earned', not: 'Not earned' }[point.status]}: ${point.reason}`);
    if (point.evidence.length) console.log(`   evidence: ${point.evidence.map((span) => `“${answer.slice(span.start, span.end)}”`).join(', ')}`);
  }
  for (const note of result.notes) console.log(`\nNote: ${note}`);
  if (setAside.length) {
    console.log('\nSet aside (each earns nothing by itself):');
    for (const sentence of setAside) console.log(`   ${SET_ASIDE_LABELS[sentence.reason]}: “${sentence.text.trim().slice(0, 100)}${sentence.text.trim().length > 100 ? '…' : ''}”`);
  }
}
