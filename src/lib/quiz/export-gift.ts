/**
 * A unit's misconception questions as Moodle GIFT text, for tutors who run quizzes in Moodle.
 *
 * Every text is written as [plain]: the content is plain text, and Moodle's default GIFT format
 * would treat a "<" or "&" in a prompt as HTML. Answers and feedback inherit the question's format.
 */
import type { QuizQuestion } from './grade.ts';
import {
  type MisconceptionClaims,
  answerFeedback,
  moodleCategoryPath,
  numericParts,
  optionPercentage,
  trueFalseParts,
} from './export-shared.ts';

/**
 * Escapes GIFT's control characters. The backslash goes first (it is the escape itself), and a
 * line break becomes "\n" because a blank line would end the question.
 */
export function escapeGift(text: string): string {
  return text
    .trim()
    .replace(/[\\~=#{}:]/g, (char) => `\\${char}`)
    .replace(/\r\n?|\n/g, '\\n');
}

const percent = (value: number) => `%${value}%`;

function choiceAnswers(question: QuizQuestion, misconceptions: MisconceptionClaims): string[] {
  return question.options.map((option) => {
    // Single choice uses =/~; multiple choice weights every option, which is also what tells
    // Moodle to let the learner tick several (it switches to single answer on any "=").
    const marker = question.kind === 'single' ? (option.correct ? '=' : '~') : `~${percent(optionPercentage(question, option))}`;
    return `\t${marker}${escapeGift(option.text)}#${escapeGift(answerFeedback(option, misconceptions))}`;
  });
}

function giftQuestion(question: QuizQuestion, misconceptions: MisconceptionClaims): string {
  const head = `::${escapeGift(question.key)}::[plain]${escapeGift(question.prompt)}`;
  if (question.kind === 'numeric') {
    // "=answer:tolerance" is Moodle's numerical answer with an absolute tolerance; the worked
    // solution goes in the general feedback ("####"), which Moodle shows after any answer.
    const parts = numericParts(question);
    return `${head} {#\n\t=${parts.answer}:${parts.tolerance}#Right.\n\t####${escapeGift(parts.solution)}\n}`;
  }
  if (question.kind === 'truefalse') {
    const parts = trueFalseParts(question, misconceptions);
    // Moodle reads the first feedback as the one for a wrong answer, the second for a right one.
    const feedback = `#${escapeGift(parts.wrongFeedback)}#${escapeGift(parts.rightFeedback)}`;
    return `${head} {${parts.answer ? 'TRUE' : 'FALSE'}${feedback}}`;
  }
  return [`${head} {`, ...choiceAnswers(question, misconceptions), '}'].join('\n');
}

export function toGift(unitTitle: string, questions: QuizQuestion[], misconceptions: MisconceptionClaims): string {
  const title = unitTitle.replace(/\s+/g, ' ').trim();
  const blocks = [
    `// Markpoint misconception quiz: ${title}. In Moodle: Question bank → Import → GIFT format.`,
    // Moodle does not unescape a category line, so the title is written as it is.
    `$CATEGORY: ${moodleCategoryPath(title)}`,
    ...questions.map((question) => giftQuestion(question, misconceptions)),
  ];
  return `${blocks.join('\n\n')}\n`;
}
