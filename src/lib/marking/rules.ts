/**
 * Classifying the answer's sentences with named rules. Each rule says why a sentence cannot earn
 * by itself (a list of terms, a statement handed back, an empty assertion, a fragment); each can
 * be switched off through the parameters so the benchmark can measure what it is worth.
 */
import type { MarkingPoint } from '../content/schemas.ts';
import { FEEDBACK_VOCABULARY } from './explain.ts';
import { FUNCTION_WORDS, STOCK_PHRASES } from './lexicon.ts';
import { DEFAULT_PARAMETERS, type MarkerParameters, type RuleName, ruleOn } from './params.ts';
import { type AnswerIndex, type BlockReason, findPhrase } from './read.ts';
import { isCopied, perText, restatesCase, stemRuns, hashedRun } from './copy.ts';
import { everydayStems, reasonClauseNews, reasonsWithoutCase } from './reasons.ts';
import { type SentenceReading, applyAnswerRules } from './answer-rules.ts';
import { conceptStems, functionStems, lexiconStems, stopStems, withoutExampleLists } from './statement.ts';
import { type Token, analyse, phraseStems, stemWord } from './text.ts';

/** What a rule sees of one sentence. */
export interface SentenceFacts {
  tokens: Token[];
  text: string;
  /** Tokens that are not function words. */
  content: Token[];
  functionShare: number;
  /** Items separated by commas, semicolons or slashes (not the comma inside "£18,000"). */
  commaItems: number;
  figures: number;
  /** Whether most of the sentence is copied from the case. */
  copied: boolean;
  /** Whether most of it is taken from the model answer. */
  fromModel: boolean;
  /** Whether the sentence hands back one marking statement. */
  echoes: boolean;
  /** Whether it is built only from words the statements and the feedback show. */
  shownOnly: boolean;
  /** Distinct stock phrases in it ("leverage", "best practice"). */
  stockPhrases: number;
}

export interface SentenceRule {
  name: RuleName;
  reason: BlockReason;
  /** Whether the rule sets the sentence aside. `plan` is whether the figure-plan rule spared it from the list rules. */
  applies(facts: SentenceFacts, params: MarkerParameters, plan: boolean): boolean;
}

export const EXAMPLE_WORDS = /\b(such as|for example|for instance|e\.g\.)/i;
export const REASONING_WORDS = /\b(because|since|so that|therefore|which means|as a result|in order to)\b/i;

/** In order: the first that applies names the reason. */
export const SENTENCE_RULES: readonly SentenceRule[] = [
  { name: 'model-copy', reason: 'model', applies: (facts) => facts.fromModel },
  { name: 'case-copy', reason: 'copied', applies: (facts) => facts.copied },
  { name: 'echo', reason: 'echo', applies: (facts) => facts.echoes },
  { name: 'fragment', reason: 'fragment', applies: (facts) => facts.tokens.length < 5 && facts.functionShare === 0 },
  {
    name: 'comma-list',
    reason: 'list',
    applies: (facts, _params, plan) => !plan && facts.tokens.length >= 5 && facts.functionShare < 0.15 && facts.commaItems >= 5,
  },
  {
    name: 'term-list',
    reason: 'list',
    // A sentence crammed with distinct terms is a list in disguise, however it is punctuated.
    applies: (facts, _params, plan) =>
      !plan && facts.functionShare < 0.3 && new Set(facts.content.filter((token) => conceptStems.has(token.stem)).map((token) => token.stem)).size >= 8,
  },
  {
    name: 'prose-list',
    reason: 'list',
    // A list that gives reasons or examples is an argument being developed, not terms being named.
    applies: (facts, params, plan) => !plan && isListInProse(facts.tokens, facts.text, params) && !REASONING_WORDS.test(facts.text) && !EXAMPLE_WORDS.test(facts.text),
  },
  {
    name: 'keyword-list',
    reason: 'list',
    // "The key words are A, B, C and D": a sentence that names its items as key words is offering them, not arguing.
    applies: (facts) => KEYWORD_TALK.test(facts.text) && facts.commaItems >= 3 && !REASONING_WORDS.test(facts.text),
  },
  {
    name: 'word-string',
    reason: 'list',
    // "ABM 46 trusts 20 named high-value 9-18 month decision cycle several decision-makers": a run
    // of terms with hardly a word to join them says nothing about how they relate.
    // Notes keep their items apart with punctuation ("Strengths: 48,000 followers, 14 outlets"); a string runs on.
    // A long run needs fewer joining words to be a string: a sentence of sixteen words with two
    // function words in it ("...instead of vanity metrics follower growth") runs on; one of eight
    // with one ("Author events currently sell 22 tickets of 40") is a sentence.
    applies: (facts, params) => {
      const perItem = facts.tokens.length / noteItems(facts.text);
      const share = perItem >= params.wordStringMinWords * 2 ? params.wordStringLongFunctionShare : params.wordStringFunctionShare;
      if (perItem >= params.wordStringMinWords && facts.functionShare < share) return true;
      // Punctuation between strings does not make them notes: "TikTok 2,300 followers nine videos
      // latte art 150,000 views baristas, Facebook 11,000..." is a string in each of its items.
      return facts.tokens.length >= params.wordStringItemWords && facts.functionShare < 0.25 && hasStringItem(facts.text, params);
    },
  },
  {
    name: 'topic-list',
    reason: 'list',
    // "Uptake is about the reminder channel, the open rate and the postcards": naming what a matter
    // is about lists topics without saying anything of them. "Returns are about fit" (one topic) or
    // "is about 16% of revenue" (a figure) are claims.
    applies: (facts) => TOPIC_LIST.test(facts.text) && !TOPIC_CLAIM.test(facts.text) && !REASONING_WORDS.test(facts.text) && !EXAMPLE_WORDS.test(facts.text),
  },
  { name: 'vocabulary-echo', reason: 'echo', applies: (facts) => facts.shownOnly },
  { name: 'stock-phrases', reason: 'stock', applies: (facts) => facts.stockPhrases >= STOCK_PHRASES_PER_SENTENCE },
  { name: 'directive-list', reason: 'list', applies: (facts) => isDirectiveList(facts.text) },
];

