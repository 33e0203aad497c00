import { describe, expect, it } from 'vitest';
import type { ScenarioAttempt } from '../progress/state.ts';
import { attemptStatus, compareWithPrevious, repeatedAttempt, sameAnswerText } from './attempts.ts';

const attempt = (id: string, answer: string, marks: Record<string, number>): ScenarioAttempt => ({
  id,
  at: `2026-05-0${id}T10:00:00.000Z`,
  answer,
  total: Object.values(marks).reduce((a, b) => a + b, 0),
  max: 20,
  points: Object.entries(marks).map(([pointId, value]) => ({ id: pointId, status: value >= 2 ? 'earned' : value > 0 ? 'partly' : 'not', marks: value })),
});

describe('scenario attempts', () => {
  it('treats a resubmission that only changes spacing as the same answer', () => {
    expect(sameAnswerText('Reach  grew.\n\nCPA fell. ', 'Reach grew. CPA fell.')).toBe(true);
    expect(sameAnswerText('Reach grew.', 'Reach grew!')).toBe(false);
  });
  it('finds the latest attempt an unchanged answer repeats, and only the latest', () => {
    const record = { draft: '', draftAt: '2026-05-01T10:00:00.000Z', attempts: [attempt('1', 'first', { a: 1 }), attempt('2', 'second', { a: 2 })] };
    expect(repeatedAttempt(record, 'second ')?.id).toBe('2');
    expect(repeatedAttempt(record, 'first')).toBeNull();
    expect(repeatedAttempt(undefined, 'first')).toBeNull();
  });
  it('compares an attempt with the one before: score change, points gained and lost', () => {
    const attempts = [attempt('1', 'x', { a: 2, b: 0, c: 1 }), attempt('2', 'y', { a: 1, b: 2, c: 1 })];
    expect(compareWithPrevious(attempts, '1')).toBeNull();
    expect(compareWithPrevious(attempts, '2')).toEqual({
      previous: { total: 3, at: '2026-05-01T10:00:00.000Z' },
      scoreChange: 1,
      gained: [{ id: 'b', before: 0, after: 2 }],
      lost: [{ id: 'a', before: 2, after: 1 }],
    });
  });
});

describe('attemptStatus', () => {
  const format = (marks: number) => String(marks);
  it('says nothing before an answer is marked', () => {
    expect(attemptStatus([], 0, 20, format)).toBe('');
  });
  it('names a first attempt, and nothing more', () => {
    expect(attemptStatus([{ total: 9 }], 1, 20, format)).toBe(' Attempt 1.');
  });
  it('gives the best, and the first as written before the marking points were seen', () => {
    expect(attemptStatus([{ total: 9 }, { total: 15 }, { total: 12 }], 3, 20, format)).toBe(
      ' Attempt 3. Your best is 15 over 3 attempts. Your first, written before you saw the marking points, scored 9 of 20.',
    );
  });
});
