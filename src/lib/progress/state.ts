/**
 * The learner's progress: one versioned state, changed only through the pure functions here, and
 * read back item by item so one damaged record never costs the learner the rest.
 */
import * as z from 'zod/mini';
import { dayStart, localDay } from '../time.ts';
import type { StoredCard } from '../srs/scheduler.ts';

export const PROGRESS_VERSION = 2;
/** Versions this code reads: version 1 kept every review for ever, and is compacted on load. */
const READABLE_VERSIONS = new Set([1, 2]);

/**
 * One rating. Only today's ratings are kept whole (see compactProgress); every day keeps a count in
 * reviewsByDay, because a full card state per rating would fill the browser's storage in months.
 */
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
  /** How many times the settings were changed: orders changes without trusting device clocks. */
  rev?: number;
}

export interface CardRecord extends StoredCard {
  updatedAt: string;
  /**
   * How many changes this card has had, counted across tabs and devices. A merge keeps the card with
   * more changes, so a device whose clock runs fast or slow cannot make an older state win.
   */
  rev?: number;
}

export interface ProgressState {
  version: typeof PROGRESS_VERSION;
  /** Changes when progress is reset, so other tabs know to drop, not merge, what they hold. */
  epoch: string;
  cards: Record<string, CardRecord>;
  /** Today's ratings, whole, for undo and for counting today's new cards. */
  reviews: ReviewRecord[];
  /** Ratings not undone, per local day (YYYY-MM-DD). */
  reviewsByDay: Record<string, number>;
  /** The ids of recent days' ratings not undone, so that two tabs' counts add up (see activityEvents). */
  reviewEvents: Record<string, string[]>;
  questions: Record<string, QuestionAttempt[]>;
  misconceptions: Record<string, MisconceptionRecord>;
  scenarios: Record<string, ScenarioRecord>;
  /** Study actions per local day (YYYY-MM-DD). */
  activity: Record<string, number>;
  /**
   * The identity of each study action of recent days, so that two tabs studying at once add up
   * instead of one count overwriting the other. Older days keep only their count in activity.
   */
  activityEvents: Record<string, string[]>;
  settings: Settings;
}

export const DEFAULT_SETTINGS: Settings = { retention: 0.9, newPerDay: 20, reverseCards: false, updatedAt: '1970-01-01T00:00:00.000Z' };

