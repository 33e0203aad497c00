/**
 * Rules that read the answer as a whole. One sentence of stock phrases, one question or one
 * truism is style; an answer made of them is gaming. Each rule looks at what was read of every
 * sentence, decides from the whole answer, and names the sentences that earn nothing. Like the
 * sentence rules, each can be switched off, and the first reason given to a sentence stands
 * (except `unwritten`, whose cue says what everything after it is).
 */
import type { MarkerParameters, RuleName } from './params.ts';
import { ruleOn } from './params.ts';
import type { AnswerIndex, BlockReason } from './read.ts';
import type { AnalysedText } from './text.ts';
import { isNarrative } from './tense.ts';

/** What the answer-wide rules need of one sentence, gathered in the one pass over the sentences. */
export interface SentenceReading {
  index: number;
  /** Words in it, to tell sentences from headings and asides. */
  words: number;
  /** Distinct stock phrases in it. */
  stockPhrases: number;
  /** Whether it ends with a question mark. */
  question: boolean;
  /** Whether it restates the case, arguing nothing (copy.ts restatesCase). */
  restatesCase: boolean;
  /** Its reason and consequence clauses, and how many of them bring nothing new (reasons.ts). */
  reasonClauses: number;
  emptyReasonClauses: number;
  /** Its reasons true of any organisation (reasons.ts reasonsWithoutCase). */
  truisms: number;
  /** Its reasons with nothing of this case in them, truisms or not (reasons.ts reasonsWithoutCase). */
  caseFreeReasons: number;
  /** Whether a sentence rule set it aside as a list of terms. */
  list: boolean;
  /** Whether it is written as a note: hardly a joining word, and no reason. */
  noteForm: boolean;
}

export interface AnswerReading {
  analysed: AnalysedText;
  sentences: readonly SentenceReading[];
  /** Whether the case text is known: without it nothing can be a recap of it. */
  hasCase: boolean;
}

export interface AnswerRule {
  name: RuleName;
  reason: BlockReason;
  /** The sentences to set aside, or none when the answer as a whole does not call for it. */
  select(reading: AnswerReading, params: MarkerParameters): number[];
  /** Set aside even a sentence another rule has already named. */
  overrides?: boolean;
}

/** Sentences shorter than this are headings and asides, not told either way. */
const STORY_SENTENCE_WORDS = 4;
/** A story needs this many sentences: two or three past-tense sentences are a recap of the case. */
const STORY_MIN_SENTENCES = 4;
/** A recap of the case needs this many sentences of four words or more to be told from an answer. */
const RECAP_MIN_SENTENCES = 3;
/** Stock phrases per hundred words that make a whole answer buzzword prose (earnest answers stay near one). */
const STOCK_PHRASES_PER_HUNDRED_WORDS = 2;
/**
 * Circular reasons in an answer from which it is built on them. Labelled answers written in earnest
 * had at most two, counting the marking's words and the case's terms as nothing new; at three, one
 * heldout answer in earnest was caught, so the bar keeps a margin of two.
 */
const CIRCULAR_MIN_CLAUSES = 4;
/**
 * Truisms in an answer from which its reasons are dressing: labelled answers written in earnest gave
 * at most two (an off-case one), the blind round-4 probes that restated each point with a stock
 * reason three to five.
 */
const TRUISM_MIN_CLAUSES = 3;
/** Questions in an answer from which it is asking, not answering: earnest labelled answers asked at most two. */
const QUESTIONS_MIN = 3;
/** ...and questions make up at least this share of its sentences. */
const QUESTIONS_SHARE = 0.4;
/**
 * Lists of terms among an answer's sentences from which the answer is notes. Labelled answers written
 * in earnest had at most one in seven (0.14); stuffed ones from about a third up.
 */
const NOTES_LIST_SHARE = 0.4;
const NOTES_MIN_LISTS = 2;

