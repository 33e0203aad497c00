/**
 * Every word the learner reads about their marking lives here: the reason for each point, the
 * notes about the answer as a whole, and what each kind of set-aside sentence means.
 */
import type { BlockReason } from './read.ts';
import { ANSWER_CHARACTER_LIMIT, ANSWER_WORD_LIMIT } from './text.ts';
import type { Verdict } from './score.ts';
import type { Group, PreparedPoint } from './statement.ts';

// Every word in TEXT counts as shown to the learner (FEEDBACK_VOCABULARY below), so a new note can
// turn an earnest sentence into an echo: "story" in a note made "member stories" a handed-back word.
// Word notes with words an answer does not need.
const TEXT = {
  accepted: 'You make this point in a form the examiner accepts.',
  made: 'You make this point',
  negated: 'You mention this idea only to reject it.',
  setAside: 'Terms strung in a row, stock phrases, or a point copied back from the scheme are set aside: argue the idea for this case.',
  absent: 'No passage of yours makes this point yet.',
  argue: 'Argue it for this case in a couple of sentences, with an example and its consequence.',
  stillMissing: 'Still missing',
  found: 'Found',
  partlyMade: 'This point is partly made',
  applied: 'applied to the case',
  withReason: 'argued for',
  wantsApplication: 'how it applies to this case, with its details',
  wantsReason: 'why it suits this case',
  rest: 'everything else the point above asks for, argued in a couple of sentences',
  empty: 'The answer is empty, so nothing can be credited.',
  lists: 'Lists of terms earn nothing on their own: examiners credit a term when you use it to argue something about the case.',
  echoes: 'Repeating a marking point is not making it: show it with the case’s details and your reasoning.',
  copied: 'Copying the case back is not analysing it: say what its facts mean for the task.',
  model: 'Sentences taken from the model answer earn nothing: the marks are for the argument you make in your own words.',
  story: 'Telling a tale is not answering the task: analyse the case and say what the organisation should do and why.',
  circular: 'A reason that repeats what it is meant to explain earns nothing: argue why, with a consequence of your own.',
  generic: 'A reason true of every organisation proves nothing about this one: give each reason from the case’s own facts.',
  question: 'Asking the questions is not answering them: say what the organisation should do, and why.',
  unwritten: 'Points listed as what you would have covered earn nothing: the marks are for the argument you write.',
  unargued: 'Your answer names what should happen but never says why: for each recommendation, argue the reason it suits this case and what it would change.',
  crammed: 'A sentence that names several points at once makes none of them: give each point its own sentences, with your reason and the case’s detail.',
  stock: 'Sentences made of stock phrases would fit any organisation, so they earn nothing: say what this one should do, for whom, and why.',
  tooShort: 'Named in too few words to have made it: develop it in a sentence or two of its own, applied to the case.',
  short: 'Your answer has words. A -mark answer usually needs words: each marking point needs a developed sentence or two, applied to the case.',
} as const;

/**
 * Every fixed word the feedback uses. An answer built from these words (and the statements') has
 * been written from the feedback, so the echo rule treats them as handed back, not as the learner's.
 */
export const FEEDBACK_VOCABULARY: readonly string[] = Object.values(TEXT);

export interface ExplainContext {
  context?: readonly string[] | undefined;
}

