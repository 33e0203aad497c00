/**
 * Two tabs, or a backup and the current browser, each hold progress; merging keeps the newer of
 * each item rather than letting one whole copy overwrite the other.
 */
import type { ProgressState, QuestionAttempt, ReviewRecord, ScenarioRecord } from './state.ts';

function unionBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

function mergeScenario(a: ScenarioRecord | undefined, b: ScenarioRecord | undefined): ScenarioRecord {
  if (!a) return b as ScenarioRecord;
  if (!b) return a;
  const newerDraft = b.draftAt > a.draftAt ? b : a;
  const attempts = unionBy([...a.attempts, ...b.attempts], (attempt) => attempt.id).map((attempt) => {
    const other = [...a.attempts, ...b.attempts].find((x) => x.id === attempt.id && x.selfMarks);
    return other?.selfMarks && !attempt.selfMarks ? { ...attempt, selfMarks: other.selfMarks } : attempt;
  });
  return { draft: newerDraft.draft, draftAt: newerDraft.draftAt, attempts: attempts.sort((x, y) => x.at.localeCompare(y.at)) };
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
    if (!current || card.updatedAt > current.updatedAt) cards[id] = card;
  }
  const reviewsById = new Map(mine.reviews.map((review) => [review.id, review]));
  for (const review of theirs.reviews) {
    const current = reviewsById.get(review.id);
    reviewsById.set(review.id, current ? { ...current, undone: Boolean(current.undone || review.undone) || undefined } : review);
  }
  const reviews: ReviewRecord[] = [...reviewsById.values()]
    .map((review) => (review.undone ? review : (({ undone: _u, ...rest }) => rest)(review)))
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));

  const questions: Record<string, QuestionAttempt[]> = { ...mine.questions };
  for (const [id, attempts] of Object.entries(theirs.questions)) {
    questions[id] = unionBy([...(questions[id] ?? []), ...attempts], (a) => `${a.at}|${a.chosen.join(',')}`).sort((a, b) =>
      a.at.localeCompare(b.at),
    );
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
  const activity = { ...mine.activity };
  for (const [day, count] of Object.entries(theirs.activity)) activity[day] = Math.max(activity[day] ?? 0, count);

  // A card whose every rating was undone was never studied: undoing its first rating removes it,
  // and the other copy must not bring it back.
  const studied = new Set(reviews.filter((review) => !review.undone).map((review) => review.card));
  const reviewed = new Set(reviews.map((review) => review.card));
  for (const id of Object.keys(cards)) if (reviewed.has(id) && !studied.has(id)) delete cards[id];

  const merged: ProgressState = {
    ...mine,
    cards,
    reviews,
    questions,
    misconceptions,
    scenarios,
    activity,
    settings: theirs.settings.updatedAt > mine.settings.updatedAt ? theirs.settings : mine.settings,
  };
  return merged;
}
