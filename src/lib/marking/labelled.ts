/**
 * Labelled answers: answers with a human judgement per marking point, from the content's sample
 * answers and from tests/fixtures/marking. The benchmark and the regression test both score the
 * marker against them through this module.
 */
import { z } from 'astro/zod';
import type { Scenario } from '../content/schemas.ts';
import type { Course } from '../content/validate.ts';
import { unitKey } from '../keys.ts';
import { agreement, statusFromMarks, type Agreement } from './agreement.ts';
import { markAnswer, type PointStatus } from './marker.ts';
import { DEFAULT_PARAMETERS, type MarkerParameters } from './params.ts';

export const ANSWER_KINDS = [
  'model', 'strong', 'competent', 'weak', 'stuffed', 'off-case', 'paraphrase', 'other-words', 'negation', 'short', 'long', 'pasted-points',
  'pasted', 'copied-case', 'feedback-echo',
] as const;

/** Answers written to game the marker: the goal is that each earns at most a fifth of the marks. */
export const GAMING_KINDS: ReadonlySet<string> = new Set(['stuffed', 'pasted-points', 'pasted', 'copied-case']);

const statusSchema = z.enum(['earned', 'partly', 'not']);
export const labelledSetSchema = z.object({
  /** "<unit>/<scenario id>" */
  scenario: z.string(),
  answers: z
    .array(
      z.object({
        id: z.string(),
        kind: z.enum(ANSWER_KINDS),
        answer: z.string().min(1),
        judgements: z.record(z.string(), statusSchema),
      }),
    )
    .min(1),
});
export type LabelledSet = z.infer<typeof labelledSetSchema>;

export interface LabelledAnswer {
  scenarioKey: string;
  scenario: Scenario;
  id: string;
  kind: (typeof ANSWER_KINDS)[number];
  answer: string;
  judgements: Record<string, PointStatus>;
  /** Expected total, when the source gave marks (content samples). */
  expectedTotal?: number;
}

export function labelledFromCourse(course: Course): LabelledAnswer[] {
  return course.units.flatMap((unit) =>
    unit.scenarios.flatMap((scenario) =>
      scenario.samples.map((sample) => {
        const judgements = Object.fromEntries(
          scenario.points.map((point) => [point.id, statusFromMarks(sample.marks[point.id] ?? 0, point.marks)]),
        );
        const total = Math.min(scenario.marks, Object.values(sample.marks).reduce((sum, marks) => sum + marks, 0));
        return { scenarioKey: unitKey(unit.id, scenario.id), scenario, id: sample.id, kind: sample.quality, answer: sample.answer, judgements, expectedTotal: total };
      }),
    ),
  );
}

/**
 * `extra` holds scenarios outside the course (tests/fixtures/marking/scenarios), keyed as the sets
 * name them: "fixture/<id>".
 */
export function labelledFromSets(course: Course, sets: readonly LabelledSet[], extra: ReadonlyMap<string, Scenario> = new Map()): { answers: LabelledAnswer[]; problems: string[] } {
  const scenarios = new Map<string, Scenario>([
    ...course.units.flatMap((unit) => unit.scenarios.map((scenario) => [unitKey(unit.id, scenario.id), scenario] as const)),
    ...extra,
  ]);
  const answers: LabelledAnswer[] = [];
  const problems: string[] = [];
  for (const set of sets) {
    const scenario = scenarios.get(set.scenario);
    if (!scenario) {
      problems.push(`labelled set names scenario ${set.scenario}, which does not exist`);
      continue;
    }
    for (const answer of set.answers) {
      const missing = scenario.points.filter((point) => !(point.id in answer.judgements)).map((point) => point.id);
      if (missing.length) problems.push(`${set.scenario} ${answer.id}: no judgement for ${missing.join(', ')}`);
      answers.push({ scenarioKey: set.scenario, scenario, id: answer.id, kind: answer.kind, answer: answer.answer, judgements: answer.judgements });
    }
  }
  return { answers, problems };
}