function listOf(labels: readonly string[]): string {
  const quoted = labels.map((label) => `“${label}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/**
 * A reason teaches without handing over the words that would flip the mark: a missing idea is
 * named by the author's `missing` text or by the statement's own clause (which the learner can
 * already read above the reason), never by the concept groups' phrasings. What was earned is
 * named in the learner's own words.
 */
export function explainPoint(verdict: Verdict, prepared: PreparedPoint, _scenario: ExplainContext): string {
  const authorMissing = prepared.point.missing;
  switch (verdict.kind) {
    case 'accepted':
      return TEXT.accepted;
    case 'short':
      return TEXT.tooShort;
    case 'not':
      if (verdict.why === 'negated') return TEXT.negated;
      if (verdict.why === 'set-aside') return TEXT.setAside;
      return authorMissing
        ? `${TEXT.stillMissing}: ${authorMissing}. ${TEXT.argue}`
        : `${TEXT.absent} ${TEXT.argue}`;
    case 'earned': {
      const extras = [prepared.application ? TEXT.applied : '', prepared.reasoning ? TEXT.withReason : ''].filter(Boolean);
      const words = verdict.covered.length ? `${TEXT.found}: ${listOf(verdict.covered)}` : TEXT.made;
      return `${words}${extras.length ? `, ${extras.join(' and ')}` : ''}.`;
    }
    case 'partly': {
      const gaps: string[] = [];
      if (verdict.ideasShort) gaps.push(authorMissing ?? missingClauses(verdict.missing, prepared));
      if (verdict.wantsApplication) gaps.push(TEXT.wantsApplication);
      if (verdict.wantsReason) gaps.push(TEXT.wantsReason);
      const found = verdict.covered.length ? `${TEXT.partlyMade} (${listOf(verdict.covered)})` : TEXT.partlyMade;
      return `${found}. ${TEXT.stillMissing}: ${gaps.join('; and ')}.`;
    }
  }
}

/** The statement's clauses that hold the missing groups (the weighty ones first). */
function missingClauses(missing: readonly Group[], prepared: PreparedPoint): string {
  const heavy = missing.filter((group) => group.weight >= 1);
  const named = (heavy.length ? heavy : missing).flatMap((group) => (group.clause === undefined ? [] : [group.clause]));
  const clauses = [...new Set(named)].sort((a, b) => a - b).flatMap((clause) => (prepared.clauses[clause] ? [prepared.clauses[clause]] : []));
  if (clauses.length === 0 || clauses.length === prepared.clauses.length) return TEXT.rest;
  return listOf(clauses);
}

export interface AnswerFacts {
  words: number;
  max: number;
  wordRange?: { min: number; max: number } | undefined;
  setAside: ReadonlyMap<BlockReason, number>;
}

export function answerNotes(facts: AnswerFacts): string[] {
  const notes: string[] = [];
  const minimum = facts.wordRange?.min;
  if (facts.words === 0) notes.push(TEXT.empty);
  else if (minimum && facts.words < minimum / 2) {
    notes.push(
      `Your answer has ${facts.words} words. A ${facts.max}-mark answer usually needs ${minimum}–${facts.wordRange?.max ?? minimum} words: each marking point needs a developed sentence or two, applied to the case.`,
    );
  }
  for (const [reasons, note] of SET_ASIDE_NOTES) if (reasons.some((reason) => (facts.setAside.get(reason) ?? 0) > 0)) notes.push(note);
  return notes;
}

/** The note an answer gets when sentences were set aside for these reasons, in the order they are read. */
const SET_ASIDE_NOTES: readonly (readonly [readonly BlockReason[], string])[] = [
  [['list'], TEXT.lists],
  [['model'], TEXT.model],
  [['copied', 'recap'], TEXT.copied],
  [['stock'], TEXT.stock],
  [['story'], TEXT.story],
  [['circular'], TEXT.circular],
  [['generic'], TEXT.generic],
  [['question'], TEXT.question],
  [['unwritten'], TEXT.unwritten],
  [['unargued'], TEXT.unargued],
  [['crammed'], TEXT.crammed],
  [['echo'], TEXT.echoes],
];

/** What each kind of set-aside sentence is, in a phrase, for the command line's list of them. */
export const SET_ASIDE_LABELS: Readonly<Record<BlockReason, string>> = {
  list: 'a list of terms',
  echo: 'a marking statement handed back: it can open a point, but earns only beside a sentence of your own that develops it',
  crammed: 'several points named in one sentence',
  fragment: 'a heading or fragment',
  copied: 'copied from the case',
  model: 'taken from the model answer',
  stock: 'stock phrases that would fit any organisation',
  story: 'a story told in the past tense, not an analysis of the case',
  recap: 'the case restated in other words, with nothing made of it',
  circular: 'a reason that only repeats what it explains',
  generic: 'a reason true of every organisation, with nothing of this case in it',
  question: 'a question, which leaves the point to the reader',
  unwritten: 'an outline of what you would have covered, not an argument',
  unargued: 'a claim in an answer that gives no reason anywhere',
};

export const NOT_MARKED_REASON = 'Not marked: the answer is over the length the marker reads.';

/** The refusal for an answer over the limits: it says the limit, the count, and that nothing is lost. */
export function tooLongNote(words: number, characters: number): string {
  const over =
    words > ANSWER_WORD_LIMIT
      ? `${words.toLocaleString('en-GB')} words, over the ${ANSWER_WORD_LIMIT.toLocaleString('en-GB')}-word limit`
      : `${characters.toLocaleString('en-GB')} characters, over the ${ANSWER_CHARACTER_LIMIT.toLocaleString('en-GB')}-character limit`;
  return `Your answer has ${over} the marker reads, so it was not marked. Your draft is kept: shorten it and mark it again.`;
}
