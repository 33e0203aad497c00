import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCE_DIR, chooseSourceFolder, isFolder, readSourceDocuments } from './sources.ts';

const folders = (...present: string[]) => (dir: string) => present.includes(dir);

describe('choosing the source folder for the originality check', () => {
  it('uses the folder given, and refuses one that is not there rather than skipping the check', () => {
    expect(chooseSourceFolder('sources', folders('sources', DEFAULT_SOURCE_DIR))).toEqual({ ok: true, value: { compare: true, dir: 'sources' } });
    expect(chooseSourceFolder('gone', folders(DEFAULT_SOURCE_DIR))).toEqual({ ok: false, error: 'the source folder gone does not exist or is not a folder' });
    expect(chooseSourceFolder(' ', folders(' '))).toEqual({ ok: false, error: '--sources needs a folder: --sources <dir>' });
  });

  it('falls back to the test copy only when it is there, and otherwise says the check was skipped', () => {
    expect(chooseSourceFolder(undefined, folders(DEFAULT_SOURCE_DIR))).toEqual({ ok: true, value: { compare: true, dir: DEFAULT_SOURCE_DIR } });
    const none = chooseSourceFolder(undefined, folders());
    expect(none).toEqual({ ok: true, value: { compare: false, why: `no --sources <dir> was given and ${DEFAULT_SOURCE_DIR} is not here` } });
  });
});

describe('reading source documents', () => {
  it('reads the English .txt files in name order and leaves out the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sources-'));
    writeFileSync(join(dir, 'b.txt'), 'The brand should set objectives that are specific and measurable for the team.');
    writeFileSync(join(dir, 'a.txt'), 'A plan for the year is written with the goals of the business in mind.');
    writeFileSync(join(dir, 'c.txt'), 'Xyzzy plugh qwerty asdf zxcv uiop hjkl bnm.');
    writeFileSync(join(dir, 'notes.md'), 'The brand should set objectives that are specific.');
    expect(readSourceDocuments(dir).map((document) => document.name)).toEqual(['a.txt', 'b.txt']);
    expect(isFolder(dir)).toBe(true);
    expect(isFolder(join(dir, 'a.txt'))).toBe(false);
    expect(isFolder(join(dir, 'missing'))).toBe(false);
  });
});
