import { describe, expect, it } from 'vitest';
import type { MarkingPoint } from '../content/schemas.ts';
import { alsoAccepted, expandedAlternatives, expansionIndex } from './expand.ts';
import { markAnswer } from './marker.ts';
import { markerParameters } from './params.ts';
import { preparePoint } from './statement.ts';
import { stemWord } from './text.ts';

const table = expansionIndex({
  weekly: ['fortnightly', 'monthly'],
  // Another form of the same key merges with it; its own form and function words are dropped.
  post: ['publish', 'the'],
  posts: ['posting', 'publish', 'upload'],
  cheap: ['inexpensive', 'Affordable ', 'low  cost'],
});

describe('expansionIndex', () => {
  it('indexes neighbours by the stem the marker compares, merging forms and dropping repeats', () => {
    expect(alsoAccepted(table, stemWord('weekly'))).toEqual(['fortnightly', 'monthly']);
    expect(alsoAccepted(table, stemWord('posting'))).toEqual(['publish', 'upload']);
    expect(alsoAccepted(table, stemWord('cheap'))).toEqual(['inexpensive', 'affordable', 'low cost']);
  });

  it('gives nothing for an unknown word or no table', () => {
    expect(alsoAccepted(table, 'zzz')).toEqual([]);
    expect(alsoAccepted(null, stemWord('weekly'))).toEqual([]);
    expect(expandedAlternatives(null, stemWord('weekly'))).toEqual([]);
  });

  it('gives the marker phrasings as stem sequences', () => {
    expect(expandedAlternatives(table, stemWord('cheap'))).toEqual([[stemWord('inexpensive')], [stemWord('affordable')], ['low', 'cost']]);
  });
});

describe('the marker with an expansion table', () => {
  const point: MarkingPoint = { id: 'cadence', statement: 'Proposes a weekly review of cheap formats', marks: 2 };
  const scenario = { marks: 2, points: [point], context: ['Fernleaf'], command: 'recommend' as const };
  const answer = 'Fernleaf should hold a fortnightly review of its inexpensive formats, because costs must stay low.';

  it('accepts a table word for a statement word read from the wording alone', () => {
    expect(markAnswer(scenario, answer).points[0]?.status).not.toBe('earned');
    expect(markAnswer(scenario, answer, markerParameters({ expansion: table })).points[0]?.status).toBe('earned');
  });

  it('leaves an author\'s concept groups literal', () => {
    const hinted: MarkingPoint = { ...point, hints: { require: [['weekly'], ['cheap']], accept: [], reject: [], application: false, reasoning: false } };
    const prepared = preparePoint(hinted, markerParameters({ expansion: table }));
    expect(prepared.groups.map((group) => group.alternatives)).toEqual([[[stemWord('weekly')]], [[stemWord('cheap')]]]);
  });
});
