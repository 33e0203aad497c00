/**
 * A learner's run through an assignment: what the runner saves on the device after every step, so
 * a reload, a switch to another app or reopening the link resumes the work, and the finished code
 * can be shown and copied again. Also the one place the run's parts are scored, used by the
 * learner's finish screen, the tutor's table and any LMS package (which reports the same numbers).
 */
import * as z from 'zod/mini';
import { unitOfCard } from '../srs/deck.ts';
import { type Assignment, checkAssignmentContent, resolveQuestions, unknownReferences } from './assignment.ts';
import { asRecord, keyField } from './fields.ts';
import { type ResultsCode, type ResultsGrade, type ResultItem, type ScenarioResult, gradeResults } from './results.ts';

export const RUN_STORAGE_PREFIX = 'markpoint:assignment-run:';

export function runStorageKey(assignmentId: string): string {
  return `${RUN_STORAGE_PREFIX}${assignmentId}`;
}

export type RunPosition = { part: 'question'; index: number } | { part: 'scenario'; index: number } | { part: 'cards' } | { part: 'done' };

export interface AssignmentRun {
  v: 1;
  assignment: string;
  learner: string;
  startedAt: string;
  position: RunPosition;
  items: ResultItem[];
  scenarios: ScenarioResult[];
  /** Scenario answers typed but not yet marked, by scenario key. */
  drafts: Record<string, string>;
  activeSeconds: number;
  /** When the learner was last seen working: gaps longer than IDLE_GAP_SECONDS are not counted. */
  lastSeenAt: string;
  /** Set once: the code is made one time and shown again unchanged. */
  finished?: { submittedAt: string; code: string };
}

/** A gap between two signs of work longer than this is a break, not work. */
export const IDLE_GAP_SECONDS = 300;