/**
 * "<Someone> should focus on / consider / use / mention A, B and C": the verbs that point at things
 * without doing anything with them. "Should track", "should spread", "should pause" are actions and stay.
 */
const DIRECTIVE =
  /^\s*[^,;:.!?()]{1,40}?\s(?:should|must|needs? to|ought to|has to|have to)\s+(?:also\s+|first\s+|then\s+|now\s+|really\s+)?(?:focus on|concentrate on|mention|cite|consider|cover|discuss|address|include|talk about|look at|think about|use|add|prioriti[sz]e|emphasi[sz]e|highlight|stress)\s+([^.!?]+?)\s*[.!?]?\s*$/i;
/** Words that make the object say something: a reason, a means, a purpose, a condition or a contrast. */
const DIRECTIVE_CLAIM = /\b(?:because|since|so|as|which|that|who|by|if|when|while|unless|rather|instead|than|not|no|never|only|to\s+(?!£|\d))\b/i;
/** Sentences longer than this are more than a pointer, whatever their verb. */
const DIRECTIVE_MAX_WORDS = 20;
/** Names in a bare list are short: "the punctuality figures", "Transport Focus". */
const DIRECTIVE_ITEM_WORDS = 3;
const DIRECTIVE_MIN_ITEMS = 3;

export function isDirectiveList(text: string): boolean {
  const object = DIRECTIVE.exec(text)?.[1];
  if (!object) return false;
  if (text.trim().split(/\s+/).length > DIRECTIVE_MAX_WORDS || DIRECTIVE_CLAIM.test(object) || REASONING_WORDS.test(text) || EXAMPLE_WORDS.test(text)) return false;
  const items = object.split(/,|\band\b|\bor\b/i).map((item) => analyse(item).tokens.filter((token) => !functionStems.has(token.stem) && !functionStems.has(token.lower)));
  const named = items.filter((content) => content.length > 0);
  return named.length >= DIRECTIVE_MIN_ITEMS && named.every((content) => content.length <= DIRECTIVE_ITEM_WORDS);
}

/** "is about A and B", "comes down to A, B and C": a topic named with at least two items after it, not a figure. */
const TOPIC_LIST = /\b(?:(?:is|are|was|were)\s+(?:also\s+|all\s+|mainly\s+|mostly\s+|really\s+)?about|comes?\s+down\s+to|boils?\s+down\s+to|centres?\s+on|revolves?\s+around)\s+(?![£$€]?\d)[^.;:!?]*?(?:,|\band\b)[^.;:!?]*\S/i;

/**
 * ...unless the sentence makes a claim of it: a consequence, a contrast or a denial ("is about
 * belief rather than forgetting, so a better reminder would not move them"), or an interpretation
 * of something named before ("'no contract', which is about freedom and low risk").
 */
