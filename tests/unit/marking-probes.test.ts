/**
 * The red-team probes (tests/fixtures/marking/probes): answers testers wrote to game the marker,
 * two rounds from its feedback and two blind. When the first round was written, the best of them
 * earned 98% of the marks on average. The goal is a fifth; these ceilings sit just above what the
 * marker now allows (measured 2026-12-02, all four rounds: tuned-on half 56.5% mean; reported half
 * 78.3% mean, where a blind fourth round of statements dressed in stock reasons and other tricks
 * reaches full marks on one scenario), so a change that lets more gaming in fails here.
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
  expect(figures?.mean).toBeLessThanOrEqual(0.58);
});

it('keeps the gaming probes of the reported half under their measured ceiling', () => {
  const figures = probeFigures(process.cwd(), byId, 'report');
  expect(figures?.scenarios).toBe(12);
  expect(figures?.mean).toBeLessThanOrEqual(0.8);
});
