/**
 * `npm run bench:srs`: building today's review queue for 2,000 cards (goal: under 10 ms), and the
 * cost of saving one review once the progress record holds five years of study.
 */
import { mergeProgress } from '../lib/progress/merge.ts';
import { simulateStudy } from '../lib/progress/simulate.ts';
import { type CardRecord, compactProgress, loadProgress, recordReview } from '../lib/progress/state.ts';
import { buildQueue } from '../lib/srs/queue.ts';
import { rateCard } from '../lib/srs/scheduler.ts';
import { seededRandom } from '../lib/random/seeded.ts';

const now = new Date('2026-06-01T09:00:00Z');
const random = seededRandom(7);
const ids = Array.from({ length: 2000 }, (_, i) => `unit-${i % 4}/term-${i}`);
const cards: Record<string, CardRecord> = {};
for (const id of ids.slice(0, 1500)) {
  // A realistic spread: cards reviewed one to a dozen times over the past months.
  let at = new Date(now.getTime() - Math.floor(random() * 90) * 86_400_000);
  let card = rateCard(undefined, 3, at, { retention: 0.9 }).card;
  const reviews = 1 + Math.floor(random() * 12);
  for (let r = 0; r < reviews; r += 1) {
    at = new Date(Date.parse(card.due));
    card = rateCard(card, (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4, at, { retention: 0.9 }).card;
  }
  cards[id] = { ...card, updatedAt: at.toISOString() };
}
const times: number[] = [];
let due = 0;
for (let i = 0; i < 300; i += 1) {
  const started = performance.now();
  const queue = buildQueue(ids, cards, { now, newPerDay: 20, newSeenToday: 0 });
  times.push(performance.now() - started);
  due = queue.due.length;
}
times.sort((a, b) => a - b);
console.log(`Queue for ${ids.length} cards (${Object.keys(cards).length} studied, ${due} due): median ${times[150]?.toFixed(2)} ms, p95 ${times[285]?.toFixed(2)} ms (goal < 10 ms)`);

// Saving one review on a record after five years of 100 reviews a day (the size the storage test checks).
const study = simulateStudy({ days: 5 * 365 + 1, reviewsPerDay: 100, cards: 2000, start: new Date(2021, 0, 1), seed: 5 });
const stored = JSON.stringify(study.state);
const bytes = new TextEncoder().encode(stored).length;
const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? 0;
const saveTimes: number[] = [];
const rereadTimes: number[] = [];
for (let i = 0; i < 40; i += 1) {
  const at = new Date(study.end.getTime() + (i + 1) * 20_000);
  const cardId = `unit-${i % 4}/term-${i}`;
  const card = rateCard(study.state.cards[cardId], 3, at, { retention: 0.9 }).card;
  // What the store does when no other tab has saved since: change, compact, write.
  let started = performance.now();
  const text = JSON.stringify(compactProgress(recordReview(study.state, cardId, card, 3, at, `bench-${i}`), at));
  saveTimes.push(performance.now() - started);
  // What it did before on every save: read the whole record back, check every item, merge, then write.
  started = performance.now();
  const reread = loadProgress(stored, at).state;
  JSON.stringify(mergeProgress(recordReview(study.state, cardId, card, 3, at, `bench-${i}`), reread));
  rereadTimes.push(performance.now() - started);
  if (text.length === 0) throw new Error('nothing written');
}
console.log(
  `Five years at 100 reviews a day: record ${(bytes / 1_048_576).toFixed(2)} MB (${Object.keys(study.state.cards).length} cards; ` +
    `${(study.uncompactedChars / 1_048_576).toFixed(1)} MB had every review been kept whole). ` +
    `Saving one review: median ${median(saveTimes).toFixed(1)} ms; with the whole record read back and merged, as every save did before: median ${median(rereadTimes).toFixed(1)} ms.`,
);
