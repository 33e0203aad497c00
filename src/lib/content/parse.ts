/** Turning raw files into data: YAML documents, MDX frontmatter, lesson headings and term references. */
import GithubSlugger from 'github-slugger';
import { parseDocument } from 'yaml';
import { type Result, err, ok } from '../result.ts';
import { countWords } from '../words.ts';

/** The YAML's data, or what is wrong with it, worded to follow the file's name. */
export type ParseResult = Result<unknown, string>;

/** Content never needs many aliases; a file that expands hundreds is an alias bomb. */
const MAX_YAML_ALIASES = 100;

export function parseYaml(text: string): ParseResult {
  const document = parseDocument(text, { prettyErrors: true });
  const firstError = document.errors[0];
  if (firstError) {
    const line = firstError.linePos?.[0];
    const where = line ? ` at line ${line.line}, column ${line.col}` : '';
    return err(`is not valid YAML${where}: ${firstError.message.split('\n')[0]}`);
  }
  try {
    return ok(document.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown);
  } catch (error) {
    const reason = (error instanceof Error ? error.message.split('\n')[0] : undefined) ?? String(error);
    return /alias/i.test(reason)
      ? err(`expands YAML aliases (*name) too many times; content files may use at most ${MAX_YAML_ALIASES}: write the values out`)
      : err(`could not be read as YAML: ${reason}`);
  }
}

export interface SplitMdx {
  frontmatter: string;
  body: string;
  /** Lines before the body starts, so body line numbers can be reported in file terms. */
  bodyStartLine: number;
}

export function splitFrontmatter(text: string): SplitMdx | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return null;
  return {
    frontmatter: match[1] ?? '',
    body: text.slice(match[0].length),
    bodyStartLine: match[0].split('\n').length - 1,
  };
}

export interface LessonHeading {
  depth: number;
  text: string;
  slug: string;
  line: number;
}

/** Headings as Astro will slug them (github-slugger over the heading's text), skipping code fences. */
export function lessonHeadings(body: string): LessonHeading[] {
  const slugger = new GithubSlugger();
  const headings: LessonHeading[] = [];
  let inFence = false;
  body.split('\n').forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    const match = /^(#{1,6})[ \t]+(\S.*)$/.exec(line);
    if (!match) return;
    const text = headingText(match[2] ?? '')
      .replace(/[*_`]/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    headings.push({ depth: (match[1] ?? '').length, text, slug: slugger.slug(text), line: index + 1 });
  });
  return headings;
}

/**
 * A heading's text without its optional closing hashes ("## Title ##"). Done by trimming rather
 * than one regex: a pattern like /(.+?)\s*#*\s*$/ backtracks for minutes on a line of spaces.
 */
function headingText(raw: string): string {
  const trimmed = raw.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') end -= 1;
  // Closing hashes count only after a space; "C#" keeps its hash.
  if (end < trimmed.length && (end === 0 || /\s/.test(trimmed[end - 1] ?? ''))) return trimmed.slice(0, end).trimEnd();
  return trimmed;
}

export interface TermReference {
  id: string;
  line: number;
}

/** Every <Term id="..."> in a lesson body. */
export function termReferences(body: string): TermReference[] {
  const references: TermReference[] = [];
  body.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(/<Term\s+id=["']([^"']*)["']/g)) {
      references.push({ id: match[1] ?? '', line: index + 1 });
    }
  });
  return references;
}

export { countWords };

/**
 * A lesson's reading length: its prose without the "## References" section, because a reference
 * list is excluded from a word count in the same way an assignment's is, and a lesson that cites
 * its sources properly should not be pushed over the length limit for doing so.
 */
export function lessonWords(body: string): number {
  return countWords(body.replace(/^## References[ \t]*\n[\s\S]*?(?=^## |(?![\s\S]))/m, ''));
}
