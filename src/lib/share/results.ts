/**
 * Results codes: a learner's answers to an assignment, as text they can paste to their tutor.
 * Same envelope as assignment links (checksum, version, compression), with the prefix "R1.".
 * A code holds scores and misconception keys, never the learner's written answers.
 */
import * as z from 'zod/mini';
import { type Result, err, ok } from '../result.ts';
import { type Loose, asList, asRecord, assignmentIdField, check, firstRepeat, idField, keyField, listField, textField } from './fields.ts';
import { RESULTS_KIND, type ShareResult, ShareCodeError, packCode, refuse, unpackCode } from './frame.ts';
import type { Assignment } from './assignment.ts';
import { FINGERPRINT_PATTERN } from './content-version.ts';
import { normaliseName } from './names.ts';
import { TEXT_LIMITS } from './text.ts';

/** The result types, for pages that import only this module. */
export { ShareCodeError, type ShareProblem, type ShareRefusal, type ShareResult } from './frame.ts';

export const RESULTS_LIMITS = {
  items: 200,
  /** A question has at most eight options, so at most seven wrong ones to reveal misconceptions. */
  missedPerItem: 8,
  scenarios: 20,
  pointsPerScenario: 50,
  learner: TEXT_LIMITS.learner,
} as const;

export interface ResultItem {
  /** "<unit>/<question id>". */
  key: string;
  /** 0-1, two decimals (partial credit on multiple choice). */
  score: number;
  /** Misconception keys ("<unit>/<id>") the learner's wrong options revealed; empty if none. */
  missed: string[];
}

export interface ScenarioResult {
  /** "<unit>/<scenario id>". */
  key: string;
  /** Marks earned in all. */
  total: number;
  /** Marks per marking point id. */
  points: Record<string, number>;
}

export interface ResultsCode {
  v: 1;
  /** The assignment's id. */
  assignment: string;
  /** The name the learner gave: plain text. */
  learner: string;
  /** ISO timestamps, kept to the whole second. */
  startedAt: string;
  submittedAt: string;
  items: ResultItem[];
  scenarios: ScenarioResult[];
  /**
   * The version of each item the learner answered, by key, as their copy of Markpoint held it.
   * Absent from codes made before versions were recorded.
   */
  fingerprints?: Record<string, string>;
  /** Flashcards from the assignment's decks reviewed between starting and submitting. */
  cards?: number;
  /** Seconds the learner spent with the assignment open, which a break or a reload does not inflate. */
  activeSeconds?: number;
}

/** Largest count of cards or seconds a code may claim: a week, far above any real sitting. */
const MAX_COUNT = 7 * 24 * 3600;

// ---------------------------------------------------------------------------------------------
// Validation.

const isoInstant = z
  .string()
  .check(z.refine((value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/.test(value) && Number.isFinite(Date.parse(value)), 'must be a UTC time like 2026-05-01T09:30:00Z'));
const marks = z.number().check(z.minimum(0, 'must be 0 or more'), z.maximum(1000, 'must be at most 1000'));

const resultsSchema = z
  .object({
    v: z.literal(1),
    assignment: assignmentIdField,
    learner: textField(RESULTS_LIMITS.learner),
    startedAt: isoInstant,
    submittedAt: isoInstant,
    items: listField(
      z.object({
        key: keyField,
        score: z.number().check(z.minimum(0, 'must be 0-1'), z.maximum(1, 'must be 0-1')),
        missed: listField(keyField, RESULTS_LIMITS.missedPerItem),
      }),
      RESULTS_LIMITS.items,
    ),
    scenarios: listField(z.object({ key: keyField, total: marks, points: z.record(idField, marks) }), RESULTS_LIMITS.scenarios),
    fingerprints: z.optional(z.record(keyField, z.string().check(z.regex(FINGERPRINT_PATTERN, 'must be a content fingerprint')))),
    cards: z.optional(z.int().check(z.minimum(0, 'must be 0 or more'), z.maximum(MAX_COUNT, `must be at most ${MAX_COUNT}`))),
    activeSeconds: z.optional(z.int().check(z.minimum(0, 'must be 0 or more'), z.maximum(MAX_COUNT, `must be at most ${MAX_COUNT}`))),
  })
  .check(
    z.superRefine((results, ctx) => {
      const problem = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message, input: results });
      if (Date.parse(results.submittedAt) < Date.parse(results.startedAt)) problem(['submittedAt'], 'is before startedAt');
      // A repeated question would count twice towards the score.
      const itemRepeat = firstRepeat(results.items.map((item) => item.key));
      if (itemRepeat >= 0) problem(['items', itemRepeat, 'key'], `repeats "${results.items[itemRepeat]?.key ?? ''}"`);
      const scenarioRepeat = firstRepeat(results.scenarios.map((scenario) => scenario.key));
      if (scenarioRepeat >= 0) problem(['scenarios', scenarioRepeat, 'key'], `repeats "${results.scenarios[scenarioRepeat]?.key ?? ''}"`);
      results.scenarios.forEach((scenario, index) => {
        if (Object.keys(scenario.points).length > RESULTS_LIMITS.pointsPerScenario) {
          problem(['scenarios', index, 'points'], `must have at most ${RESULTS_LIMITS.pointsPerScenario} marking points`);
        }
      });
    }),
  );

