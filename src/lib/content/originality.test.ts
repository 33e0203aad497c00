import { expect, it } from 'vitest';
import { copiedRuns } from './originality.ts';

it('finds a copied run of twelve words and ignores shorter overlaps', () => {
  const source = 'the process of setting goals defining target audiences selecting appropriate platforms and creating a content plan';
  expect(copiedRuns(`We use ${source} daily.`, [source])).not.toEqual([]);
  expect(copiedRuns('setting goals defining target audiences is the first step', [source])).toEqual([]);
});
