/**
 * Marks a written answer against a scenario's marking points, point by point, with the evidence.
 *
 * How a point is judged: its statement is read into concept groups (a phrase in the lexicon brings
 * all its synonyms and narrower terms; any other content word stands for itself and its stem).
 * The answer is then searched sentence by sentence, and pair by pair of adjacent sentences, for a
 * window that meets enough of those groups. Matches that are negated, in a bare list of terms, in
 * a marking point pasted back, or in an empty "X is important" sentence do not count. Author hints
 * can add accepted phrasings, required groups, rejected phrasings, and demand application to the
 * case or reasoning. Everything is deterministic: the same answer always gets the same result.
 */
import type { MarkingPoint, Scenario } from '../content/schemas.ts';
import { CONCEPTS, EXAMINER_VERBS, FUNCTION_WORDS, GENERIC_WORDS, NEGATORS, REASONING_PHRASES, STOPWORDS } from './lexicon.ts';
import { type AnalysedText, type Token, analyse, countAnswerWords, phraseStems, stemWord } from './text.ts';

export type PointStatus = 'earned' | 'partly' | 'not';

export interface Span {
  start: number;
  end: number;
}

export interface PointResult {
  id: string;
  statement: string;
  status: PointStatus;
  marks: number;
  max: number;
  /** The words that earned the point, as offsets into the answer. */
  evidence: Span[];
  /** The sentences those words sit in, for a gentler highlight around them. */
  sentences: Span[];
  reason: string;
}

export interface MarkResult {
  points: PointResult[];
  total: number;
  max: number;
  words: number;
  /** Advice about the answer as a whole (length, lists, pasted points). */
  notes: string[];
}

export type MarkableScenario = Pick<Scenario, 'marks' | 'points' | 'context' | 'command'> & {
  words?: Scenario['words'];
};

/** Share of a point's weighted concept groups a window must meet. */
const EARNED_SHARE = 0.6;
const PARTLY_SHARE = 0.34;
const GENERIC_WEIGHT = 0.4;
const LOOSE_CONCEPT_WEIGHT = 0.5;
const ECHO_COVERAGE = 0.6;
/** A statement this short is the point said plainly, so it is not checked for echoes. */
const ECHO_MIN_WORDS = 3;
const ECHO_ADDED_SHARE = 0.2;
const PASTED_ANSWER_SHARE = 0.6;
const LIST_MIN_ITEMS = 8;
/** A single sentence that alone evidences this many points is a list of them. */
const CRAMMED_POINTS = 3;
const LIST_ITEM_WORDS = 2;
const LIST_SHORT_SHARE = 0.6;
/** The longest passage, in sentences of one paragraph, that can make a point together. */
const WINDOW_SENTENCES = 3;
const NEGATION_REACH = 12;
/** "without proof could land it in trouble": "without" denies its own object, not the clause. */
const WITHOUT_REACH = 3;
const DISMISSALS = new Set(['unnecessary', 'pointless', 'needless', 'overkill', 'irrelevant', 'useless', 'counterproductive']);
/** "... and its rival gets talked about": after "and", a new subject starts a new clause. */
const CLAUSE_SUBJECTS = new Set(['its', 'it', 'the', 'their', 'they', 'we', 'our', 'this', 'that', 'these', 'he', 'she', 'i', 'you', 'there']);
const CLAUSE_TURNS = new Set(['but', 'however', 'because', 'so', 'which', 'that', 'while', 'whereas', 'instead', 'rather', 'although', 'yet', 'since']);
const LOOSE_CONCEPTS = new Set(['social-media', 'strategy', 'content', 'audience', 'platform', 'goal', 'technology', 'resource']);

interface Group {
  label: string;
  alternatives: string[][];
  weight: number;
  required: boolean;
}

interface PreparedPoint {
  point: MarkingPoint;
  /** What the point is judged on: the author's concept groups when given, else the statement's words. */
  groups: Group[];
  accept: string[][];
  reject: string[][];
  application: boolean;
  reasoning: boolean;
}

// ---------------------------------------------------------------------------------------------
// The lexicon, indexed once.

const conceptById = new Map(CONCEPTS.map((concept) => [concept.id, concept]));

function expandConcept(id: string, seen = new Set<string>()): string[][] {
  if (seen.has(id)) return [];
  seen.add(id);
  const concept = conceptById.get(id);
  if (!concept) return [];
  return [...concept.phrases.map(phraseStems), ...(concept.includes ?? []).flatMap((inner) => expandConcept(inner, seen))];
}

