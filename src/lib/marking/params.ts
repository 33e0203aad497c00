/**
 * Every number the marker judges by, in one place, with its defaults: as ts-fsrs gathers its
 * weights in `generatorParameters`. `markerParameters({ ... })` returns the defaults with some
 * changed, and `disabledRules` switches named rules off (for the benchmark's ablations).
 */

import type { Expansion } from './expand.ts';

/** The marker's named rules: each can be switched off to measure what it is worth. */
export const RULE_NAMES = [
  /** A negator reaches to the end of its clause: "we will not track ROI". */
  'negation',
  /** "Written contracts are unnecessary": a verdict denies what it dismisses. */
  'dismissal',
  /** "must not be hidden at checkout", "is not allowed under the DMCC Act": a rule that forbids is not a rejection of the idea. */
  'prohibition',
  /** "will not reach every household": an idea the statement denies is met by an answer that denies it too. */
  'polarity',
  /** Half marks for part of an author's point (some concept groups) need a reason or a case detail in or beside the passage. */
  'partial-reason',
  /** "I wouldn't bother with UTM links", "a holdout test would be a mistake": a sentence that argues against what it names earns nothing for it. */
  'rejection',
  /** A sentence that hands a marking statement back counts only as a topic sentence. */
  'echo',
  /** "Uptake is about the reminder channel, the open rate and the postcards": a list of topics named as what a matter is about says nothing of them. */
  'topic-list',
  /**
   * A sentence built only from words the statements or the feedback name (a word or two of its
   * own at most) is handed back too, however the words are arranged.
   */
  'vocabulary-echo',
  /**
   * A passage earns only with development in it or beside it: a reason, an example, a figure or a
   * case detail. Ideas named bare, in the learner's words or the feedback's, earn nothing.
   */
  'development',
  /**
   * Development needs a word of the learner's own: a reason, an example or a case figure built
   * only from the marking's words and the case's names ("because of Oakbridge, focus on reach")
   * is the scheme handed back with a connective, not an argument.
   */
  'own-words',
  /**
   * The case's own words and figures are not the learner's own: "because £55,000, so 12
   * micro-influencers" quotes what the learner was given to read and develops nothing.
   */
  'case-words',
  /**
   * "Holloway's should leverage an omnichannel strategy that drives engagement and builds
   * authentic brand storytelling": three or more stock phrases make a sentence that fits any
   * organisation, so it is set aside.
   */
  'stock-phrases',
  /** A reason needs a word of the learner's own after its connective: "since the 34% is mentioned in the case" is none. */
  'own-reason',
  /** An answer too short for the points it names is marked down, the shortest passages first (budget.ts). */
  'word-budget',
  /** "Analyses", "Tests", "Reaches" opening a statement's clause are instructions, not content. */
  'meta-verbs',
  /** "e.g. A, B or C" and "such as A or B" in a statement are alternatives: one group, any of them. */
  'example-lists',
  /** "holdout or incrementality test": the two sides of "or" are one group. */
  'or-alternatives',
  /**
   * A sentence taken from the model answer (most of its words in runs of four shared with it)
   * earns nothing: the learner is shown the model after marking, and pasting it back is not an answer.
   */
  'model-copy',
  /** A sentence copied from the case (most of its words in runs of four shared with the case) earns nothing. */
  'case-copy',
  /** An answer made mostly of handed-back statements earns nothing from them. */
  'pasted',
  /**
   * An answer made mostly of the case restated in its own words ("2,800 pets are on the Care Plan
   * at £16.50 a month, uptake 91%"), arguing nothing, earns nothing from those sentences (copy.ts restatesCase).
   */
  'case-recap',
  /**
   * "Risks exist because risks exist, so the way to mitigate them is mitigation", "because the CFO is
   * the CFO and the consequence is tailoring": reasons that bring no word the sentence had not used,
   * other than the marking's words and the case's terms. An answer with four or more, making a quarter
   * or more of its reasons, earns nothing from the sentences that carry them (rules.ts reasonClauseNews).
   */
  'circular-reason',
  /**
   * "because every stakeholder brings a different perspective", "since any investment deserves
   * scrutiny": reasons true of every organisation, with no figure, case term or name in them. An
   * answer with three or more earns nothing from the sentences that carry them (reasons.ts reasonsWithoutCase).
   */
  'generic-reason',
  /** An answer made largely of questions (three or more, two in five sentences) earns nothing from them: a question asserts nothing. */
  'questions',
  /** "I ran out of time; I would have covered: 1. ...": what follows such a cue is an outline of what was not argued, and earns nothing. */
  'unwritten',
  /** A heading or clipped phrase keeps a passage together but lends it nothing. */
  'fragment',
  /**
   * Evidence is shown from the passage that reaches the same verdict with the most of the point's
   * words in it: where the point is made, not the tightest passage that grazes it. Changes no mark.
   */
  'richest-evidence',
  /** A breakdown with a figure per item is a plan, not a list. */
  'figure-plan',
  /**
   * Five or more comma-separated items with almost no function words. It changes no marks on the
   * labelled sets (prose-list and development catch the same answers) but it is what tells a
   * stuffed answer why it earned nothing, so it stays.
   */
  'comma-list',
  /** Eight or more distinct marketing terms with few function words: kept, like comma-list, for the explanation it gives. */
  'term-list',
  /** "On pacing, the key words are spread, daily cap, peak and December": items offered as key words are a list. */
  'keyword-list',
  /** Many short items joined by commas and "and", with no reason or example. */
  'prose-list',
  /** An answer made almost wholly of past-tense narrative is a story with terms dropped in: its narrative sentences earn nothing (tense.ts). */
  'story',
  /** A long run of terms with almost no words to join them, however it is punctuated. */
  'word-string',
  /** One sentence that alone supplies the evidence for several points, with no figure or reason. */
  'crammed',
  /**
   * A statement handed back supplies evidence only beside a sentence of substance, one with several
   * words of the learner's own ("keep the ads from a random tenth of customers and compare what they
   * buy"); beside a thin "because" sentence with a figure, it supplies nothing.
   */
  'echo-evidence',
  /**
   * A sentence whose own words (figures, the case's names and the marking's words taken out) recur
   * in three or more sentences is a template ("This is important because X shows the approach is
   * not working"): it gives no reason, example or application, wherever it stands. So is a
   * sentence whose first three words open four or more ("On the one hand, ...", "I argue this ...").
   */
  'boilerplate',
  /**
   * "PECR is relevant to legitimate interests and the 1,200": a sentence that only asserts a link
   * ("is relevant to", "is key for", "relates to") and has no word of the learner's own is a
   * template too: it lends no evidence, wherever it stands.
   */
  'bare-link',
  /**
   * "She should focus on the public replies, the punctuality figures and the satisfaction survey":
   * a short directive whose object is three or more bare names, with no reason, example or purpose,
   * tells the reader what to look at and says nothing of it. It is how feedback is echoed back.
   */
  'directive-list',
  /** An answer mostly of term lists is notes: its other note-form lines earn nothing either. */
  'notes',
  /** An answer that names nothing of its case (no name, no figure from it) earns each point at most in part. */
  'off-case',
  /** An answer of three or more sentences with no reason anywhere and hardly a word of the learner's own develops nothing. */
  'unargued',
] as const;
export type RuleName = (typeof RULE_NAMES)[number];

