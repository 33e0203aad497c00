/** Comparing a learner's scenario attempts: what changed since the last one, and when nothing did. */
import { type PointMark, type ScenarioAttempt, type ScenarioRecord, bestScenarioScore, firstScenarioScore } from '../progress/state.ts';

/** Spacing and line breaks do not make a new answer; the words do. */
export function sameAnswerText(a: string, b: string): boolean {
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
  return normalise(a) === normalise(b);
}

/**
 * The attempt this answer would repeat: the latest one, when its text is the same. Marking it again
 * shows that result rather than adding an attempt, so "best over N attempts" counts real attempts.
 */
export function repeatedAttempt(record: ScenarioRecord | undefined, answer: string): ScenarioAttempt | null {
  const latest = record?.attempts[record.attempts.length - 1];
  return latest && sameAnswerText(latest.answer, answer) ? latest : null;
}

export interface PointChange {
  id: string;
  before: number;
  after: number;
}

export interface AttemptComparison {
  previous: { total: number; at: string };
  scoreChange: number;
  /** Points that earned more marks than last time, then those that earned fewer. */
  gained: PointChange[];
  lost: PointChange[];
}

/** How this attempt differs from the one before it; null for a first attempt. */
export function compareWithPrevious(attempts: readonly ScenarioAttempt[], attemptId: string): AttemptComparison | null {
  const index = attempts.findIndex((attempt) => attempt.id === attemptId);
  const current = attempts[index];
  const previous = index > 0 ? attempts[index - 1] : undefined;
  if (!current || !previous) return null;
  const before = new Map(previous.points.map((point: PointMark) => [point.id, point.marks]));
  const changes = current.points.map((point) => ({ id: point.id, before: before.get(point.id) ?? 0, after: point.marks }));
  return {
    previous: { total: previous.total, at: previous.at },
    scoreChange: current.total - previous.total,
    gained: changes.filter((change) => change.after > change.before),
    lost: changes.filter((change) => change.after < change.before),
  };
}

/**
 * The result's status line about attempts: which one this is, the best so far, and the first. The
 * first was written before the marking points and the model answer were shown, so it is the
 * fairest guide to how the learner would do in an exam; later ones are practice with the scheme
 * in view.
 */
export function attemptStatus(attempts: readonly Pick<ScenarioAttempt, 'total'>[], attemptNumber: number, max: number, format: (marks: number) => string): string {
  if (attemptNumber <= 0) return '';
  const parts = [`Attempt ${attemptNumber}.`];
  const best = bestScenarioScore({ attempts });
  if (attempts.length > 1 && best !== null) parts.push(`Your best is ${format(best)} over ${attempts.length} attempts.`);
  const first = firstScenarioScore({ attempts });
  if (attemptNumber > 1 && first !== null) parts.push(`Your first, written before you saw the marking points, scored ${format(first)} of ${max}.`);
  return ` ${parts.join(' ')}`;
}