export function emptyProgress(epoch = '0'): ProgressState {
  return {
    version: PROGRESS_VERSION,
    epoch,
    cards: {},
    reviews: [],
    reviewsByDay: {},
    reviewEvents: {},
    questions: {},
    misconceptions: {},
    scenarios: {},
    activity: {},
    activityEvents: {},
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
const revision = z.optional(z.int().check(z.minimum(0)));
const cardRecordSchema = z.extend(storedCardSchema, { updatedAt: isoDate, rev: revision });
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
const dayCount = count();
const eventIds = z.array(z.string().check(z.minLength(1), z.maxLength(200)));
const settingsSchema = z.object({
  retention: z.number().check(z.minimum(0.7), z.maximum(0.99)),
  newPerDay: z.int().check(z.minimum(0), z.maximum(500)),
  reverseCards: z.boolean(),
  examDate: z.optional(isoDate),
  updatedAt: isoDate,
  rev: revision,
});

export interface LoadReport {
  state: ProgressState;
  /** Items that could not be read and were left out (the raw text is kept by the store). */
  dropped: string[];
  /** The stored text was not readable at all. */
  unreadable: boolean;
  /** Set when the record was saved by a newer version of Markpoint than this one. */
  newerVersion?: number;
}

type Loose = Record<string, unknown>;
const asRecord = (value: unknown): Loose | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : null;

/**
 * Reads whatever is stored, keeping every valid item and reporting the rest. Never throws: a
 * learner's valid progress must survive any damage to the parts around it.
 */
export function loadProgress(raw: string | null, now: Date = new Date()): LoadReport {
  if (raw === null || raw === '') return { state: emptyProgress(), dropped: [], unreadable: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { state: emptyProgress(), dropped: ['the whole record (not valid JSON)'], unreadable: true };
  }
  return readProgress(parsed, now);
}

/** Names that would reach an object's prototype instead of becoming an entry. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads a parsed record. Times after `now` (a device clock running fast, or an edited file) are
 * brought back to now, so no card, setting or draft can claim to be newer than anything to come.
 */
export function readProgress(parsed: unknown, now: Date = new Date()): LoadReport {
  const root = asRecord(parsed);
  const state = emptyProgress();
  const dropped: string[] = [];
  if (!root) return { state, dropped: ['the whole record (not an object)'], unreadable: true };
  const version = root['version'];
  if (typeof version === 'number' && version > PROGRESS_VERSION) {
    return { state, dropped: [`the whole record (saved by a newer version, ${String(version)})`], unreadable: true, newerVersion: version };
  }
  if (version !== undefined && !(typeof version === 'number' && READABLE_VERSIONS.has(version))) {
    return { state, dropped: [`the whole record (its version, ${JSON.stringify(version)}, is not one Markpoint has written)`], unreadable: true };
  }
  if (typeof root['epoch'] === 'string' && root['epoch'].length <= 64) state.epoch = root['epoch'];
  const nowIso = now.toISOString();
  const nowMs = now.getTime();
  const clamp = (iso: string): string => (Date.parse(iso) > nowMs ? nowIso : iso);
  const today = localDay(now);
  const clampDay = (day: string): string => (day > today ? today : day);

  const eachEntry = <T>(field: string, schema: z.ZodMiniType<T>, put: (key: string, value: T) => void) => {
    const record = asRecord(root[field]);
    if (root[field] !== undefined && !record) {
      dropped.push(field);
      return;
    }
    for (const [key, value] of Object.entries(record ?? {})) {
      if (RESERVED_KEYS.has(key)) {
        dropped.push(`${field}.${key} (a reserved name, never written by Markpoint)`);
        continue;
      }
      const result = schema.safeParse(value);
      if (result.success && key.length > 0 && key.length <= 200) put(key, result.data);
      else dropped.push(`${field}.${key}`);
    }
  };
  const isDay = (key: string) => /^\d{4}-\d{2}-\d{2}$/.test(key);

  eachEntry('cards', cardRecordSchema, (key, value) => {
    const card = stripUndefined(value);
    card.updatedAt = clamp(card.updatedAt);
    if (card.lastReview !== undefined) card.lastReview = clamp(card.lastReview);
    state.cards[key] = card;
  });
  eachEntry('misconceptions', misconceptionSchema, (key, value) => {
    state.misconceptions[key] = { missedAt: [...new Set(value.missedAt.map(clamp))], correctAt: [...new Set(value.correctAt.map(clamp))] };
  });
  // A day after today is a clock that ran fast: its study happened, so it counts today.
  eachEntry('activity', dayCount, (key, value) => {
    if (isDay(key)) state.activity[clampDay(key)] = (state.activity[clampDay(key)] ?? 0) + value;
    else dropped.push(`activity.${key}`);
  });
  eachEntry('reviewsByDay', dayCount, (key, value) => {
    if (isDay(key)) state.reviewsByDay[clampDay(key)] = (state.reviewsByDay[clampDay(key)] ?? 0) + value;
    else dropped.push(`reviewsByDay.${key}`);
  });
  for (const field of ['activityEvents', 'reviewEvents'] as const) {
    eachEntry(field, eventIds, (key, ids) => {
      if (!isDay(key)) {
        dropped.push(`${field}.${key}`);
        return;
      }
      const day = clampDay(key);
      state[field][day] = [...new Set([...(state[field][day] ?? []), ...ids])].sort();
    });
  }
  // Each day's count includes its known events; a record edited to say otherwise is corrected.
  for (const [day, ids] of Object.entries(state.activityEvents)) state.activity[day] = Math.max(state.activity[day] ?? 0, ids.length);
  for (const [day, ids] of Object.entries(state.reviewEvents)) state.reviewsByDay[day] = Math.max(state.reviewsByDay[day] ?? 0, ids.length);
  eachEntry('questions', z.array(z.unknown()), (key, attempts) => {
    const valid = attempts.flatMap((attempt, i) => {
      const result = questionAttemptSchema.safeParse(attempt);
      if (!result.success) dropped.push(`questions.${key}[${i}]`);
      return result.success ? [{ ...result.data, at: clamp(result.data.at) }] : [];
    });
    if (valid.length) state.questions[key] = valid;
  });
  eachEntry('scenarios', scenarioSchema, (key, value) => {
    const attempts = value.attempts.flatMap((attempt, i) => {
      const result = scenarioAttemptSchema.safeParse(attempt);
      if (!result.success) dropped.push(`scenarios.${key}.attempts[${i}]`);
      return result.success ? [{ ...stripUndefined(result.data), at: clamp(result.data.at) }] : [];
    });
    state.scenarios[key] = { draft: value.draft, draftAt: clamp(value.draftAt), attempts };
  });

  if (root['reviews'] !== undefined) {
    if (!Array.isArray(root['reviews'])) dropped.push('reviews');
    else
      root['reviews'].forEach((review, i) => {
        const result = reviewSchema.safeParse(review);
        if (result.success) {
          const valid = stripUndefined(result.data) as ReviewRecord;
          valid.at = clamp(valid.at);
          state.reviews.push(valid);
        } else dropped.push(`reviews[${i}]`);
      });
  }
  if (root['settings'] !== undefined) {
    const result = settingsSchema.safeParse(root['settings']);
    if (result.success) state.settings = { ...stripUndefined(result.data), updatedAt: clamp(result.data.updatedAt) };
    else dropped.push('settings');
  }
  // Version 1 kept every rating whole and no counts: count them, with their ids for recent days.
  if (version === 1 || version === undefined) {
    for (const review of state.reviews) {
      if (review.undone) continue;
      const day = localDay(new Date(review.at));
      state.reviewsByDay[day] = (state.reviewsByDay[day] ?? 0) + 1;
      (state.reviewEvents[day] ??= []).push(review.id);
    }
    for (const ids of Object.values(state.reviewEvents)) ids.sort();
  }
  return { state: compactProgress(state, now), dropped, unreadable: false };
}

/** zod leaves optional keys present as undefined; stored state never holds them. */
function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

// ---------------------------------------------------------------------------------------------
// Changes. Each returns a new state and leaves its input untouched.

/** Re-exported for the islands that read days next to progress; lib/time.ts owns it. */
export { localDay };

/** A count per day with the identities of its recent events: activity, and ratings. */
interface CountedByDay {
  counts: Record<string, number>;
  events: Record<string, string[]>;
}

/** Counts one event once, however many tabs or merges report it. */
export function countEvent(counted: CountedByDay, day: string, eventId: string): CountedByDay {
  const events = counted.events[day] ?? [];
  if (events.includes(eventId)) return counted;
  return {
    counts: { ...counted.counts, [day]: (counted.counts[day] ?? 0) + 1 },
    // Sorted, like a merge's result, so equal copies compare equal.
    events: { ...counted.events, [day]: [...events, eventId].sort() },
  };
}

function uncountEvent(counted: CountedByDay, day: string, eventId: string): CountedByDay {
  const events = counted.events[day];
  if (!events?.includes(eventId)) return counted;
  return {
    counts: { ...counted.counts, [day]: Math.max(0, (counted.counts[day] ?? 0) - 1) },
    events: { ...counted.events, [day]: events.filter((id) => id !== eventId) },
  };
}

function withActivity(state: ProgressState, now: Date, eventId: string): Pick<ProgressState, 'activity' | 'activityEvents'> {
  const { counts, events } = countEvent({ counts: state.activity, events: state.activityEvents }, localDay(now), eventId);
  return { activity: counts, activityEvents: events };
}

/**
 * Each rating and each undo counts one change to a card, and the merge keeps the copy with more
 * changes. A card whose first rating was undone is deleted, so its count must not start again from
 * nothing when it is rated anew: another tab may still hold the undone copy, with a higher count.
 */
function changesByCard(reviews: readonly ReviewRecord[]): Map<string, number> {
  const changes = new Map<string, number>();
  for (const review of reviews) changes.set(review.card, (changes.get(review.card) ?? 0) + (review.undone ? 2 : 1));
  return changes;
}

function nextRev(before: CardRecord | undefined, changesSoFar: () => number): number {
  return (before ? (before.rev ?? 0) : changesSoFar()) + 1;
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
  const beforeCard: StoredCard | null = before ? withoutBookkeeping(before) : null;
  const rated = countEvent({ counts: state.reviewsByDay, events: state.reviewEvents }, localDay(now), reviewId);
  return {
    ...state,
    reviewsByDay: rated.counts,
    reviewEvents: rated.events,
    cards: { ...state.cards, [cardId]: { ...withoutBookkeeping(after), updatedAt: at, rev: nextRev(before, () => changesByCard(state.reviews).get(cardId) ?? 0) } },
    reviews: [...state.reviews, { id: reviewId, card: cardId, grade: gradeGiven, at, before: beforeCard }],
    ...withActivity(state, now, `r:${reviewId}`),
  };
}

export interface Rating {
  cardId: string;
  after: StoredCard;
  grade: 1 | 2 | 3 | 4;
  at: Date;
  reviewId: string;
}

/**
 * Many ratings at once, with the same result as recordReview one after another, copying the
 * record once rather than once per rating (for importing and simulating long histories).
 */
export function recordReviews(state: ProgressState, ratings: readonly Rating[]): ProgressState {
  const cards = { ...state.cards };
  const reviews = [...state.reviews];
  let rated: CountedByDay = { counts: { ...state.reviewsByDay }, events: { ...state.reviewEvents } };
  let studied: CountedByDay = { counts: { ...state.activity }, events: { ...state.activityEvents } };
  let changes: Map<string, number> | undefined;
  for (const { cardId, after, grade: gradeGiven, at, reviewId } of ratings) {
    const before = cards[cardId];
    const atIso = at.toISOString();
    changes ??= before ? undefined : changesByCard(reviews);
    cards[cardId] = { ...withoutBookkeeping(after), updatedAt: atIso, rev: nextRev(before, () => changes?.get(cardId) ?? 0) };
    changes?.set(cardId, (changes.get(cardId) ?? 0) + 1);
    reviews.push({ id: reviewId, card: cardId, grade: gradeGiven, at: atIso, before: before ? withoutBookkeeping(before) : null });
    const day = localDay(at);
    rated = countEventInPlace(rated, day, reviewId);
    studied = countEventInPlace(studied, day, `r:${reviewId}`);
  }
  return { ...state, cards, reviews, reviewsByDay: rated.counts, reviewEvents: rated.events, activity: studied.counts, activityEvents: studied.events };
}

/** countEvent on maps this function owns. */
function countEventInPlace(counted: CountedByDay, day: string, eventId: string): CountedByDay {
  const events = counted.events[day] ?? [];
  if (events.includes(eventId)) return counted;
  counted.counts[day] = (counted.counts[day] ?? 0) + 1;
  counted.events[day] = [...events, eventId].sort();
  return counted;
}

function withoutBookkeeping(card: StoredCard & Partial<Pick<CardRecord, 'updatedAt' | 'rev'>>): StoredCard {
  const { updatedAt: _updatedAt, rev: _rev, ...stored } = card;
  return stored;
}

/** Puts the card back as it was before the review, and marks the review undone (kept for merging). */
export function undoReview(state: ProgressState, reviewId: string, now: Date): ProgressState {
  const review = state.reviews.find((entry) => entry.id === reviewId);
  if (!review || review.undone) return state;
  const cards = { ...state.cards };
  if (review.before) cards[review.card] = { ...review.before, updatedAt: now.toISOString(), rev: (cards[review.card]?.rev ?? 0) + 1 };
  else delete cards[review.card];
  const unrated = uncountEvent({ counts: state.reviewsByDay, events: state.reviewEvents }, localDay(new Date(review.at)), reviewId);
  return {
    ...state,
    cards,
    reviews: state.reviews.map((entry) => (entry.id === reviewId ? { ...entry, undone: true } : entry)),
    reviewsByDay: unrated.counts,
    reviewEvents: unrated.events,
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
    ...withActivity(state, new Date(attempt.at), `q:${questionId}@${attempt.at}`),
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
    ...withActivity(state, new Date(attempt.at), `s:${scenarioId}/${attempt.id}`),
  };
}

export function setSelfMarks(state: ProgressState, scenarioId: string, attemptId: string, selfMarks: Record<string, number>): ProgressState {
  const record = state.scenarios[scenarioId];
  if (!record) return state;
  const attempts = record.attempts.map((attempt) => (attempt.id === attemptId ? { ...attempt, selfMarks } : attempt));
  return { ...state, scenarios: { ...state.scenarios, [scenarioId]: { ...record, attempts } } };
}

export function updateSettings(state: ProgressState, change: Partial<Omit<Settings, 'updatedAt'>>, now: Date): ProgressState {
  return { ...state, settings: { ...state.settings, ...change, updatedAt: now.toISOString(), rev: (state.settings.rev ?? 0) + 1 } };
}

// ---------------------------------------------------------------------------------------------
// Keeping the record small.

/**
 * Event identities are kept this many days back from today: long enough for a tab left open for
 * days, or a device clock a few days out, to merge without counting anything twice or losing it.
 */
export const EVENT_DAYS_KEPT = 7;

function recentOnly(events: Record<string, string[]>, oldestDay: string): Record<string, string[]> {
  return Object.fromEntries(Object.entries(events).filter(([day]) => day >= oldestDay));
}

/**
 * Forgets the whole ratings of days before today, and the identities of events older than
 * EVENT_DAYS_KEPT days. What the dashboard, the scheduler and undo need stays: each card's current
 * state, a count per day, and today's ratings whole. Returns the same object when there is nothing
 * to forget, so saving an already compact record costs nothing here.
 */
export function compactProgress(state: ProgressState, now: Date): ProgressState {
  const todayStart = dayStart(now);
  const oldestEventDay = localDay(new Date(dayStart(now, EVENT_DAYS_KEPT - 1)));
  const oldReviews = state.reviews.some((review) => Date.parse(review.at) < todayStart);
  const isOld = (day: string) => day < oldestEventDay;
  const oldEvents = Object.keys(state.activityEvents).some(isOld) || Object.keys(state.reviewEvents).some(isOld);
  if (!oldReviews && !oldEvents) return state;
  return {
    ...state,
    reviews: oldReviews ? state.reviews.filter((review) => Date.parse(review.at) >= todayStart) : state.reviews,
    activityEvents: oldEvents ? recentOnly(state.activityEvents, oldestEventDay) : state.activityEvents,
    reviewEvents: oldEvents ? recentOnly(state.reviewEvents, oldestEventDay) : state.reviewEvents,
  };
}

/** Every rating ever made and not undone. */
export function totalReviews(state: ProgressState): number {
  let total = 0;
  for (const count of Object.values(state.reviewsByDay)) total += count;
  return total;
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

/** What the scores read of a scenario's record: its attempts' totals, in the order they were made. */
type ScoredAttempts = { readonly attempts: readonly Pick<ScenarioAttempt, 'total'>[] };

export function bestScenarioScore(record: ScenarioRecord | ScoredAttempts | undefined): number | null {
  if (!record || record.attempts.length === 0) return null;
  return Math.max(...record.attempts.map((attempt) => attempt.total));
}

/**
 * The marks of the first attempt: the only one written before the marking points and the model
 * answer were shown, so the fairest guide to how the learner would do in an exam. Attempts are kept
 * in the order they were made (a merge sorts them by time), as the scenario page reads them too.
 */
export function firstScenarioScore(record: ScenarioRecord | ScoredAttempts | undefined): number | null {
  return record?.attempts[0]?.total ?? null;
}

/**
 * The share (0-1) of the marks earned at first attempts, pooled over the given scenarios that have
 * been tried; null before any. Pooling every tried scenario, rather than taking the best one, does
 * not let one good case speak for the rest; first attempts, because later ones are made with the
 * marking points in view. The dashboard's outcomes and a unit page's tile both read this.
 */
export function firstAttemptShare(
  scenarios: readonly { readonly key: string; readonly marks: number }[],
  state: Pick<ProgressState, 'scenarios'>,
): { share: number | null; tried: number } {
  let earned = 0;
  let available = 0;
  let tried = 0;
  for (const scenario of scenarios) {
    const first = firstScenarioScore(state.scenarios[scenario.key]);
    if (first === null) continue;
    earned += first;
    available += scenario.marks;
    tried += 1;
  }
  return { share: tried && available > 0 ? earned / available : null, tried };
}
