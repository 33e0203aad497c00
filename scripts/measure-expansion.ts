/**
 * `node scripts/measure-expansion.ts <table.json>... [--leniency]`
 * What an expansion table adds to the statements' wording alone, measured against the authors'
 * own concept groups (hints.require) of the scenarios the tunable labelled sets use: how many of
 * the authors' one-word phrasings the wording reading reaches without and with the table (recall),
 * and how many of the table's additions are phrasings an author chose (precision); then, on the
 * tunable labelled sets marked from the wording alone, which point judgements the table changes
 * and whether each moved closer to the human's or further; and the change in pooled kappa with a
 * 95% interval from a paired bootstrap over answers, to tell a gain from noise. `--leniency` adds
 * the control: the same kappas with no table but lower earning shares, since a table that only
 * raises marks may be worth no more than a more lenient threshold. It never reads the heldout sets.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Scenario } from '../src/lib/content/schemas.ts';
import { courseOrExit, labelledCollections } from '../src/cli/labelled-sets.ts';
import { type ExpansionTable, expansionIndex } from '../src/lib/marking/expand.ts';
import { agreement } from '../src/lib/marking/agreement.ts';
import { type LabelledAnswer, evaluateMarker, withoutHints } from '../src/lib/marking/labelled.ts';
import { type PointStatus, markAnswer } from '../src/lib/marking/marker.ts';
import { DEFAULT_PARAMETERS, type MarkerParameters, markerParameters } from '../src/lib/marking/params.ts';
import { preparePoint } from '../src/lib/marking/statement.ts';
import { phraseStems } from '../src/lib/marking/text.ts';

const root = process.cwd();
const course = courseOrExit(root);
const { collections } = labelledCollections(root, course, { skipHeldout: true });
const scenarios = new Set<Scenario>(collections.flatMap((collection) => collection.scenarios.map(({ scenario }) => scenario)));

function measure(params: MarkerParameters): { reached: number; authored: number; added: number; addedAuthored: number } {
  let reached = 0;
  let authored = 0;
  let added = 0;
  let addedAuthored = 0;
  for (const scenario of scenarios) {
    for (const point of scenario.points) {
      if (!point.hints?.require.length) continue;
      const hinted = new Set(point.hints.require.flat().map((phrasing) => phraseStems(phrasing)).filter((stems) => stems.length === 1).map((stems) => stems[0] ?? ''));
      const { hints: _hints, ...bare } = point;
      const plain = new Set(preparePoint(bare, DEFAULT_PARAMETERS).groups.flatMap((group) => group.alternatives.map((stems) => stems.join(' '))));
      const expanded = new Set(preparePoint(bare, params).groups.flatMap((group) => group.alternatives.map((stems) => stems.join(' '))));
      authored += hinted.size;
      for (const stem of hinted) if (expanded.has(stem)) reached += 1;
      for (const key of expanded) {
        if (plain.has(key)) continue;
        added += 1;
        if (hinted.has(key)) addedAuthored += 1;
      }
    }
  }
  return { reached, authored, added, addedAuthored };
}

/** Judgements the table changes, per set: up or down, and closer to or further from the human's. */
function flips(params: MarkerParameters): string[] {
  const rank = { not: 0, partly: 1, earned: 2 } as const;
  return collections.map((collection) => {
    let changed = 0;
    let raised = 0;
    let closer = 0;
    let further = 0;
    for (const answer of collection.answers) {
      const scenario = withoutHints(answer.scenario);
      const before = markAnswer(scenario, answer.answer, DEFAULT_PARAMETERS).points;
      const after = markAnswer(scenario, answer.answer, params).points;
      scenario.points.forEach((point, i) => {
        const human = answer.judgements[point.id];
        const was = before[i]?.status;
        const now = after[i]?.status;
        if (!human || !was || !now || was === now) return;
        changed += 1;
        if (rank[now] > rank[was]) raised += 1;
        const gapBefore = Math.abs(rank[human] - rank[was]);
        const gapAfter = Math.abs(rank[human] - rank[now]);
        if (gapAfter < gapBefore) closer += 1;
        else if (gapAfter > gapBefore) further += 1;
      });
    }
    return `${collection.label}: ${changed} judgements changed (${raised} raised), ${closer} closer to the human, ${further} further`;
  });
}

