/** Which questions a round asks: a seeded draw, so the same seed replays the same round. */
import { shuffle } from '../random/seeded.ts';
import type { QuizQuestion } from './grade.ts';

export interface SelectOptions {
  /** 0 means every question. */
  length: number;
  seed: number;
  /** When set, only questions testing these misconceptions ("my misconceptions" mode). */
  onlyMisconceptions: ReadonlySet<string> | null;
}

export function selectQuestions(questions: readonly QuizQuestion[], options: SelectOptions): QuizQuestion[] {
  const pool = options.onlyMisconceptions ? questions.filter((question) => options.onlyMisconceptions?.has(question.misconception)) : [...questions];
  const shuffled = shuffle(pool, options.seed);
  // Spread misconceptions out: one question per misconception before any gets a second.
  const seen = new Map<string, number>();
  const ranked = shuffled
    .map((question, order) => {
      const round = seen.get(question.misconception) ?? 0;
      seen.set(question.misconception, round + 1);
      return { question, round, order };
    })
    .sort((a, b) => a.round - b.round || a.order - b.order)
    .map((entry) => entry.question);
  return options.length > 0 ? ranked.slice(0, options.length) : ranked;
}
