/**
 * Reading the answer: its tokens and sentences, where each stem occurs, which words are denied,
 * and which sentences apply the point to the case or give a reason. Everything here is computed
 * once per answer, in time linear in its length (plus a sort of each group's occurrences).
 */
import { NEGATORS, REASONING_PHRASES } from './lexicon.ts';
import { type MarkerParameters, ruleOn } from './params.ts';
import { type AnalysedText, type Token, analyse, phraseStems } from './text.ts';

/** Why a sentence cannot earn by itself. A fragment is a heading or a clipped phrase: it earns nothing alone but does not end a passage. */
export type BlockReason = 'list' | 'echo' | 'crammed' | 'fragment' | 'copied' | 'model' | 'stock' | 'story' | 'recap' | 'circular' | 'generic' | 'question' | 'unwritten' | 'unargued';

export interface AnswerIndex {
  analysed: AnalysedText;
  positionsByStem: Map<string, number[]>;
  /** Sentences that cannot earn anything, with the reason (an echo may still support a neighbour). */
  blocked: Map<number, BlockReason>;
  /** Most sentences echo marking points: the answer is the scheme handed back. */
  pasted: boolean;
  /** Each concept group's occurrences in the whole answer, sorted, found on first use. */
  occurrences: Map<string[][], { ranges: [number, number][]; starts: number[] }>;
  /** The same, denied occurrences included: for ideas the statement itself puts in the negative. */
  occurrencesAnyPolarity: Map<string[][], { ranges: [number, number][]; starts: number[] }>;
  negated: boolean[];
  applied: boolean[];
  reasoned: boolean[];
  /**
   * Words in a clause where the learner argues against what it names ("I wouldn't bother with UTM
   * links"), up to the clause's end: the reason that follows ("because Jade has 5 hours") stands.
   */
  rejecting: boolean[];
  /** Sentences that develop an idea: a reason, an example, a figure or a case detail beyond the organisation's name. */
  developed: boolean[];
  /** Sentences that name a detail of the case beyond the organisation's name and the marking's own words. */
  detailed: boolean[];
  /** Template sentences repeated across the answer (set by the boilerplate rule). */
  boilerplate: boolean[];
  /** Sentences that hand back a marking point's statement (not merely its vocabulary). */
  statementEchoes: Set<number>;
  /** Per sentence, content words of the learner's own (set when development is judged). */
  ownWords: number[];
  /** Stems of every word the learner is shown about the marking: statements and feedback. */
  shown: ReadonlySet<string>;
  /** Stems of the case's names (context terms without figures): naming the case is not making a point. */
  names: ReadonlySet<string>;
  /** The passages that may make a point, found once per reading of the set-aside sentences. */
  passages?: { blockedCount: number; windows: number[][] };
}

/**
 * "is not allowed under the DMCC Act", "must not be hidden until checkout": a negator that makes
 * a rule forbids something; it does not reject the idea the clause names. After a permission word
 * ("not allowed", "not legal") the negator is spent; after "must not" or "must never" what follows
 * is the forbidden act, stated as the rule, so it is not denied either.
 */
const PERMISSIONS = new Set(['allowed', 'permitted', 'legal', 'lawful', 'acceptable', 'compliant', 'ok', 'okay', 'authorised', 'authorized']);
const PROHIBITING_MODALS = new Set(['must', 'may', 'cannot']);

/**
 * The ways a learner argues against an idea without a negator before its words: a verdict on it
 * ("not worth the effort", "would be a mistake", "no need for") or their own refusal ("I wouldn't
 * bother", "I don't think", "I would not", "I would argue against"). A sentence with one names the idea
 * only to reject it.
 */
const REJECTION = /\b(i|we)(?: would|'d|\u2019d| do| really)? (?:not|never|n't|don't|don\u2019t|wouldn't|wouldn\u2019t)\b|\b(?:i|we)(?: would|'d|\u2019d| strongly)? argue against\b|\b(?:i am|i'm|i\u2019m|we are|we're|we\u2019re) against\b|\b(i|we) (?:wouldn't|wouldn\u2019t|don't|don\u2019t|won't|won\u2019t|disagree)\b|(?:\bnot|n't|n\u2019t) (?:be |really be )?(?:worth|needed|necessary|required|a priority|realistic|useful)\b|\bno (?:need|point)\b|\b(?:would be a mistake|is a mistake|are a mistake|is overkill|would be wrong|would (?:only |just )?waste|(?:is|are|would be) a waste|(?:is|are|would be) (?:far |much |way )?too slow|(?:is|are) pointless|(?:can|could) safely be (?:ignored|disregarded)|(?:would|will) only (?:complicate|distract|dilute|confuse)|(?:do|does)(?: not|n't|n\u2019t) (?:really )?matter)\b/i;

const EXCLUSIVES = new Set(['only', 'alone', 'just', 'solely', 'merely', 'simply', 'purely']);
const REJECTION_ALL = new RegExp(REJECTION.source, 'gi');
/** A reason or a contrast after a rejection is the learner's own claim, not part of what they reject. */
const REJECTION_TURNS = new Set(['because', 'since', 'but', 'however', 'instead', 'rather', 'while', 'whereas', 'although', 'though', 'until', 'unless']);

