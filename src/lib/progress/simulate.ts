/**
 * Years of daily study, simulated through the same pure functions the pages use, to show how large
 * the progress record grows (the storage test, and `npm run bench:srs`).
 */
import { seededRandom } from '../random/seeded.ts';
import { rateCard } from '../srs/scheduler.ts';
import { type ProgressState, type Rating, compactProgress, emptyProgress, recordReviews } from './state.ts';

export interface StudyPlan {
  days: number;
  reviewsPerDay: number;
  /** How many different cards the course offers. */
  cards: number;
  /** The first day's date; study starts at 08:00 local time. */
  start: Date;
  seed: number;
}

export interface SimulatedStudy {
  state: ProgressState;
  /** The record's size had every rating been kept whole, as version 1 did (characters of JSON). */
  uncompactedChars: number;
  /** When the last rating was made. */
  end: Date;
}

/** Ratings as a learner gives them: mostly Good, some Again and Hard, a few Easy. */
function pickGrade(random: () => number): 1 | 2 | 3 | 4 {
  const roll = random();
  return roll < 0.1 ? 1 : roll < 0.25 ? 2 : roll < 0.9 ? 3 : 4;
}

export function simulateStudy(plan: StudyPlan): SimulatedStudy {
  const random = seededRandom(plan.seed);
  let state = emptyProgress('simulated');
  let uncompactedChars = 0;
  let next = 0;
  let end = plan.start;
  for (let day = 0; day < plan.days; day += 1) {
    const morning = new Date(plan.start.getFullYear(), plan.start.getMonth(), plan.start.getDate() + day, 8, 0, 0);
    // The store compacts on the first save of each day.
    state = compactProgress(state, morning);
    const ratings: Rating[] = [];
    const latest = new Map<string, ProgressState['cards'][string]>();
    for (let i = 0; i < plan.reviewsPerDay; i += 1) {
      const at = new Date(morning.getTime() + i * 20_000);
      const cardId = `unit-${next % 4}/term-${next % plan.cards}`;
      next += 1;
      const grade = pickGrade(random);
      const before = latest.get(cardId) ?? state.cards[cardId];
      const after = rateCard(before, grade, at, { retention: 0.9 }).card;
      const reviewId = `${at.getTime().toString(36)}-${i.toString(36)}`;
      // What version 1 stored for this rating: the whole review, with the card before it.
      uncompactedChars += JSON.stringify({ id: reviewId, card: cardId, grade, at: at.toISOString(), before: before ?? null }).length + 1;
      ratings.push({ cardId, after, grade, at, reviewId });
      latest.set(cardId, { ...after, updatedAt: at.toISOString() });
      end = at;
    }
    state = recordReviews(state, ratings);
  }
  const withoutReviews = JSON.stringify({ ...state, reviews: [] }).length;
  return { state, uncompactedChars: uncompactedChars + withoutReviews, end };
}
