/**
 * Every word the learner reads about their marking lives here: the reason for each point, the
 * notes about the answer as a whole, and what each kind of set-aside sentence means.
 */
import type { BlockReason } from './read.ts';
import type { Verdict } from './score.ts';
import type { PreparedPoint } from './statement.ts';

export interface ExplainContext {
  context?: readonly string[] | undefined;
}

function listOf(labels: readonly string[]): string {
  const quoted = labels.map((label) => `“${label}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

export function explainPoint(verdict: Verdict, prepared: PreparedPoint, scenario: ExplainContext): string {
  switch (verdict.kind) {
    case 'accepted':
      return 'Earned: your answer makes this point in a form the examiner accepts.';
    case 'not':
      if (verdict.why === 'negated') return 'Not earned: your answer mentions this only to say it will not be done.';
      if (verdict.why === 'set-aside') return 'Not earned: terms listed or statements repeated do not show how they apply; write it as an argument.';
      return `Not earned: no sentence or short passage of yours brings together ${listOf(verdict.missing.filter((group) => group.weight >= 1).map((group) => group.label))}.`;
    case 'earned': {
      const extras = [prepared.application ? 'applied to the case' : '', prepared.reasoning ? 'with a reason' : ''].filter(Boolean);
      return `Earned: ${covering(verdict.covered)}${extras.length ? `, ${extras.join(' and ')}` : ''}.`;
    }
    case 'partly': {
      const heavyMissing = verdict.missing.filter((group) => group.weight >= 1).map((group) => group.label);
      const gaps: string[] = [];
      if (verdict.ideasShort) gaps.push(`say more about ${listOf(heavyMissing.length ? heavyMissing : verdict.missing.map((group) => group.label))}`);
      if (verdict.wantsApplication) gaps.push(`apply it to the case (name ${scenario.context?.slice(0, 2).join(' or ') || 'the organisation'} and its situation)`);
      if (verdict.wantsReason) gaps.push('give the reason for it (because, so that, which means...)');
      return `Partly earned: ${covering(verdict.covered)}; to earn it in full, ${gaps.join(' and ')}.`;
    }
  }
}

function covering(covered: readonly string[]): string {
  return covered.length ? `you cover ${listOf(covered)}` : 'you touch on it';
}

export interface AnswerFacts {
  words: number;
  max: number;
  wordRange?: { min: number; max: number } | undefined;
  setAside: ReadonlyMap<BlockReason, number>;
}

export function answerNotes(facts: AnswerFacts): string[] {
  const notes: string[] = [];
  const minimum = facts.wordRange?.min;
  if (facts.words === 0) notes.push('The answer is empty, so nothing can be credited.');
  else if (minimum && facts.words < minimum / 2) {
    notes.push(
      `Your answer has ${facts.words} words. A ${facts.max}-mark answer usually needs ${minimum}–${facts.wordRange?.max ?? minimum} words: each marking point needs a developed sentence or two, applied to the case.`,
    );
  }
  if ((facts.setAside.get('list') ?? 0) > 0) {
    notes.push('Lists of terms earn nothing on their own: examiners credit a term when you use it to argue something about the case.');
  }
  if ((facts.setAside.get('echo') ?? 0) > 0) {
    notes.push('Repeating a marking point is not making it: show it with the case’s details and your reasoning.');
  }
  return notes;
}
