/** Reads content/ from disk for the build integration, the CLIs and the tests. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type SourceFile, type ValidationResult, validateCourse } from './validate.ts';

const CONTENT_EXTENSIONS = /\.(ya?ml|mdx?)$/;

export function readContentFiles(projectRoot: string, contentDir = 'content/units'): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (CONTENT_EXTENSIONS.test(name)) {
        files.push({ path: relative(projectRoot, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(join(projectRoot, contentDir));
  return files;
}

export function loadCourse(projectRoot: string): ValidationResult {
  return validateCourse(readContentFiles(projectRoot));
}
