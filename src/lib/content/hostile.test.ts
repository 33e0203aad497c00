/**
 * Hostile or broken content files: each must end in one "file: reason" line (or a capped list),
 * never a stack trace, a frozen process or gigabytes of memory. Each case here crashed, hung or
 * passed silently before.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withoutTrailingDots } from '../importer/seed.ts';
import { MAX_CONTENT_FILE_BYTES, decodeContentFile } from './encoding.ts';
import { formatIssue, formatIssues } from './issues.ts';
import { loadCourse, readContentFiles } from './load.ts';
import { lessonHeadings, parseYaml } from './parse.ts';
import { issuesIn, validateCourse } from './validate.ts';

const fixtureRoot = fileURLToPath(new URL('../../../tests/fixtures', import.meta.url));
const fixture = readContentFiles(fixtureRoot);
const scenarioPath = 'content/units/mini-unit/scenarios/cafe-launch.yaml';

/** A copy of the fixture course in a temporary folder, to break on disk. */
function fixtureOnDisk(): string {
  const root = mkdtempSync(join(tmpdir(), 'markpoint-hostile-'));
  for (const file of fixture) {
    const target = join(root, file.path);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, file.text);
  }
  return root;
}

const problems = (root: string) => {
  const result = loadCourse(root);
  expect(result.ok).toBe(false);
  return issuesIn(result).map(formatIssue);
};

describe('hostile YAML', () => {
  it('refuses an alias bomb with a reason instead of a stack trace', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
    const parsed = parseYaml(bomb);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/aliases/);
    const files = fixture.map((file) => (file.path === scenarioPath ? { ...file, text: bomb } : file));
    expect(issuesIn(validateCourse(files)).map(formatIssue)).toEqual([expect.stringMatching(new RegExp(`^${scenarioPath}: expands YAML aliases`))]);
  });

  it('reports 100,000 broken marking points without overflowing the stack, in a capped list', () => {
    // A flow list of 100,000 empty points (three problems each), which parses far faster than block YAML.
    const text = readFileSync(join(fixtureRoot, scenarioPath), 'utf8').replace(/points:[\s\S]*?(?=\nmodel:)/, `points: [${Array(100_000).fill('{}').join(',')}]`);
    const files = fixture.map((file) => (file.path === scenarioPath ? { ...file, text } : file));
    const result = validateCourse(files);
    expect(result.ok).toBe(false);
    const printed = formatIssues(issuesIn(result));
    expect(printed.split('\n').length).toBeLessThanOrEqual(52);
    expect(printed).toMatch(/… and [\d,]+ more$/);
    // Parsing 100,000 entries takes seconds on a busy two-core machine: a generous limit, not a time goal.
  }, 180_000);
});

describe('lesson headings', () => {
  it('reads a heading padded with thousands of spaces (the old pattern backtracked for 48 s)', () => {
    const headings = lessonHeadings(`## a${' '.repeat(5000)}x`);
    expect(headings.map((heading) => heading.text)).toEqual([`a${' '.repeat(5000)}x`]);
  });
  it('drops closing hashes but keeps a hash that is part of a word', () => {
    expect(lessonHeadings('## Title ##\n### C#').map((heading) => heading.text)).toEqual(['Title', 'C#']);
  });
});

describe('files that are not UTF-8 text, or far too large', () => {
  it('refuses Latin-1 with the byte and the fix', () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('price: '), 0xa3, 0x35]);
    expect(decodeContentFile(latin1)).toEqual({ ok: false, error: 'is not valid UTF-8 (byte 8): it may be saved as Latin-1 or Windows-1252; save it as UTF-8' });
  });
  it('refuses UTF-16 with or without its byte-order mark', () => {
    expect(decodeContentFile(Uint8Array.from([0xff, 0xfe, 0x69, 0x00]))).toEqual({ ok: false, error: 'is saved as UTF-16: save it as UTF-8' });
    expect(decodeContentFile(Uint8Array.from([0x69, 0x00, 0x64, 0x00]))).toMatchObject({ ok: false, error: expect.stringMatching(/NUL byte at byte 2/) });
  });
  it('accepts UTF-8 with a byte-order mark and drops the mark', () => {
    expect(decodeContentFile(Uint8Array.from([0xef, 0xbb, 0xbf, 0x69, 0x64]))).toEqual({ ok: true, value: 'id' });
  });
  it('refuses a file over the size limit by name, without reading it', () => {
    const root = fixtureOnDisk();
    writeFileSync(join(root, 'content/units/mini-unit/terms.yaml'), `terms: "${'x'.repeat(MAX_CONTENT_FILE_BYTES + 10)}"`);
    expect(problems(root)).toContain('content/units/mini-unit/terms.yaml: is 1.0 MB: a content file may be at most 1.0 MB (split a long lesson in two)');
  });
  it('names a Latin-1 file found on disk', () => {
    const root = fixtureOnDisk();
    writeFileSync(join(root, 'content/units/mini-unit/terms.yaml'), Uint8Array.from([0x61, 0x3a, 0x20, 0xe9]));
    expect(problems(root)).toContain('content/units/mini-unit/terms.yaml: is not valid UTF-8 (byte 4): it may be saved as Latin-1 or Windows-1252; save it as UTF-8');
  });
});

describe('links in the content folder', () => {
  it('reports a symbolic link loop instead of crashing with ELOOP', () => {
    const root = fixtureOnDisk();
    symlinkSync('..', join(root, 'content/units/mini-unit/lessons/back-up'));
    expect(problems(root).some((line) => /lessons\/back-up: links back to a folder already read/.test(line))).toBe(true);
  });
  it('reports a link that points at itself', () => {
    const root = fixtureOnDisk();
    symlinkSync('self.yaml', join(root, 'content/units/mini-unit/self.yaml'));
    expect(problems(root)).toContain('content/units/mini-unit/self.yaml: is a symbolic link that loops back on itself');
  });
});

describe('the importer on long lines', () => {
  it('trims trailing dots in one pass (the old pattern took 5.8 s on an 80 KB line)', () => {
    const line = `${'. '.repeat(40_000)}x. . .`;
    expect(withoutTrailingDots(line)).toBe(`${'. '.repeat(40_000)}x`);
  });
});
