/**
 * Reading a marking point: its statement becomes concept groups (a lexicon phrase brings all its
 * synonyms and narrower terms; any other content word stands for itself and its stem), unless
 * the author's concept groups define the point instead.
 */
import type { MarkingPoint } from '../content/schemas.ts';
import { expandedAlternatives } from './expand.ts';
import { CONCEPTS, EXAMINER_VERBS, FUNCTION_WORDS, GENERIC_WORDS, STOPWORDS } from './lexicon.ts';
import { type MarkerParameters, ruleOn } from './params.ts';
import { deniedWords } from './read.ts';
import { type Token, analyse, phraseStems } from './text.ts';

export interface Group {
  /** How the group is named to an author or in a reason: the statement's own words for it. */
  label: string;
  alternatives: string[][];
  weight: number;
  required: boolean;
  /** Which clause of the statement the group comes from or appears in, if any: how a missing group is named. */
  clause?: number;
  /**
   * The statement itself denies the idea ("will not reach every household", "does not obtain valid
   * consent"), so a learner who denies it agrees with the statement: denied occurrences count.
   */
  negative?: boolean;
}

export interface PreparedPoint {
  point: MarkingPoint;
  /** What the point is judged on: the author's concept groups when given, else the statement's words. */
  groups: Group[];
  accept: string[][];
  reject: string[][];
  application: boolean;
  reasoning: boolean;
  /** The statement cut into clauses ("Recommends a holdout test" | "to measure the sales it added"). */
  clauses: string[];
  /** Judged on the statement's words, not an author's concept groups: a share of them earns it. */
  fromWording: boolean;
}

const LOOSE_CONCEPTS = new Set(['social-media', 'strategy', 'content', 'audience', 'platform', 'goal', 'technology', 'resource']);

const conceptById = new Map(CONCEPTS.map((concept) => [concept.id, concept]));

function expandConcept(id: string, seen = new Set<string>()): string[][] {
  if (seen.has(id)) return [];
  seen.add(id);
  const concept = conceptById.get(id);
  if (!concept) return [];
  return [...concept.phrases.map(phraseStems), ...(concept.includes ?? []).flatMap((inner) => expandConcept(inner, seen))];
}

