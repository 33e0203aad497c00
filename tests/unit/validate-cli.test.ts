/**
 * `npm run validate` compares the course against source documents in a folder it names: the one
 * given with --sources, else the test copy when it is there, else none, and says which.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/lib/content/load.ts';

const root = process.cwd();
const validate = (args: string[], cwd = root) => spawnSync(process.execPath, [join(root, 'src/cli/validate.ts'), ...args], { cwd, encoding: 'utf8' });

describe('npm run validate and its source documents', () => {
  it('by default compares against the test copy of the sources, and names the folder', () => {
    const run = validate([]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Originality: 0 near-copied passages \(8 content words in order\) against \d+ English source documents in tests\/fixtures\/seeds\n/);
  });

  it('compares against the folder given, and fails on learner text copied from it', () => {
    const loaded = loadCourse(root);
    if (!loaded.ok) throw new Error('content is invalid: run npm run validate');
    const lesson = loaded.value.units[0]?.lessons[0];
    const paragraph = lesson?.body.split('\n\n').find((text) => !text.startsWith('#') && !text.includes('<') && text.split(' ').length > 40);
    if (!lesson || !paragraph) throw new Error('no plain paragraph in the first lesson');
    const sources = mkdtempSync(join(tmpdir(), 'validate-sources-'));
    writeFileSync(join(sources, 'copied.txt'), `Notes for the course. ${paragraph}`);
    const run = validate(['--sources', sources]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`against 1 English source document in ${sources}\n`);
    expect(run.stderr).toMatch(/learner text follows a source document too closely: .*close to copied\.txt/);
  });

  it('refuses a --sources folder that is not there, rather than skipping the check', () => {
    const run = validate(['--sources', join(tmpdir(), 'no-such-sources-folder')]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^the source folder .*no-such-sources-folder does not exist or is not a folder\n/);
  });

  it('says the originality check was skipped when there is no folder to compare against', () => {
    const project = mkdtempSync(join(tmpdir(), 'validate-project-'));
    symlinkSync(join(root, 'content'), join(project, 'content'));
    const run = validate([], project);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Originality: not checked: no --sources <dir> was given and tests/fixtures/seeds is not here. Pass --sources <dir> to compare against the source documents.');
  });
});
