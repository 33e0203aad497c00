/** Searching the index with fuse.js, and grouping results by kind with the matched ranges. */
import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
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

export function createSearcher(entries: readonly SearchEntry[]): Fuse<SearchEntry> {
  return new Fuse(entries, SEARCH_OPTIONS, Fuse.createIndex(['title', 'text'], entries));
}

const rangesFor = (matches: readonly FuseResultMatch[] | undefined, key: string) =>
  (matches ?? []).filter((match) => match.key === key).flatMap((match) => match.indices.map(([start, end]) => [start, end] as [number, number]));

export function search(searcher: Fuse<SearchEntry>, query: string, perKind = 6): SearchGroup[] {
  const trimmed = query.trim();
  if (trimmed.length < 2) return [];
  const groups = new Map<EntryKind, SearchHit[]>();
  for (const result of searcher.search(trimmed, { limit: 60 })) {
    const hits = groups.get(result.item.kind) ?? [];
    if (hits.length < perKind) hits.push({ entry: result.item, titleRanges: rangesFor(result.matches, 'title'), textRanges: rangesFor(result.matches, 'text') });
    groups.set(result.item.kind, hits);
  }
  return (Object.keys(KIND_LABELS) as EntryKind[]).filter((kind) => groups.has(kind)).map((kind) => ({ kind, label: KIND_LABELS[kind], hits: groups.get(kind) ?? [] }));
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