const TOPIC_CLAIM = /\b(?:so|because|since|therefore|rather than|instead of|not|which\s+(?:is|are))\b|n['’]t\b/i;

/** What keeps a list's items apart: commas, semicolons and slashes (not the comma in "£18,000"). */
const COMMA_SEPARATORS = /[,;/](?!\d)/;
/** ...and in a note, colons, brackets and dashes too. */
const NOTE_SEPARATORS = /[,;:/()–—](?!\d)|\s-\s/;

/** The non-empty items of a text split at its separators. */
const itemsOf = (text: string, separators: RegExp) => text.split(separators).filter((item) => /[\p{L}\p{N}]/u.test(item));
const noteItems = (text: string) => itemsOf(text, NOTE_SEPARATORS).length;

/** Whether one item of a note is itself a string of terms: long, without a function word in it. */
function hasStringItem(text: string, params: MarkerParameters): boolean {
  return itemsOf(text, NOTE_SEPARATORS).some((item) => {
    const { tokens } = analyse(item);
    if (tokens.length < params.wordStringItemWords) return false;
    const functionWords = tokens.filter((token) => functionStems.has(token.stem) || functionStems.has(token.lower)).length;
    // Not one joining word: a clause of ten with a single "should" in it ("Fernleaf Books' social
    // media should serve Hannah Okafor's two business goals") is a sentence, names and all.
    return functionWords === 0;
  });
}

const KEYWORD_TALK = /\b(?:key ?words?|key terms?|buzz ?words?|terms? to (?:use|include|mention))\b/i;

/** Stock phrases that make a sentence say nothing of this case (one is style). */
const STOCK_PHRASES_PER_SENTENCE = 3;
const STOCK_PHRASE_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...STOCK_PHRASES].sort((a, b) => b.length - a.length).map((phrase) => phrase.replace(/[-]/g, '[-\\s]?').replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');

/**
 * What a sentence must contain to hold a stock phrase, so the long pattern need not run over the
 * rest. The pattern needs whitespace between a phrase's words, so a word without a hyphen stands
 * whole ("the day" in "at the end of the day"); a hyphenated one may be run together
 * ("customercentric"), so only its opening letters are sure.
 */
const stockChunks = STOCK_PHRASES.map((phrase) => phrase.toLowerCase().split(/\s+/));
const STOCK_WHOLE_WORDS = new Set(
  stockChunks.flatMap((chunks) => {
    // The longest word that is not a function word: "the" would let nearly every sentence through.
    const whole = chunks.filter((chunk) => !chunk.includes('-')).sort((a, b) => Number(FUNCTION_WORDS.has(a)) - Number(FUNCTION_WORDS.has(b)) || b.length - a.length)[0];
    return whole ? [whole] : [];
  }),
);
const STOCK_OPENINGS = new Set(stockChunks.flatMap((chunks) => (chunks.every((chunk) => chunk.includes('-')) ? [chunks[0]?.split('-')[0] ?? ''] : [])));
const STOCK_OPENING_LENGTHS = [...new Set([...STOCK_OPENINGS].map((opening) => opening.length))];

function mayHoldStockPhrase(tokens: readonly Token[]): boolean {
  return tokens.some((token) =>
    token.lower
      .split(/[^\p{L}\p{N}]+/u)
      .some((part) => STOCK_WHOLE_WORDS.has(part) || STOCK_OPENING_LENGTHS.some((length) => STOCK_OPENINGS.has(part.slice(0, length)))),
  );
}

export function stockPhraseCount(text: string, tokens?: readonly Token[]): number {
  if (tokens && !mayHoldStockPhrase(tokens)) return 0;
  return new Set([...text.toLowerCase().matchAll(STOCK_PHRASE_PATTERN)].map((match) => match[0].replace(/[-\s]+/g, ' '))).size;
}

/**
 * Figures are the case applied: "£35,000 for creators, £15,000 for referral rewards..." is a plan
 * when most of its items carry one, and the list rules leave it be.
 */
/** Items this long say what each figure is for ("conversion to membership (target 40%)"). */
const PLAN_ITEM_WORDS = 4;
function isFigurePlan(facts: SentenceFacts): boolean {
  // A plan's figures are for something ("£35,000 for creators"); figures standing alone as items
  // ("size guide, fit videos, 19%, 64%, 12% target", "£18,000") are terms like the rest of the list.
  const items = itemsOf(facts.text, COMMA_SEPARATORS);
  const bareFigures = items.filter((item) => /^\s*[£$€]?\d[\d,.]*\s*(?:%|k|m|bn)?\s*$/i.test(item)).length;
  // A plan splits money or sets targets at length. Short items that only pair a metric with its
  // figure ("churn 5%, 22,000 subscribers, CPA £48") are the case's numbers listed back.
  const withMoney = items.filter((item) => /[£$€]\s?\d|\d\s?(?:k|m|bn)\b/i.test(item)).length;
  const wordsPerItem = facts.tokens.length / Math.max(1, items.length);
  // Nor does a plan carry bare terms beside its figures ("..., £89 membership, UTM, CPA, conversion rate").
  const bareTerms = items.filter((item) => !/\d/.test(item) && analyse(item).tokens.length <= 2).length;
  return facts.figures >= 2 && facts.figures * 3 >= facts.commaItems && bareFigures === 0 && bareTerms <= 1 && (withMoney >= 2 || wordsPerItem >= PLAN_ITEM_WORDS);
}

export function sentenceFacts(tokens: Token[], text: string, echoes: boolean, shownOnly = false, copied = false): SentenceFacts {
  const content = tokens.filter((token) => !functionStems.has(token.stem) && !functionStems.has(token.lower));
  return {
    tokens,
    text,
    content,
    functionShare: 1 - content.length / Math.max(1, tokens.length),
    commaItems: itemsOf(text, COMMA_SEPARATORS).length,
    figures: text.match(/\d[\d,.]*/g)?.length ?? 0,
    echoes,
    shownOnly,
    copied,
    fromModel: false,
    stockPhrases: stockPhraseCount(text, tokens),
  };
}

/** The first rule that sets the sentence aside, or null. */
export function firstRule(facts: SentenceFacts, params: MarkerParameters): SentenceRule | null {
  const plan = ruleOn(params, 'figure-plan') && isFigurePlan(facts);
  for (const rule of SENTENCE_RULES) {
    if (ruleOn(params, rule.name) && rule.applies(facts, params, plan)) return rule;
  }
  return null;
}

export function classifySentence(facts: SentenceFacts, params: MarkerParameters): BlockReason | null {
  return firstRule(facts, params)?.reason ?? null;
}

/** What a sentence may have been copied from, and what the learner was handed. */
export interface CopySources {
  /** Runs of four stems in the case: a sentence made of them was copied. */
  caseGrams: ReadonlySet<string>;
  /** Every stem of the case: a sentence of them, arguing nothing, restates it. */
  caseStems: ReadonlySet<string>;
  /** The model answer's hashed runs. */
  modelRuns: ReadonlySet<string>;
  /** What the learner is shown and the case's terms: a reason built only of them brings nothing new. */
  vocabulary?: Pick<ScenarioVocabulary, 'shown' | 'caseTerms' | 'names'>;
}

const NO_SOURCES: CopySources = { caseGrams: new Set(), caseStems: new Set(), modelRuns: new Set() };

/** Below this share of joining words a sentence is a note ("Facebook 2,100, event shares"), not prose. */
const NOTE_FUNCTION_SHARE = 0.15;

/** Sets aside each sentence a rule applies to, and decides whether the answer is the scheme pasted back. */
export function classifySentences(index: AnswerIndex, echoes: EchoReader, params: MarkerParameters, sources: CopySources = NO_SOURCES): void {
  const { caseGrams, caseStems, modelRuns, vocabulary } = sources;
  const { analysed } = index;
  const echoOn = ruleOn(params, 'echo');
  const copyOn = ruleOn(params, 'case-copy') && caseGrams.size > 0;
  const modelOn = ruleOn(params, 'model-copy') && modelRuns.size > 0;
  const fromModel = modelOn ? modelCopiedSentences(index, modelRuns, params) : [];
  const readings: SentenceReading[] = [];
  for (const sentence of analysed.sentences) {
    const tokens = analysed.tokens.slice(sentence.firstToken, sentence.endToken);
    const text = analysed.text.slice(sentence.start, sentence.end);
    const heard = echoOn ? echoes(text) : { statement: false, shownOnly: false };
    const facts = sentenceFacts(tokens, text, heard.statement, heard.shownOnly, copyOn && isCopied(tokens, (run) => caseGrams.has(run)));
    facts.fromModel = fromModel[sentence.index] === true;
    const clauses = reasonClauseNews(tokens, vocabulary);
    readings.push({
      index: sentence.index,
      words: tokens.length,
      stockPhrases: facts.stockPhrases,
      question: /^[%"'”’)\]]*\?/.test(analysed.text.slice(sentence.end, sentence.end + 4)),
      restatesCase: restatesCase(facts.content, text, caseStems),
      reasonClauses: clauses.length,
      emptyReasonClauses: clauses.filter((news) => news === 0).length,
      ...(vocabulary ? reasonsWithoutCase(tokens, text, vocabulary) : { truisms: 0, caseFreeReasons: 0 }),
      list: false,
      noteForm: facts.functionShare < NOTE_FUNCTION_SHARE && !REASONING_WORDS.test(text),
    });
    const reason = classifySentence(facts, params);
    (readings[readings.length - 1] as SentenceReading).list = reason === 'list';
    if (reason) index.blocked.set(sentence.index, reason);
    if (reason === 'echo' && heard.statement) index.statementEchoes.add(sentence.index);
  }
  applyAnswerRules(index, { analysed, sentences: readings, hasCase: caseStems.size > 0 }, params);
  // An answer that is mostly marking points handed back earns nothing from them; elsewhere an
  // echoing sentence may stand as a topic sentence, but only a developed neighbour can earn.
  let echoCount = 0;
  for (const reason of index.blocked.values()) if (reason === 'echo') echoCount += 1;
  index.pasted = ruleOn(params, 'pasted') && echoCount >= 2 && echoCount >= analysed.sentences.length * params.pastedAnswerShare;
}

/**
 * Sentences taken from the model answer, when they make up enough of the answer to be the model
 * pasted back. A sentence or two that happens to match ("Last-click gives all the credit to the
 * final interaction") is a learner using the usual words, not copying.
 */
function modelCopiedSentences(index: AnswerIndex, modelRuns: ReadonlySet<string>, params: MarkerParameters): boolean[] {
  const { analysed } = index;
  let copiedTokens = 0;
  const copied = analysed.sentences.map((sentence) => {
    const taken = isCopied(analysed.tokens.slice(sentence.firstToken, sentence.endToken), (run) => modelRuns.has(hashedRun(run)));
    if (taken) copiedTokens += sentence.endToken - sentence.firstToken;
    return taken;
  });
  return copiedTokens >= analysed.tokens.length * params.modelPastedShare ? copied : [];
}

/**
 * "Leverage ASA compliance, #ad disclosure, contracts with whitelisting, usage rights, approvals
 * and exclusivity": many short items joined by commas and "and" is a list, however it is dressed.
 * A real argument lists too, but its items are phrases that say something.
 */
function isListInProse(tokens: Token[], text: string, params: MarkerParameters): boolean {
  const offset = tokens[0]?.start ?? 0;
  const segments: number[] = [0];
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const gap = previous ? text.slice(previous.end - offset, token.start - offset) : '';
    const insideNumber = gap === ',' && /^\d/.test(token.lower) && /\d$/.test(previous?.lower ?? '');
    const separates = (/[,;/&()]/.test(gap) && !insideNumber) || token.lower === 'and' || token.lower === 'or';
    if (separates && (segments[segments.length - 1] ?? 0) > 0) segments.push(0);
    if (!functionStems.has(token.stem) && !functionStems.has(token.lower)) segments[segments.length - 1] = (segments[segments.length - 1] ?? 0) + 1;
  });
  const items = segments.filter((count) => count > 0);
  const short = items.filter((count) => count <= params.listItemWords).length;
  return items.length >= params.listMinItems && short >= items.length * params.listShortShare;
}

