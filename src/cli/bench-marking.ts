/**
 * `npm run bench:marking [-- --ablate <rule>|all] [--skip-heldout] [--expansion none|<table.json>]`:
 * the marker's agreement with human judgements
 * on each labelled set, what gaming answers and the feedback-echo adversary earn, and how long
 * marking takes. Prints figures; asserts nothing (the unit tests guard the floors and limits).
 *
 * The heldout half of the new set is measured here and nowhere else: its answers are never read
 * for tuning, and ablations leave it out so no rule is kept or dropped on its evidence.
 * `--skip-heldout` does not even read it, for iterating; `--expansion` marks with a build-time
 * table of words also accepted (scripts/expand-table.ts), or with none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseYaml } from '../lib/content/parse.ts';
import type { Scenario } from '../lib/content/schemas.ts';
import { adversaryReport } from '../lib/marking/adversary.ts';
import { scenarioModelRuns } from '../lib/marking/copy.ts';
import { type PointedQuotes, checkEvidence } from '../lib/marking/evidence-check.ts';
import { type ExpansionTable, expansionIndex } from '../lib/marking/expand.ts';
import { type MarkerReport, evaluateMarker, withoutHints } from '../lib/marking/labelled.ts';
import { markAnswer } from '../lib/marking/marker.ts';
import { DEFAULT_PARAMETERS, type MarkerParameters, RULE_NAMES, type RuleName, markerParameters } from '../lib/marking/params.ts';
import { ANSWER_WORD_LIMIT } from '../lib/marking/text.ts';
import { type LabelledCollection, courseOrExit, labelledCollections } from './labelled-sets.ts';
import { PROBE_ROUNDS, type ProbeFigures, probeFigures, probeScenarios } from './probes.ts';

const { values } = parseArgs({ options: { ablate: { type: 'string' }, 'skip-heldout': { type: 'boolean' }, expansion: { type: 'string' } } });
const root = process.cwd();
const course = courseOrExit(root);
const { collections, problems } = labelledCollections(root, course, { skipHeldout: values['skip-heldout'] ?? false });
const baseParameters: MarkerParameters =
  values.expansion === undefined
    ? DEFAULT_PARAMETERS
    : markerParameters({ expansion: values.expansion === 'none' ? null : expansionIndex(JSON.parse(readFileSync(values.expansion, 'utf8')) as ExpansionTable) });
for (const problem of problems) console.warn(`warning: ${problem}`);
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const hasHints = (scenarios: readonly { scenario: Scenario }[]) => scenarios.some(({ scenario }) => scenario.points.some((point) => point.hints));

interface Figures {
  hinted: MarkerReport;
  wording: MarkerReport;
  adversary: { mean: number; worst: number; where: string };
}

function adversaryFigures(scenarios: LabelledCollection['scenarios'], params: MarkerParameters): Figures['adversary'] {
  // The adversary's best style on each footing (hints and wording alone) is what counts.
  const runs = [...adversaryReport(scenarios, params), ...adversaryReport(scenarios.map(({ key, scenario }) => ({ key, scenario: withoutHints(scenario) })), params)];
  const worst = runs.reduce((a, b) => (b.worst.share > a.worst.share ? b : a));
  return { mean: Math.max(...runs.map((run) => run.mean)), worst: worst.worst.share, where: worst.worst.scenario };
}

function figuresFor(collection: LabelledCollection, params: MarkerParameters = baseParameters): Figures {
  return {
    hinted: evaluateMarker(collection.answers, { params }),
    wording: evaluateMarker(collection.answers, { ignoreHints: true, params }),
    adversary: adversaryFigures(collection.scenarios, params),
  };
}

function printCollection(collection: LabelledCollection, figures: Figures): void {
  const { hinted, wording } = figures;
  console.log(`\n${collection.label}: ${hinted.answers} answers, ${hinted.scenarios} scenarios, ${hinted.agreement.judgements} point judgements`);
  const hints = hasHints(collection.scenarios);
  console.log(`  wording alone   kappa ${wording.agreement.kappa.toFixed(3)}  accuracy ${percent(wording.agreement.accuracy)}  (goal kappa >= 0.60)`);
  console.log(
    hints
      ? `  with hints      kappa ${hinted.agreement.kappa.toFixed(3)}  accuracy ${percent(hinted.agreement.accuracy)}  (goal kappa >= 0.80)`
      : '  with hints      (these scenario files have no hints yet)',
  );
  const report = hints ? hinted : wording;
  if (report.stuffedCount) {
    console.log(
      `  stuffed/pasted/copied answers: ${report.stuffedCount}, mean ${percent(report.stuffedShare)}, worst ${percent(report.worstStuffed?.share ?? 0)}${report.worstStuffed && report.worstStuffed.share > 0 ? ` (${report.worstStuffed.scenario} ${report.worstStuffed.id})` : ''}  (goal <= 20%)`,
    );
  }
  if (report.echoCount) {
    console.log(`  labelled feedback-echo answers: ${report.echoCount}, mean ${percent(report.echoShare)}, worst ${percent(report.worstEcho?.share ?? 0)}  (goal <= 20%)`);
  }
  if (hints && (wording.stuffedCount || wording.echoCount)) {
    // The wording-alone footing is where a table of accepted words could let gaming in.
    console.log(`  wording alone: stuffed/pasted/copied mean ${percent(wording.stuffedShare)}, worst ${percent(wording.worstStuffed?.share ?? 0)}${wording.echoCount ? `; labelled feedback-echo mean ${percent(wording.echoShare)}, worst ${percent(wording.worstEcho?.share ?? 0)}` : ''}  (goal <= 20%)`);
  }
  const { adversary } = figures;
  console.log(`  feedback-echo adversary (3 rounds, best style, hints or wording): mean ${percent(adversary.mean)}, worst ${percent(adversary.worst)}${adversary.worst > 0 ? ` (${adversary.where})` : ''}  (goal <= 20%)`);
  // The heldout half is reported in summary only: its breakdown would invite tuning on it.
  if (collection.label.includes('heldout')) return;
  const confusion = report.agreement.confusion;
  console.log(`  confusion (human rows earned/partly/not; marker columns): ${(['earned', 'partly', 'not'] as const).map((h) => `${confusion[h].earned}/${confusion[h].partly}/${confusion[h].not}`).join('  ')}`);
  console.log(`  accuracy by kind: ${Object.entries(report.byKind).sort().map(([kind, f]) => `${kind} ${(f.accuracy * 100).toFixed(0)}%`).join(', ')}`);
}

function benchScenario(): Scenario | undefined {
  const scenario = course.units.flatMap((unit) => unit.scenarios).sort((a, b) => b.points.length - a.points.length)[0];
  if (!scenario) return undefined;
  const points = scenario.points.length >= 8 ? scenario.points : [...scenario.points, ...scenario.points.map((point) => ({ ...point, id: `${point.id}-again` }))].slice(0, 8);
  return { ...scenario, points };
}

/** Wall-clock and CPU milliseconds per run, each sorted: on a shared machine the CPU time is the steadier figure. */
function timeIt(scenario: Scenario, answer: string, runs: number): number[] & { cpu: number[] } {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    markAnswer(scenario, `${answer} ${i}`, baseParameters);
    const used = process.cpuUsage(cpuStarted);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return Object.assign(times.sort((a, b) => a - b), { cpu: cpu.sort((a, b) => a - b) });
}