const DISMISSALS = new Set(['unnecessary', 'pointless', 'needless', 'overkill', 'irrelevant', 'useless', 'counterproductive']);
/** "... and its rival gets talked about": after "and", a new subject starts a new clause. */
const CLAUSE_SUBJECTS = new Set(['its', 'it', 'the', 'their', 'they', 'we', 'our', 'this', 'that', 'these', 'he', 'she', 'i', 'you', 'there']);
const CLAUSE_TURNS = new Set(['but', 'however', 'because', 'so', 'which', 'that', 'while', 'whereas', 'instead', 'rather', 'although', 'yet', 'since']);

const reasoningPhrases = REASONING_PHRASES.map(phraseStems);

export function readAnswerText(answer: string, context: readonly string[], params: MarkerParameters): AnswerIndex {
  const analysed = analyse(answer);
  const positionsByStem = new Map<string, number[]>();
  analysed.tokens.forEach((token, index) => {
    const positions = positionsByStem.get(token.stem);
    if (positions) positions.push(index);
    else positionsByStem.set(token.stem, [index]);
  });
  const negated = deniedWords(answer, analysed.tokens, params);
  const contextPhrases = context.map(phraseStems).filter((stems) => stems.length > 0);
  const sentenceHas = (phrases: string[][]) =>
    analysed.sentences.map((sentence) =>
      phrases.some((phrase) => findPhrase(analysed.tokens, positionsByStem, phrase, sentence.firstToken, sentence.endToken) >= 0),
    );
  return {
    analysed,
    positionsByStem,
    blocked: new Map(),
    pasted: false,
    occurrences: new Map(),
    occurrencesAnyPolarity: new Map(),
    negated,
    applied: sentenceHas(contextPhrases),
    reasoned: sentenceHas(reasoningPhrases),
    rejecting: ruleOn(params, 'rejection') ? rejectedWords(answer, analysed.tokens) : [],
    developed: [],
    detailed: [],
    boilerplate: [],
    statementEchoes: new Set(),
    ownWords: [],
    shown: new Set(),
    names: new Set(),
  };
}

/**
 * A dismissal after a contrast ("Some say X should happen, but that is wrong") rejects everything
 * reported before it in the sentence, whatever the length of the clause.
 */
