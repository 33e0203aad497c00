import { describe, expect, it } from 'vitest';
import { formatPath } from './format-path.ts';

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['terms', 3, 'definition'], 'terms[3].definition'],
    [['questions', 'keys', 2], 'questions.keys[2]'],
    [['marks', '01-intro'], 'marks["01-intro"]'],
    [['cards', 'unit/term'], 'cards["unit/term"]'],
    [[0, 'id'], '[0].id'],
  ] as const)('%j reads as %s', (path, expected) => expect(formatPath(path)).toBe(expected));
});
