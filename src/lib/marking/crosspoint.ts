/**
 * Checks across marking points, run after every point has been judged once: a sentence that alone
 * supplies the evidence for several points is naming them, not making them.
 */
import { type MarkerParameters, ruleOn } from './params.ts';
import type { AnswerIndex } from './read.ts';
import type { PointJudgement } from './score.ts';

/**
 * "Holloway's should use KPIs and budget pacing with audience segmentation and exclusions, plus
 * UTM tracking and a moderation framework": the sentences where this happens, to be set aside.
 */
export function crammedSentences(index: AnswerIndex, judgements: readonly PointJudgement[], params: MarkerParameters): number[] {
  if (!ruleOn(params, 'crammed')) return [];
  const { sentences, tokens } = index.analysed;
  const starts = sentences.map((sentence) => sentence.start);
  const sentenceAt = (offset: number) => {
    // The last sentence starting at or before the offset, if the offset lies within it.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle + 1;
      else high = middle;
    }
    const at = low - 1;
    const sentence = sentences[at];
    return sentence && offset <= sentence.end ? at : -1;
  };
  const pointsBySentence = new Map<number, number>();
  for (const judgement of judgements) {
    if (judgement.status === 'not' || judgement.evidence.length === 0) continue;
    const homes = new Set(judgement.evidence.map((span) => sentenceAt(span.start)));
    const [home] = [...homes];
    if (homes.size === 1 && home !== undefined && home >= 0) pointsBySentence.set(home, (pointsBySentence.get(home) ?? 0) + 1);
  }
  // A concise answer can make several points in a sentence, but it does so with the case's
  // figures or a reason; a sentence with neither is a list of the points' names.
  const hasFigure = (sentence: number) => {
    const { firstToken, endToken } = sentences[sentence] ?? { firstToken: 0, endToken: 0 };
    // A figure is a number ("18,000", "12" of "12%"), not a name with a digit in it ("GA4"); tokens carry no currency signs.
    for (let i = firstToken; i < endToken; i += 1) if (/^\d/.test(tokens[i]?.lower ?? '')) return true;
    return false;
  };
  return [...pointsBySentence]
    // However it is argued, one sentence does not make four points.
    .filter(([sentence, count]) => count >= params.crammedPoints + 1 || (count >= params.crammedPoints && !hasFigure(sentence) && !index.reasoned[sentence]))
    .map(([sentence]) => sentence);
}
