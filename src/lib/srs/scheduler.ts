/**
 * Spaced repetition over ts-fsrs. Cards are stored as plain JSON (dates as ISO strings) so they
 * survive localStorage; this module is the only place that converts between the two.
 */
import { type Card, type Grade, Rating, State, createEmptyCard, fsrs } from 'ts-fsrs';
import { wholeDaysBetween } from '../time.ts';

export type CardGrade = 1 | 2 | 3 | 4;
export const GRADE_LABELS: Record<CardGrade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: 0 | 1 | 2 | 3;
  lastReview?: string;
}

export interface SchedulerOptions {
  /** Desired retention, 0.7-0.99: the chance of still knowing a card when it falls due. */
  retention: number;
  /** When set, no interval reaches past this date, so everything is seen before the exam. */
  examDate?: string;
}

export const DEFAULT_RETENTION = 0.9;

function schedulerFor(options: SchedulerOptions, now: Date) {
  const daysToExam = options.examDate ? wholeDaysBetween(now.getTime(), Date.parse(options.examDate)) : Infinity;
  const examAhead = Number.isFinite(daysToExam) && daysToExam >= 0;
  const maximum = examAhead ? Math.max(1, daysToExam) : 36_500;
  return fsrs({ request_retention: clampRetention(options.retention), maximum_interval: maximum, enable_fuzz: false });
}

export function clampRetention(retention: number): number {
  if (!Number.isFinite(retention)) return DEFAULT_RETENTION;
  return Math.min(0.99, Math.max(0.7, retention));
}

export function toStored(card: Card): StoredCard {
  const stored: StoredCard = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as StoredCard['state'],
  };
  if (card.last_review) stored.lastReview = card.last_review.toISOString();
  return stored;
}

export function fromStored(stored: StoredCard): Card {
  const card: Card = {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: 0,
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state as State,
  };
  if (stored.lastReview) card.last_review = new Date(stored.lastReview);
  return card;
}

/**
 * ts-fsrs keeps Easy longer than Good longer than Hard even past maximum_interval, so with an exam
 * two days away it can still schedule four days out. The exam date wins: the card comes back by then.
 */
function keepBeforeExam(card: StoredCard, now: Date, options: SchedulerOptions): StoredCard {
  const exam = options.examDate ? Date.parse(options.examDate) : Number.NaN;
  if (!Number.isFinite(exam) || exam <= now.getTime() || Date.parse(card.due) <= exam) return card;
  return { ...card, due: new Date(exam).toISOString(), scheduledDays: Math.max(0, wholeDaysBetween(now.getTime(), exam)) };
}

export function newCard(now: Date): StoredCard {
  return toStored(createEmptyCard(now));
}

export interface RatingOutcome {
  card: StoredCard;
  /** Whether this rating was a lapse: a card in review forgotten. */
  lapsed: boolean;
}

export function rateCard(stored: StoredCard | undefined, grade: CardGrade, now: Date, options: SchedulerOptions): RatingOutcome {
  const before = stored ?? newCard(now);
  const result = schedulerFor(options, now).next(fromStored(before), now, grade as Grade);
  return { card: keepBeforeExam(toStored(result.card), now, options), lapsed: before.state === State.Review && grade === Rating.Again };
}

/** What each button would do now: shown on the buttons so the learner knows the cost of "Easy". */
export function previewIntervals(stored: StoredCard | undefined, now: Date, options: SchedulerOptions): Record<CardGrade, string> {
  const card = fromStored(stored ?? newCard(now));
  const preview = schedulerFor(options, now).repeat(card, now);
  const out = {} as Record<CardGrade, string>;
  for (const grade of [1, 2, 3, 4] as const) {
    out[grade] = formatInterval(preview[grade as Grade].card.due.getTime() - now.getTime());
  }
  return out;
}

export function formatInterval(milliseconds: number): string {
  const minutes = Math.max(1, Math.round(milliseconds / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days} d`;
  const months = Math.round(days / 30.4);
  if (months < 12) return `${months} mo`;
  return `${(days / 365).toFixed(1)} y`;
}

export { isDue, isKnown } from './card-status.ts';
