/** `npm run bench:srs`: building today's review queue for 2,000 cards (goal: under 10 ms). */
import type { CardRecord } from '../lib/progress/state.ts';
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
