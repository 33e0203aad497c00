/**
 * The learner's progress: one versioned state, changed only through the pure functions here, and
 * read back item by item so one damaged record never costs the learner the rest.
 */
import * as z from 'zod/mini';
import type { StoredCard } from '../srs/scheduler.ts';

export const PROGRESS_VERSION = 1;

export interface ReviewRecord {
  id: string;
  card: string;
  grade: 1 | 2 | 3 | 4;
  at: string;
  /** The card before this rating, so the rating can be undone. */
  before: StoredCard | null;
  undone?: boolean;
}

export interface QuestionAttempt {
  at: string;
  chosen: string[];
  /** 0-1: partial credit for multiple-choice questions. */
  score: number;
  correct: boolean;
  seed: number;
}

export interface MisconceptionRecord {
  /** Times the learner chose an option that revealed it. */
  missedAt: string[];
  /** Times they answered a question on it correctly; two separate days clear it. */
  correctAt: string[];
}

export interface PointMark {
  id: string;
  status: 'earned' | 'partly' | 'not';
  marks: number;
}

export interface ScenarioAttempt {
  id: string;
  at: string;
  answer: string;
  total: number;
  max: number;
  points: PointMark[];
  /** The learner's own marks per point after reading the model answer. */
  selfMarks?: Record<string, number>;
}

export interface ScenarioRecord {
  draft: string;
  draftAt: string;
  attempts: ScenarioAttempt[];
}

export interface Settings {
  retention: number;
  newPerDay: number;
  reverseCards: boolean;
  examDate?: string;
  updatedAt: string;
}

export interface CardRecord extends StoredCard {
  updatedAt: string;
}

export interface ProgressState {
  version: typeof PROGRESS_VERSION;
  /** Changes when progress is reset, so other tabs know to drop, not merge, what they hold. */
  epoch: string;
  cards: Record<string, CardRecord>;
  reviews: ReviewRecord[];
  questions: Record<string, QuestionAttempt[]>;
  misconceptions: Record<string, MisconceptionRecord>;
  scenarios: Record<string, ScenarioRecord>;
  /** Study actions per local day (YYYY-MM-DD). */
  activity: Record<string, number>;
  settings: Settings;
}

export const DEFAULT_SETTINGS: Settings = { retention: 0.9, newPerDay: 20, reverseCards: false, updatedAt: '1970-01-01T00:00:00.000Z' };

export function emptyProgress(epoch = '0'): ProgressState {
  return {
    version: PROGRESS_VERSION,
    epoch,
    cards: {},
    reviews: [],
    questions: {},
    misconceptions: {},
    scenarios: {},
    activity: {},
    settings: { ...DEFAULT_SETTINGS },
  };
}

// ---------------------------------------------------------------------------------------------
// Reading stored data, item by item.

// zod/mini rather than the full zod: these schemas ship to the browser in every island that reads
// progress, and the mini build tree-shakes to a fraction of the size.
const isoDate = z.string().check(z.refine((value) => Number.isFinite(Date.parse(value)), 'is not a date'));
const nonNegative = () => z.number().check(z.minimum(0));
const count = () => z.int().check(z.minimum(0));
const grade = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const storedCardSchema = z.object({
  due: isoDate,
  stability: nonNegative(),
  difficulty: z.number(),
  scheduledDays: nonNegative(),
  learningSteps: count(),
  reps: count(),
  lapses: count(),
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: z.optional(isoDate),
});
const cardRecordSchema = z.extend(storedCardSchema, { updatedAt: isoDate });
const reviewSchema = z.object({
  id: z.string().check(z.minLength(1)),
  card: z.string().check(z.minLength(1)),
  grade,
  at: isoDate,
  before: z.nullable(storedCardSchema),
  undone: z.optional(z.boolean()),
});
const questionAttemptSchema = z.object({
  at: isoDate,
  chosen: z.array(z.string()),
  score: z.number().check(z.minimum(0), z.maximum(1)),
  correct: z.boolean(),
  seed: z.int(),
});
const misconceptionSchema = z.object({ missedAt: z.array(isoDate), correctAt: z.array(isoDate) });
const pointMarkSchema = z.object({ id: z.string(), status: z.enum(['earned', 'partly', 'not']), marks: nonNegative() });
const scenarioAttemptSchema = z.object({
  id: z.string().check(z.minLength(1)),
  at: isoDate,
  answer: z.string(),
  total: nonNegative(),
  max: z.number().check(z.positive()),
  points: z.array(pointMarkSchema),
  selfMarks: z.optional(z.record(z.string(), nonNegative())),
});
const scenarioSchema = z.object({ draft: z.string(), draftAt: isoDate, attempts: z.array(z.unknown()) });
const settingsSchema = z.object({
  retention: z.number().check(z.minimum(0.7), z.maximum(0.99)),
  newPerDay: z.int().check(z.minimum(0), z.maximum(500)),
  reverseCards: z.boolean(),
  examDate: z.optional(isoDate),
  updatedAt: isoDate,
});

