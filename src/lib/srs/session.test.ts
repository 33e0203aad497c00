import { describe, expect, it } from 'vitest';
import { studyAheadOrder } from './session.ts';

const now = new Date('2026-03-01T12:00:00Z');

describe('studying ahead', () => {
  it('takes only cards met but not yet due, soonest first, and leaves new cards out', () => {
    const cards = { a: { due: '2026-03-09T00:00:00Z' }, b: { due: '2026-03-02T00:00:00Z' }, due: { due: '2026-02-27T00:00:00Z' }, c: { due: '2026-03-04T00:00:00Z' } };
    expect(studyAheadOrder(['a', 'b', 'due', 'c', 'new'], cards, now)).toEqual(['b', 'c', 'a']);
  });
});