const DISMISSAL = /\bbut (?:that|this|it)(?:'s|\u2019s| is| would be| was) (?:wrong|a mistake|not true|untrue|incorrect|misguided|nonsense|not the case|a bad idea|pointless|unnecessary)\b|\bbut (?:i|we) (?:disagree|(?:do not|don't|don\u2019t|cannot|can't|can\u2019t) agree)\b/gi;

/** The words from a rejection to the end of its clause. */
function rejectedWords(answer: string, tokens: Token[]): boolean[] {
  const rejected = new Array<boolean>(tokens.length).fill(false);
  for (const match of answer.matchAll(DISMISSAL)) {
    const from = match.index ?? 0;
    const at = tokens.findIndex((candidate) => candidate.end > from);
    const sentence = tokens[at]?.sentence;
    for (let i = at - 1; i >= 0 && tokens[i]?.sentence === sentence; i -= 1) rejected[i] = true;
  }
  let token = 0;
  for (const match of answer.matchAll(REJECTION_ALL)) {
    const from = match.index ?? 0;
    while (token < tokens.length && (tokens[token]?.end ?? 0) <= from) token += 1;
    // A verdict ("... is not worth the effort") reaches back to what it judges, within its clause.
    for (let i = token - 1; i >= 0; i -= 1) {
      const current = tokens[i] as Token;
      const next = tokens[i + 1] as Token;
      if (current.sentence !== next.sentence || /[;:\u2013\u2014]/.test(answer.slice(current.end, next.start)) || REJECTION_TURNS.has(next.lower)) break;
      rejected[i] = true;
    }
    for (let i = token; i < tokens.length; i += 1) {
      const current = tokens[i] as Token;
      const previous = tokens[i - 1];
      if (i > token && previous && (current.sentence !== previous.sentence || /[;:\u2013\u2014]/.test(answer.slice(previous.end, current.start)) || REJECTION_TURNS.has(current.lower))) break;
      rejected[i] = true;
    }
  }
  return rejected;
}

/** Which words are denied: by a negator before them in their clause, or a dismissal after. */
export function deniedWords(answer: string, tokens: Token[], params: MarkerParameters): boolean[] {
  const negated = new Array<boolean>(tokens.length).fill(false);
  if (ruleOn(params, 'negation')) {
    // A negator reaches forward to the end of its clause ("I don't see the point of formal content
    // pillars or a calendar"), but not past a comma or a turn such as "but" or "because".
    // "not made by procurement alone", "don't just count likes": a negated "only" widens the idea
    // instead of rejecting it, wherever "alone" or "just" sits in the clause.
    const widening = new Set<number>();
    tokens.forEach((token, index) => {
      if (!isNegator(token.lower) || token.lower === 'without') return;
      for (let next = index + 1; next < tokens.length && next - index <= params.negationReach; next += 1) {
        const current = tokens[next] as Token;
        const previous = tokens[next - 1] as Token;
        if (current.sentence !== token.sentence || clauseBreak(answer, previous, current) || CLAUSE_TURNS.has(current.lower)) break;
        if (EXCLUSIVES.has(current.lower)) widening.add(index);
      }
    });
    const prohibitions = ruleOn(params, 'prohibition');
    // Only a negator or "without" denies, so a word with neither within reach behind it is not
    // denied, and its clause need not be walked.
    let lastDenier = -Infinity;
    tokens.forEach((token, index) => {
      const reachable = index - lastDenier <= params.negationReach;
      if (token.lower === 'without' || isNegator(token.lower)) lastDenier = index;
      if (!reachable) return;
      let denied = false;
      walkBackInClause(answer, tokens, index, params.negationReach, (previous, after, back) => {
        if (previous.lower === 'without') denied = back <= params.withoutReach;
        else if (isNegator(previous.lower)) {
          denied = !widening.has(index - back) && !(prohibitions && statesRule(tokens, index - back, back));
        } else if (prohibitions && PERMISSIONS.has(previous.lower) && back > 1) return false;
        else return !(CLAUSE_TURNS.has(previous.lower) || (previous.lower === 'and' && CLAUSE_SUBJECTS.has(after.lower)));
        return false;
      });
      negated[index] = denied;
    });
  }
  if (ruleOn(params, 'dismissal')) {
    // "Written contracts are also unnecessary": a verdict that dismisses what came before it.
    tokens.forEach((token, index) => {
      if (!DISMISSALS.has(token.lower)) return;
      walkBackInClause(answer, tokens, index, params.negationReach, (previous, _after, back) => {
        if (CLAUSE_TURNS.has(previous.lower)) return false;
        negated[index - back] = true;
        return true;
      });
    });
  }
  return negated;
}

/** "don't" and "don’t" alike: phones and word processors type the curly apostrophe. */
function isNegator(lower: string): boolean {
  const plain = lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
  return NEGATORS.has(plain) || plain.endsWith("n't");
}

/** Whether the negator at `at` states a rule ("must not", "mustn't", "cannot lawfully", "not allowed") rather than rejecting an idea. */
function statesRule(tokens: Token[], at: number, back: number): boolean {
  const negator = tokens[at];
  const before = tokens[at - 1];
  if (!negator) return false;
  if (negator.lower === 'mustn’t' || negator.lower === "mustn't" || negator.lower === 'mustnt') return true;
  if (negator.lower === 'cannot' || negator.lower === "can't") return back > 1 && PERMISSIONS.has(tokens[at + 1]?.lower ?? '');
  if ((negator.lower === 'not' || negator.lower === 'never') && before && PROHIBITING_MODALS.has(before.lower) && before.sentence === negator.sentence) return true;
  // "not allowed", "is not legal": the word denied is the permission itself.
  return back > 1 && PERMISSIONS.has(tokens[at + 1]?.lower ?? '') || (back > 2 && tokens[at + 1]?.lower === 'be' && PERMISSIONS.has(tokens[at + 2]?.lower ?? ''));
}

/**
 * Visits the words before `index` in its sentence, nearest first, up to `reach` words and never
 * past the punctuation that ends a clause; `visit` returns false to stop.
 */
function walkBackInClause(answer: string, tokens: Token[], index: number, reach: number, visit: (previous: Token, after: Token, back: number) => boolean): void {
  const sentence = tokens[index]?.sentence;
  for (let back = 1; back <= reach; back += 1) {
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

/** Index of the first sorted position at or after `from`: a long answer repeats words often. */
export function firstAtOrAfter(positions: readonly number[], from: number): number {
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
export function findPhrase(tokens: Token[], positionsByStem: Map<string, number[]>, phrase: string[], from: number, to: number): number {
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
 * occurrences are found once per answer and kept sorted, so a passage only narrows that list.
 */
export function findGroup(index: AnswerIndex, alternatives: string[][], from: number, to: number, anyPolarity = false): [number, number][] {
  const cache = anyPolarity ? index.occurrencesAnyPolarity : index.occurrences;
  let known = cache.get(alternatives);
  if (!known) {
    const ranges = allOccurrences(index, alternatives, anyPolarity);
    known = { ranges, starts: ranges.map(([start]) => start) };
    cache.set(alternatives, known);
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

function allOccurrences(index: AnswerIndex, alternatives: string[][], anyPolarity: boolean): [number, number][] {
  const found: [number, number][] = [];
  const { tokens } = index.analysed;
  for (const phrase of alternatives) {
    const first = phrase[0];
    if (!first) continue;
    for (const position of index.positionsByStem.get(first) ?? []) {
      if (!phrase.every((stem, offset) => tokens[position + offset]?.stem === stem)) continue;
      if (index.negated[position] && !anyPolarity) continue;
      found.push([position, position + phrase.length]);
    }
  }
  return found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
