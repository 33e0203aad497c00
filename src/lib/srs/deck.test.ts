import { describe, expect, it } from 'vitest';
import { buildDeck, unitOfCard } from './deck.ts';

const term = { id: 'u/smart', term: 'SMART', definition: 'Specific, measurable...', lessonHref: '/l', lessonTitle: 'L' };
const misconception = { id: 'u/vanity', claim: 'Likes prove success', correction: 'Tie metrics to goals', lessonHref: '/l', lessonTitle: 'L' };

describe('building a study deck', () => {
  it('has one card per term by default, two when the learner asks for the reverse direction', () => {
    expect(buildDeck([term], { reverse: false, misconceptions: [], openMisconceptions: new Set() }).map((c) => c.id)).toEqual(['u/smart']);
    const both = buildDeck([term], { reverse: true, misconceptions: [], openMisconceptions: new Set() });
    expect(both.map((c) => c.id)).toEqual(['u/smart', 'u/smart:reverse']);
    expect(both[1]?.front).toBe(term.definition);
    expect(both[1]?.back).toBe(term.term);
  });
  it('adds only the misconceptions the learner has fallen for and not cleared', () => {
    const none = buildDeck([], { reverse: false, misconceptions: [misconception], openMisconceptions: new Set() });
    expect(none).toEqual([]);
    const open = buildDeck([], { reverse: false, misconceptions: [misconception], openMisconceptions: new Set(['u/vanity']) });
    expect(open.map((c) => [c.id, c.kind])).toEqual([['misconception:u/vanity', 'misconception']]);
    expect(unitOfCard('misconception:u/vanity')).toBe('u');
  });
});
