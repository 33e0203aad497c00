/**
 * Reads a unit revision page in the seeds' structure (a summary with Topic Synopsis, Key Concepts,
 * Exam Tips, Common Misconceptions, Examiner Marking Points; or the longer scraped variant with
 * Learning Objectives, Assessment Criteria, Assessment Guidance, Common Mistakes, Key Terminology).
 * Scraped pages repeat headings, carry stray counters and mix bullet styles; all of that is
 * tolerated, and whatever cannot be placed is reported rather than dropped silently.
 */

export type SectionKey =
  | 'synopsis'
  | 'overview'
  | 'concepts'
  | 'tips'
  | 'misconceptions'
  | 'marking'
  | 'objectives'
  | 'criteria'
  | 'guidance'
  | 'terminology'
  | 'prior'
  | 'ignored';

const HEADINGS: [RegExp, SectionKey][] = [
  [/^topic synopsis$/i, 'synopsis'],
  [/^topic overview$/i, 'overview'],
  [/^key concepts( & core principles| and core principles)?$/i, 'concepts'],
  [/^exam tips( & revision strategies| and revision strategies)?$/i, 'tips'],
  [/^common (misconceptions|mistakes)( & mistakes to avoid| and mistakes to avoid)?$/i, 'misconceptions'],
  [/^examiner marking points$/i, 'marking'],
  [/^learning (objectives|outcomes)$/i, 'objectives'],
  [/^assessment criteria$/i, 'criteria'],
  [/^assessment guidance$/i, 'guidance'],
  [/^key (terminology|terms)$/i, 'terminology'],
  [/^before you start$/i, 'prior'],
  [/^(frequently asked questions|key skills|ready to learn\?)$/i, 'ignored'],
];

export interface SeedDocument {
  title: string;
  sections: Record<SectionKey, string[]>;
  /** Lines that belonged to no section or could not be read as content. */
  unplaced: string[];
}

const BULLET = /^(?:[•\-*–◦▪●·]|\d+[.)])\s*/u;
const EMOJI = /[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}\u{FE0F}]/gu;

function clean(line: string): string {
  return line.replace(EMOJI, '').replace(/\s+/g, ' ').trim();
}

function headingOf(line: string): SectionKey | null {
  for (const [pattern, key] of HEADINGS) if (pattern.test(line)) return key;
  return null;
}

/** A short line right under a heading that describes it ("Core ideas you must understand"). */
function isSubtitle(line: string): boolean {
  return line.length < 70 && !/[.:]$/.test(line) && !line.includes(':');
}

export function parseSeed(text: string): SeedDocument {
  const sections = Object.fromEntries(HEADINGS.map(([, key]) => [key, [] as string[]])) as Record<SectionKey, string[]>;
  const unplaced: string[] = [];
  const lines = text.split(/\r?\n/).map(clean).filter((line) => line.length > 0);
  const title = titleFrom(lines[0] ?? 'Untitled unit');
  let current: SectionKey | null = null;
  let sinceHeading = 0;
  for (const [index, line] of lines.entries()) {
    if (index === 0) continue;
    const heading = headingOf(line);
    if (heading) {
      current = heading;
      sinceHeading = 0;
      continue;
    }
    sinceHeading += 1;
    if (/^\d+$/.test(line)) continue; // stray counters ("4", "1") from scraped tabs
    if (current === null) {
      if (line !== lines[0]) unplaced.push(line);
      continue;
    }
    if (current === 'ignored') continue;
    const isBullet = BULLET.test(line);
    const content = line.replace(BULLET, '').trim();
    if (!content) continue;
    if (!isBullet && sinceHeading === 1 && isSubtitle(content) && current !== 'synopsis' && current !== 'overview') continue;
    const proseSection = current === 'synopsis' || current === 'overview';
    // List sections hold bullets; loose prose under them is scraped page furniture.
    if (!isBullet && !proseSection) {
      unplaced.push(line);
      continue;
    }
    if (!sections[current].includes(content)) sections[current].push(content);
  }
  return { title, sections, unplaced };
}

/** Scraped titles run words together ("MarketingOTHM Qualifications ..."): keep the first part. */
function titleFrom(line: string): string {
  const glued = /^(.*?[a-z])(?=[A-Z]{2,})/.exec(line);
  const title = (glued?.[1] ?? line).trim();
  // A summary page may open with a sentence rather than a title: keep its first few words.
  return title.length > 90 ? `${title.split(/[.:]/)[0]?.split(' ').slice(0, 8).join(' ') ?? 'Imported unit'}` : title;
}

export interface Concept {
  name: string;
  definition: string;
}

/** "Name: definition" bullets; anything without a colon is not a concept. */
export function conceptsFrom(items: readonly string[]): { concepts: Concept[]; rest: string[] } {
  const concepts: Concept[] = [];
  const rest: string[] = [];
  for (const item of items) {
    const match = /^([^:]{2,80}):\s+(.{10,})$/.exec(item);
    if (match && !/^(misconception|correction)$/i.test(match[1]?.trim() ?? '')) concepts.push({ name: (match[1] ?? '').trim(), definition: (match[2] ?? '').trim() });
    else rest.push(item);
  }
  return { concepts, rest };
}

/**
 * The text without trailing full stops and spaces. A loop, not /[.\s]+$/: that regex retries from
 * every dot-or-space run and took seconds on one long line.
 */
export function withoutTrailingDots(text: string): string {
  let end = text.length;
  while (end > 0 && /[.\s]/.test(text[end - 1] ?? '')) end -= 1;
  return text.slice(0, end);
}

export interface SeedMisconception {
  claim: string;
  correction: string | null;
}

export function misconceptionsFrom(items: readonly string[]): SeedMisconception[] {
  return items.map((item) => {
    const match = /^misconception:\s*(.+?)\s*correction:\s*(.+)$/i.exec(item);
    if (match) return { claim: withoutTrailingDots(match[1] ?? ''), correction: (match[2] ?? '').trim() };
    return { claim: withoutTrailingDots(item), correction: null };
  });
}

/** Learning objectives often arrive glued into one line: split where a new command verb starts. */
export function objectivesFrom(items: readonly string[]): string[] {
  const verbs = 'Understand|Recommend|Analyse|Analyze|Evaluate|Develop|Explain|Assess|Apply|Design|Critically|Identify|Create|Demonstrate|Plan|Manage';
  return items
    .flatMap((item) => item.split(new RegExp(`(?<=[a-z.)])\\s*(?=(?:${verbs})\\b)`)))
    .map((part) => withoutTrailingDots(part.replace(/^\d+[.)]\s*/, '')).trim())
    .filter((part) => part.length > 10);
}

/** Which qualifications the page names. */
export function qualificationsFrom(text: string): string[] {
  const found = new Set<string>();
  if (/OTHM[^.\n]{0,40}Level 7|Level 7 Diploma in Strategic Marketing/i.test(text)) found.add('othm-l7');
  for (const match of text.matchAll(/CIM Level (4|6|7)/gi)) found.add(`cim-l${match[1]}`);
  return [...found];
}