export interface LoadReport {
  state: ProgressState;
  /** Items that could not be read and were left out (the raw text is kept by the store). */
  dropped: string[];
  /** The stored text was not readable at all. */
  unreadable: boolean;
}

type Loose = Record<string, unknown>;
const asRecord = (value: unknown): Loose | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : null;

/**
 * Reads whatever is stored, keeping every valid item and reporting the rest. Never throws: a
 * learner's valid progress must survive any damage to the parts around it.
 */
export function loadProgress(raw: string | null): LoadReport {
  if (raw === null || raw === '') return { state: emptyProgress(), dropped: [], unreadable: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { state: emptyProgress(), dropped: ['the whole record (not valid JSON)'], unreadable: true };
  }
  return readProgress(parsed);
}

export function readProgress(parsed: unknown): LoadReport {
  const root = asRecord(parsed);
  const state = emptyProgress();
  const dropped: string[] = [];
  if (!root) return { state, dropped: ['the whole record (not an object)'], unreadable: true };
  if (typeof root['version'] === 'number' && root['version'] > PROGRESS_VERSION) {
    return { state, dropped: [`the whole record (saved by a newer version, ${String(root['version'])})`], unreadable: true };
  }
  if (typeof root['epoch'] === 'string' && root['epoch'].length <= 64) state.epoch = root['epoch'];

  const eachEntry = <T>(field: string, schema: z.ZodMiniType<T>, put: (key: string, value: T) => void) => {
    const record = asRecord(root[field]);
    if (root[field] !== undefined && !record) {
      dropped.push(field);
      return;
    }
    for (const [key, value] of Object.entries(record ?? {})) {
      const result = schema.safeParse(value);
      if (result.success && key.length > 0 && key.length <= 200) put(key, result.data);
      else dropped.push(`${field}.${key}`);
    }
  };

  eachEntry('cards', cardRecordSchema, (key, value) => {
    state.cards[key] = stripUndefined(value);
  });
  eachEntry('misconceptions', misconceptionSchema, (key, value) => {
    state.misconceptions[key] = value;
  });
  eachEntry('activity', count(), (key, value) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(key)) state.activity[key] = value;
    else dropped.push(`activity.${key}`);
  });
  eachEntry('questions', z.array(z.unknown()), (key, attempts) => {
    const valid = attempts.flatMap((attempt, i) => {
      const result = questionAttemptSchema.safeParse(attempt);
      if (!result.success) dropped.push(`questions.${key}[${i}]`);
      return result.success ? [result.data] : [];
    });
    if (valid.length) state.questions[key] = valid;
  });
  eachEntry('scenarios', scenarioSchema, (key, value) => {
    const attempts = value.attempts.flatMap((attempt, i) => {
      const result = scenarioAttemptSchema.safeParse(attempt);
      if (!result.success) dropped.push(`scenarios.${key}.attempts[${i}]`);
      return result.success ? [stripUndefined(result.data)] : [];
    });
    state.scenarios[key] = { draft: value.draft, draftAt: value.draftAt, attempts };
  });

  if (root['reviews'] !== undefined) {
    if (!Array.isArray(root['reviews'])) dropped.push('reviews');
    else
      root['reviews'].forEach((review, i) => {
        const result = reviewSchema.safeParse(review);
        if (result.success) state.reviews.push(stripUndefined(result.data) as ReviewRecord);
        else dropped.push(`reviews[${i}]`);
      });
  }
  if (root['settings'] !== undefined) {
    const result = settingsSchema.safeParse(root['settings']);
    if (result.success) state.settings = stripUndefined(result.data);
    else dropped.push('settings');
  }
  return { state, dropped, unreadable: false };
}

/** zod leaves optional keys present as undefined; stored state never holds them. */
function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

// ---------------------------------------------------------------------------------------------
// Changes. Each returns a new state and leaves its input untouched.

export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function withActivity(state: ProgressState, now: Date): Record<string, number> {
  const day = localDay(now);
  return { ...state.activity, [day]: (state.activity[day] ?? 0) + 1 };
}

