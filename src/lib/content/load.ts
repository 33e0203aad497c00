/** Reads content/ from disk for the build integration, the CLIs and the tests. */
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { err } from '../result.ts';
import { decodeContentFile, tooLarge } from './encoding.ts';
import type { ContentIssue } from './issues.ts';
import { type SourceFile, type ValidationResult, issuesIn, validateCourse } from './validate.ts';

const CONTENT_EXTENSIONS = /\.(ya?ml|mdx?)$/;

export interface ContentTree {
  files: SourceFile[];
  /** Files that could not be read: a link loop, a file too large, not UTF-8. */
  issues: ContentIssue[];
}

/**
 * Walks the content folder. A symbolic link is followed once (authors do link shared files), but a
 * folder already visited is not entered again, so a link loop is reported instead of crashing.
 */
export function readContentTree(projectRoot: string, contentDir = 'content/units'): ContentTree {
  const files: SourceFile[] = [];
  const issues: ContentIssue[] = [];
  const visited = new Set<string>();
  const pathOf = (full: string) => relative(projectRoot, full).split(sep).join('/');
  const walk = (dir: string) => {
    let real: string;
    let names: string[];
    try {
      real = realpathSync(dir);
      names = readdirSync(dir).sort();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') issues.push({ file: pathOf(dir), field: '', message: code === 'ELOOP' ? 'is a symbolic link that loops back on itself' : `cannot be read (${code ?? 'unknown error'})` });
      return;
    }
    if (visited.has(real)) {
      issues.push({ file: pathOf(dir), field: '', message: 'links back to a folder already read (a symbolic link loop): remove the link' });
      return;
    }
    visited.add(real);
    for (const name of names) {
      const full = join(dir, name);
      let stats;
      try {
        stats = lstatSync(full).isSymbolicLink() ? statSync(full) : lstatSync(full);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        issues.push({ file: pathOf(full), field: '', message: code === 'ELOOP' ? 'is a symbolic link that loops back on itself' : `is a broken link or cannot be read (${code ?? 'unknown error'})` });
        continue;
      }
      if (stats.isDirectory()) walk(full);
      else if (CONTENT_EXTENSIONS.test(name)) {
        // Checked before reading, so a 100 MB file is refused without being held in memory.
        const size = tooLarge(stats.size);
        const decoded = size ? err(size) : decodeContentFile(readFileSync(full));
        if (decoded.ok) files.push({ path: pathOf(full), text: decoded.value });
        else issues.push({ file: pathOf(full), field: '', message: decoded.error });
      }
    }
  };
  walk(join(projectRoot, contentDir));
  return { files, issues };
}

/** The readable files only; callers that must report unreadable ones use readContentTree. */
export function readContentFiles(projectRoot: string, contentDir = 'content/units'): SourceFile[] {
  return readContentTree(projectRoot, contentDir).files;
}

export function loadCourse(projectRoot: string): ValidationResult {
  const tree = readContentTree(projectRoot);
  const result = validateCourse(tree.files);
  if (tree.issues.length === 0) return result;
  return err([...tree.issues, ...issuesIn(result)]);
}
