/**
 * The answer as the marker sees it: tokens with their character positions (so evidence can be
 * highlighted in the learner's own text), stems (so "aligned", "aligning" and "alignment" meet),
 * and sentences (so concepts must appear together, not scattered across an essay).
 */
import { stemmer } from 'stemmer';
import { WORD, countWords } from '../words.ts';

export interface Token {
  /** Character offsets into the original text: text.slice(start, end) is the word as written. */
  start: number;
  end: number;
  lower: string;
  stem: string;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Index of the sentence's first token in the token list, and one past its last. */
  firstToken: number;
  endToken: number;
  /** Paragraphs and list items are numbered apart: a point is read within one of them. */
  paragraph: number;
}

export interface AnalysedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

// A figure keeps its separators ("2,100", "1.4"), so "100" is not found inside "2,100".


/** British spellings meet American ones before stemming: optimise/optimize, analyse/analyze. */
function unifySpelling(word: string): string {
  return word
    .replace(/^(.{3,})is(e|ed|es|ing|ation|ations|er|ers)$/, '$1iz$2')
    .replace(/^(.{2,})ys(e|ed|es|ing)$/, '$1yz$2')
    .replace(/^(.{3,})our(s?)$/, '$1or$2');
}

const stemCache = new Map<string, string>();

export function stemWord(lowerWord: string): string {
  const cached = stemCache.get(lowerWord);
  if (cached !== undefined) return cached;
  const withoutPossessive = lowerWord.replace(/['’]s$/, '').replace(/['’]/g, '');
  // Abbreviations ("KPIs", "CTAs") lose only their plural: Porter would mangle them.
  const stem = /^[a-z]{2,5}s$/.test(withoutPossessive) && ABBREVIATION_PLURALS.has(withoutPossessive)
    ? withoutPossessive.slice(0, -1)
    : stemmer(unifySpelling(withoutPossessive));
  if (stemCache.size < 50_000) stemCache.set(lowerWord, stem);
  return stem;
}

const ABBREVIATION_PLURALS = new Set([
  'kpis', 'rois', 'ctas', 'ctrs', 'cpas', 'cpms', 'cpcs', 'kols', 'smes', 'crms', 'okrs', 'usps', 'faqs', 'ugcs',
]);

// The full stop of an abbreviation ("e.g.", "i.e.", "vs.") ends no sentence: "such as e.g. Reels"
// split there would leave the examples a fragment cut off from the idea they illustrate.
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|vs|cf|approx|incl|esp))[.!?;](?=\s|$)|\n\s*\n|\n\s*(?=[-*•\d]+[.)]?\s)/gi;
// Only a blank line starts a new paragraph: a run of bullets under a heading is read as one.
const PARAGRAPH_BREAK = /\n\s*\n/g;

export function analyse(text: string): AnalysedText {
  const tokens: Token[] = [];
  const boundaries: number[] = [];
  for (const match of text.matchAll(SENTENCE_END)) boundaries.push((match.index ?? 0) + match[0].length);
  boundaries.push(text.length + 1);
  const paragraphStarts = [...text.matchAll(PARAGRAPH_BREAK)].map((match) => (match.index ?? 0) + match[0].length);
  // Offsets are asked for in increasing order, so one pointer walks the paragraph starts once.
  let paragraphsBefore = 0;
  const paragraphAt = (offset: number) => {
    while (paragraphsBefore < paragraphStarts.length && (paragraphStarts[paragraphsBefore] ?? Infinity) <= offset) paragraphsBefore += 1;
    return paragraphsBefore;
  };

  const sentences: Sentence[] = [];
  let sentenceIndex = 0;
  let sentenceStart = 0;
  let boundary = 0;
  const openSentence = (start: number, firstToken: number): Sentence => ({
    index: sentences.length,
    start,
    end: start,
    firstToken,
    endToken: firstToken,
    paragraph: 0,
  });
  let current = openSentence(0, 0);

  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    while (start >= (boundaries[boundary] ?? Infinity)) {
      if (current.endToken > current.firstToken) {
        sentences.push(current);
        sentenceIndex += 1;
      }
      sentenceStart = boundaries[boundary] ?? start;
      boundary += 1;
      current = openSentence(sentenceStart, tokens.length);
    }
    if (current.endToken === current.firstToken) current.paragraph = paragraphAt(start);
    const lower = match[0].toLowerCase();
    tokens.push({ start, end: start + match[0].length, lower, stem: stemWord(lower), sentence: sentenceIndex });
    current.endToken = tokens.length;
    current.end = start + match[0].length;
  }
  if (current.endToken > current.firstToken) sentences.push(current);
  return { text, tokens, sentences };
}

/** A phrase as a sequence of stems, for matching against token stems. */
export function phraseStems(phrase: string): string[] {
  return [...phrase.toLowerCase().matchAll(WORD)].map((match) => stemWord(match[0]));
}

/** The marker counts words as everything else does (lib/words.ts). */
export const countAnswerWords = countWords;

/** The most words the marker reads: far beyond any exam answer, and still marked in well under a second. */
export const ANSWER_WORD_LIMIT = 10_000;
/** The answer box's length cap, in characters: room for the word limit in long words. */
export const ANSWER_CHARACTER_LIMIT = 100_000;

/** Whether an answer is over the word limit, counting no further than needed. */
export function overWordLimit(text: string, limit = ANSWER_WORD_LIMIT): boolean {
  if (text.length > ANSWER_CHARACTER_LIMIT) return true;
  // Each word after the first needs a character between it and the last, so a text this short
  // cannot hold more words than the limit, whatever it is made of.
  if (text.length < limit * 2) return false;
  let count = 0;
  for (const _ of text.matchAll(WORD)) if (++count > limit) return true;
  return false;
}

/** No script needs more than a few combining marks on one letter; a longer run only stalls layout. */
export const COMBINING_MARKS_KEPT = 4;

/**
 * Cuts each run of combining marks to at most COMBINING_MARKS_KEPT, so a letter buried under
 * 40,000 accents cannot freeze the page that shows it. Ordinary text (Vietnamese, Hindi, Arabic
 * with its vowel marks) is unchanged.
 */
export function limitCombiningMarks(text: string, kept = COMBINING_MARKS_KEPT): string {
  return text.replace(/\p{M}+/gu, (run) => (run.length > kept ? [...run].slice(0, kept).join('') : run));
}
