/**
 * Marks a written answer against a scenario's marking points, point by point, with the evidence.
 *
 * The pipeline, one module per stage:
 * 1. read.ts reads the answer: tokens, sentences, denied words, sentences applied to the case or
 *    giving a reason;
 * 2. rules.ts classifies sentences with named rules (lists, statements handed back, empty
 *    assertions, fragments);
 * 3. statement.ts reads each marking point into concept groups, and score.ts finds the passage
 *    that best makes it;
 * 4. crosspoint.ts sets aside sentences that name several points at once, and the points are
 *    judged again without them;
 * 5. explain.ts words every reason and note the learner reads.
 * The numbers it judges by are in params.ts. Everything is deterministic: the same answer always
 * gets the same result.
 */
import type { Scenario } from '../content/schemas.ts';
import { applyWordBudget } from './budget.ts';
import { perText, runCodes } from './copy.ts';
import { crammedSentences } from './crosspoint.ts';
import { capUnapplied, namesTheCase } from './off-case.ts';
import { NOT_MARKED_REASON, answerNotes, explainPoint, tooLongNote } from './explain.ts';
import { DEFAULT_PARAMETERS, type MarkerParameters, ruleOn } from './params.ts';
import { type AnswerIndex, type BlockReason, readAnswerText } from './read.ts';
import { caseGrams, caseStems, classifySentences, echoReader, markBoilerplate, markDevelopment, scenarioVocabulary } from './rules.ts';
import { type PointJudgement, type PointStatus, type Span, judgePoint, judgePointAndNaming } from './score.ts';
import { preparePoint } from './statement.ts';
import { countAnswerWords, overWordLimit } from './text.ts';

export type { PointStatus, Span } from './score.ts';
export type { BlockReason } from './read.ts';
export { readableLabel } from './statement.ts';

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
  /** Set when the answer was not marked at all, with the notes saying why. */
  refused?: 'too-long';
}

export interface SetAsideSentence {
  text: string;
  reason: BlockReason;
}

export type MarkableScenario = Pick<Scenario, 'marks' | 'points' | 'context' | 'command'> & {
  /** The case text, when known: sentences copied from it earn nothing. */
  case?: Scenario['case'];
  words?: Scenario['words'];
  /** The model answer's hashed runs of words (copy.ts modelAnswerRuns): sentences taken from it earn nothing. */
  modelRuns?: string;
};

const modelRunSet = perText(runCodes);

function judgeAll(scenario: MarkableScenario, answer: string, params: MarkerParameters): { index: AnswerIndex; judgements: PointJudgement[] } {
  const index = readAnswerText(answer, scenario.context ?? [], params);
  const vocabulary = scenarioVocabulary(scenario);
  classifySentences(index, echoReader(scenario, params), params, {
    caseGrams: caseGrams(scenario.case),
    caseStems: caseStems(scenario.case),
    modelRuns: modelRunSet(scenario.modelRuns),
    vocabulary,
  });
  markBoilerplate(index, vocabulary, params);
  markDevelopment(index, vocabulary, params);
  const judge = () => scenario.points.map((point) => judgePoint(index, preparePoint(point, params), params));
  // A sentence that names several points is found whether or not its passages are developed.
  const prepared = scenario.points.map((point) => preparePoint(point, params));
  const both = prepared.map((point) => judgePointAndNaming(index, point, params));
  const judgements = both.map((entry) => entry.judgement);
  const crammed = crammedSentences(index, both.map((entry) => entry.naming), prepared, params);
  if (crammed.length === 0) return { index, judgements };
  for (const sentence of crammed) index.blocked.set(sentence, 'crammed');
  return { index, judgements: judge() };
}

/** The marking, with the sentences the marker set aside and why (for the command line and tests). */
export function markAnswerInDetail(
  scenario: MarkableScenario,
  answer: string,
  params: MarkerParameters = DEFAULT_PARAMETERS,
): { result: MarkResult; setAside: SetAsideSentence[] } {
  if (overWordLimit(answer)) {
    const points = scenario.points.map((point): PointResult => ({
      id: point.id, statement: point.statement, status: 'not', marks: 0, max: point.marks, evidence: [], sentences: [], reason: NOT_MARKED_REASON,
    }));
    const words = countAnswerWords(answer);
    return { result: { points, total: 0, max: scenario.marks, words, notes: [tooLongNote(words, answer.length)], refused: 'too-long' }, setAside: [] };
  }
  const judged = judgeAll(scenario, answer, params);
  const { index } = judged;
  const words = countAnswerWords(answer);
  // Only where the task sets a length: the budget reads the answer against what the task asks of it.
  const budgeted = ruleOn(params, 'word-budget') && scenario.words
    ? applyWordBudget(judged.judgements, scenario.points, words, params.wordsPerPoint)
    : judged.judgements;
  const judgements = ruleOn(params, 'off-case') && !namesTheCase(index, scenario) ? capUnapplied(budgeted, scenario.points) : budgeted;
  const points: PointResult[] = scenario.points.map((point, i) => {
    const judgement = judgements[i] as PointJudgement;
    return {
      id: point.id,
      statement: point.statement,
      status: judgement.status,
      marks: judgement.marks,
      max: point.marks,
      evidence: judgement.shown?.evidence ?? judgement.evidence,
      sentences: judgement.shown?.sentences ?? judgement.sentences,
      reason: explainPoint(judgement.verdict, preparePoint(point, params), scenario),
    };
  });
  const max = scenario.marks;
  const total = Math.min(max, points.reduce((sum, point) => sum + point.marks, 0));
  const setAsideCounts = new Map<BlockReason, number>();
  for (const reason of index.blocked.values()) setAsideCounts.set(reason, (setAsideCounts.get(reason) ?? 0) + 1);
  const notes = answerNotes({ words, max, wordRange: scenario.words, setAside: setAsideCounts });
  const setAside = index.analysed.sentences.flatMap((sentence) => {
    const reason = index.blocked.get(sentence.index);
    return reason ? [{ text: answer.slice(sentence.start, sentence.end), reason }] : [];
  });
  return { result: { points, total, max, words, notes }, setAside };
}

export function markAnswer(scenario: MarkableScenario, answer: string, params: MarkerParameters = DEFAULT_PARAMETERS): MarkResult {
  return markAnswerInDetail(scenario, answer, params).result;
}

/** The sentences the marker set aside and why. */
export function setAsideSentences(scenario: MarkableScenario, answer: string, params: MarkerParameters = DEFAULT_PARAMETERS): SetAsideSentence[] {
  return markAnswerInDetail(scenario, answer, params).setAside;
}
