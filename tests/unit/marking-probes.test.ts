/**
 * The red-team probes (tests/fixtures/marking/probes): answers testers wrote to game the marker,
 * two rounds from its feedback and three blind. When the first round was written, the best of them
 * earned 98% of the marks on average. The goal is a fifth; these ceilings sit just above what the
 * marker now allows (measured 2026-12-02, all five rounds: tuned-on half 79.4% mean; reported half
 * 92.2% mean). The fifth round, written blind by testers told which tricks earlier rounds had used,
 * is what lifts them: keyword stuffing disguised as prose of another kind (a workout plan, a
 * catalogue) and the points restated with reasons that cite case facts which do not support them
 * reach most of the marks. So a change that lets more gaming in fails here.
 * `npm run bench:marking` prints the figures, by round.
 */
import { expect, it } from 'vitest';
import { loadCourse } from '../../src/lib/content/load.ts';
import { probeFigures, probeScenarios } from '../../src/cli/probes.ts';

const loaded = loadCourse(process.cwd());
if (!loaded.ok) throw new Error('content is invalid');
const byId = probeScenarios(process.cwd(), loaded.value);

it('keeps the gaming probes of the tuned-on half under their measured ceiling', () => {
  const figures = probeFigures(process.cwd(), byId, 'tune');
  expect(figures?.scenarios).toBe(12);
  expect(figures?.mean).toBeLessThanOrEqual(0.81);
});

it('keeps the gaming probes of the reported half under their measured ceiling', () => {
  const figures = probeFigures(process.cwd(), byId, 'report');
  expect(figures?.scenarios).toBe(12);
  expect(figures?.mean).toBeLessThanOrEqual(0.94);
});