/** Each answer's (human, marker) pairs from the wording alone, so answers can be resampled whole. */
function pairsPerAnswer(answers: readonly LabelledAnswer[], params: MarkerParameters): { human: PointStatus; marker: PointStatus }[][] {
  return answers.map((answer) => {
    const scenario = withoutHints(answer.scenario);
    const points = markAnswer(scenario, answer.answer, params).points;
    return scenario.points.flatMap((point, i) => {
      const human = answer.judgements[point.id];
      const marker = points[i]?.status;
      return human && marker ? [{ human, marker }] : [];
    });
  });
}

/** Pooled kappa change and its 95% paired-bootstrap interval (answers resampled, fixed seed). */
function kappaChange(params: MarkerParameters, rounds = 1000): string {
  const answers = collections.flatMap((collection) => collection.answers);
  const before = pairsPerAnswer(answers, DEFAULT_PARAMETERS);
  const after = pairsPerAnswer(answers, params);
  const kappaOf = (pairs: { human: PointStatus; marker: PointStatus }[][], picks: readonly number[]) => agreement(picks.flatMap((i) => pairs[i] ?? [])).kappa;
  const all = answers.map((_, i) => i);
  const change = kappaOf(after, all) - kappaOf(before, all);
  let seed = 20261202;
  const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const changes: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const picks = all.map(() => Math.floor(random() * all.length));
    changes.push(kappaOf(after, picks) - kappaOf(before, picks));
  }
  changes.sort((a, b) => a - b);
  const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(3)}`;
  return `pooled wording-alone kappa ${kappaOf(before, all).toFixed(3)} -> ${kappaOf(after, all).toFixed(3)} (${signed(change)}, 95% interval ${signed(changes[Math.floor(rounds * 0.025)] ?? 0)} to ${signed(changes[Math.floor(rounds * 0.975)] ?? 0)}) over ${answers.length} answers`;
}

const percent = (part: number, whole: number) => `${whole ? ((part / whole) * 100).toFixed(1) : '0.0'}%`;
const base = measure(DEFAULT_PARAMETERS);
console.log(`${scenarios.size} scenarios; the authors' one-word phrasings reached by the wording alone: ${base.reached}/${base.authored} (${percent(base.reached, base.authored)})`);
const { positionals, values } = parseArgs({ allowPositionals: true, options: { leniency: { type: 'boolean' } } });
for (const file of positionals) {
  const table = JSON.parse(readFileSync(file, 'utf8')) as ExpansionTable;
  const result = measure(markerParameters({ expansion: expansionIndex(table) }));
  console.log(
    `${file}: reached ${result.reached}/${result.authored} (${percent(result.reached, result.authored)}); the table added ${result.added} phrasings to hinted points, ${result.addedAuthored} of them an author's (${percent(result.addedAuthored, result.added)})`,
  );
  const params = markerParameters({ expansion: expansionIndex(table) });
  for (const line of flips(params)) console.log(`  ${line}`);
  console.log(`  ${kappaChange(params)}`);
}

if (values.leniency) {
  console.log('Control, no table: wording-alone kappa per set and pooled at lower earning shares (earned/partly)');
  const pooled = collections.flatMap((collection) => collection.answers);
  for (const [earnedShare, partlyShare] of [[0.6, 0.34], [0.55, 0.3], [0.5, 0.3], [0.5, 0.25]] as const) {
    const params = markerParameters({ earnedShare, partlyShare });
    const kappa = (answers: readonly LabelledAnswer[]) => evaluateMarker(answers, { ignoreHints: true, params }).agreement.kappa.toFixed(3);
    console.log(`  ${earnedShare}/${partlyShare}: ${collections.map((collection) => `${collection.label} ${kappa(collection.answers)}`).join(', ')}; pooled ${kappa(pooled)}`);
  }
}
