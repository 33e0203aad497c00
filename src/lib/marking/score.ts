/**
 * Scoring passages: for one marking point, find the passage (up to a few sentences of one
 * paragraph) that meets most of its concept groups, and decide earned, partly or not. The
 * verdict is structured; explain.ts turns it into words for the learner.
 */
import { type MarkerParameters, ruleOn } from './params.ts';
import { type AnswerIndex, findGroup, findPhrase } from './read.ts';
import type { Group, PreparedPoint } from './statement.ts';
import type { Token } from './text.ts';

export type PointStatus = 'earned' | 'partly' | 'not';

export interface Span {
  start: number;
  end: number;
}

/** Why a point got its status, for the explanation. */
export type Verdict =
  | { kind: 'accepted' }
  /** Marked down by the word budget: the answer is too short to have made every point it names. */
  | { kind: 'short'; from: 'earned' | 'partly' }
  | { kind: 'not'; why: 'absent' | 'negated' | 'set-aside'; missing: Group[] }
  | {
      kind: 'earned' | 'partly';
      /** The learner's own words for each group they met, as written. */
      covered: string[];
      /** Groups the best passage did not meet (all of them, heavy or light). */
      missing: Group[];
      /** Whether the shortfall is in the ideas, not only in application or reasoning. */
      ideasShort: boolean;
      wantsApplication: boolean;
      wantsReason: boolean;
    };

export interface PointJudgement {
  status: PointStatus;
  marks: number;
  /** The judged passage's words and sentences: the cross-point check and the word budget read these. */
  evidence: Span[];
  sentences: Span[];
  /** What the learner is shown, when another passage reaching the same verdict holds more of the point (richest-evidence). */
  shown?: { evidence: Span[]; sentences: Span[] };
  verdict: Verdict;
}

interface WindowResult {
  sentences: number[];
  share: number;
  matched: Group[];
  missing: Group[];
  ranges: [number, number][];
  /** Where each matched group was first found, to name it in the learner's own words. */
  firstFound: Map<Group, [number, number]>;
  requiredMet: boolean;
  /**
   * The passage to show as evidence: one that reaches the same verdict (the same groups, the same
   * reasoning and application beside it) with the most of the point's words in it. The passage
   * judged is the tightest; the one shown is where the point is made rather than grazed.
   */
  shown?: { sentences: number[]; ranges: [number, number][] };
}

/** Every passage that may make a point: runs of up to `windowSentences` sentences within one paragraph. */
function candidatePassages(index: AnswerIndex, params: MarkerParameters): number[][] {
  if (index.passages && index.passages.blockedCount === index.blocked.size) return index.passages.windows;
  const { sentences } = index.analysed;
  const candidates: number[][] = [];
  sentences.forEach((sentence, i) => {
    // Fragments ride along with a passage without counting towards its length, and never start one.
    if (index.blocked.get(i) === 'fragment') return;
    const window: number[] = [];
    let length = 0;
    let fragments = 0;
    for (let j = i; j < sentences.length && length < params.windowSentences; j += 1) {
      const next = sentences[j];
      if (!next || next.paragraph !== sentence.paragraph) break;
      const fragment = index.blocked.get(j) === 'fragment';
      if (!fragment && barred(index, j)) break;
      if (fragment && ++fragments > params.windowFragments) break;
      window.push(j);
      if (!fragment) length += 1;
      candidates.push([...window]);
    }
  });
  index.passages = { blockedCount: index.blocked.size, windows: candidates };
  return candidates;
}

/** Which sentences hold an occurrence of any of the point's groups, as a running count for O(1) range checks. */
function matchedSentenceCounts(index: AnswerIndex, prepared: PreparedPoint): Int32Array {
  const { sentences, tokens } = index.analysed;
  const has = new Uint8Array(sentences.length);
  for (const group of prepared.groups) {
    for (const [from] of findGroup(index, group.alternatives, 0, tokens.length, group.negative)) {
      const sentence = tokens[from]?.sentence;
      if (sentence !== undefined) has[sentence] = 1;
    }
  }
  const running = new Int32Array(sentences.length + 1);
  for (let i = 0; i < sentences.length; i += 1) running[i + 1] = (running[i] ?? 0) + (has[i] ?? 0);
  return running;
}

