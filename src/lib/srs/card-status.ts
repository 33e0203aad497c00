/**
 * Reading a stored card's status without the scheduler: pages that only show counts (Today, unit
 * progress, the dashboard) must not download ts-fsrs to learn whether a card is due or known.
 */
import type { StoredCard } from './scheduler.ts';

/** ts-fsrs's State.Review, restated so this module needs no import of ts-fsrs (a test keeps them equal). */
export const REVIEW_STATE = 2;

export function isDue(stored: StoredCard | undefined, now: Date): boolean {
  return stored === undefined || Date.parse(stored.due) <= now.getTime();
}

/** Known well enough to count as "known" on the dashboard: stable for three weeks or more. */
export function isKnown(stored: StoredCard | undefined): boolean {
  return stored !== undefined && stored.state === REVIEW_STATE && stored.stability >= 21;
}
