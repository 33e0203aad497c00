/**
 * Finds text an author copied, or copied and lightly reworded, from a source: the course is
 * written in its own words.
 */
import { stemWord } from '../marking/text.ts';

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

/** Verbatim copying: runs of `runLength` identical words, punctuation and case aside. */
export function copiedRuns(text: string, sources: readonly string[], runLength = 12): string[] {
  const shingles = new Set<string>();
  for (const source of sources) {
    const sourceWords = words(source);
    for (let i = 0; i + runLength <= sourceWords.length; i += 1) shingles.add(sourceWords.slice(i, i + runLength).join(' '));
  }
  const textWords = words(text);
  const found: string[] = [];
  for (let i = 0; i + runLength <= textWords.length; i += 1) {
    const run = textWords.slice(i, i + runLength).join(' ');
    if (shingles.has(run)) found.push(run);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Near-copies

/**
 * English function words. A close paraphrase keeps a source's nouns, verbs and adjectives in
 * order while swapping articles, pronouns, auxiliaries and connectives, so those are dropped
 * before runs are compared.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before
  being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't
  down during each either etc even ever every few for from further had hadn't has hasn't have haven't
  having he her here hers herself him himself his how however i if in into is isn't it it's its itself
  just let's may me might more most much must mustn't my myself neither no nor not now of off often on
  once only or other ought our ours ourselves out over own per quite rather really same shall she should
  shouldn't so some such than that that's the their theirs them themselves then there there's these they
  they're this those though through thus to too under until up upon us very via was wasn't we we're
  were weren't what what's when where whether which while who whom whose why will with within without
  won't would wouldn't yet you you're your yours yourself yourselves`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

interface ContentWord {
  stem: string;
  /** Character offsets in the original text, so a finding can quote the words as written. */
  start: number;
  end: number;
}

/** Markup is not prose: `<Term id="kpi">` must not add "term id kpi" to a run. */
const withoutMarkup = (text: string) => text.replace(/<[^>]*>/g, (tag) => ' '.repeat(tag.length));

function contentWords(text: string): ContentWord[] {
  const prose = withoutMarkup(text);
  const found: ContentWord[] = [];
  for (const match of prose.matchAll(WORD)) {
    const lower = match[0].toLowerCase().replace(/’/g, "'");
    if (STOP_WORDS.has(lower)) continue;
    const start = match.index ?? 0;
    found.push({ stem: stemWord(lower), start, end: start + match[0].length });
  }
  return found;
}

/** Share of a text's words that are English function words: 0.4–0.5 in English prose, 0.2 or more even in English notes and outlines, near 0 in other languages. */
export function englishFunctionWordShare(text: string): number {
  const all = [...text.matchAll(WORD)].map((match) => match[0].toLowerCase().replace(/’/g, "'"));
  if (all.length === 0) return 0;
  return all.filter((word) => STOP_WORDS.has(word)).length / all.length;
}

/** English prose is mostly function words; the stemmer and stop list mean nothing for other languages. */
export const looksEnglish = (text: string) => englishFunctionWordShare(text) >= 0.1;

export interface NearCopy {
  /** The passage as written in the checked text, from the first to the last matching word. */
  passage: string;
  /** How many overlapping runs of `runLength` content words the passage contains. */
  runs: number;
  /** Index of the source in the list passed in. */
  source: number;
}

export interface NearCopyOptions {
  /** Content words (after stop-word removal and stemming) that must match in order. */
  runLength?: number;
}

/** Prepared sources, so a whole course can be checked without re-reading them for every text. */
export interface SourceIndex {
  runLength: number;
  shingles: Map<string, number>;
}

export function indexSources(sources: readonly string[], { runLength = 8 }: NearCopyOptions = {}): SourceIndex {
  const shingles = new Map<string, number>();
  sources.forEach((source, sourceNumber) => {
    const stems = contentWords(source).map((word) => word.stem);
    for (let i = 0; i + runLength <= stems.length; i += 1) {
      const key = stems.slice(i, i + runLength).join(' ');
      if (!shingles.has(key)) shingles.set(key, sourceNumber);
    }
  });
  return { runLength, shingles };
}

/**
 * Close paraphrase: runs of `runLength` content words whose stems appear in the same order in a
 * source, with any function words between them. Overlapping runs are joined into one passage so
 * each reworded sentence is reported once.
 */
export function nearCopies(text: string, sources: readonly string[] | SourceIndex, options: NearCopyOptions = {}): NearCopy[] {
  const index = 'shingles' in sources ? sources : indexSources(sources, options);
  const { runLength, shingles } = index;
  const textWords = contentWords(text);
  const found: NearCopy[] = [];
  let open: { first: number; last: number; runs: number; source: number } | undefined;
  const close = () => {
    if (!open) return;
    const start = textWords[open.first]?.start ?? 0;
    const end = textWords[open.last]?.end ?? start;
    found.push({ passage: text.slice(start, end).replace(/\s+/g, ' '), runs: open.runs, source: open.source });
    open = undefined;
  };
  for (let i = 0; i + runLength <= textWords.length; i += 1) {
    const key = textWords.slice(i, i + runLength).map((word) => word.stem).join(' ');
    const source = shingles.get(key);
    if (source === undefined) continue;
    if (open && i <= open.last) {
      open.last = i + runLength - 1;
      open.runs += 1;
    } else {
      close();
      open = { first: i, last: i + runLength - 1, runs: 1, source };
    }
  }
  close();
  return found;
}
