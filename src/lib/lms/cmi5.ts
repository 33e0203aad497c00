/**
 * What a cmi5 assignable unit sends when the learner finishes, decided from the attempt and the
 * LMS's launch data. cmi5 allows completed, passed and failed only in Normal launch mode, and
 * each at most once per registration; the LMS's masteryScore, when set, decides pass or fail.
 */
import type { ScoreSummary } from './score.ts';

export interface Cmi5Launch {
  launchMode: string;
  masteryScore?: number | undefined;
}

export type Cmi5Verb = 'completed' | 'passed' | 'failed';

export interface Cmi5Plan {
  /** In the order they are sent, before "terminated". */
  verbs: Cmi5Verb[];
  score: { raw: number; min: number; max: number; scaled: number };
}

export function cmi5Plan(summary: ScoreSummary, launch: Cmi5Launch): Cmi5Plan {
  const score = { raw: summary.raw, min: summary.min, max: summary.max, scaled: summary.scaled };
  if (launch.launchMode !== 'Normal' || !summary.completed) return { verbs: [], score };
  return { verbs: ['completed', summary.passed ? 'passed' : 'failed'], score };
}

/** The 0-1 mastery score in cmi5 launch data, or null if the LMS set none or an unusable one. */
export function cmi5Mastery(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1 ? value : null;
}