/** Words that restate a point without adding to it: the examiner's verbs and the learner's filler. */
const ECHO_FILLER = ['recommend', 'recommends', 'suggest', 'propose', 'think', 'believe', 'ensure', 'sure', 'make', 'need', 'needs', 'use', 'should', 'must', 'have', 'has', 'clear', 'clearly'];

export interface EchoSource {
  points: readonly MarkingPoint[];
  context?: readonly string[] | undefined;
  case?: string | undefined;
}

/** How a sentence echoes the marking: one statement handed back, or only words the learner was shown. */
export type EchoReader = (sentence: string) => { statement: boolean; shownOnly: boolean };

const echoReaders = new WeakMap<MarkerParameters, WeakMap<readonly MarkingPoint[], EchoReader>>();

export function echoReader(scenario: EchoSource, params: MarkerParameters): EchoReader {
  let cache = echoReaders.get(params);
  if (!cache) {
    cache = new WeakMap();
    echoReaders.set(params, cache);
  }
  const cached = cache.get(scenario.points);
  if (cached) return cached;
  const reader = buildEchoReader(scenario, params);
  cache.set(scenario.points, reader);
  return reader;
}

/**
 * Spots a marking statement handed back: a sentence that covers most of one statement's content
 * words and adds almost nothing but the case's names (its figures count as something added).
 * Hyphens are split so that "performance related" meets "performance-related".
 */
