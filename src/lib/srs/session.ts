/** Which cards a study session works through beyond the normal queue. */
import type { StoredCard } from './scheduler.ts';

type CardsById = Readonly<Record<string, Pick<StoredCard, 'due'> | undefined>>;

/**
 * Study ahead: cards already met but not yet due, soonest due first, so the learner works through
 * what they would see next anyway. New cards are left for the normal queue.
 */
export function studyAheadOrder(cardIds: readonly string[], cards: CardsById, now: Date): string[] {
  const nowMs = now.getTime();
  return cardIds
    .filter((id) => {
      const stored = cards[id];
      return stored !== undefined && Date.parse(stored.due) > nowMs;
    })
    .sort((a, b) => Date.parse(cards[a]?.due ?? '') - Date.parse(cards[b]?.due ?? ''));
}
