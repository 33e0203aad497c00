/**
 * The SCORM 1.2 data model values for a finished attempt.
 *
 * SCORM 1.2 limits cmi.core.score.raw to 0-100 (scorm-again enforces it, and Moodle, Canvas and
 * Blackboard read it against a maximum of 100), so this standard gets the percentage: raw is the
 * percent the learner sees, min 0, max 100. Its choice responses are single letters in the
 * content's option order (a, b, c…), as the 1.2 run-time specification defines them, and it has
 * no long text type, so a scenario answer is a fill-in cut to the 255 characters allowed.
 */
import { type Interaction, cutText, formatDecimal, interactionResult } from './interactions.ts';
import type { ScoreSummary } from './score.ts';

export type DataValues = [element: string, value: string][];

/** "cmi.interactions.n.id" for SCORM 1.2: a CMIIdentifier (no spaces, at most 255 characters). */
export function scorm12InteractionId(key: string): string {
  // Keys are "<unit>/<id>" of lower-case letters, digits and hyphens, so "." keeps them distinct.
  return cutText(`q.${key.replace(/[^A-Za-z0-9_.-]/g, '.')}`, 255);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function letterOf(interaction: Interaction, optionId: string): string {
  const index = interaction.options.findIndex((option) => option.id === optionId);
  return LETTERS[index] ?? '';
}

function responseText(interaction: Interaction, response: readonly (string | boolean)[]): string {
  if (interaction.kind === 'true-false') return response.map((value) => (value === true ? 't' : 'f')).join(',');
  if (interaction.kind === 'choice') {
    return response
      .map((id) => letterOf(interaction, String(id)))
      .filter(Boolean)
      .join(',');
  }
  return cutText(response.map(String).join(' '), 255);
}

/** CMITimespan: HHHH:MM:SS. */
export function scorm12Timespan(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.min(9999, Math.floor(seconds / 3600));
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
}

/** Reads cmi.student_data.mastery_score ("" or 0-100) as 0-1, or null when the LMS set none. */
export function scorm12Mastery(value: string): number | null {
  if (value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 && number <= 100 ? number / 100 : null;
}

/** "Lee, Ann" (the 1.2 form) as "Ann Lee"; anything else unchanged. */
export function learnerNameFromLms(value: string): string {
  const parts = value.split(',').map((part) => part.trim());
  if (parts.length === 2 && parts[0] && parts[1]) return `${parts[1]} ${parts[0]}`;
  return value.trim();
}

export function scorm12Values(summary: ScoreSummary, interactions: readonly Interaction[], sessionSeconds: number): DataValues {
  const values: DataValues = [
    // Score before status: an LMS with a mastery score may set the status from the score.
    ['cmi.core.score.min', '0'],
    ['cmi.core.score.max', '100'],
    ['cmi.core.score.raw', formatDecimal(summary.percent)],
    ['cmi.core.lesson_status', summary.completed ? (summary.passed ? 'passed' : 'failed') : 'incomplete'],
    ['cmi.core.session_time', scorm12Timespan(sessionSeconds)],
    ['cmi.core.exit', summary.completed ? '' : 'suspend'],
  ];
  interactions.forEach((interaction, index) => {
    const at = `cmi.interactions.${index}`;
    values.push([`${at}.id`, scorm12InteractionId(interaction.key)]);
    values.push([`${at}.type`, interaction.kind === 'long-fill-in' ? 'fill-in' : interaction.kind]);
    values.push([`${at}.weighting`, formatDecimal(interaction.weighting)]);
    values.push([`${at}.student_response`, responseText(interaction, interaction.response)]);
    values.push([`${at}.result`, interactionResult(interaction, { right: 'correct', wrong: 'wrong' })]);
    if (interaction.correct) values.push([`${at}.correct_responses.0.pattern`, responseText(interaction, interaction.correct)]);
  });
  return values;
}

/**
 * What to set when a session starts: "incomplete" on a first launch, because a 1.2 LMS may mark
 * a unit that ends with no status as completed. A status from an earlier session is left alone.
 */
export function scorm12StartValues(currentStatus: string): DataValues {
  return currentStatus === '' || currentStatus === 'not attempted' ? [['cmi.core.lesson_status', 'incomplete']] : [];
}
