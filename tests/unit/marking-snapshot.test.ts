/**
 * The marker's verdict on every labelled answer (content samples and the independent fixtures),
 * with and without hints: status, marks and evidence per point. It pins behaviour while the
 * marker's code is moved about; a deliberate change in marking updates it with `vitest -u` and
 * says why in the commit.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/content/parse.ts';
import { loadCourse } from '../../src/lib/content/load.ts';
import { labelledFromCourse, labelledFromSets, labelledSetSchema, withoutHints } from '../../src/lib/marking/labelled.ts';
import { markAnswer } from '../../src/lib/marking/marker.ts';

const loaded = loadCourse(process.cwd());
if (!loaded.ok) throw new Error('content is invalid');
const dir = join(process.cwd(), 'tests/fixtures/marking');
const sets = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => labelledSetSchema.parse((parseYaml(readFileSync(join(dir, name), 'utf8')) as { ok: true; value: unknown }).value));
const answers = [...labelledFromCourse(loaded.value), ...labelledFromSets(loaded.value, sets).answers];

function verdicts(ignoreHints: boolean): Record<string, string[]> {
  return Object.fromEntries(
    answers.map((item) => {
      const scenario = ignoreHints ? withoutHints(item.scenario) : item.scenario;
      const result = markAnswer(scenario, item.answer);
      const lines = result.points.map(
        (point) => `${point.id} ${point.status} ${point.marks} [${point.evidence.map((span) => item.answer.slice(span.start, span.end)).join(' | ')}]`,
      );
      return [`${item.scenarioKey} ${item.id}`, [`total ${result.total}`, ...lines, ...result.points.map((point) => `${point.id}: ${point.reason}`), ...result.notes]];
    }),
  );
}

it('marks every labelled answer as pinned, with hints', () => {
  expect(verdicts(false)).toMatchSnapshot();
});

it('marks every labelled answer as pinned, from the wording alone', () => {
  expect(verdicts(true)).toMatchSnapshot();
});