function printSpeed(): void {
  const bench = benchScenario();
  if (!bench) return;
  const words = bench.model.split(/\s+/);
  const answer = Array.from({ length: 600 }, (_, i) => words[i % words.length]).join(' ');
  timeIt(bench, answer, 50);
  const times = timeIt(bench, answer, 400);
  const at = (list: number[], q: number) => list[Math.floor(q * (list.length - 1))]?.toFixed(2);
  console.log(
    `\nSpeed: 600-word answer against ${bench.points.length} points: median ${at(times, 0.5)} ms, p95 ${at(times, 0.95)} ms wall clock; CPU median ${at(times.cpu, 0.5)} ms, p95 ${at(times.cpu, 0.95)} ms (goal: median <= 5 ms)`,
  );
  // At the cap: the shapes that used to freeze the page, each at 10,000 words.
  const n = ANSWER_WORD_LIMIT;
  const shapes: Record<string, string> = {
    'model answer repeated': Array.from({ length: n }, (_, i) => words[i % words.length]).join(' '),
    'one paragraph per sentence': Array.from({ length: n / 5 }, (_, i) => `${words.slice((i * 4) % words.length, ((i * 4) % words.length) + 4).join(' ')}.`).join('\n\n'),
    'one-word bullet lines': Array.from({ length: n }, (_, i) => `- ${words[i % words.length]}`).join('\n'),
    'right-to-left text': Array.from({ length: n }, (_, i) => ['مرحبا', 'שלום', 'السوق', 'תקציב'][i % 4]).join(' '),
    'one word repeated': Array.from({ length: n }, () => words[0] ?? 'word').join(' '),
    'one sentence with no stops': Array.from({ length: n }, (_, i) => (words[i % words.length] ?? '').replace(/[.!?;]/g, '')).join(' '),
  };
  const worst = Object.entries(shapes).map(([shape, text]) => {
    const times = timeIt(bench, text, 3);
    return { shape, ms: times[times.length - 1] ?? 0, cpu: times.cpu[times.cpu.length - 1] ?? 0 };
  });
  const slowest = worst.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(
    `At the ${n.toLocaleString('en-GB')}-word cap, worst time ${slowest.ms.toFixed(0)} ms wall (${slowest.cpu.toFixed(0)} ms CPU), ${slowest.shape}; ${worst.map((entry) => `${entry.shape} ${entry.ms.toFixed(0)}/${entry.cpu.toFixed(0)} ms`).join(', ')} (wall/CPU)`,
  );
}