export function recordReview(
  state: ProgressState,
  cardId: string,
  after: StoredCard,
  gradeGiven: 1 | 2 | 3 | 4,
  now: Date,
  reviewId: string,
): ProgressState {
  const before = state.cards[cardId];
  const at = now.toISOString();
  const beforeCard: StoredCard | null = before ? withoutUpdatedAt(before) : null;
  return {
    ...state,
    cards: { ...state.cards, [cardId]: { ...after, updatedAt: at } },
    reviews: [...state.reviews, { id: reviewId, card: cardId, grade: gradeGiven, at, before: beforeCard }],
    activity: withActivity(state, now),
  };
}

function withoutUpdatedAt(card: CardRecord): StoredCard {
  const { updatedAt: _updatedAt, ...stored } = card;
  return stored;
}

/** Puts the card back as it was before the review, and marks the review undone (kept for merging). */
export function undoReview(state: ProgressState, reviewId: string, now: Date): ProgressState {
  const review = state.reviews.find((entry) => entry.id === reviewId);
  if (!review || review.undone) return state;
  const cards = { ...state.cards };
  if (review.before) cards[review.card] = { ...review.before, updatedAt: now.toISOString() };
  else delete cards[review.card];
  return {
    ...state,
    cards,
    reviews: state.reviews.map((entry) => (entry.id === reviewId ? { ...entry, undone: true } : entry)),
  };
}

export function recordQuestionAttempt(
  state: ProgressState,
  questionId: string,
  attempt: QuestionAttempt,
  misconceptionsMissed: readonly string[],
  misconceptionTested: string,
): ProgressState {
  const misconceptions = { ...state.misconceptions };
  for (const id of misconceptionsMissed) {
    const record = misconceptions[id] ?? { missedAt: [], correctAt: [] };
    misconceptions[id] = { ...record, missedAt: [...record.missedAt, attempt.at] };
  }
  if (attempt.correct) {
    const record = misconceptions[misconceptionTested] ?? { missedAt: [], correctAt: [] };
    misconceptions[misconceptionTested] = { ...record, correctAt: [...record.correctAt, attempt.at] };
  }
  return {
    ...state,
    questions: { ...state.questions, [questionId]: [...(state.questions[questionId] ?? []), attempt] },
    misconceptions,
    activity: withActivity(state, new Date(attempt.at)),
  };
}

export function saveScenarioDraft(state: ProgressState, scenarioId: string, draft: string, now: Date): ProgressState {
  const record = state.scenarios[scenarioId] ?? { draft: '', draftAt: now.toISOString(), attempts: [] };
  if (record.draft === draft) return state;
  return { ...state, scenarios: { ...state.scenarios, [scenarioId]: { ...record, draft, draftAt: now.toISOString() } } };
}

export function recordScenarioAttempt(state: ProgressState, scenarioId: string, attempt: ScenarioAttempt): ProgressState {
  const record = state.scenarios[scenarioId] ?? { draft: attempt.answer, draftAt: attempt.at, attempts: [] };
  return {
    ...state,
    scenarios: { ...state.scenarios, [scenarioId]: { ...record, attempts: [...record.attempts, attempt] } },
    activity: withActivity(state, new Date(attempt.at)),
  };
}

export function setSelfMarks(state: ProgressState, scenarioId: string, attemptId: string, selfMarks: Record<string, number>): ProgressState {
  const record = state.scenarios[scenarioId];
  if (!record) return state;
  const attempts = record.attempts.map((attempt) => (attempt.id === attemptId ? { ...attempt, selfMarks } : attempt));
  return { ...state, scenarios: { ...state.scenarios, [scenarioId]: { ...record, attempts } } };
}

export function updateSettings(state: ProgressState, change: Partial<Omit<Settings, 'updatedAt'>>, now: Date): ProgressState {
  return { ...state, settings: { ...state.settings, ...change, updatedAt: now.toISOString() } };
}

// ---------------------------------------------------------------------------------------------
// Questions about the state.

export const CLEARING_DAYS = 2;

/** A misconception is cleared once answered correctly on two separate days after it was last missed. */
export function isMisconceptionCleared(record: MisconceptionRecord | undefined): boolean {
  if (!record || record.missedAt.length === 0) return false;
  const lastMiss = record.missedAt.reduce((latest, at) => (at > latest ? at : latest), '');
  const days = new Set(record.correctAt.filter((at) => at > lastMiss).map((at) => localDay(new Date(at))));
  return days.size >= CLEARING_DAYS;
}

export function openMisconceptions(state: ProgressState): string[] {
  return Object.entries(state.misconceptions)
    .filter(([, record]) => record.missedAt.length > 0 && !isMisconceptionCleared(record))
    .map(([id]) => id);
}

export function bestScenarioScore(record: ScenarioRecord | undefined): number | null {
  if (!record || record.attempts.length === 0) return null;
  return Math.max(...record.attempts.map((attempt) => attempt.total));
}
