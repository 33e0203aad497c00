/**
 * How an answer's reasons are read: a reason that brings nothing the sentence had not said
 * (circular), and one true of every organisation (a truism). Rules in rules.ts count them over
 * the whole answer, since one weak reason is style and many are a way of gaming.
 */
import { EVERYDAY_WORDS } from './lexicon.ts';
import { functionStems, stopStems } from './statement.ts';
import { type Token, stemWord } from './text.ts';

/** Everyday wrapping ("important", "results", "for instance"): never the learner's own content. */
export const everydayStems: ReadonlySet<string> = new Set([...EVERYDAY_WORDS].map((word) => stemWord(word)));

/** What the learner was handed: the marking's words, the case's terms and names. */
export interface HandedWords {
  shown: ReadonlySet<string>;
  caseTerms: ReadonlySet<string>;
  names: ReadonlySet<string>;
}

/** Words that make a claim true of every organisation: "any brand", "always", "what businesses need". */
const UNIVERSAL_CLAIM = /\b(?:any|every|always|constantly|everyone|everybody|no (?:company|business|brand|organisation|one)|businesses|organisations|companies|brands|modern|nowadays|today['’]s|in general|generally|tends? to|usually|typically)\b/i;
/** Connectives that open a reason for the truism check ("as", but not "such as" or "as well as"). */
const TRUISM_CONNECTIVES = new Set(['because', 'since', 'as', 'so', 'therefore', 'given', 'hence']);
const NOT_A_REASON_BEFORE_AS = new Set(['such', 'well', 'as', 'so', 'just', 'same']);

/**
 * How many of a sentence's reason clauses are truisms: a claim made of everyone ("any", "every",
 * "always", "businesses") with nothing of this case in it: no figure, no case term, no name.
 */
export function truismReasons(tokens: readonly Token[], text: string, given: Pick<HandedWords, 'caseTerms' | 'names'>): number {
  return reasonsWithoutCase(tokens, text, given).truisms;
}

/**
 * A sentence's reason clauses with nothing of this case in them (no figure, case term or name):
 * all of them, and those that also make a claim of everyone (the truisms).
 */
export function reasonsWithoutCase(tokens: readonly Token[], text: string, given: Pick<HandedWords, 'caseTerms' | 'names'>): { caseFreeReasons: number; truisms: number } {
  const offset = tokens[0]?.start ?? 0;
  let caseFreeReasons = 0;
  let truisms = 0;
  const opens = (i: number) => {
    const word = tokens[i]?.lower ?? '';
    return TRUISM_CONNECTIVES.has(word) && !(word === 'as' && NOT_A_REASON_BEFORE_AS.has(tokens[i - 1]?.lower ?? ''));
  };
  for (let i = 0; i < tokens.length; i += 1) {
    if (!opens(i)) continue;
    let end = i + 1;
    while (end < tokens.length && !opens(end)) end += 1;
    const clause = tokens.slice(i + 1, end);
    if (clause.length < 3) continue;
    const ofThisCase = clause.some((token) => /\d/.test(token.lower) || given.caseTerms.has(token.stem) || given.names.has(token.stem));
    if (!ofThisCase) {
      caseFreeReasons += 1;
      const clauseText = text.slice((tokens[i]?.start ?? offset) - offset, (tokens[end - 1]?.end ?? offset) - offset);
      if (UNIVERSAL_CLAIM.test(clauseText)) truisms += 1;
    }
    i = end - 1;
  }
  return { caseFreeReasons, truisms };
}

/** Connectives that introduce a reason or a consequence, for spotting circular ones. */
const CLAUSE_CONNECTIVES = new Set(['because', 'since', 'so', 'therefore', 'thus', 'hence', 'consequently']);

/**
 * For each reason or consequence clause in a sentence (from its connective to the next one or the
 * end), how many content words it brings that the sentence has not used before. A word the clause
 * says twice counts for nothing: "the benefit is the benefit", "risks exist because risks exist".
 */
export function reasonClauseNews(tokens: readonly Token[], given?: Pick<HandedWords, 'shown' | 'caseTerms'>): number[] {
  const seen = new Set<string>();
  const news: number[] = [];
  let clause: Map<string, number> | null = null;
  const close = () => {
    if (!clause) return;
    news.push([...clause.values()].filter((count) => count === 1).length);
    for (const stem of clause.keys()) seen.add(stem);
  };
  for (const token of tokens) {
    if (CLAUSE_CONNECTIVES.has(token.lower)) {
      close();
      clause = new Map();
      continue;
    }
    // The marking's words and the case's terms are not new either: "because the CFO is the CFO and
    // the consequence is tailoring" brings nothing the learner was not handed.
    const handed = given !== undefined && (given.shown.has(token.stem) || given.caseTerms.has(token.stem));
    const content = !handed && token.lower.length >= 3 && !/\d/.test(token.lower) && !functionStems.has(token.stem) && !functionStems.has(token.lower) && !stopStems.has(token.stem) && !everydayStems.has(token.stem);
    if (!clause || !content) seen.add(token.stem);
    else if (!seen.has(token.stem)) clause.set(token.stem, (clause.get(token.stem) ?? 0) + 1);
  }
  close();
  return news;
}
