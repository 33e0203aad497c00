/** How well the marker agrees with human judgements: per-point accuracy and Cohen's kappa. */
import type { PointStatus } from './marker.ts';

const CATEGORIES: PointStatus[] = ['earned', 'partly', 'not'];

export interface Agreement {
  judgements: number;
  accuracy: number;
  kappa: number;
  /** confusion[human][marker] */
  confusion: Record<PointStatus, Record<PointStatus, number>>;
}

export function agreement(pairs: readonly { human: PointStatus; marker: PointStatus }[]): Agreement {
  const confusion = Object.fromEntries(CATEGORIES.map((h) => [h, Object.fromEntries(CATEGORIES.map((m) => [m, 0]))])) as Agreement['confusion'];
  for (const pair of pairs) confusion[pair.human][pair.marker] += 1;
  const total = pairs.length;
  if (total === 0) return { judgements: 0, accuracy: 0, kappa: 0, confusion };
  const observed = CATEGORIES.reduce((sum, c) => sum + confusion[c][c], 0) / total;
  const expected = CATEGORIES.reduce((sum, c) => {
    const human = CATEGORIES.reduce((s, m) => s + confusion[c][m], 0) / total;
    const marker = CATEGORIES.reduce((s, h) => s + confusion[h][c], 0) / total;
    return sum + human * marker;
  }, 0);
  const kappa = expected === 1 ? 1 : (observed - expected) / (1 - expected);
  return { judgements: total, accuracy: observed, kappa, confusion };
}

/** A human mark per point (halves allowed) as a status: full marks earned, none not, else partly. */
export function statusFromMarks(marks: number, max: number): PointStatus {
  if (marks >= max) return 'earned';
  if (marks <= 0) return 'not';
  return 'partly';
}
