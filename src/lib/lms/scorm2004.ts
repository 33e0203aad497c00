/**
 * The SCORM 2004 (4th edition) data model values for a finished attempt: the score in marks with
 * its scaled form, completion and success kept apart, and one interaction per question and
 * scenario, with the scenario answer as long-fill-in text.
 */
import { type Interaction, cutText, formatDecimal, interactionResult } from './interactions.ts';
import type { DataValues } from './scorm12.ts';
import type { ScoreSummary } from './score.ts';

/** A long_identifier_type: a URN, unique per question or scenario. */
export function scorm2004InteractionId(key: string): string {
  return `urn:markpoint:item:${key.replace(/[^A-Za-z0-9-]/g, ':')}`;
}

/** Option ids as short_identifier_type (content ids already are; anything else is made safe). */
function shortIdentifier(id: string): string {
  return id.replace(/[^A-Za-z0-9_.:-]/g, '-').slice(0, 250) || 'x';
}

function responseText(interaction: Interaction, response: readonly (string | boolean)[]): string {
  if (interaction.kind === 'true-false') return response.map((value) => (value === true ? 'true' : 'false')).join('[,]');
  if (interaction.kind === 'choice') return response.map((id) => shortIdentifier(String(id))).join('[,]');
  // "[,]" and "[.]" are delimiters in this type, and a leading "{lang=" a language tag: the
  // learner's own text must not be read as either.
  const text = response
    .map(String)
    .join(' ')
    .replace(/\[([,.:])\]/g, '$1')
    .replace(/^\{/, '(');
  return cutText(text, 4000);
}

/** ISO 8601 duration, as cmi.session_time takes it: PT1H2M3S. */
export function isoDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest || (!hours && !minutes) ? `${rest}S` : ''}`;
}

/** Reads cmi.scaled_passing_score ("" or -1..1) as 0-1, or null when the LMS set none. */
export function scorm2004Mastery(value: string): number | null {
  if (value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 && number <= 1 ? number : null;
}

export function scorm2004Values(summary: ScoreSummary, interactions: readonly Interaction[], sessionSeconds: number): DataValues {
  const answered = interactions.length;
  const values: DataValues = [
    ['cmi.score.min', '0'],
    ['cmi.score.max', formatDecimal(summary.max)],
    ['cmi.score.raw', formatDecimal(summary.raw)],
    ['cmi.score.scaled', formatDecimal(summary.scaled)],
    ['cmi.completion_status', summary.completed ? 'completed' : 'incomplete'],
    ['cmi.success_status', summary.completed ? (summary.passed ? 'passed' : 'failed') : 'unknown'],
    ['cmi.session_time', isoDuration(sessionSeconds)],
    ['cmi.exit', summary.completed ? 'normal' : 'suspend'],
  ];
  if (!summary.completed && answered > 0) values.splice(6, 0, ['cmi.progress_measure', formatDecimal(Math.min(1, answered / Math.max(1, summary.quiz.max + summary.scenarios.length)))]);
  interactions.forEach((interaction, index) => {
    const at = `cmi.interactions.${index}`;
    values.push([`${at}.id`, scorm2004InteractionId(interaction.key)]);
    values.push([`${at}.type`, interaction.kind]);
    values.push([`${at}.description`, cutText(interaction.description, 250)]);
    values.push([`${at}.weighting`, formatDecimal(interaction.weighting)]);
    values.push([`${at}.learner_response`, responseText(interaction, interaction.response)]);
    values.push([`${at}.result`, interactionResult(interaction, { right: 'correct', wrong: 'incorrect' })]);
    if (interaction.correct) values.push([`${at}.correct_responses.0.pattern`, responseText(interaction, interaction.correct)]);
  });
  return values;
}

/** On a first launch the attempt is "incomplete" until the learner finishes; a later launch keeps its status. */
export function scorm2004StartValues(currentStatus: string): DataValues {
  return currentStatus === '' || currentStatus === 'unknown' || currentStatus === 'not attempted' ? [['cmi.completion_status', 'incomplete']] : [];
}