/** The best passage so far under one reading, and its score. */
interface Choice {
  best: WindowResult | null;
  score: number;
}

/**
 * The passage that decides the point, and, when `alsoNaming` is set, the one that would decide it
 * if every passage were developed (what the cross-point check reads). Both come from one walk over
 * the passages: finding each group in each passage is most of the work, and it is the same for both.
 */
function bestWindows(
  index: AnswerIndex,
  prepared: PreparedPoint,
  params: MarkerParameters,
  development: boolean,
  alsoNaming: boolean,
): { best: WindowResult | null; naming: WindowResult | null; negatedOnly: boolean } {
  const { sentences, tokens } = index.analysed;
  const allWeight = prepared.groups.reduce((sum, group) => sum + group.weight, 0) || 1;
  const { fromWording } = prepared;
  const totalWeight = fromWording ? Math.min(allWeight, params.statementWeightCap) : allWeight;
  const running = matchedSentenceCounts(index, prepared);
  const echoRule = ruleOn(params, 'echo-evidence');
  const judged: Choice = { best: null, score: -1 };
  // Without the development filter the two readings are the same walk.
  const naming: Choice | null = alsoNaming && development ? { best: null, score: -1 } : null;
  const choices = naming ? [judged, naming] : [judged];
  const richestOn = ruleOn(params, 'richest-evidence');
  const candidates: { words: number; result: WindowResult }[] = [];
  for (const window of candidatePassages(index, params)) {
    // A statement handed back lends its words only beside a sentence of the learner's own substance.
    const echoGivesNothing = echoRule && !window.some((sentence) => !index.blocked.has(sentence) && (index.ownWords[sentence] ?? 0) >= params.echoSupportOwnWords);
    const firstSentence = window[0] ?? 0;
    const lastSentence = window[window.length - 1] ?? 0;
    const first = sentences[firstSentence];
    const last = sentences[lastSentence];
    if (!first || !last) continue;
    // A passage with none of the point's words can only stand as "nothing found": one such is enough.
    const empty = (running[lastSentence + 1] ?? 0) - (running[firstSentence] ?? 0) === 0;
    if (empty && choices.every((choice) => choice.best !== null)) continue;
    if (prepared.reject.some((phrase) => findPhrase(tokens, index.positionsByStem, phrase, first.firstToken, last.endToken) >= 0)) continue;
    const matched: Group[] = [];
    const missing: Group[] = [];
    const ranges: [number, number][] = [];
    const firstFound = new Map<Group, [number, number]>();
    for (const group of prepared.groups) {
      // A fragment keeps a passage together but lends it nothing: a bare "Threats: competition" is not analysis.
      const found = empty
        ? []
        : findGroup(index, group.alternatives, first.firstToken, last.endToken, group.negative).filter(([from]) => {
            const sentence = tokens[from]?.sentence ?? -1;
            const blocked = index.blocked.get(sentence);
            if (blocked === 'fragment' || (echoGivesNothing && index.statementEchoes.has(sentence))) return false;
            // A template sentence says the same of every point, so it says nothing of this one.
            if (index.boilerplate[sentence] === true) return false;
            return group.negative || index.rejecting[from] !== true;
          });
      const [firstRange] = found;
      if (firstRange) {
        matched.push(group);
        for (const range of found) ranges.push(range);
        firstFound.set(group, firstRange);
      } else {
        missing.push(group);
      }
    }
    if (!developedBeyondEcho(index, window, ranges, params)) continue;
    // A point is made with development: a reason, an example, a figure or a case detail in the
    // passage or beside it. Named bare ("focus on local, trust and cost"), it is not made at all.
    const developed = !development || near(index, index.developed, window);
    const share = Math.min(1, matched.reduce((sum, group) => sum + group.weight, 0) / totalWeight);
    const requiredMet = prepared.groups.every((group) => !group.required || matched.includes(group));
    // Among passages that make as much of the point, prefer one that also meets the point's demand
    // for application and reasoning, then the shortest, whose evidence is tightest.
    const demandsMet =
      (!prepared.application || near(index, index.applied, window) ? 0.1 : 0) + (!prepared.reasoning || near(index, index.reasoned, window) ? 0.1 : 0);
    const candidate: WindowResult = { sentences: window, share, matched, missing, ranges, firstFound, requiredMet };
    if (developed && richestOn && matched.length > 0) candidates.push({ words: new Set(ranges.map(([from]) => from)).size, result: candidate });
    const base = share + (requiredMet ? 0.5 : 0) + demandsMet - (window.length - 1) * 0.01;
    // Last, prefer the passage that uses each group's leading phrasings: an author lists the
    // phrasing that is the point first, and the highlight should fall where the point is made.
    // The bonus only breaks ties, so it is not worked out where even the largest cannot win.
    let leading: number | null = null;
    for (const choice of choices) {
      if ((choice === judged && !developed) || (empty && choice.best !== null)) continue;
      if (base + LEADING_PHRASING_WEIGHT <= choice.score) continue;
      leading ??= !prepared.fromWording ? leadingPhrasing(tokens, matched, firstFoundRanges(matched, ranges, tokens)) : 0;
      const score = base + leading * LEADING_PHRASING_WEIGHT;
      if (score > choice.score) {
        choice.best = candidate;
        choice.score = score;
      }
    }
  }
  let best = judged.best;
  if (best && richestOn) {
    // The fullest passage with the same verdict: keys are worked out only for passages fuller than the one judged.
    const judgedKey = verdictKey(index, prepared, best);
    const judgedWords = new Set(best.ranges.map(([from]) => from)).size;
    const fuller = candidates.filter((entry) => entry.words > judgedWords).sort((a, b) => b.words - a.words);
    const shown = fuller.find((entry) => verdictKey(index, prepared, entry.result) === judgedKey)?.result;
    if (shown) best = { ...best, shown: { sentences: shown.sentences, ranges: shown.ranges } };
  }
  // Worth saying when nothing earns: the learner named the idea only to reject it.
  const negatedOnly = prepared.groups.some(
    (group) => group.weight >= 1 && !group.negative && findGroup(index, group.alternatives, 0, tokens.length).length === 0 && hasNegatedOccurrence(index, group, 0, tokens.length),
  );
  return { best, naming: naming ? naming.best : judged.best, negatedOnly };
}

