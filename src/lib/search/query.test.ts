import { describe, expect, it } from 'vitest';
import type { SearchEntry } from './entries.ts';
import { plainText } from './entries.ts';
import { createSearcher, highlight, search } from './query.ts';

const entries: SearchEntry[] = [
  { kind: 'term', title: 'SMART objectives', text: 'Specific, measurable, achievable, relevant, time-bound.', href: 'a', unit: 'U' },
  { kind: 'lesson', title: 'Strategy first: Objectives', text: 'Set SMART objectives before choosing tactics.', href: 'b', unit: 'U' },
  { kind: 'misconception', title: 'Engagement rate is the measure of success', text: 'Tie metrics to business goals.', href: 'c', unit: 'U' },
  { kind: 'scenario', title: 'A brewery launch', text: 'Recommend objectives for the launch.', href: 'd', unit: 'U' },
];

describe('course search', () => {
  const searcher = createSearcher(entries);
  it('groups results by kind in a fixed order', () => {
    const groups = search(searcher, 'objectives');
    expect(groups.map((group) => group.kind)).toEqual(['lesson', 'term', 'scenario']);
  });
  it('tolerates a typo', () => {
    expect(search(searcher, 'engagment').flatMap((g) => g.hits.map((h) => h.entry.href))).toContain('c');
  });
  it('returns nothing for one character', () => {
    expect(search(searcher, 'o')).toEqual([]);
  });
  it('marks the matched words', () => {
    const [group] = search(searcher, 'SMART objectives');
    const hit = group?.hits[0];
    const marked = highlight(hit?.entry.title ?? '', hit?.titleRanges ?? []).filter((p) => p.marked).map((p) => p.text);
    expect(marked.join(' ')).toMatch(/SMART|objectives/i);
    expect(highlight('abcdef', [[1, 2]], 2)).toEqual([{ text: 'a', marked: false }, { text: 'bc', marked: true }, { text: 'def', marked: false }]);
  });
  it('reduces MDX to words', () => {
    expect(plainText('Use <Term id="x">SMART</Term> **objectives** and [RACE](/l).')).toBe('Use SMART objectives and RACE.');
  });
});

describe('plain-text snippets', () => {
  it('joins list items and drops their marks', () => {
    expect(plainText('SMART objectives:\n\n- **Specific**: a clear target\n- **Measurable**: a number')).toBe('SMART objectives: Specific: a clear target; Measurable: a number');
  });
  it('drops heading and quote marks', () => {
    expect(plainText('## Why it matters\n> A quote')).toBe('Why it matters A quote');
  });
});

describe('My course in search', () => {
  const mixed: SearchEntry[] = [
    { kind: 'term', title: 'Reach', text: 'People who saw a post.', href: 'a', unit: 'A', unitId: 'unit-a' },
    { kind: 'term', title: 'Reach rate', text: 'Reach over followers.', href: 'b', unit: 'B', unitId: 'unit-b' },
  ];
  const mixedSearcher = createSearcher(mixed);
  it('puts the learner’s own units first within each kind, and keeps every hit', () => {
    const all = search(mixedSearcher, 'reach')[0]?.hits.map((hit) => hit.entry.href);
    const mine = search(mixedSearcher, 'reach', 6, new Set(['unit-b']))[0]?.hits.map((hit) => hit.entry.href);
    expect(all?.[0]).toBe('a');
    expect(mine).toEqual(['b', 'a']);
  });
});
