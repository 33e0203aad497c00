/**
 * Tutor assignments: what a tutor sets (questions, flashcard decks, scenarios, a pass mark), carried
 * to learners in a link. Nothing is stored on a server, so the link is the assignment: it is
 * compact enough to paste into a chat message and checked so that a damaged link is refused
 * rather than quietly setting different work.
 */
import * as z from 'zod/mini';
import { seededRandom, shuffle } from '../random/seeded.ts';
import { ok } from '../result.ts';
import {
  type Loose,
  asList,
  asRecord,
  assignmentIdField,
  check,
  firstRepeat,
  idField,
  isCalendarDay,
  keyField,
  listField,
  textField,
  unitOfKey,
} from './fields.ts';
import { FINGERPRINT_PATTERN, compareFingerprints } from './content-version.ts';
import { ASSIGNMENT_KIND, type ShareResult, ShareCodeError, packCode, refuse, unpackCode } from './frame.ts';
import { TEXT_LIMITS, plainText } from './text.ts';

/** The result types, for pages that import only this module. */
export { ShareCodeError, type ShareProblem, type ShareRefusal, type ShareResult } from './frame.ts';

export const ASSIGNMENT_LIMITS = {
  units: 20,
  decks: 20,
  scenarios: 20,
  /** Questions a tutor may pick by hand, or draw: keeps links short and rounds finishable. */
  questions: 100,
  ...TEXT_LIMITS,
} as const;

export type AssignmentQuestions =
  /**
   * A seeded draw from the assignment's units. `keys` is the draw as the tutor's copy made it, so
   * adding a question to a unit later cannot change the round; links made before it was recorded
   * lack it, and every copy redraws them from its own content.
   */
  | { mode: 'draw'; count: number; seed: number; keys?: string[] }
  /** Questions the tutor chose, in the tutor's order ("<unit>/<question id>"); may be empty. */
  | { mode: 'pick'; keys: string[] };

export interface Assignment {
  v: 1;
  /** Short, random-looking; results codes quote it so the tutor's table knows whose work is whose. */
  id: string;
  title: string;
  tutor: string;
  note?: string;
  /** The units the assignment covers; a draw takes questions from these. */
  units: string[];
  questions: AssignmentQuestions;
  /** Units whose flashcards are assigned. */
  decks: string[];
  /** "<unit>/<scenario id>". */
  scenarios: string[];
  /** YYYY-MM-DD. */
  due?: string;
  /** 0-100: the quiz score, in percent, that passes. */
  passMark: number;
  /**
   * The version of each question and scenario the tutor's copy held when the link was made, by
   * key (see content-version.ts). Absent from links made before versions were recorded.
   */
  fingerprints?: Record<string, string>;
}

/** What the tutor's copy of the course holds, for fixing a draw and recording item versions. */
export interface AssignmentContent {
  questionKeys: readonly string[];
  fingerprints: Readonly<Record<string, string>>;
}

/** What the tutor's form fills in; createAssignment adds the version, the id and the draw's seed. */
export interface AssignmentDraft {
  title: string;
  tutor: string;
  note?: string;
  units: string[];
  questions: { mode: 'draw'; count: number } | { mode: 'pick'; keys: string[] };
  decks?: string[];
  scenarios?: string[];
  due?: string;
  passMark: number;
}

// ---------------------------------------------------------------------------------------------
// Validation: the same rules for the tutor's form, the encoder and the decoder.

const questionsSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('draw'),
    count: z.int().check(z.minimum(1, 'must be at least 1'), z.maximum(ASSIGNMENT_LIMITS.questions, `must be at most ${ASSIGNMENT_LIMITS.questions}`)),
    seed: z.int().check(z.minimum(0, 'must be a 32-bit seed'), z.maximum(0xffffffff, 'must be a 32-bit seed')),
    keys: z.optional(listField(keyField, ASSIGNMENT_LIMITS.questions)),
  }),
  z.object({ mode: z.literal('pick'), keys: listField(keyField, ASSIGNMENT_LIMITS.questions) }),
]);