/**
 * Checks results (or anything claiming to be them) and returns a clean copy: the name made plain
 * text, scores rounded to two decimals, times to the whole second.
 */
export function validateResults(candidate: unknown): ShareResult<ResultsCode> {
  const result = check(resultsSchema, normaliseResults(candidate));
  if (!result.ok) return refuse('invalid', `${result.error.field}: ${result.error.message}`, result.error.field);
  const value = result.value;
  return ok({
    v: value.v,
    assignment: value.assignment,
    learner: value.learner,
    startedAt: value.startedAt,
    submittedAt: value.submittedAt,
    items: value.items.map((item) => ({ key: item.key, score: item.score, missed: item.missed })),
    scenarios: value.scenarios.map((scenario) => ({ key: scenario.key, total: scenario.total, points: { ...scenario.points } })),
    ...(value.fingerprints === undefined ? {} : { fingerprints: { ...value.fingerprints } }),
    ...(value.cards === undefined ? {} : { cards: value.cards }),
    ...(value.activeSeconds === undefined ? {} : { activeSeconds: value.activeSeconds }),
  });
}

/**
 * The learner's name as the encoder will keep it, or why it cannot be used. The runner calls this
 * at Start, so a name of spaces or invisible characters is refused before any work is done.
 */
export function validateLearnerName(name: string): Result<string, string> {
  const value = normaliseName(name);
  if (value === '') return err('Type your name: what was entered has no visible letters.');
  if (value.length > RESULTS_LIMITS.learner) return err(`Shorten your name to at most ${RESULTS_LIMITS.learner} characters.`);
  const checked = check(textField(RESULTS_LIMITS.learner), value);
  return checked.ok ? checked : err(`Your name ${checked.error.message}.`);
}

function normaliseResults(candidate: unknown): unknown {
  const record = asRecord(candidate);
  if (!record) return candidate;
  const out: Loose = { ...record };
  if (typeof out['learner'] === 'string') out['learner'] = normaliseName(out['learner']);
  for (const field of ['startedAt', 'submittedAt'] as const) {
    const value = out[field];
    if (typeof value === 'string') out[field] = wholeSecond(value);
  }
  const items = asList(out['items']);
  if (items) {
    out['items'] = items.map((item) => {
      const entry = asRecord(item);
      if (!entry) return item;
      const score = entry['score'];
      return {
        ...entry,
        ...(typeof score === 'number' ? { score: Math.round(score * 100) / 100 } : {}),
        missed: entry['missed'] ?? [],
      };
    });
  }
  return out;
}

