/** What the progress page reports per unit, computed from the state and the course's ids. */
import { isKnown } from '../srs/card-status.ts';
import { type ProgressState, bestScenarioScore, isMisconceptionCleared } from './state.ts';

export interface UnitIds {
  id: string;
  title: string;
  cards: string[];
  misconceptions: string[];
  scenarios: { key: string; title: string; marks: number }[];
}

export interface UnitSummary {
  id: string;
  title: string;
  cardsTotal: number;
  cardsStarted: number;
  cardsKnown: number;
  misconceptionsMet: number;
  misconceptionsCleared: number;
  misconceptionsTotal: number;
  scenarios: { key: string; title: string; marks: number; best: number | null; attempts: number }[];
}

export function summariseUnit(unit: UnitIds, state: ProgressState): UnitSummary {
  const met = unit.misconceptions.filter((id) => (state.misconceptions[id]?.missedAt.length ?? 0) > 0);
  return {
    id: unit.id,
    title: unit.title,
    cardsTotal: unit.cards.length,
    cardsStarted: unit.cards.filter((id) => state.cards[id]).length,
    cardsKnown: unit.cards.filter((id) => isKnown(state.cards[id])).length,
    misconceptionsMet: met.length,
    misconceptionsCleared: met.filter((id) => isMisconceptionCleared(state.misconceptions[id])).length,
    misconceptionsTotal: unit.misconceptions.length,
    scenarios: unit.scenarios.map((scenario) => ({
      ...scenario,
      best: bestScenarioScore(state.scenarios[scenario.key]),
      attempts: state.scenarios[scenario.key]?.attempts.length ?? 0,
    })),
  };
}