const assignmentSchema = z
  .object({
    v: z.literal(1),
    id: assignmentIdField,
    title: textField(ASSIGNMENT_LIMITS.title),
    tutor: textField(ASSIGNMENT_LIMITS.tutor),
    note: z.optional(textField(ASSIGNMENT_LIMITS.note)),
    units: listField(idField, ASSIGNMENT_LIMITS.units).check(z.minLength(1, 'must name at least one unit')),
    questions: questionsSchema,
    decks: listField(idField, ASSIGNMENT_LIMITS.decks),
    scenarios: listField(keyField, ASSIGNMENT_LIMITS.scenarios),
    due: z.optional(z.string().check(z.refine(isCalendarDay, 'must be a date written YYYY-MM-DD'))),
    passMark: z.int().check(z.minimum(0, 'must be 0-100'), z.maximum(100, 'must be 0-100')),
    fingerprints: z.optional(z.record(keyField, z.string().check(z.regex(FINGERPRINT_PATTERN, 'must be a content fingerprint')))),
  })
  .check(
    z.superRefine((assignment, ctx) => {
      const problem = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message, input: assignment });
      const pickKeys = assignment.questions.keys ?? [];
      if (assignment.questions.mode === 'draw' && pickKeys.length > assignment.questions.count) {
        problem(['questions', 'keys'], `lists ${pickKeys.length} drawn questions for a draw of ${assignment.questions.count}`);
      }
      const lists: [string[], PropertyKey[]][] = [
        [assignment.units, ['units']],
        [assignment.decks, ['decks']],
        [assignment.scenarios, ['scenarios']],
        [pickKeys, ['questions', 'keys']],
      ];
      for (const [list, path] of lists) {
        const repeat = firstRepeat(list);
        if (repeat >= 0) problem([...path, repeat], `repeats "${list[repeat] ?? ''}"`);
      }
      // Everything assigned must sit in the assignment's units, so the learner's page can tell
      // them what the work covers and a draw never reaches outside it.
      const units = new Set(assignment.units);
      assignment.decks.forEach((unit, index) => {
        if (!units.has(unit)) problem(['decks', index], `names unit "${unit}", which is not in units`);
      });
      const keyed: [string[], PropertyKey[]][] = [
        [assignment.scenarios, ['scenarios']],
        [pickKeys, ['questions', 'keys']],
      ];
      for (const [keys, path] of keyed) {
        keys.forEach((key, index) => {
          if (!units.has(unitOfKey(key))) problem([...path, index], `names unit "${unitOfKey(key)}", which is not in units`);
        });
      }
      if (pickKeys.length === 0 && assignment.questions.mode === 'pick' && assignment.decks.length === 0 && assignment.scenarios.length === 0) {
        problem(['questions'], 'assign at least one question, flashcard deck or scenario');
      }
      const itemKeys = new Set([...pickKeys, ...assignment.scenarios]);
      for (const key of Object.keys(assignment.fingerprints ?? {})) {
        if (!itemKeys.has(key)) problem(['fingerprints', key], 'names an item the assignment does not set');
      }
    }),
  );

/**
 * Checks an assignment (or anything claiming to be one) and returns a clean copy: text made plain,
 * empty note dropped. The reason names the field, e.g. "title: must be at most 120 characters".
 */
export function validateAssignment(candidate: unknown): ShareResult<Assignment> {
  const normalised = normaliseAssignment(candidate);
  const result = check(assignmentSchema, normalised);
  if (!result.ok) return refuse('invalid', `${result.error.field}: ${result.error.message}`, result.error.field);
  const { v, id, title, tutor, note, units, questions, decks, scenarios, due, passMark, fingerprints } = result.value;
  const assignment: Assignment = {
    v,
    id,
    title,
    tutor,
    ...(note === undefined ? {} : { note }),
    units,
    questions:
      questions.mode === 'draw'
        ? { mode: 'draw', count: questions.count, seed: questions.seed, ...(questions.keys === undefined ? {} : { keys: questions.keys }) }
        : { mode: 'pick', keys: questions.keys },
    decks,
    scenarios,
    ...(due === undefined ? {} : { due }),
    passMark,
    ...(fingerprints === undefined ? {} : { fingerprints: { ...fingerprints } }),
  };
  return ok(assignment);
}

function normaliseAssignment(candidate: unknown): unknown {
  const record = asRecord(candidate);
  if (!record) return candidate;
  const out: Loose = { ...record };
  for (const field of ['title', 'tutor'] as const) {
    const value = out[field];
    if (typeof value === 'string') out[field] = plainText(value);
  }
  if (typeof out['note'] === 'string') out['note'] = plainText(out['note'], { multiline: true });
  if (out['note'] === '' || out['note'] === undefined) delete out['note'];
  if (out['due'] === '' || out['due'] === undefined) delete out['due'];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Making one.

const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford's base32: no i, l, o or u to misread.
const ID_LENGTH = 8;

/** A short id that looks random but comes from the seed, so an edited draft keeps its id. */
export function makeAssignmentId(seed: number): string {
  // A different stream from the one the draw shuffles with, so the id reveals nothing of the draw.
  const random = seededRandom(seed ^ 0x5eed1d);
  let id = '';
  for (let i = 0; i < ID_LENGTH; i += 1) id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)] ?? '0';
  return id;
}

