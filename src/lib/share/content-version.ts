/**
 * Which version of each question and scenario a piece of work was made from. An assignment link
 * and a results code carry a short fingerprint per item, so a tutor or learner whose copy of
 * Markpoint holds different content is told exactly which items differ, instead of the table
 * quietly grading against whatever this browser happens to have.
 */
import { hashString } from '../random/seeded.ts';

/** What the fingerprints read from a question: what the learner sees and how it is graded. */
export interface FingerprintQuestion {
  key: string;
  kind: string;
  prompt: string;
  options: readonly { id: string; text: string; correct: boolean; misconception?: string | undefined }[];
}

/** What the fingerprints read from a scenario: what its marks are out of and how they split. */
export interface FingerprintScenario {
  key: string;
  marks: number;
  points: readonly { id: string; marks: number }[];
}

/** Up to 7 base-36 characters: short enough to ride in a link for every item. */
export const FINGERPRINT_PATTERN = /^[0-9a-z]{1,7}$/;

function fingerprintOf(value: unknown): string {
  return hashString(JSON.stringify(value)).toString(36);
}

export function questionFingerprint(question: FingerprintQuestion): string {
  return fingerprintOf([
    question.kind,
    question.prompt,
    question.options.map((option) => [option.id, option.text, option.correct, option.misconception ?? '']),
  ]);
}

export function scenarioFingerprint(scenario: FingerprintScenario): string {
  // Titles and statements may be reworded without changing what a mark means, so only the marks count.
  return fingerprintOf([scenario.marks, scenario.points.map((point) => [point.id, point.marks])]);
}

/** Every item this copy of Markpoint has, by key. */
export function contentFingerprints(questions: readonly FingerprintQuestion[], scenarios: readonly FingerprintScenario[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const question of questions) out[question.key] = questionFingerprint(question);
  for (const scenario of scenarios) out[scenario.key] = scenarioFingerprint(scenario);
  return out;
}

/** One short name for a set of item versions, to quote to people ("content version 1x9k2p"). */
export function contentVersion(fingerprints: Readonly<Record<string, string>>): string {
  const entries = Object.keys(fingerprints)
    .sort()
    .map((key) => `${key}=${fingerprints[key] ?? ''}`);
  return fingerprintOf(entries);
}

export interface ContentDifference {
  /** Items the work names that this copy lacks. */
  missing: string[];
  /** Items this copy has in a different version. */
  changed: string[];
}

/** How `here` differs from the versions `expected` names, for the given keys. */
export function compareFingerprints(keys: readonly string[], expected: Readonly<Record<string, string>>, here: Readonly<Record<string, string>>): ContentDifference {
  const missing: string[] = [];
  const changed: string[] = [];
  for (const key of keys) {
    const local = Object.hasOwn(here, key) ? here[key] : undefined;
    if (local === undefined) missing.push(key);
    else if (Object.hasOwn(expected, key) && expected[key] !== local) changed.push(key);
  }
  return { missing, changed };
}