/** What decides a passage's verdict: which groups it meets, and whether reasoning and application stand beside it. */
function verdictKey(index: AnswerIndex, prepared: PreparedPoint, window: WindowResult): string {
  const groups = prepared.groups.map((group) => (window.matched.includes(group) ? '1' : '0')).join('');
  // Reasoning and application beside the passage count where the point asks for them, or where
  // part of a point needs them to earn its half (partial-reason).
  const flagsCount = !window.requiredMet;
  const reasoned = prepared.reasoning || flagsCount ? near(index, index.reasoned, window.sentences) : '-';
  const applied = prepared.application || flagsCount ? near(index, index.applied, window.sentences) : '-';
  return `${groups}:${reasoned}:${applied}`;
}

/** Small enough never to change a status, large enough to choose between passages that tie. */
const LEADING_PHRASING_WEIGHT = 0.03;

const alternativeRanks = new WeakMap<Group, Map<string, number>>();

/** Each matched group's ranges in the passage, for ranking which phrasing met it. */
function firstFoundRanges(matched: readonly Group[], ranges: readonly [number, number][], tokens: readonly Token[]): Map<Group, [number, number][]> {
  const byGroup = new Map<Group, [number, number][]>();
  for (const group of matched) {
    const keys = rankOf(group);
    byGroup.set(
      group,
      ranges.filter(([from, to]) => keys.has(stemsKey(tokens, from, to))),
    );
  }
  return byGroup;
}

function stemsKey(tokens: readonly Token[], from: number, to: number): string {
  let key = '';
  for (let i = from; i < to; i += 1) key += `${i > from ? ' ' : ''}${tokens[i]?.stem ?? ''}`;
  return key;
}

function rankOf(group: Group): Map<string, number> {
  let ranks = alternativeRanks.get(group);
  if (!ranks) {
    ranks = new Map();
    group.alternatives.forEach((phrase, rank) => {
      const key = phrase.join(' ');
      if (!ranks?.has(key)) ranks?.set(key, rank);
    });
    alternativeRanks.set(group, ranks);
  }
  return ranks;
}

