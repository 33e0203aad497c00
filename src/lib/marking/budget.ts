/**
 * The word budget: a point is made in a developed sentence or two, so an answer far shorter than
 * its points need cannot have made them all. Examiners credited dense short answers at about one
 * point for every fifteen to twenty words; strings of terms joined by "because" and "so" earn
 * full marks at a fifth of that. When the points credited need more words than the answer has,
 * the points made in the shortest passages are marked down first, one step at a time.
 */
import { type PointJudgement, partlyMarks } from './score.ts';

export interface BudgetedPoint {
  marks: number;
}

/** How many points' worth a judgement counts for: earned 1, partly a half. */
const weightOf = (judgement: PointJudgement) => (judgement.status === 'earned' ? 1 : judgement.status === 'partly' ? 0.5 : 0);

/** Characters of the passage that made the point: the shortest passages give way first. */
const passageLength = (judgement: PointJudgement) => judgement.sentences.reduce((sum, span) => sum + (span.end - span.start), 0);

export function applyWordBudget(judgements: readonly PointJudgement[], points: readonly BudgetedPoint[], words: number, wordsPerPoint: number): PointJudgement[] {
  const result = [...judgements];
  const allowed = words / wordsPerPoint;
  let credited = result.reduce((sum, judgement) => sum + weightOf(judgement), 0);
  while (credited > allowed) {
    let pick = -1;
    result.forEach((judgement, i) => {
      if (judgement.status === 'not') return;
      const current = result[pick];
      if (pick < 0 || !current || passageLength(judgement) < passageLength(current) || (passageLength(judgement) === passageLength(current) && i > pick)) pick = i;
    });
    const chosen = result[pick];
    const point = points[pick];
    if (!chosen || !point) break;
    result[pick] = markedDown(chosen, point.marks);
    credited -= 0.5;
  }
  return result;
}

function markedDown(judgement: PointJudgement, max: number): PointJudgement {
  if (judgement.status === 'earned') {
    return { ...judgement, status: 'partly', marks: partlyMarks(max), verdict: { kind: 'short', from: 'earned' } };
  }
  const { shown: _shown, ...rest } = judgement;
  return { ...rest, status: 'not', marks: 0, evidence: [], sentences: [], verdict: { kind: 'short', from: 'partly' } };
}
