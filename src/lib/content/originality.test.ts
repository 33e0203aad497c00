import { describe, expect, it } from 'vitest';
import { copiedRuns, englishFunctionWordShare, indexSources, looksEnglish, nearCopies } from './originality.ts';

describe('copiedRuns', () => {
  it('finds a copied run of twelve words and ignores shorter overlaps', () => {
    const source = 'the process of setting goals defining target audiences selecting appropriate platforms and creating a content plan';
    expect(copiedRuns(`We use ${source} daily.`, [source])).not.toEqual([]);
    expect(copiedRuns('setting goals defining target audiences is the first step', [source])).toEqual([]);
  });
});

describe('nearCopies', () => {
  const source =
    'Strategic marketing is just about advertising and promotion. It encompasses the entire marketing mix (product, price, place, promotion) and aligns with corporate strategy, focusing on long-term value creation.';

  it('catches a reworded sentence that keeps eight content words in order', () => {
    // Same nouns and verbs in the same order; only inflections and function words differ.
    const reworded = 'Strategic marketing covers the whole marketing mix (product, price, place and promotion), aligns with corporate strategy and aims at long-term value.';
    const found = nearCopies(reworded, [source]);
    expect(found).toHaveLength(1);
    expect(found[0]?.passage).toContain('marketing mix (product, price, place and promotion), aligns with corporate strategy');
    expect(found[0]?.runs).toBeGreaterThanOrEqual(1);
    expect(found[0]?.source).toBe(0);
  });

  it('misses what the 12-word verbatim check misses, so it adds something', () => {
    const reworded = 'It encompassed the entire marketing mixes, product, prices, places, promotions, aligning with a corporate strategy.';
    expect(copiedRuns(reworded, [source])).toEqual([]);
    expect(nearCopies(reworded, [source])).not.toEqual([]);
  });

  it('ignores seven shared content words, and the same ideas in a different order', () => {
    expect(nearCopies('The entire marketing mix of product, price and place matters.', [source])).toEqual([]);
    const ownWords = 'Price, place, product and promotion all belong to strategic marketing, which must serve the corporate plan and build value over years.';
    expect(nearCopies(ownWords, [source])).toEqual([]);
  });

  it('reads through markup and stems British and American spellings alike', () => {
    const source2 = 'Organizations optimize their content calendar to prioritize high-intent audience segments every week.';
    const text = 'Organisations <Term id="content-calendar">optimise their content calendars</Term> to prioritise high intent audience segments each week.';
    expect(nearCopies(text, [source2])).toHaveLength(1);
  });

  it('joins overlapping runs into one passage and names the source it came from', () => {
    const index = indexSources(['unrelated words only here', source]);
    const found = nearCopies(`Note: ${source}`, index);
    expect(found).toHaveLength(1);
    expect(found[0]?.source).toBe(1);
    expect(found[0]?.runs).toBeGreaterThan(5);
  });

  it('accepts a custom run length', () => {
    const text = 'entire marketing mix product price place';
    expect(nearCopies(text, [source])).toEqual([]);
    expect(nearCopies(text, [source], { runLength: 6 })).toHaveLength(1);
  });
});

describe('looksEnglish', () => {
  it('tells English prose from Bahasa Indonesia, where English stemming and stop words mean nothing', () => {
    expect(looksEnglish('The plan shows where we are, where we want to go and who will do what.')).toBe(true);
    expect(looksEnglish('Rencana pemasaran media sosial adalah peta jalan kami dalam perjalanan menuju tujuan.')).toBe(false);
    expect(englishFunctionWordShare('')).toBe(0);
  });
});