/** Codes carry seconds, so a time is kept to the second before it is encoded, and compares equal after. */
function wholeSecond(value: string): string {
  const ms = Date.parse(value);
  if (!Number.isFinite(ms) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return value;
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

// ---------------------------------------------------------------------------------------------
// The code. Times as Unix seconds, scores as whole hundredths, items and scenarios as tuples.

type ItemWire = [string, number] | [string, number, string[]];
type ScenarioWire = [string, number, Record<string, number>];

interface ResultsWire {
  a: string;
  l: string;
  b: number;
  e: number;
  i: ItemWire[];
  s?: ScenarioWire[];
  /** Fingerprints in the order of the items then the scenarios ("" for none). */
  h?: string[];
  k?: number;
  t?: number;
}

function toWire(results: ResultsCode): ResultsWire {
  return {
    a: results.assignment,
    l: results.learner,
    b: Date.parse(results.startedAt) / 1000,
    e: Date.parse(results.submittedAt) / 1000,
    i: results.items.map((item): ItemWire => {
      const hundredths = Math.round(item.score * 100);
      return item.missed.length ? [item.key, hundredths, item.missed] : [item.key, hundredths];
    }),
    ...(results.scenarios.length ? { s: results.scenarios.map((scenario): ScenarioWire => [scenario.key, scenario.total, scenario.points]) } : {}),
    ...(results.fingerprints ? { h: [...results.items, ...results.scenarios].map((entry) => results.fingerprints?.[entry.key] ?? '') } : {}),
    ...(results.cards === undefined ? {} : { k: results.cards }),
    ...(results.activeSeconds === undefined ? {} : { t: results.activeSeconds }),
  };
}

/** Largest Unix time in seconds a Date can hold; beyond it toISOString would throw. */
const MAX_SECONDS = 8.64e12;

function fromWire(wire: unknown): unknown {
  const w = asRecord(wire);
  if (!w) return wire;
  const time = (value: unknown) =>
    typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_SECONDS ? new Date(value * 1000).toISOString() : value;
  const itemList = asList(w['i']);
  const items = itemList
    ? itemList.map((item) => {
        const tuple = asList(item);
        if (!tuple) return item;
        const [key, hundredths, missed] = tuple;
        return { key, score: typeof hundredths === 'number' ? hundredths / 100 : hundredths, missed: missed ?? [] };
      })
    : w['i'];
  const scenarioList = asList(w['s']);
  const scenarios =
    w['s'] === undefined
      ? []
      : scenarioList
        ? scenarioList.map((scenario) => {
            const tuple = asList(scenario);
            return tuple ? { key: tuple[0], total: tuple[1], points: tuple[2] } : scenario;
          })
        : w['s'];
  let fingerprints: unknown;
  if (w['h'] !== undefined) {
    const list = asList(w['h']);
    const keys = [...(asList(items) ?? []), ...(asList(scenarios) ?? [])].map((entry) => asRecord(entry)?.['key']);
    // A count that does not line up is left for validation to name.
    fingerprints =
      list && list.length === keys.length
        ? Object.fromEntries(keys.flatMap((key, index) => (typeof key === 'string' && list[index] !== '' ? [[key, list[index]]] : [])))
        : w['h'];
  }
  return {
    v: 1,
    assignment: w['a'],
    learner: w['l'],
    startedAt: time(w['b']),
    submittedAt: time(w['e']),
    items,
    scenarios,
    ...(fingerprints === undefined ? {} : { fingerprints }),
    ...(w['k'] === undefined ? {} : { cards: w['k'] }),
    ...(w['t'] === undefined ? {} : { activeSeconds: w['t'] }),
  };
}

/**
 * The code the learner copies to their tutor. Throws ShareCodeError if the results are invalid
 * (call validateResults first to show the reason, e.g. an empty name).
 */
export async function encodeResults(results: ResultsCode): Promise<string> {
  const checked = validateResults(results);
  if (!checked.ok) throw new ShareCodeError(checked.error);
  return packCode(RESULTS_KIND, toWire(checked.value));
}

/** Reads a results code (bare, "#R1...", or in a link). Never throws; refusals carry the reason. */
export async function decodeResults(text: string): Promise<ShareResult<ResultsCode>> {
  const unpacked = await unpackCode(text, RESULTS_KIND);
  if (!unpacked.ok) return unpacked;
  const checked = validateResults(fromWire(unpacked.value));
  if (checked.ok) return checked;
  return refuse('invalid', `This results code is not valid: ${checked.error.reason}.`, checked.error.field);
}

// ---------------------------------------------------------------------------------------------
// Grading.

export interface ResultsGrade {
  /**
   * Whole percent of the quiz, rounded down so that it always agrees with `passed` (69.5% shows as
   * 69 and fails a pass mark of 70). Null when the assignment asks no questions.
   */
  scorePercent: number | null;
  /** Null when there is no quiz to pass: the pass mark applies to questions, not scenarios. */
  passed: boolean | null;
  /** Sum of the question scores counted. */
  earned: number;
  questionCount: number;
  /** Questions with an answer in the code. */
  answered: number;
}

/**
 * The learner's quiz score against the assignment's pass mark. `questionCount` is how many
 * questions the assignment asked (resolveQuestions(...).length): unanswered ones count as 0.
 * For a pick, only the picked questions count; each question counts once.
 */
export function gradeResults(assignment: Assignment, results: ResultsCode, questionCount: number): ResultsGrade {
  const picked = assignment.questions.mode === 'pick' ? new Set(assignment.questions.keys) : null;
  const seen = new Set<string>();
  let hundredths = 0;
  for (const item of results.items) {
    if (seen.has(item.key) || (picked && !picked.has(item.key))) continue;
    seen.add(item.key);
    hundredths += Math.round(Math.min(1, Math.max(0, item.score)) * 100);
  }
  const count = Math.max(0, Math.floor(questionCount));
  const answered = Math.min(seen.size, count);
  // Whole hundredths keep the comparison exact: 0.57 * 100 is 56.99999999999999 in floating point.
  const earnedHundredths = Math.min(hundredths, count * 100);
  if (count === 0) return { scorePercent: null, passed: null, earned: 0, questionCount: 0, answered: 0 };
  const scorePercent = Math.floor(earnedHundredths / count);
  return { scorePercent, passed: earnedHundredths >= assignment.passMark * count, earned: earnedHundredths / 100, questionCount: count, answered };
}