export interface MarkerParameters {
  /** Share of a point's weighted concept groups a passage must meet to earn it. */
  earnedShare: number;
  /** Share that earns half the marks. */
  partlyShare: number;
  /**
   * The same two shares when a point is read from its statement's wording alone: a statement
   * lists examples and qualifications no single answer repeats, so a learner who makes the point
   * in a sentence of their own meets less of it than of an author's concept groups.
   */
  wordingEarnedShare: number;
  wordingPartlyShare: number;
  /**
   * A long statement's groups count up to this total weight: a learner makes a twenty-word point
   * without using twenty of its words. (Hint groups are all required, so this is for the wording.)
   */
  statementWeightCap: number;
  /** Weight of a statement word that carries little meaning ("develop", "clear"). */
  genericWeight: number;
  /** Weight of a broad lexicon concept ("content", "strategy"). */
  looseConceptWeight: number;
  /** A sentence covering this share of a statement's content words echoes it... */
  echoCoverage: number;
  /** ...if it adds no more than this share of words of its own. */
  echoAddedShare: number;
  /** A statement this short is the point said plainly, so it is not checked for echoes. */
  echoMinWords: number;
  /** A sentence of the statements' and feedback's words needs this many marketing or case words of its own to be more than handed back. */
  vocabularyEchoOwnWords: number;
  /**
   * ...and has no more than this many content words: a long sentence in the marking's vocabulary
   * is an argument being made ("To find out how many orders the ads truly created, we should pick
   * a random slice of our audience..."), not words handed back.
   */
  vocabularyEchoMaxWords: number;
  /** Words of its own (not the marking's, not the case's names, not everyday wrapping) a sentence needs to develop an idea. */
  developmentOwnWords: number;
  /**
   * With no reason, example, figure or case detail, a sentence develops its idea only with this
   * many details of the learner's own ("December", "lookalike"): words that are neither the
   * marking's, the case's names, marketing jargon nor everyday wrapping.
   */
  developmentOwnDetails: number;
  /** Words of answer a point needs (a half for part of one): the word budget's rate. */
  wordsPerPoint: number;
  /** Words of its own a sentence needs before a statement handed back beside it can count as evidence. */
  echoSupportOwnWords: number;
  /** An answer whose sentences echo statements at this share is the scheme pasted back. */
  pastedAnswerShare: number;
  /** An answer with this share of its words in sentences taken from the model answer is the model pasted back. */
  modelPastedShare: number;
  /** A prose list has at least this many items... */
  listMinItems: number;
  /** ...most of them (this share) no longer than this many content words. */
  listItemWords: number;
  listShortShare: number;
  /** A sentence that alone evidences this many points is a list of them. */
  crammedPoints: number;
  /** The longest passage, in sentences of one paragraph, that can make a point together. */
  windowSentences: number;
  /** The most short fragments a passage can carry along (so a long run of one-word bullets stays linear). */
  windowFragments: number;
  /** How far back, in words, a negator can reach within its clause. */
  negationReach: number;
  /** "without proof could land it in trouble": "without" denies only its own object. */
  withoutReach: number;
  /**
   * Words also accepted for a statement's own words when a point is read from its wording alone
   * (a build-time table, see expand.ts), or null for the statement's words and the lexicon only.
   */
  expansion: Expansion | null;
  /** An answer with at least this share of its sentences narrative (past tense, no present or modal verb) is a story. */
  storyShare: number;
  /** An answer with at least this share of its sentences restating the case, arguing nothing, is the case handed back. */
  recapShare: number;
  /** With three or more circular reasons, the share of an answer's reasons that makes it built on them. */
  circularShare: number;
  /** A sentence of at least this many words... */
  wordStringMinWords: number;
  /** ...with fewer function words than this share is a string of terms... */
  wordStringFunctionShare: number;
  /** ...and one of twice as many words, with fewer than this share. */
  wordStringLongFunctionShare: number;
  /** One item of a note this long with no function word in it is a string of terms, whatever punctuation stands around it. */
  wordStringItemWords: number;
  /** Rules switched off. */
  disabledRules: readonly RuleName[];
}

