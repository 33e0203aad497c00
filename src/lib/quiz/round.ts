/** What a finished quiz round adds up to: its score, the misconceptions it revealed and those it cleared. */
import { type ProgressState, isMisconceptionCleared } from '../progress/state.ts';
import type { Grade } from './grade.ts';

export interface AnsweredQuestion {
  /** The misconception the question tests ("<unit>/<id>"). */
  misconception: string;
  grade: Pick<Grade, 'score' | 'correct' | 'missed'>;
}

export function roundScore(answered: readonly AnsweredQuestion[]): number {
  return answered.reduce((sum, entry) => sum + entry.grade.score, 0);
}

/** Misconceptions the round revealed, each once, in the order they first showed up. */
export function missedInRound(answered: readonly AnsweredQuestion[]): string[] {
  return [...new Set(answered.flatMap((entry) => entry.grade.missed))];
}

/**
 * Misconceptions this round's correct answers tested that now count as cleared: ones the learner
 * had fallen for before, and has since answered correctly on enough separate days.
 */
export function clearedInRound(answered: readonly AnsweredQuestion[], state: ProgressState): string[] {
  const tested = new Set(answered.filter((entry) => entry.grade.correct).map((entry) => entry.misconception));
  return [...tested].filter((id) => {
    const record = state.misconceptions[id];
    return record !== undefined && record.missedAt.length > 0 && isMisconceptionCleared(record);
  });
}
