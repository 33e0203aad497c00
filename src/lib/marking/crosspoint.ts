/**
 * Checks across marking points, run after every point has been judged once: a sentence that alone
 * supplies the evidence for several points is naming them, not making them.
 */
import { type MarkerParameters, ruleOn } from './params.ts';
import { type AnswerIndex, findGroup, firstAtOrAfter } from './read.ts';
import type { PointJudgement } from './score.ts';
import type { PreparedPoint } from './statement.ts';

/** "needs A, B, C and D", "should include A, B, C and D": what a plan demands, named as a list... */
const DEMANDS = /\b(?:needs?|requires?|involves?|should\s+(?:include|cover|combine|focus\s+on)|must\s+(?:include|cover|combine|focus\s+on))\s+([^.;:!?]+)/i;
/** ...of four or more items, none a figure. */
const DEMANDED_ITEMS = 4;

/**
 * The items, as character ranges of `text`, when the sentence between `start` and `end` names
 * what something needs as a list of four or more items without a figure; none otherwise. The
 * first item keeps the words before it ("The launch needs specific green claims").
 */
export function demandedItems(text: string, start: number, end: number): [number, number][] {
  const sentence = text.slice(start, end);
  const demand = DEMANDS.exec(sentence);
  const list = demand?.[1];
  if (!demand || !list || /\d/.test(list)) return [];
  const items: [number, number][] = [];
  let from = start;
  for (const separator of sentence.matchAll(/,|\band\b/gi)) {
    const at = start + (separator.index ?? 0);
    if (at < start + demand.index) continue;
    items.push([from, at]);
    from = at + separator[0].length;
  }
  items.push([from, end]);
  const worded = items.filter(([a, b]) => /\p{L}/u.test(text.slice(a, b)));
  return worded.length >= DEMANDED_ITEMS ? worded : [];
}

/**
 * "Holloway's should use KPIs and budget pacing with audience segmentation and exclusions, plus
 * UTM tracking and a moderation framework": the sentences where this happens, to be set aside.
 */
export function crammedSentences(
  index: AnswerIndex,
  judgements: readonly PointJudgement[],
  prepared: readonly PreparedPoint[],
  params: MarkerParameters,
): number[] {
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
  const crammed = [...pointsBySentence]
    // However it is argued, one sentence does not make four points.
    .filter(([sentence, count]) => count >= params.crammedPoints + 1 || (count >= params.crammedPoints && !hasFigure(sentence) && !index.reasoned[sentence]))
    .map(([sentence]) => sentence);
  // "The launch needs specific green claims, genuine reviews, fit content, a warm-audience launch
  // and a budget split with KPIs": a list of what is needed whose items each name a different
  // point names them all, even where none is met in full. A list of one point's parts ("one naming
  // convention, fixed source values, a shared link builder and a check before publishing") is a
  // plan. Only an author's concept groups say which point an item names: statement words are
  // single words that a short item meets by chance (an earnest list of four audiences did).
  const authored = prepared.filter((point) => !point.fromWording);
  sentences.forEach((sentence, i) => {
    if (authored.length <= params.crammedPoints || crammed.includes(i) || index.blocked.has(i) || index.reasoned[i]) return;
    const items = demandedItems(index.analysed.text, sentence.start, sentence.end);
    if (items.length === 0) return;
    const starts = tokens.slice(sentence.firstToken, sentence.endToken).map((token) => token.start);
    const tokenAt = (offset: number) => sentence.firstToken + firstAtOrAfter(starts, offset);
    const named = new Set(items.map(([from, to]) => pointNamedBy(index, authored, tokenAt(from), tokenAt(to))).filter((point) => point !== null));
    if (named.size > params.crammedPoints) crammed.push(i);
  });
  return crammed;
}

/** The point whose concept groups an item of a list meets most of, by share of weight, if any. */
function pointNamedBy(index: AnswerIndex, points: readonly PreparedPoint[], from: number, to: number): PreparedPoint | null {
  let best: PreparedPoint | null = null;
  let bestShare = 0;
  for (const point of points) {
    const total = point.groups.reduce((sum, group) => sum + group.weight, 0);
    const met = point.groups.filter((group) => findGroup(index, group.alternatives, from, to, group.negative).length > 0).reduce((sum, group) => sum + group.weight, 0);
    if (total > 0 && met / total > bestShare) {
      bestShare = met / total;
      best = point;
    }
  }
  return best;
}
