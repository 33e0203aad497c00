/**
 * The red-team probes (tests/fixtures/marking/probes): answers a tester wrote to game the marker
 * from its feedback alone. When written, the best of them earned 98% of the marks on average. The
 * goal is a fifth; these ceilings sit just above what the marker now allows (measured 2026-12-02,
 * all three rounds: tuned-on half 49.9% mean, 100% worst; reported half 65.3% mean, 92.5% worst; a
 * second tester found answers of 25-60 words that earn full marks, and a third, writing blind,
 * nonsense stories with the scheme's words dropped in), so a change that lets gaming back in fails
 * here. `npm run bench:marking` prints the figures, by round.
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
  expect(figures?.mean).toBeLessThanOrEqual(0.51);
});

it('keeps the gaming probes of the reported half under their measured ceiling', () => {
  const figures = probeFigures(process.cwd(), byId, 'report');
  expect(figures?.scenarios).toBe(12);
  expect(figures?.mean).toBeLessThanOrEqual(0.67);
  expect(figures?.worst.share).toBeLessThanOrEqual(0.95);
});
