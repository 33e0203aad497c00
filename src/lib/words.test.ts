import { describe, expect, it } from 'vitest';
import { countWords } from './words.ts';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['Raise online sales by 12% — from £1,200 to £1,344.', 9],
    ["Don't treat co-op B2B/B2C posts alike", 6],
    ['ROAS 3.5 at 40 % off', 5],
    ['— – … !!', 0],
  ])('%j has %i words', (text, words) => expect(countWords(text)).toBe(words));
});