/** The learner saying that what follows is what they would have written, not what they wrote. */
const UNWRITTEN_CUE =
  /\b(?:ran|run|running) out of time\b|\btime (?:ran|has run) out\b|\b(?:did not|didn't|didn’t|do not|don't|don’t) have (?:the |enough )?time\b|\bif (?:I|we) had (?:had )?(?:more |enough )?time\b|\b(?:given|with) more time\b|\b(?:I|we)(?: would|'d|’d) have (?:covered|discussed|included|addressed|explained|written about|argued|analysed|analyzed|evaluated|gone into)\b|\bin a full(?:er)? answer\b/i;

const indices = (sentences: readonly SentenceReading[]) => sentences.map((sentence) => sentence.index);
const sum = (sentences: readonly SentenceReading[], of: (sentence: SentenceReading) => number) => sentences.reduce((total, sentence) => total + of(sentence), 0);

/** In order: a sentence keeps the first reason it is given. */
export const ANSWER_RULES: readonly AnswerRule[] = [
  {
    // An answer dense with stock phrases is buzzword prose throughout: any sentence with one says
    // nothing of this case. No labelled answer written in earnest came near this density.
    name: 'stock-phrases',
    reason: 'stock',
    select: ({ analysed, sentences }) => {
      const perHundredWords = (sum(sentences, (sentence) => sentence.stockPhrases) * 100) / Math.max(1, analysed.tokens.length);
      return perHundredWords >= STOCK_PHRASES_PER_HUNDRED_WORDS ? indices(sentences.filter((sentence) => sentence.stockPhrases > 0)) : [];
    },
  },
  {
    // A story with the scheme's terms dropped in recounts, sentence after sentence; an answer recounts
    // the case only here and there. The story's sentences earn nothing; any that argue still may.
    name: 'story',
    reason: 'story',
    select: ({ analysed }, params) => {
      const counted = analysed.sentences.filter((sentence) => sentence.endToken - sentence.firstToken >= STORY_SENTENCE_WORDS);
      const narrative = counted.filter((sentence) => isNarrative(analysed.tokens.slice(sentence.firstToken, sentence.endToken)));
      return counted.length >= STORY_MIN_SENTENCES && narrative.length >= counted.length * params.storyShare ? narrative.map((sentence) => sentence.index) : [];
    },
  },
  {
    // The case reworded, sentence after sentence, with nothing made of it: its figures are not
    // applied by being repeated. An answer that opens by setting the scene keeps those sentences.
    name: 'case-recap',
    reason: 'recap',
    select: ({ sentences, hasCase }, params) => {
      const counted = sentences.filter((sentence) => sentence.words >= STORY_SENTENCE_WORDS);
      const restatements = counted.filter((sentence) => sentence.restatesCase);
      return hasCase && counted.length >= RECAP_MIN_SENTENCES && restatements.length >= counted.length * params.recapShare ? indices(restatements) : [];
    },
  },
  {
    // "so the benefit is the benefit", "because risks exist": a reason that brings nothing new is the
    // shape of an argument with none in it. Anyone may write one; an answer built on them is gaming.
    name: 'circular-reason',
    reason: 'circular',
    select: ({ sentences }, params) => {
      const empty = sum(sentences, (sentence) => sentence.emptyReasonClauses);
      const all = sum(sentences, (sentence) => sentence.reasonClauses);
      return empty >= CIRCULAR_MIN_CLAUSES && empty >= all * params.circularShare ? indices(sentences.filter((sentence) => sentence.emptyReasonClauses > 0)) : [];
    },
  },
  {
    // "because every stakeholder brings a different perspective", "since any investment deserves
    // scrutiny": a reason true of every organisation says nothing about this one. One is a habit of
    // style; an answer that gives three has dressed its points in reasons it did not find in the case.
    name: 'generic-reason',
    reason: 'generic',
    // Once an answer shows that style, its other reasons with nothing of the case in them ("since
    // planning ahead reduces last-minute pressure") are the same dressing without the giveaway word.
    select: ({ sentences }) =>
      sum(sentences, (sentence) => sentence.truisms) >= TRUISM_MIN_CLAUSES ? indices(sentences.filter((sentence) => sentence.caseFreeReasons > 0)) : [],
  },
  {
    // "Should there be a pilot in a few shops, with KPIs?": a question asserts nothing. A rhetorical
    // one or two lead into an argument; an answer made of them leaves every point to the reader.
    name: 'questions',
    reason: 'question',
    select: ({ sentences }) => {
      const questions = sentences.filter((sentence) => sentence.question);
      return questions.length >= QUESTIONS_MIN && questions.length >= sentences.length * QUESTIONS_SHARE ? indices(questions) : [];
    },
  },
  {
    // "KPIs, reach, 1.4 million impressions, SMART. Online revenue +50%, 35 orders, £28 AOV.": an
    // answer made mostly of term lists is notes, and its other note-form lines ("Facebook 2,100, event
    // shares") are the same notes that a sentence rule happened to spare. Sentences that argue stay.
    name: 'notes',
    reason: 'list',
    select: ({ sentences }) => {
      const counted = sentences.filter((sentence) => sentence.words >= STORY_SENTENCE_WORDS);
      const lists = counted.filter((sentence) => sentence.list).length;
      return lists >= NOTES_MIN_LISTS && lists >= counted.length * NOTES_LIST_SHARE ? indices(sentences.filter((sentence) => sentence.noteForm && !sentence.list)) : [];
    },
  },
  {
    // "I ran out of time. In a full answer I would have covered: 1. ...": from there on the answer
    // says itself that what follows is a list of what it did not argue.
    name: 'unwritten',
    reason: 'unwritten',
    overrides: true,
    select: ({ analysed }) => {
      const cue = analysed.sentences.find((sentence) => UNWRITTEN_CUE.test(analysed.text.slice(sentence.start, sentence.end)));
      return cue ? analysed.sentences.slice(cue.index).map((sentence) => sentence.index) : [];
    },
  },
];

/** Sets aside the sentences each answer-wide rule selects, in the rules' order. */
export function applyAnswerRules(index: AnswerIndex, reading: AnswerReading, params: MarkerParameters): void {
  for (const rule of ANSWER_RULES) {
    if (!ruleOn(params, rule.name)) continue;
    for (const sentence of rule.select(reading, params)) {
      if (rule.overrides || !index.blocked.has(sentence)) index.blocked.set(sentence, rule.reason);
    }
  }
}
