/**
 * The red-team gaming probes in tests/fixtures/marking/probes: answers written to game the marker
 * from its learner-facing feedback alone. Half the scenarios were used to change the marker; the
 * other half is only measured.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../lib/content/schemas.ts';
import type { Course } from '../lib/content/validate.ts';
import { markAnswer } from '../lib/marking/marker.ts';
import { DEFAULT_PARAMETERS, type MarkerParameters } from '../lib/marking/params.ts';
import { fixtureScenarios } from './labelled-sets.ts';

export const PROBE_TUNE_SCENARIOS: ReadonlySet<string> = new Set([
  // First round.
  'maren-vale-crisis', 'holloways-christmas', 'dewbright-black-friday', 'brackwell-fixings-linkedin', 'kettleby-fitness-influencers',
  // Second round, by another tester.
  'ridgeway-roasters-churn', 'hollis-bakery-digital-loyalty', 'marlowe-pike-abm',
  // Third round, written blind (the tester never ran the marker): files r9 to r11.
  'hopwright-brewery-strategy', 'pulse-studio-content', 'kopi-senja-audit', 'fernhill-pet-subscription-campaign',
]);

/** The testers' rounds, by the round numbers in the file names: two that gamed the marker's output, three blind. */
export const PROBE_ROUNDS = [
  { label: 'rounds 1-2, gamed from the marker\'s output', rounds: (round: number) => round <= 8 },
  { label: 'round 3, written blind', rounds: (round: number) => round >= 9 && round <= 11 },
  { label: 'round 4, written blind after the circular-reason and case-recap rules', rounds: (round: number) => round === 12 },
  { label: 'round 5, written blind, told which tricks earlier rounds had used', rounds: (round: number) => round >= 13 },
] as const;

/** Every scenario a probe may name: the course's own and the labelled sets' fixture scenarios, by bare id. */
export function probeScenarios(root: string, course: Course): Map<string, Scenario> {
  const byId = new Map<string, Scenario>(course.units.flatMap((unit) => unit.scenarios.map((scenario) => [scenario.id, scenario] as const)));
  for (const [key, scenario] of fixtureScenarios(root)) byId.set(key.replace(/^fixture\//, ''), scenario);
  return byId;
}

export interface ProbeFigures {
  scenarios: number;
  /** Mean over scenarios of the best share any probe reached. */
  mean: number;
  worst: { scenario: string; share: number };
  /** Per strategy letter, the mean best share over scenarios. */
  byStrategy: Record<string, number>;
}

export function probeFigures(
  root: string,
  scenarioById: ReadonlyMap<string, Scenario>,
  half: 'tune' | 'report',
  params: MarkerParameters = DEFAULT_PARAMETERS,
  rounds: (round: number) => boolean = () => true,
): ProbeFigures | null {
  const dir = join(root, 'tests/fixtures/marking/probes');
  if (!existsSync(dir)) return null;
  const best = new Map<string, Map<string, number>>();
  for (const name of readdirSync(dir).sort()) {
    const match = /^(.+)-([a-ex])-r(\d+)\.txt$/.exec(name);
    if (!match || !rounds(Number(match[3]))) continue;
    const [, scenarioId = '', strategy = ''] = match;
    if (PROBE_TUNE_SCENARIOS.has(scenarioId) !== (half === 'tune')) continue;
    const scenario = scenarioById.get(scenarioId);
    if (!scenario) throw new Error(`${name}: no scenario ${scenarioId}`);
    const result = markAnswer(scenario, readFileSync(join(dir, name), 'utf8'), params);
    const byStrategy = best.get(scenarioId) ?? new Map<string, number>();
    byStrategy.set(strategy, Math.max(byStrategy.get(strategy) ?? 0, result.total / result.max));
    best.set(scenarioId, byStrategy);
  }
  if (best.size === 0) return null;
  const perScenario = [...best].map(([scenario, shares]) => ({ scenario, share: Math.max(...shares.values()) }));
  const strategies = [...new Set([...best.values()].flatMap((shares) => [...shares.keys()]))].sort();
  const meanOf = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  return {
    scenarios: best.size,
    mean: meanOf(perScenario.map((entry) => entry.share)),
    worst: perScenario.reduce((a, b) => (b.share > a.share ? b : a)),
    byStrategy: Object.fromEntries(strategies.map((strategy) => [strategy, meanOf([...best.values()].map((shares) => shares.get(strategy) ?? 0))])),
  };
}
