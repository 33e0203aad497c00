/**
 * Per-question records for the LMS, in one neutral shape that scorm12.ts, scorm2004.ts and the
 * cmi5 client each write in their own standard's format.
 */
import type { LmsPackageContent } from './content.ts';
import type { Attempt } from './score.ts';

export type InteractionKind = 'choice' | 'true-false' | 'long-fill-in';

export interface Interaction {
  /** The content key, "<unit>/<id>": stable across content edits, unlike a position. */
  key: string;
  kind: InteractionKind;
  /** The question's prompt or the scenario's title. */
  description: string;
  /** choice: the option ids chosen; true-false: [true or false]; long-fill-in: [the learner's text]. */
  response: string[] | boolean[];
  /** The right answer, where there is one (a scenario has none). */
  correct: string[] | boolean[] | null;
  /** For choice: every option, in the content's order (SCORM 1.2 letters follow this order). */
  options: { id: string; text: string }[];
  /** Marks earned and marks available: 0-1 for a question, the scenario's marks for a scenario. */
  earned: number;
  weighting: number;
}

/** What the learner answered, as interactions, in the order the package asks them. */
export function interactionsOf(content: LmsPackageContent, attempt: Attempt): Interaction[] {
  const answers = new Map(attempt.questions.map((answer) => [answer.key, answer]));
  const written = new Map(attempt.scenarios.map((answer) => [answer.key, answer]));
  const out: Interaction[] = [];
  for (const question of content.questions) {
    const answer = answers.get(question.key);
    if (!answer) continue;
    const options = question.options.map((option) => ({ id: option.id, text: option.text }));
    if (question.kind === 'truefalse') {
      // The options are "fact" (the statement is true) and "myth" (it is false).
      const factIsRight = question.options.find((option) => option.id === 'fact')?.correct ?? false;
      out.push({
        key: question.key,
        kind: 'true-false',
        description: question.prompt,
        response: answer.chosen.map((id) => id === 'fact'),
        correct: [factIsRight],
        options,
        earned: answer.score,
        weighting: 1,
      });
      continue;
    }
    out.push({
      key: question.key,
      kind: 'choice',
      description: question.prompt,
      response: answer.chosen.filter((id) => question.options.some((option) => option.id === id)),
      correct: question.options.filter((option) => option.correct).map((option) => option.id),
      options,
      earned: answer.score,
      weighting: 1,
    });
  }
  for (const scenario of content.scenarios) {
    const answer = written.get(scenario.key);
    if (!answer) continue;
    out.push({
      key: scenario.key,
      kind: 'long-fill-in',
      description: scenario.title,
      response: [answer.answer],
      correct: null,
      options: [],
      earned: answer.total,
      weighting: scenario.marks,
    });
  }
  return out;
}

/**
 * The result word, or the share of credit as a number when a question earned part of its mark or
 * for a scenario (its marks). Both SCORM versions accept a decimal here.
 */
export function interactionResult(interaction: Interaction, words: { right: string; wrong: string }): string {
  if (interaction.kind === 'long-fill-in') return formatDecimal(interaction.earned);
  if (interaction.earned >= interaction.weighting) return words.right;
  if (interaction.earned <= 0) return words.wrong;
  return formatDecimal(interaction.earned);
}

/** A decimal as SCORM writes it: no exponent, no trailing zeros, at most four places. */
export function formatDecimal(value: number): string {
  if (!Number.isFinite(value)) return '0';
  return String(Math.round(value * 10_000) / 10_000);
}

/** Cuts text to a standard's limit on a character boundary, marking the cut. */
export function cutText(text: string, limit: number): string {
  const characters = [...text];
  if (characters.length <= limit) return text;
  return `${characters.slice(0, limit - 1).join('')}…`;
}