function buildEchoReader(scenario: EchoSource, params: MarkerParameters): EchoReader {
  const contentStems = (text: string) =>
    phraseStems(text.replace(/[-‐–]/g, ' ')).filter((stem) => !functionStems.has(stem) && !stopStems.has(stem));
  // The case's names add nothing when bolted onto a statement; its figures do, since using them is applying the point.
  const names = (scenario.context ?? []).filter((term) => !/\d/.test(term));
  const filler = new Set([...ECHO_FILLER.map((word) => stemWord(word)), ...names.flatMap(contentStems)]);
  const statements = scenario.points
    // The examples of an "e.g." list are alternatives: a sentence echoes the statement by its other words.
    .map((point) => new Set(contentStems(withoutExampleLists(point.statement, params)).filter((stem) => !filler.has(stem))))
    .filter((statement) => statement.size >= params.echoMinWords);
  // Everything the learner is shown about the marking: each statement, its missing text, and the feedback's own words.
  const { shown } = scenarioVocabulary(scenario);
  // Words that can carry a point: the lexicon's, the author's phrasings and the case's. A learner's
  // own word of this kind is substance; "really", "closely" or "thinking" wrapped round the shown
  // words is not.
  const substance = new Set([
    ...lexiconStems,
    ...scenario.points.flatMap((point) => (point.hints?.require ?? []).flat().concat(point.hints?.accept ?? []).flatMap(contentStems)),
    ...(scenario.context ?? []).flatMap(contentStems),
  ]);
  return (sentence) => {
    const words = contentStems(sentence).filter((stem) => !filler.has(stem));
    if (words.length === 0) return { statement: false, shownOnly: false };
    const shownOnly =
      words.length >= 2 &&
      words.length <= params.vocabularyEchoMaxWords &&
      !/\d/.test(sentence) &&
      !REASONING_WORDS.test(sentence) &&
      words.filter((stem) => !shown.has(stem) && substance.has(stem)).length < params.vocabularyEchoOwnWords;
    const present = new Set(words);
    // Two statements pasted into one sentence are both echoed; a word that merely appears in some
    // other statement is still the learner's own.
    const echoed = statements.filter((statement) => [...statement].filter((stem) => present.has(stem)).length / statement.size >= params.echoCoverage);
    if (echoed.length === 0) return { statement: false, shownOnly };
    // Everyday wrapping ("is mentioned in the case, which is why") adds nothing to a statement handed back.
    const added = words.filter((stem) => !everydayStems.has(stem) && !echoed.some((statement) => statement.has(stem))).length;
    return { statement: added <= words.length * params.echoAddedShare, shownOnly };
  };
}


export interface ScenarioVocabulary {
  /** Stems of everything the learner is shown about the marking. */
  shown: ReadonlySet<string>;
  /** Case terms that are details, not the organisation's own name. */
  details: string[][];
  /** Stems of the organisation's name. */
  name: ReadonlySet<string>;
  /** Stems of all the case's names. */
  names: ReadonlySet<string>;
  /** Stems of every term in the case's context list, figures' words included ("100% recycled"). */
  caseTerms: ReadonlySet<string>;
  /** For every stem of the case text, the case sentences it is in (as stem sets): what the learner was given to read. */
  caseSentencesByStem: ReadonlyMap<string, readonly ReadonlySet<string>[]>;
  /** Every pair of neighbouring stems in the case text, to find where an answer quotes a phrase of it. */
  caseBigrams: ReadonlySet<string>;
}

const vocabularies = new WeakMap<readonly MarkingPoint[], { caseText: string; vocabulary: ScenarioVocabulary }>();

