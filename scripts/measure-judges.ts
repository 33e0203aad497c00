/**
 * `node scripts/measure-judges.ts`
 * How far two examiners agree with each other on the same answers, beside how far the marker
 * agrees with each: the ceiling against which the marker's kappa should be read. The first
 * examiner's judgements are the labelled sets' own (tests/fixtures/marking/{tune,heldout,fresh,fresh2});
 * the second examiner's are in tests/fixtures/marking/second-judge, written blind: from the
 * scenarios (case, task, marking points, the examiner's indicative answer) and the answers alone,
 * in shuffled order, without the answers' kinds, the first examiner's judgements or the marker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { courseOrExit, labelledCollections } from '../src/cli/labelled-sets.ts';
import { parseYaml } from '../src/lib/content/parse.ts';
import { agreement } from '../src/lib/marking/agreement.ts';
import { type LabelledAnswer, withoutHints } from '../src/lib/marking/labelled.ts';
import { type PointStatus, markAnswer } from '../src/lib/marking/marker.ts';

const root = process.cwd();
const course = courseOrExit(root);
const { collections } = labelledCollections(root, course);
const SECOND = join(root, 'tests/fixtures/marking/second-judge');
const STATUSES = new Set<string>(['earned', 'partly', 'not']);

/** "<scenario id>#<answer id>" -> point -> status */
function secondJudgements(file: string): Map<string, Record<string, PointStatus>> {
  const parsed = parseYaml(readFileSync(join(SECOND, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
  const judged = new Map<string, Record<string, PointStatus>>();
  for (const [key, points] of Object.entries(parsed.value as Record<string, Record<string, string>>)) {
    for (const [point, status] of Object.entries(points))
      if (!STATUSES.has(status)) throw new Error(`${file}: ${key}: ${point}: "${status}" is not earned, partly or not`);
    judged.set(key, points as Record<string, PointStatus>);
  }
  return judged;
}

const SETS: { file: string; label: (label: string) => boolean }[] = [
  { file: 'tune.yaml', label: (label) => label === 'new set: tune half' },
  { file: 'heldout.yaml', label: (label) => label === 'new set: heldout half' },
  { file: 'fresh.yaml', label: (label) => label.startsWith('fresh set') },
  { file: 'fresh2.yaml', label: (label) => label.startsWith('second fresh set') },
];

type Pair = { human: PointStatus; marker: PointStatus };
const kappa = (pairs: Pair[]) => agreement(pairs).kappa.toFixed(3);
const accuracy = (pairs: Pair[]) => `${((agreement(pairs).accuracy) * 100).toFixed(0)}%`;

interface Row {
  judges: Pair[];
  wordingFirst: Pair[];
  wordingSecond: Pair[];
  hintsFirst: Pair[];
  hintsSecond: Pair[];
  byKind: Map<string, Pair[]>;
}
const emptyRow = (): Row => ({ judges: [], wordingFirst: [], wordingSecond: [], hintsFirst: [], hintsSecond: [], byKind: new Map() });

function collect(row: Row, answers: readonly LabelledAnswer[], second: Map<string, Record<string, PointStatus>>, missing: string[]): void {
  for (const answer of answers) {
    const key = `${answer.scenarioKey.replace(/^fixture\//, '')}#${answer.id}`;
    const other = second.get(key);
    if (!other) {
      missing.push(key);
      continue;
    }
    const wording = markAnswer(withoutHints(answer.scenario), answer.answer);
    const hinted = markAnswer(answer.scenario, answer.answer);
    for (const point of answer.scenario.points) {
      const first = answer.judgements[point.id];
      const secondStatus = other[point.id];
      if (!first || !secondStatus) {
        missing.push(`${key} ${point.id}`);
        continue;
      }
      const byWording = wording.points.find((p) => p.id === point.id)?.status ?? 'not';
      const byHints = hinted.points.find((p) => p.id === point.id)?.status ?? 'not';
      row.judges.push({ human: first, marker: secondStatus });
      row.wordingFirst.push({ human: first, marker: byWording });
      row.wordingSecond.push({ human: secondStatus, marker: byWording });
      row.hintsFirst.push({ human: first, marker: byHints });
      row.hintsSecond.push({ human: secondStatus, marker: byHints });
      const kind = row.byKind.get(answer.kind) ?? [];
      kind.push({ human: first, marker: secondStatus });
      row.byKind.set(answer.kind, kind);
    }
  }
}

const cell = (pairs: Pair[]) => `${kappa(pairs)} (${accuracy(pairs)})`.padEnd(13);
const total = emptyRow();
const missing: string[] = [];
console.log('kappa (accuracy)          | examiner 1 vs 2 | wording vs 1 | wording vs 2 | hints vs 1   | hints vs 2');
for (const set of SETS) {
  const second = secondJudgements(set.file);
  for (const collection of collections.filter((c) => set.label(c.label))) {
    const row = emptyRow();
    collect(row, collection.answers, second, missing);
    collect(total, collection.answers, second, missing);
    console.log(`${collection.label.slice(0, 25).padEnd(25)} | ${cell(row.judges).padEnd(15)} | ${cell(row.wordingFirst)}| ${cell(row.wordingSecond)}| ${cell(row.hintsFirst)}| ${cell(row.hintsSecond)}`);
  }
}
console.log(`${'all four sets'.padEnd(25)} | ${cell(total.judges).padEnd(15)} | ${cell(total.wordingFirst)}| ${cell(total.wordingSecond)}| ${cell(total.hintsFirst)}| ${cell(total.hintsSecond)}`);
const confusion = agreement(total.judges).confusion;
console.log('\nexaminer 1 (rows) against examiner 2 (columns), all four sets:');
for (const first of ['earned', 'partly', 'not'] as const)
  console.log(`  ${first.padEnd(7)} ${(['earned', 'partly', 'not'] as const).map((second) => String(confusion[first][second]).padStart(5)).join('')}`);
console.log('\nthe two examiners by kind of answer (accuracy, judgements):');
for (const [kind, pairs] of [...total.byKind.entries()].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(`  ${kind.padEnd(14)} ${accuracy(pairs).padStart(4)}  ${pairs.length}`);
if (missing.length) {
  console.error(`\n${missing.length} answers or points have no second judgement: ${missing.slice(0, 5).join('; ')}`);
  process.exit(1);
}
