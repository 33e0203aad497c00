/**
 * Whether the marker's evidence is the reason: for each point it credits, at least one highlighted
 * span lies in a sentence an examiner pointed to (given as short quotes from the answer). Used by the
 * evidence test and by the benchmark, against quotes written by someone who never saw the marker.
 */
import type { MarkResult } from './marker.ts';

/** Point id → quotes from the answer, each inside the sentence an examiner would point to. */
export type PointedQuotes = Readonly<Record<string, readonly string[]>>;

interface Range {
  start: number;
  end: number;
}

/**
 * Sentences as an examiner reads them: ended by . ? or ! before a capital, a digit or an opening
 * quote, or by a line break. The marker's own reader also splits at semicolons and colons; an
 * examiner pointing at "the objectives sentence" means the whole of it.
 */
export function examinerSentences(text: string): Range[] {
  const ranges: Range[] = [];
  const boundary = /[.?!]+["'”’)\]]*\s+(?=["“‘(]?[A-Z0-9£$€])|\n+/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].length;
    if (text.slice(start, end).trim()) ranges.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) ranges.push({ start, end: text.length });
  return ranges;
}

export interface EvidenceMiss {
  pointId: string;
  problem: 'no-quote' | 'quote-not-in-answer' | 'evidence-elsewhere';
  detail: string;
}

export interface EvidenceCheck {
  /** Points the marker credited (earned, or partly when asked) that a quote covers. */
  checked: number;
  misses: EvidenceMiss[];
}

/**
 * `credited` chooses which marker statuses are checked; points the examiner did not point to
 * (no quotes) are reported as `no-quote` only when `requireQuotes` is set (model answers, where the
 * examiner quoted every point).
 */
export function checkEvidence(
  answer: string,
  result: MarkResult,
  quotes: PointedQuotes,
  options: { credited?: readonly ('earned' | 'partly')[]; requireQuotes?: boolean } = {},
): EvidenceCheck {
  const credited = new Set(options.credited ?? ['earned']);
  const sentences = examinerSentences(answer);
  const misses: EvidenceMiss[] = [];
  let checked = 0;
  for (const point of result.points) {
    if (point.status === 'not' || !credited.has(point.status)) continue;
    const wanted = quotes[point.id];
    if (!wanted || wanted.length === 0) {
      if (options.requireQuotes) misses.push({ pointId: point.id, problem: 'no-quote', detail: 'no quote written for this credited point' });
      continue;
    }
    const absent = wanted.filter((quote) => !answer.includes(quote));
    for (const quote of absent) misses.push({ pointId: point.id, problem: 'quote-not-in-answer', detail: quote });
    if (absent.length > 0) continue;
    checked += 1;
    // A sentence counts when it overlaps a quote at all, so a quote that runs past a boundary the
    // splitter guessed still points somewhere.
    const pointed = sentences.filter((sentence) =>
      wanted.some((quote) => {
        for (let at = answer.indexOf(quote); at >= 0; at = answer.indexOf(quote, at + 1)) {
          if (at < sentence.end && at + quote.length > sentence.start) return true;
        }
        return false;
      }),
    );
    const hit = point.evidence.some((span) => pointed.some((sentence) => span.start >= sentence.start && span.end <= sentence.end));
    if (!hit) {
      const shown = point.evidence.map((span) => `“${answer.slice(span.start, span.end)}”`).join(', ') || '(none)';
      misses.push({ pointId: point.id, problem: 'evidence-elsewhere', detail: `evidence ${shown} misses the sentence the examiner pointed to` });
    }
  }
  return { checked, misses };
}
