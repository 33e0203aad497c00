import { describe, expect, it } from 'vitest';
import { ROUND_LENGTHS, drawMode, pickedBeforeHydration, roundLength } from './setup.ts';

const radio = (value: string, checked: boolean, defaultChecked: boolean) => ({ value, checked, defaultChecked });

describe('the quiz setup as the form sends it', () => {
  it('takes every length on offer, "0" being all', () => {
    for (const length of ROUND_LENGTHS) expect(roundLength(String(length))).toBe(length);
  });
  it('ignores a length not on offer, an empty one, or none', () => {
    for (const sent of ['7', '', ' 5', '05', '5.0', 'all', null, undefined]) expect(roundLength(sent)).toBeNull();
  });
  it('takes the two draw modes and nothing else', () => {
    expect(drawMode('all')).toBe('all');
    expect(drawMode('mine')).toBe('mine');
    for (const sent of ['Mine', '', null, undefined]) expect(drawMode(sent)).toBeNull();
  });
});

describe('a radio choice made before the page was interactive', () => {
  it('is the checked radio when the server had rendered another one checked', () => {
    expect(pickedBeforeHydration([radio('5', true, false), radio('10', false, true), radio('20', false, false)])).toBe('5');
  });
  it('is nothing while the server-rendered choice still stands', () => {
    expect(pickedBeforeHydration([radio('5', false, false), radio('10', true, true)])).toBeNull();
  });
  it('is nothing when no radio is checked', () => {
    expect(pickedBeforeHydration([radio('all', false, true), radio('mine', false, false)])).toBeNull();
    expect(pickedBeforeHydration([])).toBeNull();
  });
});
