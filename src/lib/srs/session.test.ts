import { describe, expect, it } from 'vitest';
import { cardsDueByUnit, studyAheadOrder, tallySession } from './session.ts';

const now = new Date('2026-03-01T12:00:00Z');

describe('studying ahead', () => {
  it('takes only cards met but not yet due, soonest first, and leaves new cards out', () => {
    const cards = { a: { due: '2026-03-09T00:00:00Z' }, b: { due: '2026-03-02T00:00:00Z' }, due: { due: '2026-02-27T00:00:00Z' }, c: { due: '2026-03-04T00:00:00Z' } };
    expect(studyAheadOrder(['a', 'b', 'due', 'c', 'new'], cards, now)).toEqual(['b', 'c', 'a']);
  });
});

describe('cards due by unit', () => {
  it('counts each unit once, using the title first given, and a card shared by two outcomes once', () => {
    const cards = { 'u1/a': { due: '2026-02-27T00:00:00Z' }, 'u1/b': { due: '2026-03-05T00:00:00Z' }, 'u2/c': { due: '2026-03-01T12:00:00Z' } };
    const groups = [
      { unit: 'u1', unitTitle: 'Unit one', cards: ['u1/a', 'u1/b'] },
      { unit: 'u2', unitTitle: 'Unit two', cards: ['u2/c', 'u2/new'] },
      { unit: 'u1', unitTitle: 'Unit one', cards: ['u1/a'] },
    ];
    expect(cardsDueByUnit(groups, cards, now)).toEqual([
      { unit: 'u1', unitTitle: 'Unit one', due: 1 },
      { unit: 'u2', unitTitle: 'Unit two', due: 1 },
    ]);
  });
});

describe('a session tally', () => {
  it('counts every Again as forgotten, even on a card met for the first time', () => {
    expect(tallySession([3, 1, 4, 2, 1])).toEqual({ reviewed: 5, again: 2, hard: 1, recalled: 2 });
    expect(tallySession([])).toEqual({ reviewed: 0, again: 0, hard: 0, recalled: 0 });
  });
});
