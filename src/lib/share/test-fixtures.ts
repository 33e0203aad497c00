/** Assignments and results the share tests build on (imported by tests only, never by the site). */
import { type Assignment, type AssignmentDraft, createAssignment } from './assignment.ts';
import type { ResultsCode } from './results.ts';

export const UNIT = 'social-media-strategy';
export const OTHER_UNIT = 'digital-marketing-planning';

/** Twenty-four questions over two units, listed out of order as a page might. */
export const QUESTION_KEYS = [
  ...Array.from({ length: 14 }, (_, i) => `${UNIT}/q-${String(14 - i).padStart(2, '0')}`),
  ...Array.from({ length: 10 }, (_, i) => `${OTHER_UNIT}/q-${String(i + 1).padStart(2, '0')}`),
];

export function draft(overrides: Partial<AssignmentDraft> = {}): AssignmentDraft {
  return {
    title: 'Week 3: social listening and SMART objectives',
    tutor: 'Ms R. Okafor',
    units: [UNIT, OTHER_UNIT],
    questions: { mode: 'draw', count: 20 },
    decks: [UNIT],
    scenarios: [`${UNIT}/cafe-launch`],
    due: '2026-05-15',
    passMark: 70,
    ...overrides,
  };
}

export function assignment(overrides: Partial<AssignmentDraft> = {}, seed = 123_456_789): Assignment {
  const made = createAssignment(draft(overrides), seed);
  if (!made.ok) throw new Error(made.error.reason);
  return made.value;
}

export function pickAssignment(keys: string[], overrides: Partial<AssignmentDraft> = {}): Assignment {
  return assignment({ questions: { mode: 'pick', keys }, ...overrides });
}

export function results(forAssignment: Assignment, overrides: Partial<ResultsCode> = {}): ResultsCode {
  return {
    v: 1,
    assignment: forAssignment.id,
    learner: 'Ann Lee',
    startedAt: '2026-05-10T09:00:00.000Z',
    submittedAt: '2026-05-10T09:25:00.000Z',
    items: [
      { key: `${UNIT}/q-01`, score: 1, missed: [] },
      { key: `${UNIT}/q-02`, score: 0, missed: [`${UNIT}/tactics-are-strategy`] },
      { key: `${UNIT}/q-03`, score: 0.67, missed: [`${UNIT}/reach-is-engagement`] },
    ],
    scenarios: [{ key: `${UNIT}/cafe-launch`, total: 5, points: { smart: 2, goals: 3, weak: 0 } }],
    ...overrides,
  };
}
