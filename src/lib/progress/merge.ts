/**
 * Two tabs, or a backup and the current browser, each hold progress; merging keeps the newer of
 * each item rather than letting one whole copy overwrite the other.
 *
 * The merge is a join: it gives the same result whichever side is "mine", and merging a copy that
 * is already included changes nothing. Tabs rely on that to settle after racing each other: a tab
 * writes back only when the merge holds something the other tab's copy lacks.
 */
import type { CardRecord, ProgressState, QuestionAttempt, ReviewRecord, ScenarioAttempt, ScenarioRecord, Settings } from './state.ts';

/** A total order, so that two different values of equal standing resolve the same way in every tab. */
function laterByContent<T>(a: T, b: T): T {
  return JSON.stringify(b) > JSON.stringify(a) ? b : a;
}

/**
 * The card with more changes wins: each tab merges what is stored before it changes a card, so a
 * change always counts one more than the state it was based on. Device clocks are only a tie-break.
 */
export function newerCard(a: CardRecord, b: CardRecord): CardRecord {
  const revA = a.rev ?? 0;
  const revB = b.rev ?? 0;
  if (revA !== revB) return revA > revB ? a : b;
  if (a.updatedAt !== b.updatedAt) return b.updatedAt > a.updatedAt ? b : a;
  return laterByContent(a, b);
}

function newerSettings(a: Settings, b: Settings): Settings {
  const revA = a.rev ?? 0;
  const revB = b.rev ?? 0;
  if (revA !== revB) return revA > revB ? a : b;
  if (a.updatedAt !== b.updatedAt) return b.updatedAt > a.updatedAt ? b : a;
  return laterByContent(a, b);
}

function mergeAttempt(a: ScenarioAttempt, b: ScenarioAttempt): ScenarioAttempt {
  if (a.selfMarks && !b.selfMarks) return a;
  if (b.selfMarks && !a.selfMarks) return b;
  return laterByContent(a, b);
}

function mergeScenario(a: ScenarioRecord | undefined, b: ScenarioRecord | undefined): ScenarioRecord {
  if (!a) return b as ScenarioRecord;
  if (!b) return a;
  const newerDraft = a.draftAt !== b.draftAt ? (b.draftAt > a.draftAt ? b : a) : b.draft > a.draft ? b : a;
  const byId = new Map<string, ScenarioAttempt>();
  for (const attempt of [...a.attempts, ...b.attempts]) {
    const seen = byId.get(attempt.id);
    byId.set(attempt.id, seen ? mergeAttempt(seen, attempt) : attempt);
  }
  const attempts = [...byId.values()].sort((x, y) => x.at.localeCompare(y.at) || x.id.localeCompare(y.id));
  return { draft: newerDraft.draft, draftAt: newerDraft.draftAt, attempts };
}

/** Two copies of one rating differ only if one was undone, or one tab's clock was brought back to now on load. */
function mergeReview(a: ReviewRecord, b: ReviewRecord): ReviewRecord {
  const base = a.at <= b.at ? a : b;
  const { undone: _undone, ...rest } = base;
  return a.undone || b.undone ? { ...rest, undone: true } : rest;
}

const attemptKey = (attempt: QuestionAttempt) => `${attempt.at}|${attempt.chosen.join(',')}`;

interface CountedByDay {
  counts: Record<string, number>;
  events: Record<string, string[]>;
}

/**
 * Counts per day (study actions, or ratings). Where both copies know a day's events by identity,
 * each event is counted once. A count without identities (an older record, or a day too old to
 * keep them) may already include the other copy's events, so the larger count is kept rather than
 * adding them twice. `cancelled` events (undone ratings) are left out wherever they appear.
 */
function mergeCounted(mine: CountedByDay, theirs: CountedByDay, cancelled: ReadonlySet<string> = new Set()): CountedByDay {
  const days = [...new Set([...Object.keys(mine.counts), ...Object.keys(theirs.counts), ...Object.keys(mine.events), ...Object.keys(theirs.events)])].sort();
  /** Per day: the count not covered by known events, and the known events. */
  const merged = new Map<string, { uncovered: number; events: string[] | undefined }>();
  for (const day of days) {
    const a = mine.counts[day] ?? 0;
    const b = theirs.counts[day] ?? 0;
    const eventsA = mine.events[day];
    const eventsB = theirs.events[day];
    if (eventsA && eventsB) {
      const union = [...new Set([...eventsA, ...eventsB])].filter((id) => !cancelled.has(id)).sort();
      merged.set(day, { uncovered: Math.max(a - eventsA.length, b - eventsB.length, 0), events: union });
    } else {
      const known = eventsA ?? eventsB;
      const kept = known?.filter((id) => !cancelled.has(id));
      const total = Math.max(a, b, known?.length ?? 0) - ((known?.length ?? 0) - (kept?.length ?? 0));
      merged.set(day, { uncovered: total - (kept?.length ?? 0), events: kept });
    }
  }
  // One event under two days (a fast clock's day, and the day it was brought back to) counts on the earlier.
  const seen = new Set<string>();
  const counts: Record<string, number> = {};
  const events: Record<string, string[]> = {};
  for (const day of days) {
    const entry = merged.get(day);
    if (!entry) continue;
    const unique = entry.events?.filter((id) => !seen.has(id));
    unique?.forEach((id) => seen.add(id));
    counts[day] = entry.uncovered + (unique?.length ?? 0);
    if (unique) events[day] = unique;
  }
  return { counts, events };
}

