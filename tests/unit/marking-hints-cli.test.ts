import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { markingHintsSchema } from '../../src/lib/content/schemas.ts';

const run = (file: string) => spawnSync(process.execPath, ['src/cli/hints.ts', file], { encoding: 'utf8' });
const folder = mkdtempSync(join(tmpdir(), 'hints-cli-'));

describe('npm run hints', () => {
  it('prints YAML whose hints blocks the schema accepts', () => {
    const result = run('content/units/social-media-strategy/scenarios/ledgerline-paid-social.yaml');
    expect(result.status).toBe(0);
    const points = parse(result.stdout) as { point: string; hints: unknown; 'partial credit': string }[];
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) {
      expect(markingHintsSchema.safeParse(point.hints).success).toBe(true);
      expect(point['partial credit']).toMatch(/one group alone earns/);
    }
  });

  it.each([
    ['missing.yaml', null, /missing\.yaml: cannot be read \(no such file\)/],
    ['broken.yaml', 'id: x\n  bad: [\n', /broken\.yaml: is not valid YAML at line 1, column 5: .+/],
    ['lesson.yaml', 'id: x\ntitle: y\n', /lesson\.yaml: not a scenario file: case: /],
    ['broken.json', '{"a":', /broken\.json: is not valid JSON/],
  ])('%s gets one clear line and exit code 2', (name, content, message) => {
    const path = join(folder, name);
    if (content !== null) writeFileSync(path, content);
    const result = run(path);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});