const expandedConcepts = new Map(CONCEPTS.map((concept) => [concept.id, dedupePhrases(expandConcept(concept.id))]));

/** Every lexicon phrase, longest first, for reading a statement into concepts. */
const phraseIndex: { stems: string[]; concept: string }[] = CONCEPTS.flatMap((concept) =>
  concept.phrases.map((phrase) => ({ stems: phraseStems(phrase), concept: concept.id })),
).sort((a, b) => b.stems.length - a.stems.length);

const phraseIndexByFirstStem = new Map<string, { stems: string[]; concept: string }[]>();
for (const entry of phraseIndex) {
  const first = entry.stems[0];
  if (!first) continue;
  phraseIndexByFirstStem.set(first, [...(phraseIndexByFirstStem.get(first) ?? []), entry]);
}

/** Which concepts a word's stem can appear in: used to spot lists of terms. */
const conceptStems = new Set(phraseIndex.filter((entry) => entry.stems.length === 1).map((entry) => entry.stems[0] ?? ''));

const reasoningPhrases = REASONING_PHRASES.map(phraseStems);
const stopStems = new Set([...STOPWORDS].map((word) => phraseStems(word)[0] ?? word));
const functionStems = new Set([...FUNCTION_WORDS].map((word) => phraseStems(word)[0] ?? word));
const genericStems = new Set([...GENERIC_WORDS].map((word) => phraseStems(word)[0] ?? word));
const examinerVerbStems = new Set([...EXAMINER_VERBS].map((word) => phraseStems(word)[0] ?? word));

