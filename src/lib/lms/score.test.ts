import { describe, expect, it } from 'vitest';
import { scoreAssignment } from '../share/run.ts';
import { passMarkInForce, secondsBetween, summariseAttempt } from './score.ts';
import { SCENARIO, UNIT, attempt, content } from './test-fixtures.ts';

describe('summariseAttempt', () => {
  it('adds quiz marks and scenario marks into one score over the same maximum the learner sees', () => {
    const summary = summariseAttempt(content(), attempt());
    expect(summary).toMatchObject({ raw: 5.33, min: 0, max: 9, scaled: 0.5922, percent: 59.22, completed: true, passed: false, passMark: 60 });
    expect(summary.quiz).toEqual({ raw: 1.33, max: 3 });
    expect(summary.scenarios).toEqual([{ key: 'social-media-strategy/cafe-launch', title: 'A café opens a second site', total: 4, max: 6 }]);
  });

  it('passes at exactly the pass mark, judged in marks rather than a rounded percentage', () => {
    const exact = attempt({ questions: [{ key: 'social-media-strategy/q-01', chosen: ['clicks'], score: 1 }, { key: 'social-media-strategy/q-02', chosen: [], score: 0.4 }, { key: 'social-media-strategy/q-03', chosen: ['myth'], score: 0 }] });
    // 1.4 + 4 = 5.4 of 9 = 60%.
    expect(summariseAttempt(content(), exact).passed).toBe(true);
    expect(summariseAttempt(content(), exact, 60.01).passed).toBe(false);
  });

  it('is incomplete while a question or the scenario is unanswered, and counts what is missing as 0', () => {
    const partial = summariseAttempt(content(), attempt({ scenarios: [] }));
    expect(partial.completed).toBe(false);
    expect(partial.raw).toBe(1.33);
    expect(partial.max).toBe(9);
  });

  it('clamps scores a tampered attempt could carry', () => {
    const tampered = attempt({ questions: [{ key: 'social-media-strategy/q-01', chosen: [], score: 7 }], scenarios: [{ key: 'social-media-strategy/cafe-launch', answer: '', total: 99, max: 6, points: {} }] });
    const summary = summariseAttempt(content(), tampered);
    expect(summary.raw).toBe(7);
    expect(summary.scaled).toBeLessThanOrEqual(1);
  });
});

describe('one scoring for the LMS, the finish screen and the tutor table (issue 18)', () => {
  /** What the site scores: the results code the package hands the tutor, through scoreAssignment. */
  const siteScore = (answers = attempt()) =>
    scoreAssignment(
      content().assignment,
      { items: answers.questions.map((answer) => ({ key: answer.key, score: answer.score, missed: [] })), scenarios: answers.scenarios.map(({ key, total, points }) => ({ key, total, points })) },
      content().questions.length,
      { [SCENARIO.key]: SCENARIO.marks },
    );

  it('gives the gradebook the marks the site gives the same answers', () => {
    const summary = summariseAttempt(content(), attempt());
    const site = siteScore();
    expect({ raw: summary.raw, max: summary.max }).toEqual({ raw: site.overall.raw, max: site.overall.max });
    expect(summary.percent).toBe(Math.round((site.overall.raw / site.overall.max) * 10_000) / 100);
    expect(summary.quiz).toEqual({ raw: site.quiz.earned, max: site.quiz.questionCount });
    expect(summary.scenarios.map(({ key, total, max }) => ({ key, total, max }))).toEqual(site.scenarios);
  });

  it('counts each question in whole hundredths, as the tutor table does, not the rounded sum of thirds', () => {
    const thirds = attempt({ questions: [1, 2, 3].map((n) => ({ key: `${UNIT}/q-0${n}`, chosen: [], score: 1 / 3 })) });
    const summary = summariseAttempt(content(), thirds);
    // 0.33 three times is 0.99; adding the thirds first and rounding once would say 1.
    expect(summary.quiz.raw).toBe(0.99);
    expect(summary.raw).toBe(siteScore(thirds).overall.raw);
  });

  it('reads an attempt damaged on the device as 0, never as NaN', () => {
    const damaged = attempt({ questions: [{ key: `${UNIT}/q-01`, chosen: [], score: Number.NaN }], scenarios: [{ key: SCENARIO.key, answer: '', total: -3, max: 6, points: {} }] });
    const summary = summariseAttempt(content(), damaged);
    expect(summary.raw).toBe(0);
    expect(summary.percent).toBe(0);
    expect(summary.passed).toBe(false);
  });
});

describe('passMarkInForce', () => {
  it("uses the LMS's mastery score when it sets a usable one, else the tutor's", () => {
    expect(passMarkInForce(70, 0.8)).toBe(80);
    expect(passMarkInForce(70, null)).toBe(70);
    expect(passMarkInForce(70, Number.NaN)).toBe(70);
    expect(passMarkInForce(70, 1.5)).toBe(70);
  });
});

describe('secondsBetween', () => {
  it('never goes negative or NaN', () => {
    expect(secondsBetween('2026-05-10T09:00:00Z', '2026-05-10T09:01:05Z')).toBe(65);
    expect(secondsBetween('2026-05-10T09:00:00Z', '2026-05-10T08:00:00Z')).toBe(0);
    expect(secondsBetween('', 'nonsense')).toBe(0);
  });
});
