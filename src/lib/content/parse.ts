/** Turning raw files into data: YAML documents, MDX frontmatter, lesson headings and term references. */
import GithubSlugger from 'github-slugger';
import { parseDocument } from 'yaml';

export type ParseResult = { ok: true; value: unknown } | { ok: false; message: string };

export function parseYaml(text: string): ParseResult {
  const document = parseDocument(text, { prettyErrors: true });
  const firstError = document.errors[0];
  if (firstError) {
    const line = firstError.linePos?.[0];
    const where = line ? ` at line ${line.line}, column ${line.col}` : '';
    return { ok: false, message: `is not valid YAML${where}: ${firstError.message.split('\n')[0]}` };
  }
  return { ok: true, value: document.toJS() };
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
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match) return;
    const text = (match[2] ?? '').replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    headings.push({ depth: (match[1] ?? '').length, text, slug: slugger.slug(text), line: index + 1 });
  });
  return headings;
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

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