/**
 * The assignment for a tutor's draft. Pass newSeed() once and keep it while the tutor edits, so the
 * id and the draw stay the same; a new seed makes a new assignment.
 */
export function createAssignment(draft: AssignmentDraft, seed: number, content?: AssignmentContent): ShareResult<Assignment> {
  const drawSeed = seed >>> 0;
  const made = validateAssignment({
    v: 1,
    id: makeAssignmentId(drawSeed),
    title: draft.title,
    tutor: draft.tutor,
    note: draft.note,
    units: draft.units,
    questions: draft.questions.mode === 'draw' ? { mode: 'draw', count: draft.questions.count, seed: drawSeed } : { mode: 'pick', keys: draft.questions.keys },
    decks: draft.decks ?? [],
    scenarios: draft.scenarios ?? [],
    due: draft.due,
    passMark: draft.passMark,
  });
  if (!made.ok || !content) return made;
  // Fix the draw and the item versions now, from the tutor's copy: the link then names the exact
  // questions, whatever content the learners' and the tutor's browsers hold later.
  const questions = made.value.questions;
  const keys = resolveQuestions(made.value, content.questionKeys);
  const fingerprints: Record<string, string> = {};
  for (const key of [...keys, ...made.value.scenarios]) {
    const fingerprint = content.fingerprints[key];
    if (fingerprint !== undefined) fingerprints[key] = fingerprint;
  }
  return validateAssignment({
    ...made.value,
    questions: questions.mode === 'draw' ? { ...questions, keys } : questions,
    fingerprints,
  });
}

// ---------------------------------------------------------------------------------------------
// The link. Short keys keep it short; the version lives in the "A1." prefix, not the JSON.

interface AssignmentWire {
  i: string;
  t: string;
  b: string;
  n?: string;
  u: string[];
  /** [count, seed] for a draw. */
  d?: [number, number];
  /** Picked question keys. */
  p?: string[];
  f?: string[];
  s?: string[];
  e?: string;
  m: number;
  /** The drawn question keys, in order. */
  k?: string[];
  /** Item fingerprints, in the order of the question keys then the scenarios ("" for none). */
  h?: string[];
}

function itemOrder(a: Pick<Assignment, 'questions' | 'scenarios'>): string[] {
  return [...(a.questions.keys ?? []), ...a.scenarios];
}

function toWire(a: Assignment): AssignmentWire {
  return {
    i: a.id,
    t: a.title,
    b: a.tutor,
    ...(a.note === undefined ? {} : { n: a.note }),
    u: a.units,
    ...(a.questions.mode === 'draw' ? { d: [a.questions.count, a.questions.seed] } : { p: a.questions.keys }),
    ...(a.decks.length ? { f: a.decks } : {}),
    ...(a.scenarios.length ? { s: a.scenarios } : {}),
    ...(a.due === undefined ? {} : { e: a.due }),
    m: a.passMark,
    ...(a.questions.mode === 'draw' && a.questions.keys ? { k: a.questions.keys } : {}),
    ...(a.fingerprints ? { h: itemOrder(a).map((key) => a.fingerprints?.[key] ?? '') } : {}),
  };
}

/** The wire form read back into the public shape, unchecked: validation names what is wrong. */
function fromWire(wire: unknown): ShareResult<unknown> {
  const w = asRecord(wire);
  if (!w) return refuse('invalid', 'the whole value: must be an object', 'the whole value');
  if (w['d'] !== undefined && w['p'] !== undefined) return refuse('invalid', 'questions: must be either drawn or picked, not both', 'questions');
  const draw = asList(w['d']);
  const questions =
    w['p'] !== undefined
      ? { mode: 'pick', keys: w['p'] }
      : draw && draw.length === 2
        ? { mode: 'draw', count: draw[0], seed: draw[1], ...(w['k'] === undefined ? {} : { keys: w['k'] }) }
        : w['d'];
  let fingerprints: unknown;
  if (w['h'] !== undefined) {
    const list = asList(w['h']);
    const keys = [...(asList(w['p'] ?? w['k']) ?? []), ...(asList(w['s']) ?? [])];
    if (!list || list.length !== keys.length) return refuse('invalid', 'fingerprints: must give one per question and scenario', 'fingerprints');
    const entries: [unknown, unknown][] = keys.map((key, index) => [key, list[index]]);
    // A key that is not text fails validation on the key lists themselves; "" means not recorded.
    fingerprints = Object.fromEntries(entries.filter((entry): entry is [string, unknown] => typeof entry[0] === 'string' && entry[1] !== ''));
  }
  return ok({
    v: 1,
    id: w['i'],
    title: w['t'],
    tutor: w['b'],
    note: w['n'],
    units: w['u'],
    questions,
    decks: w['f'] ?? [],
    scenarios: w['s'] ?? [],
    due: w['e'],
    passMark: w['m'],
    ...(fingerprints === undefined ? {} : { fingerprints }),
  });
}

