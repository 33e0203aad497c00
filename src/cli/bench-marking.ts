/**
 * `npm run bench:marking`: the marker's agreement with human judgements, what stuffed answers earn,
 * and how long marking takes. Prints figures; asserts nothing (the unit tests guard regressions).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../lib/content/parse.ts';
import { loadCourse } from '../lib/content/load.ts';
import { formatIssues } from '../lib/content/issues.ts';
import { adversaryReport } from '../lib/marking/adversary.ts';
import { evaluateMarker, labelledFromCourse, labelledFromSets, labelledSetSchema, withoutHints, type LabelledSet } from '../lib/marking/labelled.ts';
import { markAnswer } from '../lib/marking/marker.ts';

const root = process.cwd();
const loaded = loadCourse(root);
if (!loaded.ok) {
  console.error(formatIssues(loaded.issues));
  process.exit(1);
}
const course = loaded.course;
const fixtureDir = join(root, 'tests/fixtures/marking');
const sets: LabelledSet[] = [];
for (const name of readdirSync(fixtureDir).filter((file) => file.endsWith('.yaml')).sort()) {
  const parsed = parseYaml(readFileSync(join(fixtureDir, name), 'utf8'));
  const set = parsed.ok ? labelledSetSchema.safeParse(parsed.value) : null;
  if (!set?.success) {
    console.error(`${name}: not a valid labelled set${parsed.ok ? '' : ` (${parsed.message})`}`);
    process.exit(1);
  }
  sets.push(set.data);
}
const fromSets = labelledFromSets(course, sets);
for (const problem of fromSets.problems) console.warn(`warning: ${problem}`);
const samples = labelledFromCourse(course);
const answers = [...samples, ...fromSets.answers];
const report = evaluateMarker(answers);
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

console.log(`Labelled answers: ${report.answers} across ${report.scenarios} scenarios (${report.agreement.judgements} point judgements)`);
console.log(`  ${samples.length} are the content's sample answers; ${fromSets.answers.length} are independent answers in tests/fixtures/marking.`);
console.log(`Per-point accuracy: ${percent(report.agreement.accuracy)}`);
console.log(`Cohen's kappa: ${report.agreement.kappa.toFixed(3)} (goal >= 0.80)`);
console.log(`Stuffed and pasted answers: ${report.stuffedCount}, mean share of marks earned ${percent(report.stuffedShare)} (goal <= 20%)`);
if (report.worstStuffed) console.log(`  the most any one earned: ${percent(report.worstStuffed.share)} (${report.worstStuffed.scenario} ${report.worstStuffed.id})`);
console.log('Confusion (rows human, columns marker: earned / partly / not):');
for (const human of ['earned', 'partly', 'not'] as const) {
  const row = report.agreement.confusion[human];
  console.log(`  ${human.padEnd(7)} ${String(row.earned).padStart(4)} ${String(row.partly).padStart(4)} ${String(row.not).padStart(4)}`);
}
console.log('Accuracy by kind of answer:');
for (const [kind, figures] of Object.entries(report.byKind).sort()) console.log(`  ${kind.padEnd(14)} ${String(figures.answers).padStart(3)} answers  ${(figures.accuracy * 100).toFixed(0)}%`);
if (report.outOfTolerance.length) {
  console.log(`Content samples outside tolerance: ${report.outOfTolerance.length}`);
  for (const miss of report.outOfTolerance) console.log(`  ${miss.scenario} ${miss.id}: expected ${miss.expected}, marker ${miss.got}`);
}

// The sample answers were written beside the scenarios; the independent answers were written and
// judged apart from the hints, so their figure is the honest one for answers the marker has not seen.
console.log('By source (kappa, accuracy, stuffed mean):');
const line = (label: string, part: ReturnType<typeof evaluateMarker>) =>
  console.log(`  ${label.padEnd(34)} kappa ${part.agreement.kappa.toFixed(3)}  accuracy ${percent(part.agreement.accuracy)}  stuffed ${percent(part.stuffedShare)}`);
line('content samples', evaluateMarker(samples));
line('independent answers', evaluateMarker(fromSets.answers));
line('all, wording alone (no hints)', evaluateMarker(answers, { ignoreHints: true }));
line('independent, wording alone', evaluateMarker(fromSets.answers, { ignoreHints: true }));

// The feedback-echo adversary: minimal answer, read the feedback, write its words back, three rounds.
const courseScenarios = course.units.flatMap((unit) => unit.scenarios.map((scenario) => ({ key: `${unit.id}/${scenario.id}`, scenario })));
console.log(`Feedback-echo adversary, ${courseScenarios.length} course scenarios, 3 rounds (goal: mean and worst <= 20%):`);
for (const [label, list] of [
  ['with hints', courseScenarios],
  ['wording alone', courseScenarios.map(({ key, scenario }) => ({ key, scenario: withoutHints(scenario) }))],
] as const) {
  for (const figures of adversaryReport(list)) {
    console.log(`  ${label.padEnd(14)} ${figures.style.padEnd(11)} mean ${percent(figures.mean)}  worst ${percent(figures.worst.share)}${figures.worst.share > 0 ? ` (${figures.worst.scenario})` : ''}`);
  }
}

// Speed: a 600-word answer against the scenario with the most marking points (at least 8 by padding).
const scenario = course.units.flatMap((unit) => unit.scenarios).sort((a, b) => b.points.length - a.points.length)[0];
if (scenario) {
  const points = scenario.points.length >= 8 ? scenario.points : [...scenario.points, ...scenario.points.map((point) => ({ ...point, id: `${point.id}-again` }))].slice(0, 8);
  const words = scenario.model.split(/\s+/);
  const answer = Array.from({ length: 600 }, (_, i) => words[i % words.length]).join(' ');
  const bench = { ...scenario, points };
  for (let i = 0; i < 50; i += 1) markAnswer(bench, answer);
  const times: number[] = [];
  for (let i = 0; i < 400; i += 1) {
    const started = performance.now();
    markAnswer(bench, `${answer} ${i}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.floor(q * (times.length - 1))]?.toFixed(2);
  console.log(`Speed: 600-word answer against ${points.length} points: median ${at(0.5)} ms, p95 ${at(0.95)} ms (goal: median < 5 ms)`);
}