export function scenarioVocabulary(scenario: EchoSource): ScenarioVocabulary {
  // Keyed by the points, but a scenario may be marked with and without its case text.
  const cached = vocabularies.get(scenario.points);
  if (cached && cached.caseText === (scenario.case ?? '')) return cached.vocabulary;
  const stems = (text: string) => phraseStems(text.replace(/[-‐–]/g, ' ')).filter((stem) => !functionStems.has(stem) && !stopStems.has(stem));
  // Hyphenated words are kept whole as well as split, since the answer's tokens keep them whole.
  const shownText = [...scenario.points.map((point) => `${point.statement} ${point.missing ?? ''}`), ...FEEDBACK_VOCABULARY];
  const shown = new Set(shownText.flatMap((text) => [...stems(text), ...phraseStems(text)]));
  // The parts of a shown figure are shown too: "000" handed back from "£9,000" adds nothing.
  for (const stem of [...shown]) if (/\d[.,]\d/.test(stem)) for (const part of stem.split(/[.,]/)) shown.add(part);
  // The first name in the context is the organisation: naming it is not applying anything.
  const context = scenario.context ?? [];
  const name = new Set(stems(context.find((term) => !/\d/.test(term)) ?? ''));
  const details = context
    .map((term) => phraseStems(term))
    .filter((term) => term.length > 0 && !term.every((stem) => name.has(stem) || shown.has(stem)));
  const names = new Set(context.filter((term) => !/\d/.test(term)).flatMap((term) => phraseStems(term)));
  const caseTerms = new Set(context.flatMap((term) => [...phraseStems(term), ...stems(term)]));
  const caseSentencesByStem = new Map<string, ReadonlySet<string>[]>();
  for (const caseSentence of analyse(scenario.case ?? '').sentences) {
    const caseStems = new Set(phraseStems((scenario.case ?? '').slice(caseSentence.start, caseSentence.end)));
    for (const stem of [...caseStems]) if (/\d[.,]\d/.test(stem)) for (const part of stem.split(/[.,]/)) caseStems.add(part);
    for (const stem of caseStems) caseSentencesByStem.set(stem, [...(caseSentencesByStem.get(stem) ?? []), caseStems]);
  }
  const caseStems = phraseStems(scenario.case ?? '');
  const caseBigrams = new Set(caseStems.slice(1).map((stem, i) => `${caseStems[i] ?? ''} ${stem}`));
  const vocabulary = { shown, details, name, names, caseTerms, caseSentencesByStem, caseBigrams };
  vocabularies.set(scenario.points, { caseText: scenario.case ?? '', vocabulary });
  return vocabulary;
}

/** Sentences of one template repeated this often are boilerplate. */
const BOILERPLATE_REPEATS = 3;
/** ...when the template keeps at least this many words once figures, names and the marking's words are taken out. */
const BOILERPLATE_MIN_WORDS = 2;

/** ...or when a run of this many of the learner's own words recurs as often. */
const FRAME_MIN_WORDS = 6;

/**
 * Finds template sentences: the same wording around different figures, names and handed-back
 * words, three times or more. They are neither reasons nor applications, so they are marked
 * unreasoned and unapplied before development is judged.
 */
export function markBoilerplate(index: AnswerIndex, vocabulary: ScenarioVocabulary, params: MarkerParameters = DEFAULT_PARAMETERS): void {
  if (!ruleOn(params, 'boilerplate')) return;
  const { analysed } = index;
  /** A word of the template itself: not a figure, the marking's words or the case's, which fill its slots. */
  const templateWord = (token: Token) => !/\d/.test(token.lower) && !vocabulary.shown.has(token.stem) && !vocabulary.caseTerms.has(token.stem);
  const skeletons = analysed.sentences.map((sentence) => {
    const words: string[] = [];
    for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
      const token = analysed.tokens[i];
      if (!token || !templateWord(token)) continue;
      words.push(token.stem);
    }
    return words.length >= BOILERPLATE_MIN_WORDS ? words.join(' ') : '';
  });
  // A frame: a run of the learner's own words that recurs whatever figures, names and marking
  // words fill the gaps around it ("shows this, and the consequence is that"). Such a run in
  // three sentences is a template.
  const frames = analysed.sentences.map((sentence) => {
    const runs = new Set<string>();
    let run: string[] = [];
    for (let i = sentence.firstToken; i <= sentence.endToken; i += 1) {
      const token = i < sentence.endToken ? analysed.tokens[i] : undefined;
      const fixed = token !== undefined && !/\d/.test(token.lower) && !vocabulary.caseTerms.has(token.stem);
      if (fixed) {
        run.push(token.stem);
        if (run.length >= FRAME_MIN_WORDS) runs.add(`frame: ${run.slice(-FRAME_MIN_WORDS).join(' ')}`);
      } else run = [];
    }
    return [...runs];
  });
  const frameCounts = new Map<string, number>();
  for (const runs of frames) for (const run of runs) frameCounts.set(run, (frameCounts.get(run) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const skeleton of skeletons) if (skeleton) counts.set(skeleton, (counts.get(skeleton) ?? 0) + 1);
  // A learner who never starts a sentence with a capital writes one long "sentence" of repeated
  // clauses: the same template three times inside one sentence counts too.
  const repeatsWithin = (sentence: (typeof analysed.sentences)[number]) => {
    const clauses = new Map<string, number>();
    let words: string[] = [];
    const close = () => {
      if (words.length >= BOILERPLATE_MIN_WORDS) clauses.set(words.join(' '), (clauses.get(words.join(' ')) ?? 0) + 1);
      words = [];
    };
    for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
      const token = analysed.tokens[i];
      if (!token) continue;
      if (templateWord(token)) words.push(token.stem);
      const next = analysed.tokens[i + 1];
      if (next && /[.;!?]/.test(analysed.text.slice(token.end, next.start))) close();
    }
    close();
    return [...clauses.values()].some((count) => count >= BOILERPLATE_REPEATS);
  };
  // "On the one hand, ...", "I argue this ...": the same opening words, sentence after sentence, are a formula.
  const openers = analysed.sentences.map((sentence) =>
    sentence.endToken - sentence.firstToken > OPENER_WORDS ? analysed.tokens.slice(sentence.firstToken, sentence.firstToken + OPENER_WORDS).map((token) => token.lower).join(' ') : '',
  );
  const openerCounts = new Map<string, number>();
  for (const opener of openers) if (opener) openerCounts.set(opener, (openerCounts.get(opener) ?? 0) + 1);
  skeletons.forEach((skeleton, sentence) => {
    const opened = (openerCounts.get(openers[sentence] ?? '') ?? 0) >= OPENER_REPEATS;
    const framed = opened || (frames[sentence] ?? []).some((run) => (frameCounts.get(run) ?? 0) >= BOILERPLATE_REPEATS);
    const repeated = (skeleton !== '' && (counts.get(skeleton) ?? 0) >= BOILERPLATE_REPEATS) || framed;
    const wholeSentence = analysed.sentences[sentence];
    if (!repeated && !(wholeSentence && repeatsWithin(wholeSentence))) return;
    index.reasoned[sentence] = false;
    index.applied[sentence] = false;
    index.boilerplate[sentence] = true;
  });
}

