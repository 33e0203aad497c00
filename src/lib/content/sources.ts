/**
 * Which source documents the originality check compares the course against. The course is written
 * from documents kept outside the site; a copy lives in tests/fixtures/seeds for the tests, but the
 * validator must not quietly depend on a test folder, so the folder is chosen here, explicitly, and
 * the validator says which one it used or that it checked nothing.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Result, err, ok } from '../result.ts';
import { looksEnglish } from './originality.ts';

/** Used when no folder is given, and only if it is there: a clone of this repository has it. */
export const DEFAULT_SOURCE_DIR = 'tests/fixtures/seeds';

export type SourceFolder =
  /** Compare against the .txt documents in `dir` (relative to the project root, or absolute). */
  | { compare: true; dir: string }
  /** Check nothing, and print `why`. */
  | { compare: false; why: string };

/**
 * The folder to compare against: the one given, which must exist, or else the default when it
 * exists, or else none, with the reason. A folder that was asked for and is missing is an error,
 * never a silent skip.
 */
export function chooseSourceFolder(given: string | undefined, isFolder: (dir: string) => boolean): Result<SourceFolder, string> {
  if (given !== undefined) {
    if (given.trim() === '') return err('--sources needs a folder: --sources <dir>');
    return isFolder(given) ? ok({ compare: true, dir: given }) : err(`the source folder ${given} does not exist or is not a folder`);
  }
  if (isFolder(DEFAULT_SOURCE_DIR)) return ok({ compare: true, dir: DEFAULT_SOURCE_DIR });
  return ok({ compare: false, why: `no --sources <dir> was given and ${DEFAULT_SOURCE_DIR} is not here` });
}

export interface SourceDocument {
  name: string;
  text: string;
}

/** The English .txt documents in a folder, by name (other languages cannot be paraphrased word for word). */
export function readSourceDocuments(dir: string): SourceDocument[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }))
    .filter((document) => looksEnglish(document.text));
}

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
