/**
 * Reads the labelled sets from disk for the benchmark and the accuracy tests: the course's own
 * sample answers, the independent answers in tests/fixtures/marking/*.yaml (course scenarios),
 * and the sets written for scenarios outside the course, in tests/fixtures/marking/tune and
 * tests/fixtures/marking/heldout, whose scenarios are in tests/fixtures/marking/scenarios; and a
 * fresh set (tests/fixtures/marking/fresh) written by another examiner once the marker had been
 * tuned, and a second fresh set (tests/fixtures/marking/fresh2) written by a third examiner later still;
 * and answers by other hands to every course scenario (tests/fixtures/marking/course-inspected and
 * course-heldout). The heldout halves and the fresh set are only ever measured, never read for tuning.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatPath } from '../lib/format-path.ts';
import { formatIssues } from '../lib/content/issues.ts';
import { loadCourse } from '../lib/content/load.ts';
import { parseYaml } from '../lib/content/parse.ts';
import { type Scenario, scenarioSchema } from '../lib/content/schemas.ts';
import type { Course } from '../lib/content/validate.ts';
import { type LabelledAnswer, type LabelledSet, labelledFromCourse, labelledFromSets, labelledSetSchema } from '../lib/marking/labelled.ts';

/** The course under `root`, or the reasons it does not load printed and the process ended: for the measuring scripts. */
export function courseOrExit(root: string): Course {
  const loaded = loadCourse(root);
  if (!loaded.ok) {
    console.error(formatIssues(loaded.error));
    process.exit(1);
  }
  return loaded.value;
}

export interface LabelledCollection {
  label: string;
  answers: LabelledAnswer[];
  /** The scenarios the answers are for, for the adversary. */
  scenarios: { key: string; scenario: Scenario }[];
}

function readYamlFiles(dir: string): { name: string; value: unknown }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const parsed = parseYaml(readFileSync(join(dir, name), 'utf8'));
      if (!parsed.ok) throw new Error(`${join(dir, name)}: ${parsed.error}`);
      return { name, value: parsed.value };
    });
}

function readSets(dir: string): LabelledSet[] {
  return readYamlFiles(dir).map(({ name, value }) => {
    const set = labelledSetSchema.safeParse(value);
    if (!set.success) throw new Error(`${join(dir, name)}: not a valid labelled set: ${set.error.issues[0]?.message ?? ''} at ${formatPath(set.error.issues[0]?.path ?? [])}`);
    return set.data;
  });
}

export function fixtureScenarios(root: string): Map<string, Scenario> {
  const dir = join(root, 'tests/fixtures/marking/scenarios');
  return new Map(
    readYamlFiles(dir).map(({ name, value }) => {
      const scenario = scenarioSchema.safeParse(value);
      if (!scenario.success) throw new Error(`${join(dir, name)}: not a valid scenario: ${scenario.error.issues[0]?.message ?? ''}`);
      return [`fixture/${scenario.data.id}`, scenario.data] as const;
    }),
  );
}

/** The half of the second fresh set that may be read while changing the marker. */
export const SECOND_FRESH_INSPECTED: ReadonlySet<string> = new Set(['fixture/thornfield-vets-boosters', 'fixture/fellrun-outdoor-jacket-launch']);

export function labelledCollections(
  root: string,
  course: Course,
  options: { skipHeldout?: boolean } = {},
): { collections: LabelledCollection[]; problems: string[] } {
  const extra = fixtureScenarios(root);
  const problems: string[] = [];
  const courseScenarios = course.units.flatMap((unit) => unit.scenarios.map((scenario) => ({ key: `${unit.id}/${scenario.id}`, scenario })));
  const collection = (label: string, dir: string, keep: (scenario: string) => boolean = () => true): LabelledCollection | null => {
    const sets = readSets(join(root, dir)).filter((set) => keep(set.scenario));
    if (sets.length === 0) return null;
    const read = labelledFromSets(course, sets, extra);
    problems.push(...read.problems);
    const keys = new Set(read.answers.map((answer) => answer.scenarioKey));
    const scenarios = [...keys].flatMap((key) => {
      const scenario = extra.get(key) ?? courseScenarios.find((entry) => entry.key === key)?.scenario;
      return scenario ? [{ key, scenario }] : [];
    });
    return { label, answers: read.answers, scenarios };
  };
  const collections: LabelledCollection[] = [{ label: 'course samples', answers: labelledFromCourse(course), scenarios: courseScenarios }];
  for (const [label, dir] of [
    ['independent (course scenarios)', 'tests/fixtures/marking'],
    ['new set: tune half', 'tests/fixtures/marking/tune'],
    ['new set: heldout half', 'tests/fixtures/marking/heldout'],
    ['fresh set (heldout, written after the marker was tuned)', 'tests/fixtures/marking/fresh'],
    // Answers by other hands to every course scenario, marked with the course's own hints: what a
    // learner on the course meets. Split by scenario before any answer was read (alternate files by
    // name): one half may be inspected, the other is only ever measured.
    ['course scenarios, other hands: inspected half', 'tests/fixtures/marking/course-inspected'],
    ['course scenarios, other hands: heldout half', 'tests/fixtures/marking/course-heldout'],
    // Gaming answers (and two earnest ones each) to every course scenario, written later by other
    // hands to find what the marker lets through: read while changing the marker, like an inspected half.
    ['course scenarios, other hands: gaming set', 'tests/fixtures/marking/course-gaming'],
  ] as const) {
    // While tuning, the sets only ever measured are not even read, so nothing in them can steer a choice.
    if (options.skipHeldout && label.includes('heldout')) continue;
    const found = collection(label, dir);
    if (found) collections.push(found);
  }
  // The second fresh set was split before any of its answers was read: one half may be inspected
  // to find what the marker misses, the other is only ever measured.
  for (const [label, inspected] of [
    ['second fresh set: inspected half', true],
    ['second fresh set: heldout half', false],
  ] as const) {
    if (options.skipHeldout && label.includes('heldout')) continue;
    const found = collection(label, 'tests/fixtures/marking/fresh2', (scenario) => SECOND_FRESH_INSPECTED.has(scenario) === inspected);
    if (found) collections.push(found);
  }
  return { collections, problems };
}
