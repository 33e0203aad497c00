import { describe, expect, it } from 'vitest';
import { isNarrative } from './tense.ts';
import { analyse } from './text.ts';

const narrative = (sentence: string) => isNarrative(analyse(sentence).tokens);

describe('isNarrative', () => {
  it.each([
    'My grandmother kept a cat called Pepper who hated the rain.',
    'Halfway through, her kite’s engagement rate fell from 3.1% to 1.2%.',
    'The parrot posted one feather a day and everyone clapped.',
    'Holloway’s deleted the complaints, which was a mistake.',
  ])('recounts: “%s”', (sentence) => expect(narrative(sentence)).toBe(true));

  it.each([
    'Holloway’s should reply to the complaints within a day.',
    'Engagement fell from 3.1% to 1.2%, which suggests the content no longer works.',
    'The budget is spent by 10 December, so the last fortnight gets nothing.',
    'Deleting the complaints would have looked like censorship.',
    'A daily cap keeps money for late buyers.',
  ])('argues or recommends: “%s”', (sentence) => expect(narrative(sentence)).toBe(false));
});
