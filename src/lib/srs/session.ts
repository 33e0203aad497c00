/** Which cards a study session works through beyond the normal queue, and what is due where. */
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

export interface UnitCards {
  unit: string;
  unitTitle: string;
  cards: readonly string[];
}

export interface UnitDue {
  unit: string;
  unitTitle: string;
  due: number;
}

/** Cards due now in each unit, one row per unit in first-seen order; a card listed twice counts once. */
export function cardsDueByUnit(groups: readonly UnitCards[], cards: CardsById, now: Date): UnitDue[] {
  const nowMs = now.getTime();
  const byUnit = new Map<string, { unitTitle: string; ids: Set<string> }>();
  for (const group of groups) {
    const entry = byUnit.get(group.unit) ?? { unitTitle: group.unitTitle, ids: new Set<string>() };
    for (const id of group.cards) entry.ids.add(id);
    byUnit.set(group.unit, entry);
  }
  return [...byUnit].map(([unit, { unitTitle, ids }]) => ({
    unit,
    unitTitle,
    due: [...ids].filter((id) => {
      const card = cards[id];
      return card !== undefined && Date.parse(card.due) <= nowMs;
    }).length,
  }));
}

export interface SessionTally {
  reviewed: number;
  /** Rated Again: forgotten, whether the card was new, learning or mature. */
  again: number;
  hard: number;
  /** Rated Good or Easy. */
  recalled: number;
}

/** What a session added up to, from the ratings given (undone ones already removed). */
export function tallySession(grades: readonly (1 | 2 | 3 | 4)[]): SessionTally {
  return {
    reviewed: grades.length,
    again: grades.filter((grade) => grade === 1).length,
    hard: grades.filter((grade) => grade === 2).length,
    recalled: grades.filter((grade) => grade >= 3).length,
  };
}
