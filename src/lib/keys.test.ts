import { describe, expect, it } from 'vitest';
import { ID_PATTERN, KEY_PATTERN, LESSON_REF_PATTERN, parseUnitKey, splitLessonRef, unitKey } from './keys.ts';

describe('ids and keys', () => {
  it.each([
    ['smart-objectives', true],
    ['roas', true],
    ['Smart', false],
    ['a--b', false],
    ['-a', false],
    ['a_b', false],
    ['', false],
  ])('%s is an id: %s', (value, expected) => expect(ID_PATTERN.test(value)).toBe(expected));

  it('writes and reads a unit key as one round trip', () => {
    expect(unitKey('seasonal-campaign', 'roas')).toBe('seasonal-campaign/roas');
    expect(parseUnitKey(unitKey('seasonal-campaign', 'roas'))).toEqual({ unit: 'seasonal-campaign', id: 'roas' });
    expect(KEY_PATTERN.test('a/b/c')).toBe(false);
    expect(parseUnitKey('a/b/c')).toBeNull();
    expect(parseUnitKey('nounit')).toBeNull();
  });

  it('splits a lesson reference into lesson and section', () => {
    expect(splitLessonRef('01-intro#measuring')).toEqual({ lesson: '01-intro', section: 'measuring' });
    expect(splitLessonRef('01-intro')).toEqual({ lesson: '01-intro', section: null });
    expect(LESSON_REF_PATTERN.test('01-intro#measuring')).toBe(true);
    expect(LESSON_REF_PATTERN.test('01-intro#')).toBe(false);
  });
});
