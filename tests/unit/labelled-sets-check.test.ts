/**
 * The labelled sets' own check (scripts/check-labelled.mjs) runs with the unit tests: a scenario
 * that no longer parses, or an answer that misses a point's judgement, would quietly change what
 * the benchmark measures.
 */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('finds every labelled set consistent', () => {
  const result = spawnSync(process.execPath, ['scripts/check-labelled.mjs'], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.stdout).toContain('all labelled sets are consistent');
  expect(result.status).toBe(0);
});
