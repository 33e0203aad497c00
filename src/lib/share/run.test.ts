import { describe, expect, it } from 'vitest';
import { createAssignment } from './assignment.ts';
import { buildClassTable } from './class-table.ts';
import { decodeResults, encodeResults } from './results.ts';
import {
  type RunPlan,
  cardsReviewedDuring,
  finishRun,
  moveRun,
  nextPosition,
  planRun,
  readSavedRun,
  recordRunAnswer,
  resumePosition,
  runResults,
  saveRunDraft,
  scoreAssignment,
  startRun,
  touchRun,
} from './run.ts';
import { QUESTION_KEYS, UNIT, draft, pickAssignment } from './test-fixtures.ts';

const Q = (n: number) => `${UNIT}/q-${String(n).padStart(2, '0')}`;
const CASE = `${UNIT}/cafe-launch`;
const content = { units: [UNIT, 'digital-marketing-planning'], questionKeys: QUESTION_KEYS, scenarioKeys: [CASE], fingerprints: { [Q(1)]: 'a1', [CASE]: 'c1' } };

describe('one grading for the finish screen and the tutor table (issue 19.10)', () => {
  it('agrees to the hundredth where floating-point sums disagree (2.34 / 3 is 77.999…)', async () => {
    const set = pickAssignment([Q(1), Q(2), Q(3)], { passMark: 78, scenarios: [] });
    const items = [
      { key: Q(1), score: 1, missed: [] },
      { key: Q(2), score: 1, missed: [] },
      { key: Q(3), score: 0.34, missed: [] },
    ];
    const learnerSees = scoreAssignment(set, { items, scenarios: [] }, 3, {});
    expect(learnerSees.quiz.scorePercent).toBe(78);
    expect(learnerSees.quiz.passed).toBe(true);
    const code = await encodeResults({ v: 1, assignment: set.id, learner: 'Ann', startedAt: '2026-05-01T09:00:00Z', submittedAt: '2026-05-01T09:10:00Z', items, scenarios: [] });
    const table = await buildClassTable(set, [code]);
    expect(table.rows[0]?.scorePercent).toBe(learnerSees.quiz.scorePercent);
    expect(table.rows[0]?.passed).toBe(learnerSees.quiz.passed);
  });

  it('scores each part, clamps a scenario to its marks, and puts everything on one scale', () => {
    const set = pickAssignment([Q(1), Q(2)], { scenarios: [CASE], decks: [UNIT] });
    const score = scoreAssignment(
      set,
      { items: [{ key: Q(1), score: 1, missed: [] }], scenarios: [{ key: CASE, total: 30, points: {} }], cards: 12 },
      2,
      { [CASE]: 20 },
    );
    expect(score.quiz.scorePercent).toBe(50);
    expect(score.scenarios).toEqual([{ key: CASE, total: 20, max: 20 }]);
    expect(score.cards).toBe(12);
    expect(score.overall).toEqual({ raw: 21, max: 22, scaled: 0.9545 });
  });
});

