/** `npm run bench:search`: fuse.js queries over a generated index of 5,000 entries (goal: median < 10 ms). */
import type { SearchEntry } from '../lib/search/entries.ts';
import { createSearcher, search } from '../lib/search/query.ts';
import { seededRandom } from '../lib/random/seeded.ts';

const words = 'strategy tactics objectives smart race reach act convert engage content curation brand voice listening sentiment analytics engagement conversion roi paid social targeting budget testing crisis reputation escalation audience persona platform algorithm campaign calendar influencer disclosure attribution segmentation loyalty advocacy journey touchpoint pestle sostac'.split(' ');
const random = seededRandom(11);
// A course 25 times this one has a few thousand distinct words: marketing terms plus ordinary prose.
const syllables = ['ka', 'lo', 'mi', 'ter', 'san', 'vo', 'ri', 'del', 'pa', 'nu', 'xe', 'tor', 'ben', 'ca', 'fi'];
const prose = Array.from({ length: 3000 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join(''));
const pick = (n: number) =>
  Array.from({ length: n }, () => (random() < 0.25 ? words[Math.floor(random() * words.length)] : prose[Math.floor(random() * prose.length)])).join(' ');
const kinds = ['lesson', 'term', 'misconception', 'scenario'] as const;
const entries: SearchEntry[] = Array.from({ length: 5000 }, (_, i) => ({
  kind: kinds[i % 4] ?? 'lesson',
  title: pick(4),
  text: pick(60),
  href: `units/u/${i}/`,
  unit: `Unit ${i % 12}`,
}));
const built = performance.now();
const searcher = createSearcher(entries);
console.log(`Index of ${entries.length} entries built in ${(performance.now() - built).toFixed(0)} ms`);
const queries = ['smart objectives', 'crisis escalation', 'brand voce', 'attribution model', 'influencer disclosure', 'roi', 'customer journey touchpoint', 'sentiment'];
for (const query of queries) search(searcher, query);
const times: number[] = [];
for (let i = 0; i < 200; i += 1) {
  const query = queries[i % queries.length] ?? 'roi';
  const started = performance.now();
  search(searcher, query);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(`Query over ${entries.length} entries: median ${times[100]?.toFixed(2)} ms, p95 ${times[190]?.toFixed(2)} ms (goal: median < 10 ms)`);