/** Mean over the matched groups of how early in its list the best phrasing found stands (1 = first). */
function leadingPhrasing(tokens: readonly Token[], matched: readonly Group[], byGroup: Map<Group, [number, number][]>): number {
  if (matched.length === 0) return 0;
  let total = 0;
  for (const group of matched) {
    const ranks = rankOf(group);
    let best = group.alternatives.length;
    for (const [from, to] of byGroup.get(group) ?? []) best = Math.min(best, ranks.get(stemsKey(tokens, from, to)) ?? best);
    total += 1 - best / Math.max(1, group.alternatives.length);
  }
  return total / matched.length;
}

/** A sentence that cannot be part of any passage that earns. */
function barred(index: AnswerIndex, sentence: number): boolean {
  const reason = index.blocked.get(sentence);
  return reason !== undefined && (reason !== 'echo' || index.pasted);
}

/**
 * A passage with an echoed statement in it earns only through a sentence of the learner's own
 * that makes part of the point, applies it to the case or gives a reason for it.
 */
function developedBeyondEcho(index: AnswerIndex, window: number[], ranges: [number, number][], params: MarkerParameters): boolean {
  if (!window.some((sentence) => index.blocked.get(sentence) === 'echo')) return true;
  const own = window.filter((sentence) => !index.blocked.has(sentence));
  const { tokens } = index.analysed;
  return (
    // Applying the case means more than naming the organisation: "Booster uptake at Thornfield is
    // about the reminder channel" beside two statements handed back applies nothing.
    own.some((sentence) => (ruleOn(params, 'echo-evidence') ? index.detailed[sentence] : index.applied[sentence]) || index.reasoned[sentence]) ||
    ranges.some(([from, to]) => {
      const sentence = tokens[from]?.sentence;
      // The case's name in a sentence of one's own ("Kettleby should focus on...") supports nothing.
      const onlyNames = to - from === 1 && index.names.has(tokens[from]?.stem ?? '');
      return sentence !== undefined && own.includes(sentence) && !onlyNames;
    })
  );
}

function hasNegatedOccurrence(index: AnswerIndex, group: Group, from: number, to: number): boolean {
  const all = findGroup(index, group.alternatives, from, to, true);
  if (all.length === 0) return false;
  return all.length > findGroup(index, group.alternatives, from, to).length;
}

function acceptedPhrase(index: AnswerIndex, prepared: PreparedPoint): { range: [number, number]; sentence: number } | null {
  const { tokens } = index.analysed;
  for (const phrase of prepared.accept) {
    const position = findPhrase(tokens, index.positionsByStem, phrase, 0, tokens.length);
    const sentence = tokens[position]?.sentence;
    if (position < 0 || sentence === undefined || index.negated[position] || index.blocked.has(sentence)) continue;
    return { range: [position, position + phrase.length], sentence };
  }
  return null;
}

/** A flag on the passage or on a sentence beside it in the same paragraph. */
export function near(index: AnswerIndex, flags: boolean[], window: number[]): boolean {
  const { sentences } = index.analysed;
  const paragraph = sentences[window[0] ?? 0]?.paragraph;
  return window.some((i) => [i - 1, i, i + 1].some((j) => flags[j] === true && sentences[j]?.paragraph === paragraph));
}

/** Part credit as the marker gives it: half of the whole marks (a 3-mark point gives 1.5, a 1-mark point 0.5). */
export function partlyMarks(max: number): number {
  return Math.floor(max) / 2;
}

/**
 * `development: false` judges the point as if every passage were developed: the cross-point
 * check uses it to see which points a sentence names, developed or not.
 */
export function judgePoint(index: AnswerIndex, prepared: PreparedPoint, params: MarkerParameters, development = ruleOn(params, 'development')): PointJudgement {
  const accepted = acceptedJudgement(index, prepared);
  if (accepted) return accepted;
  const { best, negatedOnly } = bestWindows(index, prepared, params, development, false);
  return judgementOf(index, prepared, params, best, negatedOnly, development);
}

/**
 * The point judged as marked, and as if every passage were developed (for the cross-point
 * check), from one walk over the passages: the same as judgePoint with and without development.
 */
