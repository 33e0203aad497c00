/**
 * Whatever is pasted or opened, the decoders answer: a valid object or a refusal with a reason.
 * They never throw, and a damaged code never decodes to different work.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Assignment, decodeAssignment, encodeAssignment, validateAssignment } from './assignment.ts';
import { ASSIGNMENT_KIND, RESULTS_KIND, type ShareResult, packCode } from './frame.ts';
import { type ResultsCode, decodeResults, encodeResults, validateResults } from './results.ts';
import { OTHER_UNIT, UNIT, assignment, pickAssignment, results } from './test-fixtures.ts';

const RUNS = 10_000;
const TIMEOUT = 120_000;
const CODE_CHARS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.#'];

type Decoded = ShareResult<Assignment> | ShareResult<ResultsCode>;

function expectAnswer(result: Decoded, revalidate: (value: unknown) => { ok: boolean }) {
  if (result.ok) {
    expect(revalidate(result.value).ok).toBe(true);
  } else {
    expect(typeof result.error.reason).toBe('string');
    expect(result.error.reason.length).toBeGreaterThan(0);
    expect(result.error.problem.length).toBeGreaterThan(0);
  }
}

async function decodeBoth(text: string) {
  expectAnswer(await decodeAssignment(text), validateAssignment);
  expectAnswer(await decodeResults(text), validateResults);
}

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'insert'; at: number; char: string }
  | { kind: 'delete'; at: number };

const anyChar = fc.oneof(fc.constantFrom(...CODE_CHARS), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), char: anyChar }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char: anyChar }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
);

function mutate(code: string, change: Mutation): string {
  const at = change.at % (code.length + 1);
  switch (change.kind) {
    case 'truncate':
      return code.slice(0, at);
    case 'flip':
      return `${code.slice(0, at)}${change.char}${code.slice(at + 1)}`;
    case 'insert':
      return `${code.slice(0, at)}${change.char}${code.slice(at)}`;
    case 'delete':
      return `${code.slice(0, at)}${code.slice(at + 1)}`;
  }
}

interface Sample<T> {
  code: string;
  value: T;
}

let links: Sample<Assignment>[] = [];
let codes: Sample<ResultsCode>[] = [];

beforeAll(async () => {
  const assignments = [
    assignment(),
    assignment({ note: 'Quiz first.\nThen the café case — ☕ <b>bold</b>.', due: undefined }, 7),
    pickAssignment(Array.from({ length: 40 }, (_, i) => `${i % 2 ? UNIT : OTHER_UNIT}/question-${i}`), { decks: [], scenarios: [] }),
  ];
  links = await Promise.all(assignments.map(async (value) => ({ code: await encodeAssignment(value), value })));
  const set = assignments[0] as Assignment;
  const resultsList = [
    results(set),
    results(set, { learner: 'Zoë 👩🏽‍🏫 محمد', scenarios: [] }),
    results(set, { items: Array.from({ length: 20 }, (_, i) => ({ key: `${UNIT}/q-${i}`, score: (i % 4) / 4, missed: i % 3 ? [] : [`${UNIT}/m-${i}`] })) }),
  ];
  codes = await Promise.all(resultsList.map(async (value) => ({ code: await encodeResults(value), value })));
});

describe('decoding never throws', () => {
  it(
    `answers random text with a valid object or a reason (${RUNS.toLocaleString('en-GB')} runs)`,
    async () => {
      const text = fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.tuple(fc.constantFrom('A1.', 'R1.', 'A2.', 'R0.', '#A1.', 'https://x.example/a/#R1.'), fc.string({ unit: fc.constantFrom(...CODE_CHARS), maxLength: 300 })).map(
          ([prefix, rest]) => `${prefix}${rest}`,
        ),
        fc.string({ unit: fc.constantFrom(...CODE_CHARS), minLength: 3995, maxLength: 4010 }),
      );
      await fc.assert(fc.asyncProperty(text, decodeBoth), { numRuns: RUNS });
    },
    TIMEOUT,
  );

  it(
    `refuses damaged links and codes, or reads them as they were made (${RUNS.toLocaleString('en-GB')} runs)`,
    async () => {
      const damaged = fc.tuple(fc.boolean(), fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }));
      await fc.assert(
        fc.asyncProperty(damaged, async ([isLink, pick, changes]) => {
          const pool: Sample<Assignment | ResultsCode>[] = isLink ? links : codes;
          const sample = pool[pick % pool.length] as Sample<Assignment | ResultsCode>;
          const text = changes.reduce(mutate, sample.code);
          const result = isLink ? await decodeAssignment(text) : await decodeResults(text);
          expectAnswer(result, isLink ? validateAssignment : validateResults);
          // The checksum's job: a change it lets through must be one that changes nothing.
          if (result.ok) expect(result.value).toEqual(sample.value);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'answers well-sealed codes holding any JSON at all (past the checksum, validation must cope)',
    async () => {
      const json = fc.oneof(
        fc.jsonValue(),
        // Real shapes with one field replaced by anything.
        fc.tuple(fc.constantFrom('i', 't', 'b', 'n', 'u', 'd', 'p', 'f', 's', 'e', 'm'), fc.jsonValue()).map(([key, value]) => ({
          i: 'abcd2345',
          t: 'Week 3',
          b: 'Ms Okafor',
          u: [UNIT],
          d: [10, 42],
          m: 70,
          [key]: value,
        })),
        fc.tuple(fc.constantFrom('a', 'l', 'b', 'e', 'i', 's'), fc.jsonValue()).map(([key, value]) => ({
          a: 'abcd2345',
          l: 'Ann',
          b: 1_778_403_600,
          e: 1_778_405_100,
          i: [[`${UNIT}/q-01`, 100, [`${UNIT}/m`]]],
          s: [[`${UNIT}/case`, 3, { smart: 3 }]],
          [key]: value,
        })),
      );
      await fc.assert(
        fc.asyncProperty(json, async (value) => {
          expectAnswer(await decodeAssignment(await packCode(ASSIGNMENT_KIND, value)), validateAssignment);
          expectAnswer(await decodeResults(await packCode(RESULTS_KIND, value)), validateResults);
        }),
        { numRuns: 3_000 },
      );
    },
    TIMEOUT,
  );
});