/**
 * The text to put after "#" in the learner's link. Async because compression is a stream.
 * Throws ShareCodeError if the assignment is invalid or would make too long a link (the tutor's
 * form should call createAssignment/validateAssignment first and show that reason instead).
 */
export async function encodeAssignment(assignment: Assignment): Promise<string> {
  const checked = validateAssignment(assignment);
  if (!checked.ok) throw new ShareCodeError(checked.error);
  return packCode(ASSIGNMENT_KIND, toWire(checked.value));
}

/**
 * Reads an assignment from a link, its fragment ("#A1...") or the bare code. Never throws: a link
 * that is empty, cut short, altered, from a newer version or invalid is refused with the reason.
 */
export async function decodeAssignment(text: string): Promise<ShareResult<Assignment>> {
  const unpacked = await unpackCode(text, ASSIGNMENT_KIND);
  if (!unpacked.ok) return unpacked;
  const expanded = fromWire(unpacked.value);
  const checked = expanded.ok ? validateAssignment(expanded.value) : expanded;
  if (checked.ok) return checked;
  return refuse('invalid', `This assignment link is not valid: ${checked.error.reason}.`, checked.error.field);
}

// ---------------------------------------------------------------------------------------------
// Using one.

/**
 * The question keys this assignment asks, in order, from every question key the site has. A draw
 * shuffles the units' questions with the assignment's seed, so every learner (and the tutor's
 * table) gets the same round from the same content. Picked keys the site no longer has are left
 * out; unknownReferences says which.
 */
export function resolveQuestions(assignment: Assignment, allQuestionKeys: readonly string[]): string[] {
  const known = new Set(allQuestionKeys);
  const exact = assignedQuestionKeys(assignment);
  if (exact) return exact.filter((key) => known.has(key));
  if (assignment.questions.mode === 'pick') return [];
  const units = new Set(assignment.units);
  // Sorted first, by code unit rather than locale, so the draw does not depend on the order the
  // page happened to list questions in, or on the browser.
  const pool = [...known].filter((key) => units.has(unitOfKey(key))).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return shuffle(pool, assignment.questions.seed).slice(0, assignment.questions.count);
}

/**
 * The exact questions the assignment sets, or null for a draw made before links recorded it
 * (each copy of Markpoint then draws from its own content).
 */
export function assignedQuestionKeys(assignment: Assignment): string[] | null {
  return assignment.questions.keys ? [...assignment.questions.keys] : null;
}

export interface ContentCheck {
  /** Questions and scenarios the assignment sets that this copy lacks. */
  missing: string[];
  /** Ones this copy holds in a different version from the tutor's. */
  changed: string[];
  /** The link predates recorded versions: differences cannot be known. */
  unverified: boolean;
}

/** How this copy's content differs from what the assignment was made from. */
export function checkAssignmentContent(assignment: Assignment, site: { fingerprints: Readonly<Record<string, string>> }): ContentCheck {
  const exact = assignedQuestionKeys(assignment);
  const keys = [...(exact ?? []), ...assignment.scenarios];
  const { missing, changed } = compareFingerprints(keys, assignment.fingerprints ?? {}, site.fingerprints);
  return { missing, changed, unverified: exact === null || assignment.fingerprints === undefined };
}

export interface SiteCatalogue {
  units: readonly string[];
  questionKeys: readonly string[];
  scenarioKeys: readonly string[];
}

/** What the assignment names that this build of the site does not have (it may be newer content). */
export function unknownReferences(assignment: Assignment, site: SiteCatalogue): string[] {
  const units = new Set(site.units);
  const questions = new Set(site.questionKeys);
  const scenarios = new Set(site.scenarioKeys);
  const picked = assignment.questions.keys ?? [];
  return [
    ...assignment.units.filter((unit) => !units.has(unit)).map((unit) => `unit ${unit}`),
    ...picked.filter((key) => !questions.has(key)).map((key) => `question ${key}`),
    ...assignment.scenarios.filter((key) => !scenarios.has(key)).map((key) => `scenario ${key}`),
  ];
}
