/**
 * The dashboard's figures: study streak and daily goal, the calendar of study days, progress per
 * learning outcome, and the single next step most worth taking.
 */
import { isKnown } from '../srs/card-status.ts';
import { shiftDay } from '../time.ts';
import { type ProgressState, firstAttemptShare, isMisconceptionCleared } from './state.ts';

export const DAILY_GOAL = 10;

/** Consecutive study days ending today (or yesterday, so a streak is not lost before today's study). */
export function streak(activity: Readonly<Record<string, number>>, today: string): number {
  let day = (activity[today] ?? 0) > 0 ? today : shiftDay(today, -1);
  let count = 0;
  while ((activity[day] ?? 0) > 0) {
    count += 1;
    day = shiftDay(day, -1);
  }
  return count;
}

export interface HeatmapDay {
  day: string;
  count: number;
  /** 0 none, 1-4 rising effort, relative to the daily goal. */
  level: 0 | 1 | 2 | 3 | 4;
  future: boolean;
}

/** Weeks (Monday first) ending with the current week, oldest first. */
export function heatmap(activity: Readonly<Record<string, number>>, today: string, weeks = 12): HeatmapDay[][] {
  const [year, month, date] = today.split('-').map(Number);
  const todayDate = new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1);
  const mondayOffset = (todayDate.getDay() + 6) % 7;
  const start = shiftDay(today, -mondayOffset - 7 * (weeks - 1));
  const grid: HeatmapDay[][] = [];
  for (let week = 0; week < weeks; week += 1) {
    const days: HeatmapDay[] = [];
    for (let weekday = 0; weekday < 7; weekday += 1) {
      const day = shiftDay(start, week * 7 + weekday);
      const count = activity[day] ?? 0;
      const level = count === 0 ? 0 : count < DAILY_GOAL / 2 ? 1 : count < DAILY_GOAL ? 2 : count < DAILY_GOAL * 2 ? 3 : 4;
      days.push({ day, count, level, future: day > today });
    }
    grid.push(days);
  }
  return grid;
}

export interface OutcomeIds {
  unit: string;
  unitTitle: string;
  id: string;
  title: string;
  cards: string[];
  misconceptions: string[];
  scenarios: { key: string; title: string; marks: number }[];
}

export interface OutcomeSummary {
  unit: string;
  unitTitle: string;
  id: string;
  title: string;
  termsKnown: number;
  termsTotal: number;
  misconceptionsCleared: number;
  misconceptionsMet: number;
  misconceptionsTotal: number;
  /**
   * 0-1: the share of the marks the outcome's scenarios earned at their first attempts, over those
   * tried; null before any. Later attempts are made with the marking points in view, so they show
   * practice, not readiness; and pooling every tried scenario, rather than taking the best one, does
   * not let one good case speak for the outcome.
   */
  firstScenarioShare: number | null;
  /** How many of the outcome's scenarios have been tried. */
  scenariosTried: number;
  /** 0-1: a blend of the three (scenarios by their first attempts), for ranking the weakest outcome. */
  strength: number;
}

export function summariseOutcome(outcome: OutcomeIds, state: ProgressState): OutcomeSummary {
  const termsKnown = outcome.cards.filter((id) => isKnown(state.cards[id])).length;
  const met = outcome.misconceptions.filter((id) => (state.misconceptions[id]?.missedAt.length ?? 0) > 0);
  const cleared = met.filter((id) => isMisconceptionCleared(state.misconceptions[id])).length;
  const { share: firstScenarioShare, tried } = firstAttemptShare(outcome.scenarios, state);
  const parts = [
    outcome.cards.length ? termsKnown / outcome.cards.length : null,
    met.length ? cleared / met.length : null,
    outcome.scenarios.length ? (firstScenarioShare ?? 0) : null,
  ].filter((part): part is number => part !== null);
  return {
    unit: outcome.unit,
    unitTitle: outcome.unitTitle,
    id: outcome.id,
    title: outcome.title,
    termsKnown,
    termsTotal: outcome.cards.length,
    misconceptionsCleared: cleared,
    misconceptionsMet: met.length,
    misconceptionsTotal: outcome.misconceptions.length,
    firstScenarioShare,
    scenariosTried: tried,
    strength: parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : 0,
  };
}

/** An outcome's scenario figure, labelled as what it is: marks at the first attempt. */
export function scenarioShareText(outcome: Pick<OutcomeSummary, 'firstScenarioShare' | 'scenariosTried'>): string {
  if (outcome.firstScenarioShare === null || outcome.scenariosTried === 0) return 'no scenario tried';
  const scenarios = `${outcome.scenariosTried} scenario${outcome.scenariosTried === 1 ? '' : 's'}`;
  return `${scenarios}: ${Math.round(outcome.firstScenarioShare * 100)}% at first attempt`;
}

export const FIRST_ATTEMPT_NOTE = 'Scenario figures are from your first attempt at each, written before you saw the marking points: the fairest guide to the exam.';

export interface NextStep {
  kind: 'review' | 'scenario' | 'outcome' | 'start';
  text: string;
  /** Relative to the site base. */
  href: string;
}

export function nextBestStep(
  outcomes: readonly OutcomeSummary[],
  dueByUnit: readonly { unit: string; unitTitle: string; due: number }[],
  untriedScenario: { href: string; title: string } | null,
  weakestOutcomeHref: (outcome: OutcomeSummary) => string,
  anyStudy: boolean,
): NextStep {
  if (!anyStudy) return { kind: 'start', text: 'Start with the first lesson of a unit, then its flashcards.', href: '' };
  const mostDue = [...dueByUnit].sort((a, b) => b.due - a.due)[0];
  if (mostDue && mostDue.due >= 5) return { kind: 'review', text: `Review the ${mostDue.due} cards due in ${mostDue.unitTitle}.`, href: 'review/' };
  const weakest = [...outcomes].sort((a, b) => a.strength - b.strength)[0];
  if (untriedScenario && (!weakest || weakest.strength > 0.3)) return { kind: 'scenario', text: `Try the scenario “${untriedScenario.title}”: you have not attempted it yet.`, href: untriedScenario.href };
  if (weakest) return { kind: 'outcome', text: `Strengthen your weakest outcome: “${weakest.title}” (${weakest.unitTitle}).`, href: weakestOutcomeHref(weakest) };
  return { kind: 'review', text: 'Review what is due today.', href: 'review/' };
}
