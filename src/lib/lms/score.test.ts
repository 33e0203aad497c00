import { describe, expect, it } from 'vitest';
import { passMarkInForce, secondsBetween, summariseAttempt } from './score.ts';
import { attempt, content } from './test-fixtures.ts';

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