const wholeSecond = (at: Date) => new Date(Math.floor(at.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');

export function startRun(assignmentId: string, learner: string, now: Date, first: RunPosition): AssignmentRun {
  const at = wholeSecond(now);
  return { v: 1, assignment: assignmentId, learner, startedAt: at, position: first, items: [], scenarios: [], drafts: {}, activeSeconds: 0, lastSeenAt: at };
}

/** Counts the time since the learner was last seen, unless it was a break. */
export function touchRun(run: AssignmentRun, now: Date): AssignmentRun {
  if (run.finished) return run;
  const elapsed = Math.floor((now.getTime() - Date.parse(run.lastSeenAt)) / 1000);
  const counted = elapsed > 0 && elapsed <= IDLE_GAP_SECONDS ? elapsed : 0;
  return { ...run, activeSeconds: run.activeSeconds + counted, lastSeenAt: now.toISOString() };
}

export function recordRunAnswer(run: AssignmentRun, item: ResultItem): AssignmentRun {
  return { ...run, items: [...run.items.filter((entry) => entry.key !== item.key), item] };
}

export function recordRunScenario(run: AssignmentRun, result: ScenarioResult): AssignmentRun {
  const { [result.key]: _marked, ...drafts } = run.drafts;
  return { ...run, scenarios: [...run.scenarios.filter((entry) => entry.key !== result.key), result], drafts };
}

export function saveRunDraft(run: AssignmentRun, scenarioKey: string, answer: string): AssignmentRun {
  return { ...run, drafts: { ...run.drafts, [scenarioKey]: answer } };
}

export function moveRun(run: AssignmentRun, position: RunPosition): AssignmentRun {
  return { ...run, position };
}

export function finishRun(run: AssignmentRun, code: string, submittedAt: string): AssignmentRun {
  return { ...run, position: { part: 'done' }, finished: { submittedAt, code } };
}

// ---------------------------------------------------------------------------------------------
// What the run consists of on this copy of Markpoint.

export interface RunPlan {
  /** Question keys this copy can ask, in the assignment's order. */
  questions: string[];
  scenarios: string[];
  decks: string[];
  /** Items the assignment sets that this copy lacks ("question unit/id", "scenario unit/id"). */
  missing: string[];
  /** Items this copy holds in a different version from the tutor's. */
  changed: string[];
  /** The link predates recorded versions, so differences cannot be known. */
  unverified: boolean;
  /** Nothing is left to do: the runner must not start, or it would make an empty code. */
  empty: boolean;
}

export interface PlanContent {
  units: readonly string[];
  questionKeys: readonly string[];
  scenarioKeys: readonly string[];
  fingerprints: Readonly<Record<string, string>>;
}

export function planRun(assignment: Assignment, content: PlanContent): RunPlan {
  const questions = resolveQuestions(assignment, content.questionKeys);
  const known = new Set(content.scenarioKeys);
  const scenarios = assignment.scenarios.filter((key) => known.has(key));
  const units = new Set(content.units);
  const decks = assignment.decks.filter((unit) => units.has(unit));
  const missing = unknownReferences(assignment, { units: content.units, questionKeys: content.questionKeys, scenarioKeys: content.scenarioKeys });
  const check = checkAssignmentContent(assignment, { fingerprints: content.fingerprints });
  return {
    questions,
    scenarios,
    decks,
    missing,
    changed: check.changed,
    unverified: check.unverified,
    empty: questions.length === 0 && scenarios.length === 0 && decks.length === 0,
  };
}

/** The first step of a plan, or after the given one. */
export function nextPosition(plan: RunPlan, after: RunPosition | null): RunPosition {
  const order: RunPosition[] = [
    ...plan.questions.map((_, index): RunPosition => ({ part: 'question', index })),
    ...plan.scenarios.map((_, index): RunPosition => ({ part: 'scenario', index })),
    ...(plan.decks.length ? [{ part: 'cards' } as const] : []),
    { part: 'done' },
  ];
  if (after === null) return order[0] ?? { part: 'done' };
  const at = order.findIndex((position) => samePosition(position, after));
  return order[at + 1] ?? { part: 'done' };
}

function samePosition(a: RunPosition, b: RunPosition): boolean {
  return a.part === b.part && ('index' in a ? a.index : -1) === ('index' in b ? b.index : -1);
}

/**
 * Where a saved run picks up: past a question already answered or a scenario already marked (the
 * learner had seen its feedback), and never beyond the plan if the content changed meanwhile.
 */
export function resumePosition(run: AssignmentRun, plan: RunPlan): RunPosition {
  if (run.finished) return { part: 'done' };
  let position = run.position;
  if (position.part === 'question' && position.index >= plan.questions.length) position = nextPosition(plan, { part: 'question', index: plan.questions.length - 1 });
  if (position.part === 'scenario' && position.index >= plan.scenarios.length) position = nextPosition(plan, { part: 'scenario', index: plan.scenarios.length - 1 });
  if (position.part === 'cards' && plan.decks.length === 0) position = { part: 'done' };
  for (;;) {
    const current = position;
    if (current.part === 'question' && run.items.some((item) => item.key === plan.questions[current.index])) position = nextPosition(plan, current);
    else if (current.part === 'scenario' && run.scenarios.some((result) => result.key === plan.scenarios[current.index])) position = nextPosition(plan, current);
    else return position;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading a saved run back.

const resultItem = z.object({ key: keyField, score: z.number().check(z.minimum(0), z.maximum(1)), missed: z.array(keyField) });
const scenarioResult = z.object({ key: keyField, total: z.number().check(z.minimum(0)), points: z.record(z.string(), z.number().check(z.minimum(0))) });
const savedRunSchema = z.object({
  v: z.literal(1),
  assignment: z.string(),
  learner: z.string().check(z.minLength(1)),
  startedAt: z.string(),
  position: z.union([
    z.object({ part: z.literal('question'), index: z.int().check(z.minimum(0)) }),
    z.object({ part: z.literal('scenario'), index: z.int().check(z.minimum(0)) }),
    z.object({ part: z.literal('cards') }),
    z.object({ part: z.literal('done') }),
  ]),
  items: z.array(resultItem),
  scenarios: z.array(scenarioResult),
  drafts: z.record(z.string(), z.string()),
  activeSeconds: z.number().check(z.minimum(0)),
  lastSeenAt: z.string(),
  finished: z.optional(z.object({ submittedAt: z.string(), code: z.string().check(z.minLength(1)) })),
});

/** A run saved for this assignment, or null when there is none or it cannot be trusted. */
export function readSavedRun(text: string | null, assignmentId: string): AssignmentRun | null {
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (asRecord(parsed)?.['assignment'] !== assignmentId) return null;
  const result = savedRunSchema.safeParse(parsed);
  return result.success ? (result.data as AssignmentRun) : null;
}

// ---------------------------------------------------------------------------------------------
// Scoring: one function for the finish screen, the tutor's table and LMS reporting.

/** Reviews of the assignment's decks' cards between starting and finishing (undone ones excepted). */
export function cardsReviewedDuring(
  reviews: readonly { card: string; at: string; undone?: boolean | undefined }[],
  decks: readonly string[],
  from: string,
  to: string,
): number {
  const units = new Set(decks);
  const start = Date.parse(from);
  const end = Date.parse(to);
  return reviews.filter((review) => {
    const at = Date.parse(review.at);
    return !review.undone && at >= start && at <= end && units.has(unitOfCard(review.card));
  }).length;
}

export interface ScenarioScore {
  key: string;
  total: number;
  /** The scenario's marks on this copy of Markpoint, or null if it lacks the scenario. */
  max: number | null;
}

export interface AssignmentScore {
  quiz: ResultsGrade;
  scenarios: ScenarioScore[];
  /** Null when the assignment sets no flashcards, or the code predates counting them. */
  cards: number | null;
  /**
   * Everything on one scale for a gradebook: a question is worth one mark, a scenario its marks.
   * Raw and max in whole hundredths of a mark, as the quiz is graded; scaled 0-1.
   */
  overall: { raw: number; max: number; scaled: number | null };
}

/**
 * The score of a submission, by part. `questionCount` is how many questions the assignment asked;
 * `scenarioMarks` maps each scenario key to its marks.
 */
export function scoreAssignment(
  assignment: Assignment,
  results: Pick<ResultsCode, 'items' | 'scenarios' | 'cards'>,
  questionCount: number,
  scenarioMarks: Readonly<Record<string, number>>,
): AssignmentScore {
  const quiz = gradeResults(assignment, { v: 1, assignment: assignment.id, learner: '-', startedAt: '', submittedAt: '', items: results.items, scenarios: [] }, questionCount);
  const byKey = new Map(results.scenarios.map((result) => [result.key, result]));
  const scenarios = assignment.scenarios.map((key): ScenarioScore => {
    const max = Object.hasOwn(scenarioMarks, key) ? (scenarioMarks[key] ?? null) : null;
    const total = byKey.get(key)?.total ?? 0;
    return { key, total: max === null ? total : Math.min(total, max), max };
  });
  const rawHundredths = Math.round(quiz.earned * 100) + scenarios.reduce((sum, scenario) => sum + Math.round(scenario.total * 100), 0);
  const maxHundredths = quiz.questionCount * 100 + scenarios.reduce((sum, scenario) => sum + Math.round((scenario.max ?? 0) * 100), 0);
  return {
    quiz,
    scenarios,
    cards: assignment.decks.length ? (results.cards ?? null) : null,
    overall: { raw: rawHundredths / 100, max: maxHundredths / 100, scaled: maxHundredths ? Math.floor((rawHundredths / maxHundredths) * 10_000) / 10_000 : null },
  };
}

/** The results a finished run reports, with the version of each item the learner answered. */
export function runResults(
  run: AssignmentRun,
  fingerprints: Readonly<Record<string, string>>,
  submittedAt: string,
  cards: number | undefined,
): ResultsCode {
  const answered: Record<string, string> = {};
  for (const entry of [...run.items, ...run.scenarios]) {
    const fingerprint = fingerprints[entry.key];
    if (fingerprint !== undefined) answered[entry.key] = fingerprint;
  }
  return {
    v: 1,
    assignment: run.assignment,
    learner: run.learner,
    startedAt: run.startedAt,
    submittedAt,
    items: run.items,
    scenarios: run.scenarios,
    fingerprints: answered,
    ...(cards === undefined ? {} : { cards }),
    activeSeconds: Math.round(run.activeSeconds),
  };
}