export const DEFAULT_PARAMETERS: Readonly<MarkerParameters> = Object.freeze({
  earnedShare: 0.6,
  partlyShare: 0.34,
  wordingEarnedShare: 0.55,
  wordingPartlyShare: 0.25,
  statementWeightCap: Number.POSITIVE_INFINITY,
  genericWeight: 0.4,
  looseConceptWeight: 0.5,
  echoCoverage: 0.5,
  echoAddedShare: 0.2,
  echoMinWords: 3,
  vocabularyEchoOwnWords: 1,
  vocabularyEchoMaxWords: 12,
  developmentOwnWords: 1,
  developmentOwnDetails: 1,
  wordsPerPoint: 16,
  echoSupportOwnWords: 5,
  pastedAnswerShare: 0.6,
  // Written answers in the labelled sets reached 0.23 by convergent phrasing ("raise online orders from 35 a month to 55").
  modelPastedShare: 0.3,
  listMinItems: 8,
  listItemWords: 2,
  listShortShare: 0.6,
  crammedPoints: 3,
  windowSentences: 3,
  windowFragments: 3,
  negationReach: 12,
  withoutReach: 3,
  expansion: null,
  // Labelled answers written in earnest reached 0.53 (an evaluation of what a shop did); stories 0.9 and over.
  storyShare: 0.75,
  // Copied-case answers restated the case in 0.67-0.90 of their sentences; no other labelled answer passed 0.5.
  recapShare: 0.6,
  // Labelled answers written in earnest had at most two circular reasons (two of two in one short answer); the probes built on them, 4 of 9 to 14 of 14.
  circularShare: 0.25,
  wordStringMinWords: 8,
  wordStringFunctionShare: 0.1,
  wordStringLongFunctionShare: 0.15,
  wordStringItemWords: 10,
  disabledRules: Object.freeze([]) as readonly RuleName[],
});

export function markerParameters(overrides: Partial<MarkerParameters> = {}): MarkerParameters {
  return { ...DEFAULT_PARAMETERS, ...overrides };
}

export function ruleOn(params: MarkerParameters, rule: RuleName): boolean {
  return !params.disabledRules.includes(rule);
}
