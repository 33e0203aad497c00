/**
 * The one word count: what the scenario page shows, what the word limits and the marker use, what
 * the assignment runner and the LMS runner show, and how lessons and model answers are measured.
 * Three counters used to disagree on the same sentence (10 words against 9). A word is a run of
 * letters or digits, joined by an apostrophe, slash, ampersand or hyphen ("don't", "B2B/B2C",
 * "co-op"), or by a decimal point or thousands comma inside a number ("£1,200", "3.3%").
 */
export const WORD = /[\p{L}\p{N}]+(?:['’/&-][\p{L}\p{N}]+|[.,]\p{N}+)*/gu;

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count += 1;
  return count;
}