export function dedupePhrases(phrases: string[][]): string[][] {
  const seen = new Set<string>();
  return phrases.filter((phrase) => {
    const key = phrase.join(' ');
    if (phrase.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
  const list = phraseIndexByFirstStem.get(first);
  if (list) list.push(entry);
  else phraseIndexByFirstStem.set(first, [entry]);
}

/** Stems that are a one-word lexicon term: used to spot lists of terms. */
export const conceptStems = new Set(phraseIndex.filter((entry) => entry.stems.length === 1).map((entry) => entry.stems[0] ?? ''));

/** Every stem of every lexicon phrase: the marketing words the marker knows. */
export const lexiconStems = new Set(phraseIndex.flatMap((entry) => entry.stems));

const stemsOf = (words: Iterable<string>) => new Set([...words].map((word) => phraseStems(word)[0] ?? word));
export const stopStems = stemsOf(STOPWORDS);
export const functionStems = stemsOf(FUNCTION_WORDS);
export const genericStems = stemsOf(GENERIC_WORDS);
const examinerVerbStems = stemsOf(EXAMINER_VERBS);

const preparedCaches = new WeakMap<MarkerParameters, WeakMap<MarkingPoint, PreparedPoint>>();

export function preparePoint(point: MarkingPoint, params: MarkerParameters): PreparedPoint {
  let cache = preparedCaches.get(params);
  if (!cache) {
    cache = new WeakMap();
    preparedCaches.set(params, cache);
  }
  const cached = cache.get(point);
  if (cached) return cached;
  const prepared = readPoint(point, params);
  cache.set(point, prepared);
  return prepared;
}

const EXAMINER_OPENING = new RegExp(`^(${[...EXAMINER_VERBS, 'tests', 'addresses', 'assesses', 'evaluates', 'analyses', 'reaches', 'uses', 'recognises', 'weighs', 'questions', 'considers', 'names', 'applies', 'states', 'criticises', 'reconciles', 'prioritises', 'specifies', 'examines', 'compares', 'judges'].join('|')})\\s+(that\\s+)?(?=\\S)`, 'i');

/** Words that open a new clause in an examiner's statement. */
const CLAUSE_OPENERS = new Set(['to', 'so', 'because', 'by', 'with', 'which', 'that', 'including', 'such', 'rather', 'instead', 'when', 'while', 'before', 'after', 'once', 'without', 'within', 'using', 'from', 'against', 'across', 'around', 'for', 'as', 'until']);

/** Where each clause starts, as token indices: at punctuation, at a clause opener, and at "and" before a new examiner verb. */
function clauseStarts(text: string, tokens: Token[]): number[] {
  const starts = [0];
  for (let i = 1; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1] as Token;
    const gap = text.slice(previous.end, token.start);
    const opensClause =
      /[,;:()\u2013\u2014]/.test(gap) ||
      (CLAUSE_OPENERS.has(token.lower) && i > 1) ||
      (token.lower === 'and' && examinerVerbStems.has(tokens[i + 1]?.stem ?? ''));
    if (opensClause && i - (starts[starts.length - 1] ?? 0) >= 2) starts.push(i);
  }
  return starts;
}

/** Verbs an examiner opens a clause with: instructions, not content. */
const META_VERBS = new Set([
  ...EXAMINER_VERBS, 'tests', 'addresses', 'assesses', 'evaluates', 'analyses', 'analyzes', 'reaches', 'uses', 'recognises', 'recognizes',
  'weighs', 'questions', 'considers', 'names', 'applies', 'states', 'gives', 'offers', 'makes', 'takes', 'criticises', 'criticizes',
  'reconciles', 'prioritises', 'specifies', 'explores', 'examines', 'compares', 'judges',
]);

/**
 * The examiner's instructions inside a statement, not only at its opening: "with reasons applied
 * to the case", "a benefit applied to Oakbridge". A learner applies and reasons; they do not write
 * "applied", "reasons" or "the case", so those words are not the point's content.
 */
function instructionWords(tokens: readonly Token[]): boolean[] {
  const marked = tokens.map(() => false);
  const word = (i: number) => tokens[i]?.lower ?? '';
  for (let i = 0; i < tokens.length; i += 1) {
    if (/^appl(?:y|ies|ied|ying)$/.test(word(i)) && word(i + 1) === 'to') marked[i] = true;
    if (word(i) === 'case' && ['the', 'this'].includes(word(i - 1)) && ['to', 'in', 'for', 'of'].includes(word(i - 2))) marked[i] = true;
    if (/^reasons?$/.test(word(i)) && ['with', 'giving', 'gives', 'clear', 'supporting'].includes(word(i - 1))) marked[i] = true;
    // "questions whether the 150 target is evidenced": the examiner's question, not the learner's words.
    if (word(i) === 'whether') marked[i] = true;
  }
  return marked;
}

const HARM_NOUNS = new Set(['risk', 'risks', 'danger', 'dangers']);
const AVOIDING = new Set(['avoid', 'avoids', 'avoiding', 'prevent', 'prevents', 'preventing']);
/** "Rejects the five-star-only voucher", "replacing 'carbon neutral' with...", "owners who doubt boosters are needed": what follows is the wrong version, or a belief reported. */
const REJECTING = new Set(['reject', 'rejects', 'rejecting', 'replace', 'replaces', 'replacing', 'doubt', 'doubts', 'doubting']);
/** Where a replacement's wrong version ends: "replacing A with B", "replacing A by B". */
const REPLACEMENT_TURNS = new Set(['with', 'by', 'for']);

/** Words that open a list of examples: what follows are alternatives, not all required. */
const EXAMPLE_OPENERS: readonly string[][] = [['e', 'g'], ['eg'], ['such', 'as'], ['for', 'example'], ['for', 'instance'], ['including'], ['like']];

/** The words of an example opener starting at token `at`, or 0 when none does. */
function exampleOpenerLength(tokens: readonly Token[], at: number): number {
  return EXAMPLE_OPENERS.find((words) => words.every((word, offset) => tokens[at + offset]?.lower === word))?.length ?? 0;
}

/** Words that, after a comma, start a new clause of the statement rather than another example. */
const LIST_ENDERS = new Set([
  'justified', 'justifying', 'supported', 'backed', 'based', 'explaining', 'because', 'since', 'so', 'which', 'while', 'whereas',
  'instead', 'rather', 'excluding', 'giving', 'led', 'linked', 'measured', 'tested',
  // "every creator post, including gifted posts, carries a clear #ad label": a verb after the
  // comma is the sentence going on, so the examples were a parenthesis.
  'carries', 'carry', 'is', 'are', 'was', 'were', 'has', 'have', 'does', 'do', 'may', 'might', 'must', 'should', 'will', 'would', 'can', 'could', 'need', 'needs',
]);

/**
 * Which tokens of a statement stand together as one idea: an "e.g." list to the end of its clause,
 * and the phrases either side of "or". Each token gets a slot; tokens sharing a slot make one group.
 */
function statementSlots(text: string, tokens: Token[], params: MarkerParameters): number[] {
  const slots = tokens.map((_, i) => i);
  const merge = (from: number, to: number, slot: number) => {
    for (let i = from; i < to; i += 1) slots[i] = slot;
  };
  const gapBefore = (i: number) => (i > 0 ? text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0) : '');
  if (ruleOn(params, 'example-lists')) {
    for (let i = 0; i < tokens.length; i += 1) {
      const openerLength = exampleOpenerLength(tokens, i);
      if (openerLength === 0) continue;
      const from = i + openerLength;
      let to = from;
      // The list runs to the end of its clause: "; ", ")", or "and" before a new examiner verb.
      while (
        to < tokens.length &&
        !/[;()]/.test(gapBefore(to)) &&
        !(tokens[to]?.lower === 'and' && examinerVerbStems.has(tokens[to + 1]?.stem ?? '')) &&
        // "e.g. pause or skip a month, justified by the 34%...": a comma before a new clause ends the list.
        !(gapBefore(to).includes(',') && (LIST_ENDERS.has(tokens[to]?.lower ?? '') || examinerVerbStems.has(tokens[to]?.stem ?? '')))
      )
        to += 1;
      merge(from, to, from);
      i = to - 1;
    }
  }
  if (ruleOn(params, 'or-alternatives')) {
    for (let i = 1; i < tokens.length - 1; i += 1) {
      if (tokens[i]?.lower !== 'or' && !(gapBefore(i) === '/' && /^[a-z]/.test(tokens[i]?.lower ?? ''))) continue;
      const joinAt = tokens[i]?.lower === 'or' ? i : i - 1;
      // The phrase either side: content words back to a function word or comma, and forward likewise.
      let left = joinAt;
      while (left > 0 && !functionStems.has(tokens[left - 1]?.lower ?? '') && !/[,;:]/.test(gapBefore(left))) left -= 1;
      let right = tokens[i]?.lower === 'or' ? i + 1 : i;
      while (right < tokens.length && !functionStems.has(tokens[right]?.lower ?? '') && !(right > i + 1 && /[,;:]/.test(gapBefore(right)))) right += 1;
      const slot = slots[left] ?? left;
      merge(left, right, slot);
    }
  }
  return slots;
}

/** The statement with its "e.g." lists taken out: what a learner must say, not the examples they may choose from. */
export function withoutExampleLists(statement: string, params: MarkerParameters): string {
  if (!ruleOn(params, 'example-lists')) return statement;
  const tokens = analyse(statement).tokens;
  const slots = statementSlots(statement, tokens, params);
  const inList = tokens.map((_, i) => {
    const slot = slots[i] ?? i;
    return slot !== i || slots.some((other, j) => j !== i && other === i);
  });
  // A slot shared with an "or" phrase is kept: only the example lists' slots start after an opener.
  const openerEnds = new Set<number>();
  tokens.forEach((_, i) => {
    const openerLength = exampleOpenerLength(tokens, i);
    if (openerLength > 0) openerEnds.add(i + openerLength);
  });
  return tokens.filter((_, i) => !(inList[i] && openerEnds.has(slots[i] ?? i))).map((token) => statement.slice(token.start, token.end)).join(' ');
}

function readPoint(point: MarkingPoint, params: MarkerParameters): PreparedPoint {
  const statement = analyse(point.statement);
  const groups: Group[] = [];
  const seenConcepts = new Set<string>();
  const tokens = statement.tokens;
  const slots = statementSlots(point.statement, tokens, params);
  const slotGroups = new Map<number, Group>();
  /** Adds a group, or folds it into the group its slot already has. */
  const addGroup = (at: number, group: Group) => {
    const slot = slots[at] ?? at;
    const existing = slotGroups.get(slot);
    if (existing && slot !== at) {
      existing.alternatives = dedupePhrases([...existing.alternatives, ...group.alternatives]);
      existing.weight = Math.max(existing.weight, group.weight);
      existing.label = point.statement.slice(tokens[slot]?.start ?? 0, tokens[at]?.end ?? 0);
      return;
    }
    groups.push(group);
    slotGroups.set(slot, group);
  };
  const starts = clauseStarts(point.statement, tokens);
  const clauseOf = (tokenIndex: number) => {
    let clause = 0;
    while (clause + 1 < starts.length && (starts[clause + 1] ?? Infinity) <= tokenIndex) clause += 1;
    return clause;
  };
  const clauses = starts.map((start, i) => {
    const end = (starts[i + 1] ?? tokens.length) - 1;
    const text = point.statement.slice(tokens[start]?.start ?? 0, tokens[end]?.end ?? 0);
    // "and recommends ..." reads as its own clause without the joining word, and "Explains that
    // the ROAS overstates profit" names its idea without the examiner's instruction.
    return text.replace(/^(and|or)\s+/i, '').replace(EXAMINER_OPENING, '');
  });
  // The examiner's instruction that opens a clause ("Analyses", "Tests", "Reaches") is not content,
  // even when the lexicon knows the word: it says what kind of answer earns the point.
  const opensClause = (i: number) => i === 0 || tokens[i - 1]?.lower === 'and' || tokens[i - 1]?.lower === 'then';
  const instruction = ruleOn(params, 'meta-verbs') ? instructionWords(tokens) : [];
  for (let i = 0; i < tokens.length; ) {
    if (instruction[i] === true) {
      i += 1;
      continue;
    }
    if (ruleOn(params, 'meta-verbs') && opensClause(i) && META_VERBS.has(tokens[i]?.lower ?? '')) {
      i += 1;
      continue;
    }
    // "including", "for example": the words that open a list of examples are not one of them.
    const opener = ruleOn(params, 'example-lists') ? exampleOpenerLength(tokens, i) : 0;
    if (opener > 0) {
      i += opener;
      continue;
    }
    const match = longestLexiconPhrase(tokens, i);
    if (match) {
      const label = point.statement.slice(tokens[i]?.start ?? 0, tokens[i + match.length - 1]?.end ?? 0);
      if (!seenConcepts.has(match.concept)) {
        seenConcepts.add(match.concept);
        const allGeneric = tokens.slice(i, i + match.length).every((token) => genericStems.has(token.stem));
        addGroup(i, {
          label,
          alternatives: expandedConcepts.get(match.concept) ?? [],
          weight: allGeneric ? params.genericWeight : LOOSE_CONCEPTS.has(match.concept) ? params.looseConceptWeight : 1,
          required: false,
          clause: clauseOf(i),
        });
      }
      i += match.length;
      continue;
    }
    const token = tokens[i];
    i += 1;
    const inList = (slots[i - 1] ?? i - 1) !== i - 1 || slotGroups.has(i - 1);
    // A figure in an "e.g." list is one of the examples ("£60,000 for 150 accounts"); elsewhere it only locates the point.
    if (!token || stopStems.has(token.stem) || examinerVerbStems.has(token.stem) || (/^\d+$/.test(token.lower) && !inList)) continue;
    if (groups.some((group) => group.alternatives.some((alt) => alt.length === 1 && alt[0] === token.stem))) continue;
    addGroup(i - 1, {
      label: point.statement.slice(token.start, token.end),
      alternatives: [[token.stem], ...expandedAlternatives(params.expansion, token.stem)],
      weight: genericStems.has(token.stem) ? params.genericWeight : 1,
      required: false,
      clause: clauseOf(i - 1),
    });
  }
  const hints = point.hints;
  // An author's concept groups say what the point means better than its wording can, so when
  // they are given the point is judged on them alone: all together earn it, some of them part.
  // Their alternatives are taken literally: an author who writes "sales" must not find it also
  // matching every word the lexicon files under conversions.
  const required = (hints?.require ?? []).map((requirement): Group => {
    const alternatives = dedupePhrases(requirement.map(phraseStems));
    // The clause of the statement where one of the author's phrasings appears names the group.
    const at = tokens.findIndex((_, i) => alternatives.some((phrase) => phrase.every((stem, offset) => tokens[i + offset]?.stem === stem)));
    return { label: readableLabel(requirement), alternatives, weight: 1, required: true, ...(at >= 0 ? { clause: clauseOf(at) } : {}) };
  });
  if (required.length > 0) groups.splice(0, groups.length, ...required);
  if (ruleOn(params, 'polarity')) {
    const denied = deniedWords(point.statement, tokens, params);
    // "rather than reach", "instead of spending most of it early", "replacing 'carbon neutral' with":
    // what a statement sets its point against is the wrong version, and a learner who denies it
    // ("don't front-load", "don't let Dan print 'carbon neutral'") agrees.
    for (let i = 0; i < tokens.length; i += 1) {
      const word = tokens[i]?.lower ?? '';
      const contrast = (word === 'rather' || word === 'instead') && (tokens[i + 1]?.lower === 'than' || tokens[i + 1]?.lower === 'of');
      // "the risk of encouraging borrowing", "avoids drip pricing": the harm a statement names is
      // one a learner rightly denies ("don't push debt on struggling young people").
      const harm = (HARM_NOUNS.has(word) && tokens[i + 1]?.lower === 'of') || AVOIDING.has(word);
      // Read from the wording alone only: with an author's groups, "Rejects the voucher and staff
      // reviews" made a negation answer's "staff reviews are fine" count (independent set, with hints).
      const rejecting = required.length === 0 && REJECTING.has(word);
      if (!contrast && !harm && !rejecting) continue;
      for (let j = contrast || HARM_NOUNS.has(word) ? i + 2 : i + 1; j < tokens.length && !/[,;:()\u2013\u2014]/.test(point.statement.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0)); j += 1) {
        if (rejecting && REPLACEMENT_TURNS.has(tokens[j]?.lower ?? '')) break;
        denied[j] = true;
      }
    }
    for (const group of groups) {
      group.negative = tokens.some((_, i) => denied[i] && group.alternatives.some((phrase) => phrase.every((stem, offset) => tokens[i + offset]?.stem === stem)));
    }
  }
  return {
    point,
    groups,
    accept: (hints?.accept ?? []).map(phraseStems),
    reject: (hints?.reject ?? []).map(phraseStems),
    application: hints?.application ?? false,
    // From the wording alone no reason or case is demanded: reading "explains why" and "applied to
    // the case" as demands was measured (tune half, wording alone) and cost agreement, since the
    // development rule already asks every passage for a reason, example, figure or case detail.
    reasoning: hints?.reasoning ?? false,
    clauses,
    fromWording: required.length === 0,
  };
}

/**
 * How a concept group is named to an author: its first phrasing, without the connecting words
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
