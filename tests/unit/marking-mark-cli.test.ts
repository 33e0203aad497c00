import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'mark-cli-'));
const scenario = 'content/units/seasonal-campaign/scenarios/holloways-christmas.yaml';
const mark = (answer: string) => {
  const file = join(folder, 'answer.txt');
  writeFileSync(file, answer);
  return spawnSync(process.execPath, ['src/cli/mark.ts', '--scenario', scenario, '--answer', file], { encoding: 'utf8' });
};

describe('npm run mark', () => {
  it('says in words why each set-aside sentence earns nothing, not with a rule code', () => {
    const result = mark('Grotto tickets sold out Saturday queue parents refunds weekend slots pause. The grotto should open more slots because families queue on Saturdays.');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Set aside \(each earns nothing by itself\):\n {3}a list of terms: “Grotto tickets sold out/);
    expect(result.stdout).not.toMatch(/^ {3}list:/m);
  });
});
