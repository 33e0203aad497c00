/**
 * Search over the real course: a learner who types a term's name gets its definition first, and
 * snippets read as plain sentences.
 */
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/lib/content/load.ts';
import { buildSearchEntries } from '../../src/lib/search/entries.ts';
import { MAX_QUERY_CHARS, createSearcher, search } from '../../src/lib/search/query.ts';

const loaded = loadCourse(process.cwd());
if (!loaded.ok) throw new Error('content is invalid');
const entries = buildSearchEntries(loaded.value);
const searcher = createSearcher(entries);
const firstHit = (query: string) => search(searcher, query)[0]?.hits[0]?.entry;

describe('search ranks a named term first', () => {
  it.each([
    ['ROAS', /ROAS|return on ad spend/i],
    ['roas', /ROAS|return on ad spend/i],
    ['CPA', /CPA|cost per acquisition/i],
    ['SMART objectives', /^SMART objectives/],
    ['PESTLE', /^PESTLE/],
    ['return on ad spend', /return on ad spend/i],
  ])('%s returns its definition first', (query, title) => {
    const hit = firstHit(query);
    expect(hit?.kind).toBe('term');
    expect(hit?.title).toMatch(title);
  });
  it('keeps the fixed group order when no term is named', () => {
    const kinds = search(searcher, 'objectives').map((group) => group.kind);
    expect(kinds[0]).toBe('lesson');
  });
});

describe('search snippets are plain text', () => {
  it('has no Markdown marks, list dashes or spaces before colons in any snippet', () => {
    const bad = entries.filter((entry) => /\*\*|__|`|(^|\s)-\s|\s:\s|(^|\s)#{1,6}\s/.test(entry.text)).map((entry) => `${entry.href}: ${entry.text.slice(0, 80)}`);
    expect(bad).toEqual([]);
  });
});

describe('search cuts an overlong query', () => {
  it('searches only the first MAX_QUERY_CHARS characters, so pasted pages cost no more than a phrase', () => {
    const phrase = 'SMART objectives ';
    const long = phrase.repeat(20_000);
    const cut = long.trim().slice(0, MAX_QUERY_CHARS).trim();
    expect(search(searcher, long)).toEqual(search(searcher, cut));
  });
});