function dedupePhrases(phrases: string[][]): string[][] {
  const seen = new Set<string>();
  return phrases.filter((phrase) => {
    const key = phrase.join(' ');
    if (phrase.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Reading a marking point.

const preparedCache = new WeakMap<MarkingPoint, PreparedPoint>();

export function preparePoint(point: MarkingPoint): PreparedPoint {
  const cached = preparedCache.get(point);
  if (cached) return cached;
  const statement = analyse(point.statement);
  const groups: Group[] = [];
  const seenConcepts = new Set<string>();
  const tokens = statement.tokens;
  for (let i = 0; i < tokens.length; ) {
    const match = longestLexiconPhrase(tokens, i);
    if (match) {
      const label = point.statement.slice(tokens[i]?.start ?? 0, tokens[i + match.length - 1]?.end ?? 0);
      if (!seenConcepts.has(match.concept)) {
        seenConcepts.add(match.concept);
        const allGeneric = tokens.slice(i, i + match.length).every((token) => genericStems.has(token.stem));
        groups.push({
          label,
          alternatives: expandedConcepts.get(match.concept) ?? [],
          weight: allGeneric ? GENERIC_WEIGHT : LOOSE_CONCEPTS.has(match.concept) ? LOOSE_CONCEPT_WEIGHT : 1,
          required: false,
        });
      }
      i += match.length;
      continue;
    }
    const token = tokens[i];
    i += 1;
    if (!token || stopStems.has(token.stem) || examinerVerbStems.has(token.stem) || /^\d+$/.test(token.lower)) continue;
    if (groups.some((group) => group.alternatives.some((alt) => alt.length === 1 && alt[0] === token.stem))) continue;
    groups.push({
      label: point.statement.slice(token.start, token.end),
      alternatives: [[token.stem]],
      weight: genericStems.has(token.stem) ? GENERIC_WEIGHT : 1,
      required: false,
    });
  }
  const hints = point.hints;
  // An author's concept groups say what the point means better than its wording can, so when
  // they are given the point is judged on them alone: all together earn it, some of them part.
  // Their alternatives are taken literally: an author who writes "sales" must not find it also
  // matching every word the lexicon files under conversions.
  const required = (hints?.require ?? []).map((requirement) => ({
    label: readableLabel(requirement),
    alternatives: dedupePhrases(requirement.map(phraseStems)),
    weight: 1,
    required: true,
  }));
  if (required.length > 0) groups.splice(0, groups.length, ...required);
  const prepared: PreparedPoint = {
    point,
    groups,
    accept: (hints?.accept ?? []).map(phraseStems),
    reject: (hints?.reject ?? []).map(phraseStems),
    application: hints?.application ?? false,
    reasoning: hints?.reasoning ?? false,
  };
  preparedCache.set(point, prepared);
  return prepared;
}

/**
 * How a concept group is named to the learner: its first phrasing, without the connecting words
 * an author adds to make a phrase precise ("curated posts from" reads as "curated posts").
 */
export function readableLabel(phrasings: readonly string[]): string {
  const first = phrasings[0] ?? '';
  const words = first.split(/\s+/).filter(Boolean);
  const connecting = (word: string | undefined) => word !== undefined && (FUNCTION_WORDS.has(word.toLowerCase()) || word.toLowerCase() === 'like');
  while (words.length > 1 && connecting(words[words.length - 1])) words.pop();
  while (words.length > 1 && connecting(words[0])) words.shift();
  return words.join(' ');
}

function longestLexiconPhrase(tokens: Token[], at: number): { concept: string; length: number } | null {
  const first = tokens[at]?.stem;
  if (!first) return null;
  for (const entry of phraseIndexByFirstStem.get(first) ?? []) {
    if (entry.stems.every((stem, offset) => tokens[at + offset]?.stem === stem)) {
      return { concept: entry.concept, length: entry.stems.length };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Reading the answer.

interface AnswerIndex {
  analysed: AnalysedText;
  positionsByStem: Map<string, number[]>;
  /** Sentences that cannot earn anything, with the reason (an echo may still support a neighbour). */
  blocked: Map<number, BlockReason>;
  /** Most sentences echo marking points: the answer is the scheme handed back. */
  pasted: boolean;
  /** Each concept group's occurrences in the whole answer, sorted, found on first use. */
  occurrences: Map<string[][], { ranges: [number, number][]; starts: number[] }>;
  negated: boolean[];
  applied: boolean[];
  reasoned: boolean[];
}

/** A fragment is a heading or a clipped phrase ("Strengths", "household budgets second"): it earns nothing alone but does not end a passage. */
type BlockReason = 'list' | 'echo' | 'vacuous' | 'crammed' | 'fragment';

function indexAnswer(answer: string, scenario: MarkableScenario): AnswerIndex {
  const analysed = analyse(answer);
  const positionsByStem = new Map<string, number[]>();
  analysed.tokens.forEach((token, index) => {
    const positions = positionsByStem.get(token.stem);
    if (positions) positions.push(index);
    else positionsByStem.set(token.stem, [index]);
  });

  // A negator reaches forward to the end of its clause ("I don't see the point of formal content
  // pillars or a calendar"), but not past a comma or a turn such as "but" or "because".
  const { tokens: answerTokens } = analysed;
  const negated = answerTokens.map((_, index) => {
    let denied = false;
    walkBackInClause(answer, answerTokens, index, (previous, after, back) => {
      if (previous.lower === 'without') denied = back <= WITHOUT_REACH;
      else if (NEGATORS.has(previous.lower) || previous.lower.endsWith("n't")) denied = !(previous.lower === 'not' && after.lower === 'only');
      else return !(CLAUSE_TURNS.has(previous.lower) || (previous.lower === 'and' && CLAUSE_SUBJECTS.has(after.lower)));
      return false;
    });
    return denied;
  });
  // "Written contracts are also unnecessary": a verdict that dismisses what came before it.
  answerTokens.forEach((token, index) => {
    if (!DISMISSALS.has(token.lower)) return;
    walkBackInClause(answer, answerTokens, index, (previous, _after, back) => {
      if (CLAUSE_TURNS.has(previous.lower)) return false;
      negated[index - back] = true;
      return true;
    });
  });

  const echoes = echoReader(scenario);
  const blocked = new Map<number, BlockReason>();
  for (const sentence of analysed.sentences) {
    const tokens = analysed.tokens.slice(sentence.firstToken, sentence.endToken);
    const text = answer.slice(sentence.start, sentence.end);
    const reason = echoes(text) ? 'echo' : blockReason(tokens, text);
    if (reason) blocked.set(sentence.index, reason);
  }
  // An answer that is mostly marking points handed back earns nothing from them; elsewhere an
  // echoing sentence may stand as a topic sentence, but only a developed neighbour can earn.
  const echoCount = [...blocked.values()].filter((reason) => reason === 'echo').length;
  const pasted = echoCount >= 2 && echoCount >= analysed.sentences.length * PASTED_ANSWER_SHARE;

  const contextPhrases = (scenario.context ?? []).map(phraseStems).filter((stems) => stems.length > 0);
  const sentenceHas = (phrases: string[][]) =>
    analysed.sentences.map((sentence) =>
      phrases.some((phrase) => findPhrase(analysed.tokens, positionsByStem, phrase, sentence.firstToken, sentence.endToken) >= 0),
    );
  return {
    analysed,
    positionsByStem,
    blocked,
    pasted,
    occurrences: new Map(),
    negated,
    applied: sentenceHas(contextPhrases),
    reasoned: sentenceHas(reasoningPhrases),
  };
}

const VACUOUS = /\b(is|are|be|remains?|seems?)\s+(very\s+|really\s+|extremely\s+|so\s+|also\s+)?(important|essential|vital|crucial|key|necessary|useful|good|needed|significant)\b/i;

/** Words that restate a point without adding to it: the case's names and the examiner's verbs. */
const ECHO_FILLER = ['recommend', 'recommends', 'suggest', 'propose', 'think', 'believe', 'ensure', 'sure', 'make', 'need', 'needs', 'use', 'should', 'must', 'have', 'has', 'clear', 'clearly'];

const echoReaders = new WeakMap<MarkableScenario['points'], (sentence: string) => boolean>();

function echoReader(scenario: MarkableScenario): (sentence: string) => boolean {
  const cached = echoReaders.get(scenario.points);
  if (cached) return cached;
  const reader = buildEchoReader(scenario);
  echoReaders.set(scenario.points, reader);
  return reader;
}

/**
 * Spots a marking statement handed back: a sentence that covers most of one statement's content
 * words and adds almost nothing but the case's names (its figures count as something added).
 * Hyphens are split so that "performance related" meets "performance-related".
 */
function buildEchoReader(scenario: MarkableScenario): (sentence: string) => boolean {
  const contentStems = (text: string) =>
    phraseStems(text.replace(/[-‐–]/g, ' ')).filter((stem) => !functionStems.has(stem) && !stopStems.has(stem));
  // The case's names add nothing when bolted onto a statement; its figures do, since using them is applying the point.
  const names = (scenario.context ?? []).filter((term) => !/\d/.test(term));
  const filler = new Set([...ECHO_FILLER.map((word) => stemWord(word)), ...names.flatMap(contentStems)]);
  const statements = scenario.points
    .map((point) => new Set(contentStems(point.statement).filter((stem) => !filler.has(stem))))
    .filter((statement) => statement.size >= ECHO_MIN_WORDS);
  return (sentence) => {
    const words = contentStems(sentence).filter((stem) => !filler.has(stem));
    if (words.length === 0) return false;
    const present = new Set(words);
    // Two statements pasted into one sentence are both echoed; a word that merely appears in some
    // other statement is still the learner's own.
    const echoed = statements.filter((statement) => [...statement].filter((stem) => present.has(stem)).length / statement.size >= ECHO_COVERAGE);
    if (echoed.length === 0) return false;
    const added = words.filter((stem) => !echoed.some((statement) => statement.has(stem))).length;
    return added <= words.length * ECHO_ADDED_SHARE;
  };
}

function blockReason(tokens: Token[], text: string): BlockReason | null {
  const content = tokens.filter((token) => !functionStems.has(token.stem) && !functionStems.has(token.lower));
  const functionShare = 1 - content.length / Math.max(1, tokens.length);
  if (tokens.length < 5 && functionShare === 0) return 'fragment';
  const commaItems = text.split(/[,;/](?!\d)/).filter((item) => /[\p{L}\p{N}]/u.test(item)).length;
  // Figures are the case applied: "£35,000 for creators, £15,000 for referral rewards..." is a plan
  // when most of its items carry one.
  const figures = text.match(/\d[\d,.]*/g)?.length ?? 0;
  if (figures >= 2 && figures * 3 >= commaItems) return tokens.length <= 10 && VACUOUS.test(text) ? 'vacuous' : null;
  if (tokens.length >= 5 && functionShare < 0.15 && commaItems >= 5) return 'list';
  // A sentence crammed with distinct terms is a list in disguise, however it is punctuated.
  const termCount = new Set(content.filter((token) => conceptStems.has(token.stem)).map((token) => token.stem)).size;
  if (termCount >= 8 && functionShare < 0.3) return 'list';
  // A list that gives reasons or examples is an argument being developed, not terms being named.
  if (isListInProse(tokens, text) && !REASONING_WORDS.test(text) && !EXAMPLE_WORDS.test(text)) return 'list';
  if (tokens.length <= 10 && VACUOUS.test(text)) return 'vacuous';
  return null;
}

const EXAMPLE_WORDS = /\b(such as|for example|for instance|e\.g\.)/i;
const REASONING_WORDS = /\b(because|since|so that|therefore|which means|as a result|in order to)\b/i;

/**
 * "Leverage ASA compliance, #ad disclosure, contracts with whitelisting, usage rights, approvals
 * and exclusivity": many short items joined by commas and "and" is a list, however it is dressed.
 * A real argument lists too, but its items are phrases that say something.
 */
function isListInProse(tokens: Token[], text: string): boolean {
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
  const short = items.filter((count) => count <= LIST_ITEM_WORDS).length;
  return items.length >= LIST_MIN_ITEMS && short >= items.length * LIST_SHORT_SHARE;
}

/** Index of the first sorted position at or after `from`: a long answer repeats words often. */
function firstAtOrAfter(positions: number[], from: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((positions[middle] ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** First index of the phrase within [from, to), or -1. */
function findPhrase(tokens: Token[], positionsByStem: Map<string, number[]>, phrase: string[], from: number, to: number): number {
  const first = phrase[0];
  if (!first) return -1;
  const positions = positionsByStem.get(first) ?? [];
  for (let i = firstAtOrAfter(positions, from); i < positions.length; i += 1) {
    const position = positions[i] ?? 0;
    if (position + phrase.length > to) break;
    if (phrase.every((stem, offset) => tokens[position + offset]?.stem === stem)) return position;
  }
  return -1;
}

/**
 * Every un-negated occurrence of any alternative within [from, to), as token ranges. Each group's
 * occurrences are found once per answer and kept sorted, so a window only narrows that list.
 */
function findGroup(index: AnswerIndex, alternatives: string[][], from: number, to: number): [number, number][] {
  let known = index.occurrences.get(alternatives);
  if (!known) {
    const ranges = allOccurrences(index, alternatives);
    known = { ranges, starts: ranges.map(([start]) => start) };
    index.occurrences.set(alternatives, known);
  }
  const { ranges, starts } = known;
  const found: [number, number][] = [];
  for (let i = firstAtOrAfter(starts, from); i < ranges.length; i += 1) {
    const range = ranges[i];
    if (!range || range[0] >= to) break;
    if (range[1] <= to) found.push(range);
  }
  return found;
}

function allOccurrences(index: AnswerIndex, alternatives: string[][]): [number, number][] {
  const found: [number, number][] = [];
  const { tokens } = index.analysed;
  for (const phrase of alternatives) {
    const first = phrase[0];
    if (!first) continue;
    for (const position of index.positionsByStem.get(first) ?? []) {
      if (!phrase.every((stem, offset) => tokens[position + offset]?.stem === stem)) continue;
      if (index.negated[position]) continue;
      found.push([position, position + phrase.length]);
    }
  }
  return found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

// ---------------------------------------------------------------------------------------------
// Judging one point.

interface WindowResult {
  sentences: number[];
  share: number;
  matched: Group[];
  missing: Group[];
  ranges: [number, number][];
  /** Where each matched group was first found, to name it in the learner's own words. */
  firstFound: Map<Group, [number, number]>;
  requiredMet: boolean;
}

function bestWindow(index: AnswerIndex, prepared: PreparedPoint): { best: WindowResult | null; negatedOnly: boolean } {
  const { sentences, tokens } = index.analysed;
  const totalWeight = prepared.groups.reduce((sum, group) => sum + group.weight, 0) || 1;
  let best: WindowResult | null = null;
  let bestScore = -1;
  const candidates: number[][] = [];
  sentences.forEach((sentence, i) => {
    // Fragments ride along with a passage without counting towards its length, and never start one.
    if (index.blocked.get(i) === 'fragment') return;
    const window: number[] = [];
    let length = 0;
    for (let j = i; j < sentences.length && length < WINDOW_SENTENCES; j += 1) {
      const next = sentences[j];
      if (!next || next.paragraph !== sentence.paragraph) break;
      const fragment = index.blocked.get(j) === 'fragment';
      if (!fragment && barred(index, j)) break;
      window.push(j);
      if (!fragment) length += 1;
      candidates.push([...window]);
    }
  });

  for (const window of candidates) {
    const first = sentences[window[0] ?? 0];
    const last = sentences[window[window.length - 1] ?? 0];
    if (!first || !last) continue;
    if (prepared.reject.some((phrase) => findPhrase(tokens, index.positionsByStem, phrase, first.firstToken, last.endToken) >= 0)) continue;
    const matched: Group[] = [];
    const missing: Group[] = [];
    const ranges: [number, number][] = [];
    const firstFound = new Map<Group, [number, number]>();
    for (const group of prepared.groups) {
      // A fragment keeps a passage together but lends it nothing: a bare "Threats: competition" is not analysis.
      const found = findGroup(index, group.alternatives, first.firstToken, last.endToken).filter(
        ([from]) => index.blocked.get(tokens[from]?.sentence ?? -1) !== 'fragment',
      );
      const [firstRange] = found;
      if (firstRange) {
        matched.push(group);
        ranges.push(...found);
        firstFound.set(group, firstRange);
      } else {
        missing.push(group);
      }
    }
    if (!developedBeyondEcho(index, window, ranges)) continue;
    const share = matched.reduce((sum, group) => sum + group.weight, 0) / totalWeight;
    const requiredMet = prepared.groups.every((group) => !group.required || matched.includes(group));
    // Among passages that make as much of the point, prefer one that also meets the point's demand
    // for application and reasoning, then the shortest, whose evidence is tightest.
    const demandsMet =
      (!prepared.application || near(index, index.applied, window) ? 0.1 : 0) + (!prepared.reasoning || near(index, index.reasoned, window) ? 0.1 : 0);
    const score = share + (requiredMet ? 0.5 : 0) + demandsMet - (window.length - 1) * 0.01;
    if (score > bestScore) {
      best = { sentences: window, share, matched, missing, ranges, firstFound, requiredMet };
      bestScore = score;
    }
  }
  // Worth saying when nothing earns: the learner named the idea only to reject it.
  const negatedOnly = prepared.groups.some(
    (group) => group.weight >= 1 && findGroup(index, group.alternatives, 0, tokens.length).length === 0 && hasNegatedOccurrence(index, group, 0, tokens.length),
  );
  return { best, negatedOnly };
}

/**
 * Visits the words before `index` in its sentence, nearest first, up to NEGATION_REACH and never
 * past the punctuation that ends a clause; `visit` returns false to stop.
 */
function walkBackInClause(answer: string, tokens: Token[], index: number, visit: (previous: Token, after: Token, back: number) => boolean): void {
  const sentence = tokens[index]?.sentence;
  for (let back = 1; back <= NEGATION_REACH; back += 1) {
    const previous = tokens[index - back];
    const after = tokens[index - back + 1];
    if (!previous || !after || previous.sentence !== sentence || clauseBreak(answer, previous, after)) return;
    if (!visit(previous, after, back)) return;
  }
}

/** Punctuation between two words that ends a clause; the comma inside "£18,000" does not. */
function clauseBreak(answer: string, previous: Token, after: Token): boolean {
  const gap = answer.slice(previous.end, after.start);
  if (gap === ',' && /\d$/.test(previous.lower) && /^\d/.test(after.lower)) return false;
  return /[,;:()\u2013\u2014]/.test(gap);
}

/** A sentence that cannot be part of any passage that earns. */
function barred(index: AnswerIndex, sentence: number): boolean {
  const reason = index.blocked.get(sentence);
  return reason !== undefined && (reason !== 'echo' || index.pasted);
}

/**
 * A passage with an echoed statement in it earns only through a sentence of the learner's own
 * that makes part of the point, applies it to the case or gives a reason for it.
 */
function developedBeyondEcho(index: AnswerIndex, window: number[], ranges: [number, number][]): boolean {
  if (!window.some((sentence) => index.blocked.get(sentence) === 'echo')) return true;
  const own = window.filter((sentence) => !index.blocked.has(sentence));
  const { tokens } = index.analysed;
  return (
    own.some((sentence) => index.applied[sentence] || index.reasoned[sentence]) ||
    ranges.some(([from]) => {
      const sentence = tokens[from]?.sentence;
      return sentence !== undefined && own.includes(sentence);
    })
  );
}

function hasNegatedOccurrence(index: AnswerIndex, group: Group, from: number, to: number): boolean {
  const { tokens } = index.analysed;
  return group.alternatives.some((phrase) => {
    const position = findPhrase(tokens, index.positionsByStem, phrase, from, to);
    return position >= 0 && index.negated[position] === true;
  });
}

function acceptedPhrase(index: AnswerIndex, prepared: PreparedPoint): { range: [number, number]; sentence: number } | null {
  const { tokens } = index.analysed;
  for (const phrase of prepared.accept) {
    const position = findPhrase(tokens, index.positionsByStem, phrase, 0, tokens.length);
    const sentence = tokens[position]?.sentence;
    if (position < 0 || sentence === undefined || index.negated[position] || index.blocked.has(sentence)) continue;
    return { range: [position, position + phrase.length], sentence };
  }
  return null;
}

/** A flag on the passage or on a sentence beside it in the same paragraph. */
function near(index: AnswerIndex, flags: boolean[], window: number[]): boolean {
  const { sentences } = index.analysed;
  const paragraph = sentences[window[0] ?? 0]?.paragraph;
  return window.some((i) => [i - 1, i, i + 1].some((j) => flags[j] === true && sentences[j]?.paragraph === paragraph));
}

function partlyMarks(max: number): number {
  return Math.floor(max) / 2;
}

function listOf(labels: string[]): string {
  const quoted = labels.map((label) => `“${label}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

function judgePoint(index: AnswerIndex, prepared: PreparedPoint, scenario: MarkableScenario): PointResult {
  const { point } = prepared;
  const base = { id: point.id, statement: point.statement, max: point.marks };
  const { tokens, sentences } = index.analysed;
  const toSpans = (ranges: [number, number][]) => mergeSpans(ranges.map(([from, to]) => ({ start: tokens[from]?.start ?? 0, end: tokens[to - 1]?.end ?? 0 })));
  const sentenceSpans = (indices: number[]) =>
    indices.flatMap((i) => (sentences[i] ? [{ start: sentences[i].start, end: sentences[i].end }] : []));

  const accepted = acceptedPhrase(index, prepared);
  if (accepted) {
    return {
      ...base,
      status: 'earned',
      marks: point.marks,
      evidence: toSpans([accepted.range]),
      sentences: sentenceSpans([accepted.sentence]),
      reason: 'Earned: your answer makes this point in a form the examiner accepts.',
    };
  }

  const { best, negatedOnly } = bestWindow(index, prepared);
  if (!best || best.matched.length === 0 || best.share < PARTLY_SHARE) {
    const blockedKinds = new Set([...index.blocked.values()].filter((kind) => kind !== 'fragment'));
    let reason = `Not earned: no sentence or short passage of yours brings together ${listOf(prepared.groups.filter((group) => group.weight >= 1).map((group) => group.label))}.`;
    if (negatedOnly) reason = 'Not earned: your answer mentions this only to say it will not be done.';
    else if (best === null && blockedKinds.size > 0) reason = 'Not earned: terms listed or statements repeated do not show how they apply; write it as an argument.';
    return { ...base, status: 'not', marks: 0, evidence: [], sentences: [], reason };
  }

  const heavyMissing = best.missing.filter((group) => group.weight >= 1).map((group) => group.label);
  const inTheirWords = (group: Group) => {
    const range = best.firstFound.get(group);
    const from = range ? tokens[range[0]] : undefined;
    const to = range ? tokens[range[1] - 1] : undefined;
    return from && to ? index.analysed.text.slice(from.start, to.end) : group.label;
  };
  const matchedLabels = best.matched.filter((group) => group.weight >= 1).map(inTheirWords);
  const shortfalls: string[] = [];
  if (prepared.application && !near(index, index.applied, best.sentences)) {
    shortfalls.push(`apply it to the case (name ${scenario.context?.slice(0, 2).join(' or ') || 'the organisation'} and its situation)`);
  }
  const wantsReasoning = prepared.reasoning;
  if (wantsReasoning && !near(index, index.reasoned, best.sentences)) {
    shortfalls.push('give the reason for it (because, so that, which means...)');
  }
  const earned = best.share >= EARNED_SHARE && best.requiredMet && shortfalls.length === 0;
  const evidence = toSpans(best.ranges);
  const covered = matchedLabels.length ? `you cover ${listOf(matchedLabels)}` : 'you touch on it';
  if (earned) {
    const extras = [prepared.application ? 'applied to the case' : '', wantsReasoning ? 'with a reason' : ''].filter(Boolean);
    return {
      ...base,
      status: 'earned',
      marks: point.marks,
      evidence,
      sentences: sentenceSpans(best.sentences),
      reason: `Earned: ${covered}${extras.length ? `, ${extras.join(' and ')}` : ''}.`,
    };
  }
  const gaps = [...(best.share < EARNED_SHARE || !best.requiredMet ? [`say more about ${listOf(heavyMissing.length ? heavyMissing : best.missing.map((group) => group.label))}`] : []), ...shortfalls];
  return {
    ...base,
    status: 'partly',
    marks: partlyMarks(point.marks),
    evidence,
    sentences: sentenceSpans(best.sentences),
    reason: `Partly earned: ${covered}; to earn it in full, ${gaps.join(' and ')}.`,
  };
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end + 1) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * "Holloway's should use KPIs and budget pacing with audience segmentation and exclusions, plus
 * UTM tracking and a moderation framework": one sentence that alone supplies the evidence for
 * several marking points is naming them, not making them.
 */
function crammedSentences(index: AnswerIndex, points: PointResult[]): number[] {
  const { sentences } = index.analysed;
  const sentenceAt = (offset: number) => sentences.findIndex((sentence) => offset >= sentence.start && offset <= sentence.end);
  const pointsBySentence = new Map<number, number>();
  for (const point of points) {
    if (point.status === 'not' || point.evidence.length === 0) continue;
    const homes = new Set(point.evidence.map((span) => sentenceAt(span.start)));
    const [home] = [...homes];
    if (homes.size === 1 && home !== undefined && home >= 0) pointsBySentence.set(home, (pointsBySentence.get(home) ?? 0) + 1);
  }
  // A concise answer can make several points in a sentence, but it does so with the case's
  // figures or a reason; a sentence with neither is a list of the points' names.
  const { tokens } = index.analysed;
  const hasFigure = (sentence: number) => {
    const { firstToken, endToken } = sentences[sentence] ?? { firstToken: 0, endToken: 0 };
    return tokens.slice(firstToken, endToken).some((token) => /\d/.test(token.lower));
  };
  return [...pointsBySentence]
    .filter(([sentence, count]) => count >= CRAMMED_POINTS && !hasFigure(sentence) && !index.reasoned[sentence])
    .map(([sentence]) => sentence);
}

function readAnswer(scenario: MarkableScenario, answer: string): { index: AnswerIndex; points: PointResult[] } {
  const index = indexAnswer(answer, scenario);
  const judgeAll = () => scenario.points.map((point) => judgePoint(index, preparePoint(point), scenario));
  const points = judgeAll();
  const crammed = crammedSentences(index, points);
  if (crammed.length === 0) return { index, points };
  for (const sentence of crammed) index.blocked.set(sentence, 'crammed');
  return { index, points: judgeAll() };
}

// ---------------------------------------------------------------------------------------------

export function markAnswer(scenario: MarkableScenario, answer: string): MarkResult {
  const max = scenario.marks;
  const words = countAnswerWords(answer);
  const { index, points } = readAnswer(scenario, answer);
  const total = Math.min(max, points.reduce((sum, point) => sum + point.marks, 0));
  const notes: string[] = [];
  const minimum = scenario.words?.min;
  if (words === 0) notes.push('The answer is empty, so nothing can be credited.');
  else if (minimum && words < minimum / 2) {
    notes.push(
      `Your answer has ${words} words. A ${max}-mark answer usually needs ${minimum}–${scenario.words?.max ?? minimum} words: each marking point needs a developed sentence or two, applied to the case.`,
    );
  }
  const blockedCounts = countBy([...index.blocked.values()]);
  if ((blockedCounts.get('list') ?? 0) > 0) {
    notes.push('Lists of terms earn nothing on their own: examiners credit a term when you use it to argue something about the case.');
  }
  if ((blockedCounts.get('echo') ?? 0) > 0) {
    notes.push('Repeating a marking point is not making it: show it with the case’s details and your reasoning.');
  }
  return { points, total, max, words, notes };
}

function countBy<T>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The sentences the marker set aside and why: for the command line's explanation and for tests. */
export function setAsideSentences(scenario: MarkableScenario, answer: string): { text: string; reason: BlockReason }[] {
  const { index } = readAnswer(scenario, answer);
  return index.analysed.sentences.flatMap((sentence) => {
    const reason = index.blocked.get(sentence.index);
    return reason ? [{ text: answer.slice(sentence.start, sentence.end), reason }] : [];
  });
}