export interface MarkerReport {
  answers: number;
  scenarios: number;
  agreement: Agreement;
  /** Mean share of the scenario's marks earned by stuffed, pasted and copied-case answers. */
  stuffedShare: number;
  /** The labelled feedback-echo answers (key nouns, no reasons): mean and worst share. */
  echoShare: number;
  worstEcho: { id: string; scenario: string; share: number } | null;
  echoCount: number;
  /** The stuffed or pasted answer that earned the largest share, since the goal holds for each one. */
  worstStuffed: { id: string; scenario: string; share: number } | null;
  stuffedCount: number;
  /** Answers whose total is further from the expected total than the tolerance. */
  outOfTolerance: { id: string; scenario: string; expected: number; got: number }[];
  byKind: Record<string, { answers: number; accuracy: number }>;
}

/** Samples must land within this many marks of the examiner's total. */
export function toleranceFor(scenario: Pick<Scenario, 'marks'>): number {
  return Math.max(2, Math.ceil(scenario.marks * 0.15));
}

/** The scenario as the marker would see it with no author hints: the statements' wording alone. */
export function withoutHints(scenario: Scenario): Scenario {
  return { ...scenario, points: scenario.points.map(({ hints: _hints, ...point }) => point) };
}

export interface EvaluateOptions {
  /** Mark from the statements' wording alone, as for a scenario file that has no hints. */
  ignoreHints?: boolean;
  /** The marker's parameters, for ablations (defaults otherwise). */
  params?: MarkerParameters;
}

export function evaluateMarker(answers: readonly LabelledAnswer[], options: EvaluateOptions = {}): MarkerReport {
  const bare = new Map<Scenario, Scenario>();
  const scenarioFor = (scenario: Scenario) => {
    if (!options.ignoreHints) return scenario;
    const cached = bare.get(scenario) ?? withoutHints(scenario);
    bare.set(scenario, cached);
    return cached;
  };
  const pairs: { human: PointStatus; marker: PointStatus; kind: string }[] = [];
  const stuffedShares: number[] = [];
  const outOfTolerance: MarkerReport['outOfTolerance'] = [];
  let worstStuffed: MarkerReport['worstStuffed'] = null;
  const echoShares: number[] = [];
  let worstEcho: MarkerReport['worstEcho'] = null;
  for (const item of answers) {
    const result = markAnswer(scenarioFor(item.scenario), item.answer, options.params ?? DEFAULT_PARAMETERS);
    for (const point of result.points) {
      const human = item.judgements[point.id];
      if (human) pairs.push({ human, marker: point.status, kind: item.kind });
    }
    if (GAMING_KINDS.has(item.kind)) {
      const share = result.total / result.max;
      stuffedShares.push(share);
      if (!worstStuffed || share > worstStuffed.share) worstStuffed = { id: item.id, scenario: item.scenarioKey, share };
    }
    if (item.kind === 'feedback-echo') {
      const share = result.total / result.max;
      echoShares.push(share);
      if (!worstEcho || share > worstEcho.share) worstEcho = { id: item.id, scenario: item.scenarioKey, share };
    }
    if (item.expectedTotal !== undefined && Math.abs(result.total - item.expectedTotal) > toleranceFor(item.scenario)) {
      outOfTolerance.push({ id: item.id, scenario: item.scenarioKey, expected: item.expectedTotal, got: result.total });
    }
  }
  const byKind: MarkerReport['byKind'] = {};
  for (const kind of new Set(pairs.map((pair) => pair.kind))) {
    const ofKind = pairs.filter((pair) => pair.kind === kind);
    byKind[kind] = { answers: answers.filter((answer) => answer.kind === kind).length, accuracy: ofKind.filter((pair) => pair.human === pair.marker).length / ofKind.length };
  }
  return {
    answers: answers.length,
    scenarios: new Set(answers.map((answer) => answer.scenarioKey)).size,
    agreement: agreement(pairs),
    stuffedShare: stuffedShares.length ? stuffedShares.reduce((a, b) => a + b, 0) / stuffedShares.length : 0,
    stuffedCount: stuffedShares.length,
    echoShare: echoShares.length ? echoShares.reduce((a, b) => a + b, 0) / echoShares.length : 0,
    worstEcho,
    echoCount: echoShares.length,
    worstStuffed,
    outOfTolerance,
    byKind,
  };
}