describe('the run saved on the device (issue 16)', () => {
  const set = pickAssignment([Q(1), Q(2), Q(3)]);
  const plan = planRun(set, content);
  const now = new Date('2026-05-01T09:00:00Z');

  it('reads back what was saved, and nothing saved for another assignment', () => {
    let run = startRun(set.id, 'Ann Lee', now, nextPosition(plan, null));
    run = recordRunAnswer(run, { key: Q(1), score: 1, missed: [] });
    run = saveRunDraft(run, CASE, 'half an answer');
    const saved = JSON.stringify(run);
    expect(readSavedRun(saved, set.id)).toEqual(run);
    expect(readSavedRun(saved, 'otherid1')).toBeNull();
    expect(readSavedRun('{not json', set.id)).toBeNull();
    expect(readSavedRun(JSON.stringify({ ...run, items: 'x' }), set.id)).toBeNull();
  });

  it('resumes past a question already answered, and at the end once finished', () => {
    let run = startRun(set.id, 'Ann Lee', now, nextPosition(plan, null));
    run = recordRunAnswer(run, { key: Q(1), score: 1, missed: [] });
    expect(resumePosition(run, plan)).toEqual({ part: 'question', index: 1 });
    run = moveRun(recordRunAnswer(moveRun(run, { part: 'question', index: 1 }), { key: Q(2), score: 0, missed: [] }), { part: 'question', index: 1 });
    expect(resumePosition(run, plan)).toEqual({ part: 'question', index: 2 });
    expect(resumePosition(finishRun(run, 'R1.x', '2026-05-01T09:10:00Z'), plan)).toEqual({ part: 'done' });
  });

  it('counts working time but not breaks', () => {
    let run = startRun(set.id, 'Ann', now, { part: 'question', index: 0 });
    run = touchRun(run, new Date(now.getTime() + 90_000));
    run = touchRun(run, new Date(now.getTime() + 3 * 3_600_000));
    run = touchRun(run, new Date(now.getTime() + 3 * 3_600_000 + 30_000));
    expect(run.activeSeconds).toBe(120);
  });

  it('reports the version of each item the learner answered, and the cards reviewed', () => {
    let run = startRun(set.id, 'Ann', now, { part: 'question', index: 0 });
    run = recordRunAnswer(run, { key: Q(1), score: 1, missed: [] });
    const results = runResults(run, content.fingerprints, '2026-05-01T09:10:00Z', 4);
    expect(results.fingerprints).toEqual({ [Q(1)]: 'a1' });
    expect(results.cards).toBe(4);
  });
});

describe('planning a run on this copy of the content (issue 19.9)', () => {
  it('lists what the link names that this copy lacks, and refuses to start with nothing left', () => {
    const gone = pickAssignment([`${UNIT}/gone-1`, `${UNIT}/gone-2`], { scenarios: [`${UNIT}/gone-case`], decks: [] });
    const plan: RunPlan = planRun(gone, content);
    expect(plan.missing).toEqual([`question ${UNIT}/gone-1`, `question ${UNIT}/gone-2`, `scenario ${UNIT}/gone-case`]);
    expect(plan.empty).toBe(true);
  });

  it('names the items whose version differs from the tutor’s', () => {
    const made = createAssignment(draft({ questions: { mode: 'pick', keys: [Q(1)] }, decks: [] }), 7, { questionKeys: QUESTION_KEYS, fingerprints: { [Q(1)]: 'old', [CASE]: 'c1' } });
    if (!made.ok) throw new Error(made.error.reason);
    expect(planRun(made.value, content)).toMatchObject({ changed: [Q(1)], missing: [], empty: false, unverified: false });
  });
});

describe('cards reviewed within the assignment', () => {
  it('counts reviews of the decks between start and finish, not undone ones or other units', () => {
    const reviews = [
      { card: `${UNIT}/reach`, at: '2026-05-01T09:05:00Z' },
      { card: `misconception:${UNIT}/myth`, at: '2026-05-01T09:06:00Z' },
      { card: `${UNIT}/reach`, at: '2026-05-01T09:07:00Z', undone: true },
      { card: `other-unit/x`, at: '2026-05-01T09:07:00Z' },
      { card: `${UNIT}/reach`, at: '2026-05-01T08:59:00Z' },
    ];
    expect(cardsReviewedDuring(reviews, [UNIT], '2026-05-01T09:00:00Z', '2026-05-01T09:10:00Z')).toBe(2);
  });
});

describe('the results code round trip keeps the new fields', () => {
  it('carries fingerprints, cards and active time', async () => {
    const set = pickAssignment([Q(1)]);
    const code = await encodeResults({
      v: 1,
      assignment: set.id,
      learner: 'Ann',
      startedAt: '2026-05-01T09:00:00Z',
      submittedAt: '2026-05-01T09:10:00Z',
      items: [{ key: Q(1), score: 1, missed: [] }],
      scenarios: [{ key: CASE, total: 3, points: {} }],
      fingerprints: { [Q(1)]: 'a1', [CASE]: 'c1' },
      cards: 5,
      activeSeconds: 400,
    });
    const decoded = await decodeResults(code);
    expect(decoded.ok && decoded.value).toMatchObject({ fingerprints: { [Q(1)]: 'a1', [CASE]: 'c1' }, cards: 5, activeSeconds: 400 });
  });
});
