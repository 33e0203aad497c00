/** Which cards to show now: everything due, oldest first, then a daily allowance of new cards. */
import { localDay } from '../time.ts';
import type { StoredCard } from './scheduler.ts';

export interface QueueOptions {
  now: Date;
  /** New cards a learner meets per day. */
  newPerDay: number;
  /** New cards already introduced today (from the review log). */
  newSeenToday: number;
}

export interface Queue {
  due: string[];
  fresh: string[];
  /** Soonest future due date among the cards not in the queue, if any. */
  nextDue: string | null;
}

export function buildQueue(cardIds: readonly string[], cards: Readonly<Record<string, StoredCard | undefined>>, options: QueueOptions): Queue {
  const nowMs = options.now.getTime();
  const due: { id: string; at: number }[] = [];
  const fresh: string[] = [];
  let nextDue: number | null = null;
  const allowance = Math.max(0, options.newPerDay - options.newSeenToday);
  for (const id of cardIds) {
    const card = cards[id];
    if (!card) {
      if (fresh.length < allowance) fresh.push(id);
      continue;
    }
    const at = Date.parse(card.due);
    if (at <= nowMs) due.push({ id, at });
    else if (nextDue === null || at < nextDue) nextDue = at;
  }
  due.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  return { due: due.map((entry) => entry.id), fresh, nextDue: nextDue === null ? null : new Date(nextDue).toISOString() };
}

/** New cards first rated today, counted from the review log. */
export function newCardsSeenToday(reviews: readonly { card: string; at: string; before: unknown; undone?: boolean }[], now: Date): number {
  const today = localDay(now);
  return reviews.filter((review) => review.before === null && !review.undone && localDay(new Date(review.at)) === today).length;
}