/**
 * Merge item by item. When the two copies come from different epochs (one side reset its
 * progress), the copy from the newer reset wins whole: a reset is a deliberate choice to forget.
 */
export function mergeProgress(mine: ProgressState, theirs: ProgressState, preferTheirsOnEpoch = true): ProgressState {
  if (mine.epoch !== theirs.epoch) return preferTheirsOnEpoch ? theirs : mine;
  const cards = { ...mine.cards };
  for (const [id, card] of Object.entries(theirs.cards)) {
    const current = cards[id];
    cards[id] = current ? newerCard(current, card) : card;
  }
  const reviewsById = new Map(mine.reviews.map((review) => [review.id, review]));
  for (const review of theirs.reviews) {
    const current = reviewsById.get(review.id);
    reviewsById.set(review.id, current ? mergeReview(current, review) : review);
  }
  const reviews: ReviewRecord[] = [...reviewsById.values()].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  const undone = new Set(reviews.filter((review) => review.undone).map((review) => review.id));
  const rated = mergeCounted({ counts: mine.reviewsByDay, events: mine.reviewEvents }, { counts: theirs.reviewsByDay, events: theirs.reviewEvents }, undone);
  const studiedDays = mergeCounted({ counts: mine.activity, events: mine.activityEvents }, { counts: theirs.activity, events: theirs.activityEvents });

  const questions: Record<string, QuestionAttempt[]> = { ...mine.questions };
  for (const [id, attempts] of Object.entries(theirs.questions)) {
    const byKey = new Map<string, QuestionAttempt>();
    for (const attempt of [...(questions[id] ?? []), ...attempts]) {
      const seen = byKey.get(attemptKey(attempt));
      byKey.set(attemptKey(attempt), seen ? laterByContent(seen, attempt) : attempt);
    }
    questions[id] = [...byKey.values()].sort((a, b) => a.at.localeCompare(b.at) || attemptKey(a).localeCompare(attemptKey(b)));
  }
  const misconceptions = { ...mine.misconceptions };
  for (const [id, record] of Object.entries(theirs.misconceptions)) {
    const current = misconceptions[id];
    misconceptions[id] = current
      ? {
          missedAt: [...new Set([...current.missedAt, ...record.missedAt])].sort(),
          correctAt: [...new Set([...current.correctAt, ...record.correctAt])].sort(),
        }
      : record;
  }
  const scenarios = { ...mine.scenarios };
  for (const [id, record] of Object.entries(theirs.scenarios)) scenarios[id] = mergeScenario(scenarios[id], record);

  // A card whose every rating was undone was never studied: undoing its first rating removes it,
  // and the other copy must not bring it back.
  // Only today's ratings are kept whole, so this looks at first ratings (nothing before them) alone.
  const studied = new Set(reviews.filter((review) => !review.undone).map((review) => review.card));
  for (const review of reviews) if (review.undone && review.before === null && !studied.has(review.card)) delete cards[review.card];

  return {
    ...mine,
    cards,
    reviews,
    reviewsByDay: rated.counts,
    reviewEvents: rated.events,
    questions,
    misconceptions,
    scenarios,
    activity: studiedDays.counts,
    activityEvents: studiedDays.events,
    settings: newerSettings(mine.settings, theirs.settings),
  };
}

/** Whether two copies hold the same progress, whatever order their entries were written in. */
export function sameProgress(a: ProgressState, b: ProgressState): boolean {
  return sameValue(a, b);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  const keysA = Object.keys(recordA).filter((key) => recordA[key] !== undefined);
  const keysB = Object.keys(recordB).filter((key) => recordB[key] !== undefined);
  return keysA.length === keysB.length && keysA.every((key) => Object.hasOwn(recordB, key) && sameValue(recordA[key], recordB[key]));
}