function readQuotes(file: string): Record<string, Record<string, unknown>> {
  const path = join(root, 'tests/fixtures/marking/evidence', file);
  if (!existsSync(path)) return {};
  const parsed = parseYaml(readFileSync(path, 'utf8'));
  return parsed.ok ? (parsed.value as Record<string, Record<string, unknown>>) : {};
}

/** How often a credited point's evidence lies in the sentence an examiner pointed to. */
function printEvidence(): void {
  const modelQuotes = readQuotes('model-answers.yaml');
  const answerQuotes = readQuotes('labelled-answers.yaml');
  const rate = (checked: number, missed: number) => `${checked - missed} of ${checked} (${percent(checked ? (checked - missed) / checked : 0)})`;
  let checked = 0;
  let missed = 0;
  for (const unit of course.units) {
    for (const scenario of unit.scenarios) {
      const quotes = modelQuotes[`${unit.id}/${scenario.id}`] as PointedQuotes | undefined;
      if (!quotes) continue;
      const result = checkEvidence(scenario.model, markAnswer(scenario, scenario.model), quotes);
      checked += result.checked;
      missed += result.misses.length;
    }
  }
  console.log(`
Evidence in the sentence an examiner pointed to (earned points): course model answers ${rate(checked, missed)}`);
  for (const collection of collections) {
    const totals = { earned: { checked: 0, missed: 0 }, partly: { checked: 0, missed: 0 } };
    for (const answer of collection.answers) {
      const quotes = answerQuotes[answer.scenarioKey]?.[answer.id] as PointedQuotes | undefined;
      if (!quotes) continue;
      const result = markAnswer(answer.scenario, answer.answer);
      for (const status of ['earned', 'partly'] as const) {
        const check = checkEvidence(answer.answer, result, quotes, { credited: [status] });
        totals[status].checked += check.checked;
        totals[status].missed += check.misses.length;
      }
    }
    if (totals.earned.checked + totals.partly.checked === 0) continue;
    console.log(`  ${collection.label}: earned ${rate(totals.earned.checked, totals.earned.missed)}, partly ${rate(totals.partly.checked, totals.partly.missed)}`);
  }
}

/** The red-team probes: answers written to game the marker from its feedback alone. */
function printProbes(): void {
  const byId = probeScenarios(root, course);
  const line = (label: string, figures: ProbeFigures) => {
    const strategies = Object.entries(figures.byStrategy).map(([strategy, share]) => `${strategy} ${percent(share)}`).join(', ');
    console.log(`  ${label} (${figures.scenarios} scenarios): best gaming answer mean ${percent(figures.mean)}, worst ${percent(figures.worst.share)} (${figures.worst.scenario}); by strategy ${strategies}  (goal <= 20%)`);
  };
  for (const half of ['tune', 'report'] as const) {
    const name = half === 'tune' ? 'tuned-on half' : 'reported half';
    const figures = probeFigures(root, byId, half);
    if (figures) line(`${name}, all rounds`, figures);
    for (const round of PROBE_ROUNDS) {
      const byRound = probeFigures(root, byId, half, DEFAULT_PARAMETERS, round.rounds);
      if (byRound) line(`  ${name}, ${round.label}`, byRound);
    }
  }
}

