// Checks the independently labelled marking sets in tests/fixtures/marking/{scenarios,tune,heldout,fresh,fresh2}:
// every scenario parses against the course's scenario schema (and, with BEFORE_HINTS=1, carries no hint fields: those are
// written later by someone else), and every answer judges every point of its scenario exactly once.
// Run: node scripts/check-labelled.mjs   (Node 24, which strips the TypeScript types of schemas.ts)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { scenarioSchema } from '../src/lib/content/schemas.ts';
import { formatPath } from '../src/lib/format-path.ts';

const root = 'tests/fixtures/marking';
const KINDS = [
  'strong', 'competent', 'weak', 'paraphrase', 'other-words', 'negation', 'off-case',
  'copied-case', 'stuffed', 'pasted', 'feedback-echo', 'short', 'long',
];
const JUDGEMENTS = new Set(['earned', 'partly', 'not']);
const problems = [];
const kindCounts = Object.fromEntries(KINDS.map((kind) => [kind, 0]));
const judgementCounts = { earned: 0, partly: 0, not: 0 };
const wordCount = (text) => text.trim().split(/\s+/).filter(Boolean).length;

const scenarioFiles = readdirSync(join(root, 'scenarios')).filter((name) => name.endsWith('.yaml')).sort();
// tune/heldout are the two halves of the first set; fresh/ and fresh2/ were written later, each by an
// author who never saw the marker, so that accuracy can be reported on cases nobody tuned against.
// A scenario's answers live in exactly one of these folders.
const SETS = ['tune', 'heldout', 'fresh', 'fresh2'];
const halfOf = new Map();
const setCounts = Object.fromEntries(SETS.map((set) => [set, { answers: 0, earned: 0, partly: 0, not: 0 }]));
for (const half of SETS) {
  if (!existsSync(join(root, half))) continue;
  for (const name of readdirSync(join(root, half)).filter((file) => file.endsWith('.yaml'))) {
    if (halfOf.has(name)) problems.push(`${name}: answers file is in both ${halfOf.get(name)}/ and ${half}/`);
    halfOf.set(name, half);
  }
}

let answerTotal = 0;
// A second examiner judged every answer blind (scripts/measure-judges.ts): each answer and point once.
const expectedSecond = Object.fromEntries(SETS.map((set) => [set, new Map()]));
for (const name of scenarioFiles) {
  const raw = parse(readFileSync(join(root, 'scenarios', name), 'utf8'));
  const result = scenarioSchema.safeParse(raw);
  if (!result.success) {
    problems.push(`${name}: ${result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ')}`);
    continue;
  }
  const scenario = result.data;
  if (`${scenario.id}.yaml` !== name) problems.push(`${name}: id ${scenario.id} does not match the file name`);
  // Hints are added later by a separate author who sees only the scenario; answers are never judged with them.
  if (process.env.BEFORE_HINTS && raw.points.some((point) => 'hints' in point)) problems.push(`${name}: has hint fields`);
  const pointTotal = scenario.points.reduce((sum, point) => sum + point.marks, 0);
  if (pointTotal !== scenario.marks) problems.push(`${name}: points offer ${pointTotal}, scenario says ${scenario.marks}`);

  const half = halfOf.get(name);
  if (!half) {
    problems.push(`${name}: no answers file in ${SETS.map((set) => `${set}/`).join(', ')}`);
    continue;
  }
  const answersPath = join(root, half, name);
  const document = parseDocument(readFileSync(answersPath, 'utf8'), { uniqueKeys: true });
  if (document.errors.length > 0) {
    problems.push(`${answersPath}: ${document.errors.map((error) => error.message).join('; ')}`);
    continue;
  }
  const answers = document.toJS();
  if (answers.scenario !== `fixture/${scenario.id}`) problems.push(`${answersPath}: scenario is ${answers.scenario}`);
  const pointIds = scenario.points.map((point) => point.id);
  const seenIds = new Set();
  const kindsHere = new Set();
  const secondExpected = expectedSecond[half];
  for (const answer of answers.answers ?? []) {
    answerTotal += 1;
    setCounts[half].answers += 1;
    const where = `${answersPath} ${answer.id}`;
    if (seenIds.has(answer.id)) problems.push(`${where}: duplicate answer id`);
    seenIds.add(answer.id);
    secondExpected.set(`${scenario.id}#${answer.id}`, pointIds);
    if (!KINDS.includes(answer.kind)) problems.push(`${where}: unknown kind ${answer.kind}`);
    else {
      kindCounts[answer.kind] += 1;
      kindsHere.add(answer.kind);
    }
    if (typeof answer.answer !== 'string' || answer.answer.trim() === '') problems.push(`${where}: empty answer`);
    const words = wordCount(answer.answer ?? '');
    if (answer.kind === 'short' && words >= 60) problems.push(`${where}: short answer has ${words} words`);
    if (answer.kind === 'long' && words <= 900) problems.push(`${where}: long answer has only ${words} words`);
    const judged = Object.keys(answer.judgements ?? {});
    for (const id of pointIds) if (!judged.includes(id)) problems.push(`${where}: no judgement for ${id}`);
    for (const id of judged) {
      if (!pointIds.includes(id)) problems.push(`${where}: judges unknown point ${id}`);
      const value = answer.judgements[id];
      if (!JUDGEMENTS.has(value)) problems.push(`${where}: ${id} judged "${value}"`);
      else {
        judgementCounts[value] += 1;
        setCounts[half][value] += 1;
      }
    }
  }
  if ((answers.answers ?? []).length < 12) problems.push(`${answersPath}: only ${(answers.answers ?? []).length} answers`);
  for (const kind of KINDS) if (!kindsHere.has(kind)) problems.push(`${answersPath}: no ${kind} answer`);
}
for (const name of halfOf.keys()) {
  if (!existsSync(join(root, 'scenarios', name))) problems.push(`${name}: answers file has no scenario`);
}

const SECOND = join(root, 'second-judge');
for (const set of SETS) {
  const path = join(SECOND, `${set}.yaml`);
  if (!existsSync(path)) {
    problems.push(`${path}: missing (the second examiner's judgements of ${set}/)`);
    continue;
  }
  const document = parseDocument(readFileSync(path, 'utf8'), { uniqueKeys: true });
  if (document.errors.length > 0) {
    problems.push(`${path}: ${document.errors.map((error) => error.message).join('; ')}`);
    continue;
  }
  const judged = document.toJS() ?? {};
  for (const [key, pointIds] of expectedSecond[set]) {
    const points = judged[key];
    if (!points) {
      problems.push(`${path}: no judgement of ${key}`);
      continue;
    }
    for (const id of pointIds) if (!(id in points)) problems.push(`${path} ${key}: no judgement for ${id}`);
    for (const [id, value] of Object.entries(points)) {
      if (!pointIds.includes(id)) problems.push(`${path} ${key}: judges unknown point ${id}`);
      else if (!JUDGEMENTS.has(value)) problems.push(`${path} ${key}: ${id} judged "${value}"`);
    }
  }
  for (const key of Object.keys(judged)) if (!expectedSecond[set].has(key)) problems.push(`${path}: judges ${key}, which is not an answer in ${set}/`);
}

console.log(`${scenarioFiles.length} scenarios, ${answerTotal} answers`);
console.log('answers per kind:', JSON.stringify(kindCounts));
console.log('judgements:', JSON.stringify(judgementCounts));
for (const set of SETS) console.log(`${set}:`, JSON.stringify(setCounts[set]));
if (problems.length > 0) {
  console.error(problems.map((problem) => `- ${problem}`).join('\n'));
  process.exit(1);
}
console.log('all labelled sets are consistent');
