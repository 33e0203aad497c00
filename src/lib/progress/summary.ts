/** What the progress page reports per unit, computed from the state and the course's ids. */
import { isKnown } from '../srs/card-status.ts';
import { type ProgressState, bestScenarioScore, firstScenarioScore, isMisconceptionCleared } from './state.ts';
import { formatMarks } from '../marks.ts';

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
  scenarios: ScenarioSummary[];
}

export interface ScenarioSummary {
  key: string;
  title: string;
  marks: number;
  /** The first attempt's marks, written before the marking points were shown; null before any attempt. */
  first: number | null;
  /** The highest marks over every attempt, including practice with the marking points in view. */
  best: number | null;
  attempts: number;
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
      first: firstScenarioScore(state.scenarios[scenario.key]),
      best: bestScenarioScore(state.scenarios[scenario.key]),
      attempts: state.scenarios[scenario.key]?.attempts.length ?? 0,
    })),
  };
}


/**
 * A scenario's row on the progress page. After one attempt its mark is both first and best; after
 * more, both are given, the first before the best, because only the first was written without the
 * marking points in view (SCENARIO_MARKS_NOTE says so once, above the rows, so each row stays short).
 */
export function scenarioScoreText(scenario: Pick<ScenarioSummary, 'first' | 'best' | 'marks' | 'attempts'>): string {
  if (scenario.first === null || scenario.best === null || scenario.attempts === 0) return 'not tried yet';
  const of = (marks: number) => `${formatMarks(marks)} / ${scenario.marks}`;
  if (scenario.attempts === 1) return `${of(scenario.first)} (1 attempt)`;
  return `first ${of(scenario.first)}, best ${of(scenario.best)} (${scenario.attempts} attempts)`;
}

export const SCENARIO_MARKS_NOTE =
  'For scenarios, “first” is your first attempt, written before you saw the marking points: the fairest guide to how you would do in the exam. “Best” includes later attempts, made with the points in view.';

/** The note explaining "first" and "best", wanted only where a row shows both. */
export function scenarioMarksNote(units: readonly Pick<UnitSummary, 'scenarios'>[]): string | null {
  return units.some((unit) => unit.scenarios.some((scenario) => scenario.attempts > 1)) ? SCENARIO_MARKS_NOTE : null;
}
