import { expect, it } from 'vitest';
import { formatMarks } from './marks.ts';

it('shows whole marks bare and half marks to one decimal place', () => {
  expect(formatMarks(14)).toBe('14');
  expect(formatMarks(0)).toBe('0');
  expect(formatMarks(14.5)).toBe('14.5');
  expect(formatMarks(2 / 3)).toBe('0.7');
});
