/** Searching the index with fuse.js, and grouping results by kind with the matched ranges. */
import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import { courseFirst } from '../course/my-course.ts';
import type { EntryKind, SearchEntry } from './entries.ts';

export const SEARCH_OPTIONS: IFuseOptions<SearchEntry> = {
  keys: [
    { name: 'title', weight: 2 },
    { name: 'text', weight: 1 },
  ],
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
};

export const KIND_LABELS: Record<EntryKind, string> = {
  lesson: 'Lessons',
  term: 'Key terms',
  misconception: 'Misconceptions',
  scenario: 'Scenarios',
};

export interface SearchHit {
  entry: SearchEntry;
  /** Matched [start, end] ranges (inclusive) in the title and the text. */
  titleRanges: [number, number][];
  textRanges: [number, number][];
}

export interface SearchGroup {
  kind: EntryKind;
  label: string;
  hits: SearchHit[];
}

/**
 * Fuse's fuzzy matching reads every character of every entry, which is too slow for thousands of
 * long entries on a cheap phone. So a word index first narrows the field (words that start with a
 * query word, or are one typo from it), and Fuse ranks and marks only those candidates.
 */
export interface Searcher {
  entries: readonly SearchEntry[];
  postings: Map<string, number[]>;
  vocabulary: string[];
  titlesOnly: Fuse<SearchEntry>;
  /** Each term's names (the term, the parts in and out of its brackets, its aliases), normalised. */
  termNames: { index: number; names: string[] }[];
}

/**
 * A query longer than this is cut: no learner types 200 characters into a search box, and a pasted
 * page of text must not cost seconds per keystroke (every query word is compared with the whole
 * vocabulary).
 */
export const MAX_QUERY_CHARS = 200;
const MAX_QUERY_WORDS = 12;
const MAX_CANDIDATES = 50;
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const normalised = (text: string) => wordsOf(text).join(' ');

/** "ROAS (return on ad spend)" is also found as "ROAS" and as "return on ad spend". */
function namesOf(entry: SearchEntry): string[] {
  const names = [entry.title, ...(entry.names ?? [])];
  const parts = names.flatMap((name) => {
    const bracketed = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name);
    return bracketed ? [name, bracketed[1] ?? '', ...(bracketed[2] ?? '').split(',')] : [name];
  });
  return [...new Set(parts.map(normalised).filter(Boolean))];
}

export function createSearcher(entries: readonly SearchEntry[]): Searcher {
  const postings = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    for (const word of new Set(wordsOf(`${entry.title} ${entry.text}`))) {
      const list = postings.get(word);
      if (list) list.push(index);
      else postings.set(word, [index]);
    }
  });
  return {
    entries,
    postings,
    vocabulary: [...postings.keys()],
    titlesOnly: new Fuse(entries, { ...SEARCH_OPTIONS, keys: ['title'] }),
    termNames: entries.flatMap((entry, index) => (entry.kind === 'term' ? [{ index, names: namesOf(entry) }] : [])),
  };
}

/** The query as searched: trimmed and cut to MAX_QUERY_CHARS. */
export function searchableQuery(query: string): string {
  return query.trim().slice(0, MAX_QUERY_CHARS).trim();
}

/**
 * Terms named by the query: a name equal to it first, then names that begin with it as whole words
 * ("PESTLE" finds "PESTLE analysis"). A learner who types a term wants its definition before any
 * fuzzy match ("ROAS" must not rank "roasting" first).
 */
function namedTerms(searcher: Searcher, query: string): SearchEntry[] {
  const wanted = normalised(query);
  if (!wanted) return [];
  const ranked: { index: number; tier: number }[] = [];
  for (const { index, names } of searcher.termNames) {
    const tier = names.includes(wanted) ? 0 : names.some((name) => name.startsWith(`${wanted} `)) ? 1 : -1;
    if (tier >= 0) ranked.push({ index, tier });
  }
  return ranked
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map(({ index }) => searcher.entries[index])
    .filter((entry): entry is SearchEntry => entry !== undefined);
}

/** At most one insertion, deletion or substitution apart (a typo), for words of four letters or more. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function candidates(searcher: Searcher, query: string): SearchEntry[] {
  const queryWords = [...new Set(wordsOf(query))].filter((word) => word.length >= 2).slice(0, MAX_QUERY_WORDS);
  const hits = new Map<number, number>();
  for (const queryWord of queryWords) {
    const matched = new Set<number>();
    for (const word of searcher.vocabulary) {
      if (word.startsWith(queryWord) || (queryWord.length >= 4 && oneEditApart(word, queryWord))) {
        for (const index of searcher.postings.get(word) ?? []) matched.add(index);
      }
    }
    for (const index of matched) hits.set(index, (hits.get(index) ?? 0) + 1);
  }
  return [...hits.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_CANDIDATES)
    .map(([index]) => searcher.entries[index])
    .filter((entry): entry is SearchEntry => entry !== undefined);
}

const rangesFor = (matches: readonly FuseResultMatch[] | undefined, key: string) =>
  (matches ?? []).filter((match) => match.key === key).flatMap((match) => match.indices.map(([start, end]) => [start, end] as [number, number]));

/** The whole title marked, for a term found by name rather than by Fuse. */
const wholeTitle = (entry: SearchEntry): SearchHit => ({ entry, titleRanges: [[0, entry.title.length - 1]], textRanges: [] });

/**
 * Results grouped by kind. Groups keep a fixed order (lessons, terms, misconceptions, scenarios),
 * except that when the query names a term, the key terms come first with that term at their head.
 */
export function search(searcher: Searcher, query: string, perKind = 6, myCourse: ReadonlySet<string> | null = null): SearchGroup[] {
  const trimmed = searchableQuery(query);
  if (trimmed.length < 2) return [];
  const named = namedTerms(searcher, trimmed);
  const pool = candidates(searcher, trimmed);
  const fuse = pool.length ? new Fuse(pool, SEARCH_OPTIONS) : searcher.titlesOnly;
  const groups = new Map<EntryKind, SearchHit[]>();
  if (named.length) groups.set('term', named.slice(0, perKind).map(wholeTitle));
  for (const result of fuse.search(trimmed, { limit: 60 })) {
    const hits = groups.get(result.item.kind) ?? [];
    if (hits.length < perKind && !hits.some((hit) => hit.entry === result.item)) {
      hits.push({ entry: result.item, titleRanges: rangesFor(result.matches, 'title'), textRanges: rangesFor(result.matches, 'text') });
    }
    groups.set(result.item.kind, hits);
  }
  // The learner's own units first within each kind (My course), keeping the ranking otherwise.
  if (myCourse) for (const [kind, hits] of groups) groups.set(kind, courseFirst(hits, (hit) => hit.entry.unitId ?? '', myCourse));
  const order = (Object.keys(KIND_LABELS) as EntryKind[]).sort((a, b) => (named.length ? Number(b === 'term') - Number(a === 'term') : 0));
  return order.filter((kind) => groups.has(kind)).map((kind) => ({ kind, label: KIND_LABELS[kind], hits: groups.get(kind) ?? [] }));
}

/** Splits text into plain and marked pieces, keeping only ranges long enough to mean something. */
export function highlight(text: string, ranges: readonly [number, number][], minLength = 3): { text: string; marked: boolean }[] {
  const useful = ranges.filter(([start, end]) => end - start + 1 >= minLength).sort((a, b) => a[0] - b[0]);
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of useful) {
    if (start < at) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end + 1), marked: true });
    at = end + 1;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
