/** The search index: every lesson section, key term, misconception and scenario, with its link. */
import GithubSlugger from 'github-slugger';
import type { Course } from '../content/validate.ts';
import { paths } from '../url.ts';

export type EntryKind = 'lesson' | 'term' | 'misconception' | 'scenario';

export interface SearchEntry {
  kind: EntryKind;
  title: string;
  /** Plain text searched and shown as context. */
  text: string;
  /** Relative to the site base. */
  href: string;
  unit: string;
  /** The unit's id, so results can put the learner's own course first. */
  unitId?: string;
  /** Other names a term is known by (its aliases), matched exactly before any fuzzy match. */
  names?: string[];
}

const endsASentence = /[.!?:;]$/;

/** One line of Markdown to its words: no heading, quote or list marks, no emphasis or code ticks. */
function plainLine(line: string): { text: string; listItem: boolean } {
  const listItem = /^\s*(?:[-*+]|\d+[.)])\s+/.test(line);
  const text = line
    .replace(/^\s*(?:#{1,6}|>|[-*+]|\d+[.)])\s+/, '')
    .replace(/^\s*\|?\s*:?-{3,}.*$/, '')
    .replace(/\|/g, ' ')
    .replace(/(\*\*|__|\*|`)/g, '')
    .replace(/(^|\s)_(\S[^_]*\S|\S)_(?=\s|[.,;:!?]|$)/g, '$1$2')
    .trim();
  return { text, listItem };
}

/**
 * MDX to plain text for search snippets: components, markup and links reduced to their words, and
 * list items joined with semicolons, so "**Specific**: a clear target" reads as "Specific: a clear
 * target" rather than "Specific : …".
 */
export function plainText(mdx: string): string {
  const withoutBlocks = mdx
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  const lines = withoutBlocks.split('\n').map(plainLine).filter((line) => line.text);
  return lines
    .map((line, index) => {
      const next = lines[index + 1];
      const needsBreak = (line.listItem || next?.listItem) && next && !endsASentence.test(line.text);
      return needsBreak ? `${line.text};` : line.text;
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .trim();
}

function lessonSections(body: string): { heading: string | null; text: string }[] {
  const sections: { heading: string | null; lines: string[] }[] = [{ heading: null, lines: [] }];
  for (const line of body.split('\n')) {
    const match = /^##\s+(.+?)\s*$/.exec(line);
    if (match) sections.push({ heading: match[1] ?? '', lines: [] });
    else sections[sections.length - 1]?.lines.push(line);
  }
  return sections.map((section) => ({ heading: section.heading, text: plainText(section.lines.join('\n')) })).filter((section) => section.text || section.heading);
}

export function buildSearchEntries(course: Course): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const unit of course.units) {
    for (const lesson of unit.lessons) {
      const slugger = new GithubSlugger();
      for (const section of lessonSections(lesson.body)) {
        const anchor = section.heading ? slugger.slug(section.heading.replace(/[*_`]/g, '')) : null;
        entries.push({
          kind: 'lesson',
          title: section.heading ? `${lesson.title}: ${plainText(section.heading)}` : lesson.title,
          text: section.text.slice(0, 600),
          href: `${paths.lesson(unit.id, lesson.slug)}${anchor ? `#${anchor}` : ''}`,
          unit: unit.title,
          unitId: unit.id,
        });
      }
    }
    for (const term of unit.terms) {
      entries.push({
        kind: 'term',
        title: term.aliases.length ? `${term.term} (${term.aliases.join(', ')})` : term.term,
        text: plainText(term.definition),
        href: `${paths.flashcards(unit.id)}?terms=${term.id}`,
        unit: unit.title,
          unitId: unit.id,
        ...(term.aliases.length ? { names: [term.term, ...term.aliases] } : {}),
      });
    }
    for (const item of unit.misconceptions) {
      entries.push({ kind: 'misconception', title: item.claim, text: item.correction, href: paths.lessonRef(unit.id, item.lesson), unit: unit.title, unitId: unit.id });
    }
    for (const scenario of unit.scenarios) {
      entries.push({ kind: 'scenario', title: scenario.title, text: scenario.task, href: paths.scenario(unit.id, scenario.id), unit: unit.title, unitId: unit.id });
    }
  }
  return entries;
}
