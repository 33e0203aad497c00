/**
 * An answer that names nothing of its case, neither one of its names nor one of its figures, has
 * applied nothing to it: whatever it says is true of any organisation. Examiners credit such an
 * answer at most in part, point by point, however well it argues the general idea.
 */
import { perText } from './copy.ts';
import type { AnswerIndex } from './read.ts';
import { type PointJudgement, partlyMarks } from './score.ts';

export interface CappedPoint {
  marks: number;
}

/** Numbers as a case writes them, so "£18,000" in the answer meets "18,000" in the case. */
const NUMBER = /\d[\d,.]*\d|\d/g;
const numbersIn = (text: string) => new Set((text.match(NUMBER) ?? []).map((number) => number.replace(/,/g, '')));
/** The case's figures, read once per case text rather than on every marking. */
const caseNumbersOf = perText(numbersIn);

export interface CaseSource {
  case?: string | undefined;
  context?: readonly string[] | undefined;
}

/**
 * Whether the answer names the case anywhere: a context term in any sentence, or one of the case's
 * figures. A scenario that gives neither names nor figures to look for cannot tell, so it says yes.
 */
export function namesTheCase(index: AnswerIndex, scenario: CaseSource): boolean {
  if (index.applied.some(Boolean)) return true;
  const caseNumbers = caseNumbersOf(scenario.case);
  if (!scenario.case || ((scenario.context ?? []).length === 0 && caseNumbers.size === 0)) return true;
  return [...numbersIn(index.analysed.text)].some((number) => caseNumbers.has(number));
}

export function capUnapplied(judgements: readonly PointJudgement[], points: readonly CappedPoint[]): PointJudgement[] {
  return judgements.map((judgement, i) => {
    if (judgement.status !== 'earned' || judgement.verdict.kind !== 'earned') return judgement;
    const max = points[i]?.marks ?? 0;
    return { ...judgement, status: 'partly', marks: partlyMarks(max), verdict: { ...judgement.verdict, kind: 'partly', wantsApplication: true } };
  });
}