export function judgePointAndNaming(index: AnswerIndex, prepared: PreparedPoint, params: MarkerParameters): { judgement: PointJudgement; naming: PointJudgement } {
  const accepted = acceptedJudgement(index, prepared);
  if (accepted) return { judgement: accepted, naming: accepted };
  const development = ruleOn(params, 'development');
  const { best, naming, negatedOnly } = bestWindows(index, prepared, params, development, true);
  const judgement = judgementOf(index, prepared, params, best, negatedOnly, development);
  return { judgement, naming: development ? judgementOf(index, prepared, params, naming, negatedOnly, false) : judgement };
}

function spansOf(index: AnswerIndex): { toSpans: (ranges: [number, number][]) => Span[]; sentenceSpans: (indices: number[]) => Span[] } {
  const { tokens, sentences } = index.analysed;
  return {
    toSpans: (ranges) => mergeSpans(ranges.map(([from, to]) => ({ start: tokens[from]?.start ?? 0, end: tokens[to - 1]?.end ?? 0 }))),
    sentenceSpans: (indices) => indices.flatMap((i) => (sentences[i] ? [{ start: sentences[i].start, end: sentences[i].end }] : [])),
  };
}

function acceptedJudgement(index: AnswerIndex, prepared: PreparedPoint): PointJudgement | null {
  const accepted = acceptedPhrase(index, prepared);
  if (!accepted) return null;
  const { toSpans, sentenceSpans } = spansOf(index);
  return { status: 'earned', marks: prepared.point.marks, evidence: toSpans([accepted.range]), sentences: sentenceSpans([accepted.sentence]), verdict: { kind: 'accepted' } };
}

function judgementOf(
  index: AnswerIndex,
  prepared: PreparedPoint,
  params: MarkerParameters,
  best: WindowResult | null,
  negatedOnly: boolean,
  development: boolean,
): PointJudgement {
  const { point } = prepared;
  const { tokens } = index.analysed;
  const { toSpans, sentenceSpans } = spansOf(index);
  const { fromWording } = prepared;
  const partlyShare = fromWording ? params.wordingPartlyShare : params.partlyShare;
  const earnedShare = fromWording ? params.wordingEarnedShare : params.earnedShare;
  // Less than most of an author's point (one group of two, one of three) earns half only when the
  // learner argues it or applies it: a fragment named with neither a reason nor the case is not yet the point (examiners judged
  // such passages "not" about twice as often as "partly"). Not while naming points for the
  // cross-point check, which must see every point a sentence names.
  const barePart =
    best !== null &&
    development &&
    ruleOn(params, 'partial-reason') &&
    !best.requiredMet &&
    best.share < earnedShare &&
    !near(index, index.reasoned, best.sentences) &&
    !near(index, index.applied, best.sentences);
  if (!best || best.matched.length === 0 || best.share < partlyShare || barePart) {
    const anySetAside = [...index.blocked.values()].some((kind) => kind !== 'fragment');
    const why = negatedOnly ? 'negated' : best === null && anySetAside ? 'set-aside' : 'absent';
    return { status: 'not', marks: 0, evidence: [], sentences: [], verdict: { kind: 'not', why, missing: prepared.groups } };
  }

  const inTheirWords = (group: Group) => {
    const range = best.firstFound.get(group);
    const from: Token | undefined = range ? tokens[range[0]] : undefined;
    const to: Token | undefined = range ? tokens[range[1] - 1] : undefined;
    return from && to ? index.analysed.text.slice(from.start, to.end) : group.label;
  };
  const covered = best.matched.filter((group) => group.weight >= 1).map(inTheirWords);
  const wantsApplication = prepared.application && !near(index, index.applied, best.sentences);
  const wantsReason = prepared.reasoning && !near(index, index.reasoned, best.sentences);
  const ideasShort = best.share < earnedShare || !best.requiredMet;
  const earned = !ideasShort && !wantsApplication && !wantsReason;
  return {
    status: earned ? 'earned' : 'partly',
    marks: earned ? point.marks : partlyMarks(point.marks),
    evidence: toSpans(best.ranges),
    sentences: sentenceSpans(best.sentences),
    ...(best.shown ? { shown: { evidence: toSpans(best.shown.ranges), sentences: sentenceSpans(best.shown.sentences) } } : {}),
    verdict: { kind: earned ? 'earned' : 'partly', covered, missing: best.missing, ideasShort, wantsApplication, wantsReason },
  };
}

export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end + 1) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
