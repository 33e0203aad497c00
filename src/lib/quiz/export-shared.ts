/**
 * What the GIFT and Moodle XML exports decide alike: which feedback an answer carries, how a
 * multiple-choice question's credit is shared out, and the question-bank category a unit goes in.
 * Keeping it here means a tutor gets the same questions, grades and feedback from either file.
 */
import type { QuizOption, QuizQuestion } from './grade.ts';

/** What an export needs of a misconception, keyed by its qualified id ("<unit>/<id>"). */
export type MisconceptionClaims = Record<string, { claim: string; correction: string }>;

/** Ends a sentence with a full stop unless it already ends with its own punctuation. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]["'”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * The feedback shown for an answer. A wrong option names the misconception it reveals first, so
 * a tutor's Moodle shows the same diagnosis the Markpoint quiz does; a claim missing from the map
 * (content being written) leaves the option's own feedback rather than failing the export.
 */
export function answerFeedback(option: QuizOption, misconceptions: MisconceptionClaims): string {
  const claim = !option.correct && option.misconception ? misconceptions[option.misconception]?.claim : undefined;
  return claim ? `Misconception: ${asSentence(claim)} ${option.feedback}` : option.feedback;
}

/**
 * The percentages Moodle accepts as an answer's grade (question_bank::fraction_options_full).
 * An import set to "Error if grade not listed" (Moodle's default) rejects any other value, and it
 * compares to within 0.00001 of the fraction, so the repeating ones keep five decimals.
 */
export const MOODLE_PERCENTAGES = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5,
] as const;

/** The accepted percentage nearest to `exact`, keeping its sign (0 stays 0). */
export function nearestMoodlePercentage(exact: number): number {
  if (exact === 0) return 0;
  const size = Math.abs(exact);
  let best: number = MOODLE_PERCENTAGES[0];
  for (const candidate of MOODLE_PERCENTAGES) {
    if (Math.abs(candidate - size) < Math.abs(best - size)) best = candidate;
  }
  return Math.sign(exact) * best;
}

/**
 * Credit for a multiple-choice (several right) question: each correct option earns an equal share
 * of 100%, each wrong option costs an equal share of 100%, so choosing every option scores 0 and
 * guessing everything gains nothing. The shares are rounded to the nearest percentage Moodle
 * accepts; with the schema's two to eight options (so one to seven of either kind) every share
 * 100/n is itself on Moodle's list, so the correct options add up to 100% (99.99999% for thirds,
 * which Moodle treats as full marks).
 */
export function multipleChoiceWeights(question: QuizQuestion): { correct: number; wrong: number } {
  const correctCount = question.options.filter((option) => option.correct).length;
  const wrongCount = question.options.length - correctCount;
  return {
    correct: correctCount === 0 ? 0 : nearestMoodlePercentage(100 / correctCount),
    // The same rule as the site's grading (gradeAnswer): each wrong pick cancels one right pick.
    wrong: wrongCount === 0 || correctCount === 0 ? 0 : nearestMoodlePercentage(-100 / correctCount),
  };
}

/** The grade, in percent, that an option earns in Moodle for its question's kind. */
export function optionPercentage(question: QuizQuestion, option: QuizOption): number {
  if (question.kind !== 'multiple') return option.correct ? 100 : 0;
  const weights = multipleChoiceWeights(question);
  return option.correct ? weights.correct : weights.wrong;
}

/**
 * The question-bank category for a unit. Moodle splits category paths on "/" and reads "//" as a
 * slash inside a name, so a title such as "Content/Community" stays one category.
 */
export function moodleCategoryPath(unitTitle: string): string {
  return `Markpoint/${unitTitle.replace(/\s+/g, ' ').trim().replaceAll('/', '//')}`;
}

/** A true/false question's answer and the feedback for each outcome, in Moodle's terms. */
export function trueFalseParts(question: QuizQuestion, misconceptions: MisconceptionClaims) {
  const fact = question.options.find((option) => option.id === 'fact');
  const myth = question.options.find((option) => option.id === 'myth');
  if (!fact || !myth) throw new Error(`${question.key}: a true/false question needs its fact and myth options`);
  const right = fact.correct ? fact : myth;
  const wrong = fact.correct ? myth : fact;
  return {
    answer: fact.correct,
    /** Shown when the learner picks "true" / "false". */
    trueFeedback: answerFeedback(fact, misconceptions),
    falseFeedback: answerFeedback(myth, misconceptions),
    rightFeedback: answerFeedback(right, misconceptions),
    wrongFeedback: answerFeedback(wrong, misconceptions),
  };
}

/**
 * A numeric question's answer as Moodle's numerical type reads it: the number, and the tolerance
 * as Moodle's "nominal" (absolute) error either side. Numbers are written in plain decimal, since
 * Moodle does not read "1e-7" or grouping commas.
 */
export function numericParts(question: QuizQuestion): { answer: string; tolerance: string; solution: string } {
  if (!question.numeric) throw new Error(`${question.key}: a numeric question needs its answer`);
  return {
    answer: plainDecimal(question.numeric.answer),
    tolerance: plainDecimal(question.numeric.tolerance),
    solution: question.solution ?? '',
  };
}

function plainDecimal(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(12).replace(/\.?0+$/, '');
}