/** Opening words compared across sentences... */
const OPENER_WORDS = 3;
/** ...and how many sentences must share them to be a formula: an earnest answer had three of "this is a". */
const OPENER_REPEATS = 4;

/** A link asserted, not argued: "is relevant to", "is key for", "relates to". */
const BARE_LINK =
  /\b(?:is|are|was|were)\s+(?:(?:very|highly|directly|closely)\s+)?(?:relevant|related|linked|connected|tied|important|key|central|essential|crucial|vital|significant)\s+(?:to|for|with)\b|\b(?:relates?|applies|apply)\s+to\b/i;

/** The link's own words, which are not the learner's contribution to it. */
const linkStems: ReadonlySet<string> = new Set(
  ['relevant', 'related', 'relate', 'relates', 'linked', 'connected', 'tied', 'important', 'key', 'central', 'essential', 'crucial', 'vital', 'significant', 'applies', 'apply'].map((word) => stemWord(word)),
);
const NOTHING: ReadonlySet<string> = new Set();

/** Words that open a reason clause. */
const REASON_CONNECTIVES = new Set(['because', 'since', 'so', 'therefore', 'thus', 'hence', 'whereas', 'as', 'which', 'meaning', 'otherwise', 'consequently', 'given', 'due', 'leading']);

/** Marks which sentences develop an idea: a reason, an example, a figure, or a case detail. */
export function markDevelopment(index: AnswerIndex, vocabulary: ScenarioVocabulary, params: MarkerParameters = DEFAULT_PARAMETERS): void {
  const { analysed } = index;
  index.shown = vocabulary.shown;
  index.names = vocabulary.names;
  const ownWordsNeeded = ruleOn(params, 'own-words') ? params.developmentOwnWords : 0;
  const caseWordsAreGiven = ruleOn(params, 'case-words');
  /**
   * A word or figure taken from the case is the learner's contribution only where it belongs to
   * the idea beside it: the case says it together with another word of the learner's sentence,
   * one outside the phrase quoted with it. "reduce the 23% unassigned traffic" applies the case;
   * "contracts because £55,000" quotes a figure the case gave for something else.
   */
  const belongsToIdea = (sentence: (typeof analysed.sentences)[number], at: number): boolean => {
    const token = analysed.tokens[at];
    const caseSentences = token ? vocabulary.caseSentencesByStem.get(token.stem) : undefined;
    if (!token || !caseSentences) return true;
    const quotedWithPrevious = (j: number) => vocabulary.caseBigrams.has(`${analysed.tokens[j - 1]?.stem ?? ''} ${analysed.tokens[j]?.stem ?? ''}`);
    let quoteStart = at;
    while (quoteStart > sentence.firstToken && quotedWithPrevious(quoteStart)) quoteStart -= 1;
    let quoteEnd = at + 1;
    while (quoteEnd < sentence.endToken && quotedWithPrevious(quoteEnd)) quoteEnd += 1;
    for (let j = sentence.firstToken; j < sentence.endToken; j += 1) {
      if (j >= quoteStart && j < quoteEnd) continue;
      const other = analysed.tokens[j];
      if (!other || /\d/.test(other.lower) || other.lower.length < 3 || vocabulary.name.has(other.stem)) continue;
      if (functionStems.has(other.stem) || stopStems.has(other.stem) || functionStems.has(other.lower) || everydayStems.has(other.stem)) continue;
      if (caseSentences.some((caseSentence) => caseSentence.has(other.stem))) return true;
    }
    return false;
  };
  /** Content words the learner brought: marketing terms count, the marking's words and the case's names do not. */
  const ownWords = (sentence: (typeof analysed.sentences)[number], from = sentence.firstToken, besides: ReadonlySet<string> = NOTHING) => {
    let count = 0;
    for (let i = from; i < sentence.endToken; i += 1) {
      const token = analysed.tokens[i];
      // A figure of the learner's own ("keeping £8,000 for December") is theirs; one the case or the statements gave is not.
      if (!token || (token.lower.length < 3 && !/\d/.test(token.lower)) || vocabulary.shown.has(token.stem) || vocabulary.caseTerms.has(token.stem)) continue;
      if (functionStems.has(token.stem) || stopStems.has(token.stem) || functionStems.has(token.lower) || everydayStems.has(token.stem)) continue;
      if (besides.has(token.stem)) continue;
      if (caseWordsAreGiven && !belongsToIdea(sentence, i)) continue;
      count += 1;
    }
    return count;
  };
  index.ownWords = analysed.sentences.map((sentence) => (index.boilerplate[sentence.index] ? 0 : ownWords(sentence)));
  // "The CFO is relevant to whole-life cost and to the partner": a link asserted between the
  // marking's words and the case's, with no word of the learner's own, says nothing about either.
  if (ruleOn(params, 'bare-link')) {
    for (const sentence of analysed.sentences) {
      if (BARE_LINK.test(analysed.text.slice(sentence.start, sentence.end)) && ownWords(sentence, sentence.firstToken, linkStems) === 0) index.boilerplate[sentence.index] = true;
    }
  }
  // A reason is the learner's own claim: "since the 34% and the price rise are mentioned in the
  // case, which is why they justify it" has the shape of a reason and nothing of the learner's in it.
  if (ruleOn(params, 'own-reason')) {
    for (const sentence of analysed.sentences) {
      if (!index.reasoned[sentence.index]) continue;
      let connective = sentence.firstToken;
      while (connective < sentence.endToken && !REASON_CONNECTIVES.has(analysed.tokens[connective]?.lower ?? '')) connective += 1;
      if (connective < sentence.endToken && ownWords(sentence, connective + 1) === 0) index.reasoned[sentence.index] = false;
    }
  }
  index.detailed = analysed.sentences.map((sentence) =>
    vocabulary.details.some((phrase) => findPhrase(analysed.tokens, index.positionsByStem, phrase, sentence.firstToken, sentence.endToken) >= 0),
  );
  index.developed = analysed.sentences.map((sentence) => {
    if (index.boilerplate[sentence.index]) return false;
    if (ownWordsNeeded > 0 && (index.ownWords[sentence.index] ?? 0) < ownWordsNeeded) return false;
    if (index.reasoned[sentence.index]) return true;
    const text = analysed.text.slice(sentence.start, sentence.end);
    // An example develops the idea when it is the learner's own: "e.g. reaching 18-30s" copied from
    // the statement is the scheme's example handed back.
    const example = EXAMPLE_WORDS.exec(text);
    if (example) {
      const exampleStart = sentence.start + example.index + example[0].length;
      for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
        const token = analysed.tokens[i];
        if (!token || token.start < exampleStart || vocabulary.shown.has(token.stem) || vocabulary.names.has(token.stem)) continue;
        if (functionStems.has(token.stem) || stopStems.has(token.stem) || functionStems.has(token.lower)) continue;
        return true;
      }
    }
    // A figure is development unless it is one the statements already show ("£18,000" handed back).
    for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
      const token = analysed.tokens[i];
      if (token && /\d/.test(token.lower) && !vocabulary.shown.has(token.stem)) return true;
    }
    if (index.detailed[sentence.index]) return true;
    // Details of the learner's own: words that are neither the marking's nor everyday wrapping.
    let ownDetails = 0;
    for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
      const token = analysed.tokens[i];
      if (!token || token.lower.length < 3 || vocabulary.shown.has(token.stem) || vocabulary.name.has(token.stem)) continue;
      if (functionStems.has(token.stem) || stopStems.has(token.stem) || functionStems.has(token.lower) || everydayStems.has(token.stem)) continue;
      // Marketing jargon named bare ("local, trust and cost") is a term, not a detail of the case.
      if (lexiconStems.has(token.stem)) continue;
      ownDetails += 1;
    }
    return ownDetails >= params.developmentOwnDetails;
  });
  // "Dan Reyes should issue a prompt holding statement about the Earth Edit. Ellie Ward should stop
  // deleting comments…": sentence after sentence of the marking's words and the case's names, and
  // not one reason in the whole answer. Its case names are not application; nothing in it is
  // developed. Earnest answers gave a reason somewhere, or brought twice as many words of their own.
  if (ruleOn(params, 'unargued')) {
    const counted = analysed.sentences.filter((sentence) => sentence.endToken - sentence.firstToken >= UNARGUED_SENTENCE_WORDS);
    const ownMean = counted.reduce((sum, sentence) => sum + (index.ownWords[sentence.index] ?? 0), 0) / Math.max(1, counted.length);
    // One "because" added after reading the note does not make the rest of the answer argued.
    const reasons = index.reasoned.filter(Boolean).length;
    const unargued =
      analysed.tokens.length >= UNARGUED_MIN_WORDS &&
      counted.length >= UNARGUED_MIN_SENTENCES &&
      reasons <= (counted.length >= UNARGUED_ONE_REASON_SENTENCES ? 1 : 0) &&
      ownMean < UNARGUED_OWN_WORDS;
    if (unargued) {
      index.developed = index.developed.map(() => false);
      for (const sentence of analysed.sentences) if (!index.blocked.has(sentence.index)) index.blocked.set(sentence.index, 'unargued');
    }
  }
}

/** Sentences shorter than this are headings and asides, not counted for `unargued`. */
const UNARGUED_SENTENCE_WORDS = 4;
const UNARGUED_MIN_SENTENCES = 3;
/** From this many sentences, a single reason still leaves the answer unargued. */
const UNARGUED_ONE_REASON_SENTENCES = 5;
/** A short answer is judged by the word budget instead: terse is not the same as unargued. */
const UNARGUED_MIN_WORDS = 60;
/**
 * Words of the learner's own per sentence below which an answer with no reason is the marking
 * handed back: feedback-echo answers averaged 0 to 1.8 (a numbered or "Heading – claim" one just
 * over it); earnest answers with no reason word, 1.5 and 1.8 for two weak ones under sixty words and
 * 2.8 and up for the rest.
 */
const UNARGUED_OWN_WORDS = 2;

/** Every stem of the case text, for spotting the case restated in other order. */
export const caseStems = perText((caseText) => new Set(phraseStems(caseText)));

/** Every run of four stems in the case text, for spotting sentences copied from it. */
export const caseGrams = perText((caseText) => new Set(stemRuns(caseText)));