function printAblation(rules: readonly RuleName[]): void {
  // Ablations are measured on everything except the heldout half.
  const tunable = collections.filter((collection) => !collection.label.includes('heldout'));
  const pooled: LabelledCollection = {
    label: 'all but heldout',
    answers: tunable.flatMap((collection) => collection.answers),
    scenarios: tunable.flatMap((collection) => collection.scenarios),
  };
  const byId = probeScenarios(root, course);
  // The tuned-on half of the red-team probes (mean of each scenario's best answer): where rules against gaming show their worth.
  const probeMean = (params: MarkerParameters) => probeFigures(root, byId, 'tune', params)?.mean ?? 0;
  const summary = (figures: Figures, params: MarkerParameters) => ({
    probes: probeMean(params),
    hinted: figures.hinted.agreement.kappa,
    wording: figures.wording.agreement.kappa,
    gaming: Math.max(figures.hinted.stuffedShare, figures.wording.stuffedShare),
    gamingWorst: Math.max(figures.hinted.worstStuffed?.share ?? 0, figures.wording.worstStuffed?.share ?? 0),
    echo: Math.max(figures.hinted.echoShare, figures.wording.echoShare),
    adversary: figures.adversary.mean,
    adversaryWorst: figures.adversary.worst,
  });
  const base = summary(figuresFor(pooled), baseParameters);
  const signed = (value: number, digits = 3) => `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;
  console.log(`\nAblation on ${pooled.answers.length} answers (all sets but heldout). Baseline: kappa hints ${base.hinted.toFixed(3)}, wording ${base.wording.toFixed(3)}; gaming mean ${percent(base.gaming)} worst ${percent(base.gamingWorst)}; labelled echo ${percent(base.echo)}; adversary mean ${percent(base.adversary)} worst ${percent(base.adversaryWorst)}; probes (tuned-on half) ${percent(base.probes)}`);
  console.log('What each rule is worth (baseline minus the marker without it; positive kappa = the rule helps, positive share = the rule keeps gaming down):');
  for (const rule of rules) {
    const ablated = { ...baseParameters, disabledRules: [rule] };
    const without = summary(figuresFor(pooled, ablated), ablated);
    console.log(
      `  ${rule.padEnd(16)} kappa hints ${signed(base.hinted - without.hinted)}, wording ${signed(base.wording - without.wording)}; gaming mean ${signed((without.gaming - base.gaming) * 100, 1)} pts, worst ${signed((without.gamingWorst - base.gamingWorst) * 100, 1)} pts; echo ${signed((without.echo - base.echo) * 100, 1)} pts; adversary mean ${signed((without.adversary - base.adversary) * 100, 1)} pts, worst ${signed((without.adversaryWorst - base.adversaryWorst) * 100, 1)} pts; probes ${signed((without.probes - base.probes) * 100, 1)} pts`,
    );
  }
}

/** The model answer pasted back, marked as the scenario page and the assignment runner mark it (with its runs of words). */
function printModelPasted(): void {
  const shares = course.units.flatMap((unit) =>
    unit.scenarios.map((scenario) => ({ id: scenario.id, share: markAnswer({ ...scenario, modelRuns: scenarioModelRuns(scenario) }, scenario.model).total / scenario.marks })),
  );
  const worst = shares.reduce((a, b) => (b.share > a.share ? b : a));
  const mean = shares.reduce((sum, entry) => sum + entry.share, 0) / shares.length;
  console.log(`\nModel answer pasted back, as the app marks it (${shares.length} course scenarios): mean ${percent(mean)}, worst ${percent(worst.share)} (${worst.id})  (goal <= 20%)`);
}

if (values.ablate) {
  const rules = values.ablate === 'all' ? RULE_NAMES : RULE_NAMES.filter((rule) => rule === values.ablate);
  if (rules.length === 0) {
    console.error(`bench:marking: unknown rule "${values.ablate}"; the rules are: ${RULE_NAMES.join(', ')}, or all`);
    process.exit(2);
  }
  printAblation(rules);
} else {
  console.log('Marker benchmark: agreement with human judgements per labelled set, gaming shares, speed.');
  for (const collection of collections) printCollection(collection, figuresFor(collection));
  printEvidence();
  printModelPasted();
  console.log('\nRed-team gaming probes (best of each scenario\'s answers; a keyword stuffing, b dressed-up statements, c feedback echo, d buzzwords, e reported then rejected, x other tricks; two rounds by testers who read the marker\'s output, three more written blind):');
  printProbes();
  printSpeed();
}
