import { describe, expect, it } from 'vitest';
import { WHOLE_COURSE, courseFirst, isWholeCourse, keepInCourse, parseMyCourse, unitOfKey, unitsInCourse } from './my-course.ts';

const units = [
  { id: 'strategy', qualifications: ['othm-l7', 'cim-l7'] },
  { id: 'basics', qualifications: ['cim-l4'] },
  { id: 'plan', qualifications: ['cim-l4', 'cim-l6'] },
];

describe('my course', () => {
  it('narrows to a qualification, then to hand-picked units within it', () => {
    expect(unitsInCourse(units, WHOLE_COURSE)).toEqual(['strategy', 'basics', 'plan']);
    expect(unitsInCourse(units, { qualification: 'cim-l4', units: [] })).toEqual(['basics', 'plan']);
    expect(unitsInCourse(units, { qualification: 'cim-l4', units: ['plan', 'strategy'] })).toEqual(['plan']);
    expect(unitsInCourse(units, { qualification: null, units: ['strategy'] })).toEqual(['strategy']);
  });
  it('falls back to every unit when the choice matches none, rather than emptying the site', () => {
    expect(unitsInCourse(units, { qualification: 'cim-l6', units: ['basics'] })).toEqual(['strategy', 'basics', 'plan']);
  });
  it('reads a stored choice tolerantly', () => {
    expect(parseMyCourse(null)).toEqual(WHOLE_COURSE);
    expect(parseMyCourse('cim-l4')).toEqual(WHOLE_COURSE);
    expect(parseMyCourse({ qualification: 'cim-l4', units: ['plan', 'plan', 7, '<b>'] })).toEqual({ qualification: 'cim-l4', units: ['plan'] });
    expect(isWholeCourse(parseMyCourse({ qualification: '../x' }))).toBe(true);
  });
  it('finds the unit of every kind of key', () => {
    expect(unitOfKey('plan/roas')).toBe('plan');
    expect(unitOfKey('plan/roas:reverse')).toBe('plan');
    expect(unitOfKey('misconception:basics/reach')).toBe('basics');
  });
  it('filters for study and reorders for search without losing anything', () => {
    const keys = ['strategy/a', 'basics/b', 'plan/c', 'strategy/d'];
    const course = new Set(['basics', 'plan']);
    expect(keepInCourse(keys, unitOfKey, course)).toEqual(['basics/b', 'plan/c']);
    expect(keepInCourse(keys, unitOfKey, null)).toEqual(keys);
    expect(courseFirst(keys, unitOfKey, course)).toEqual(['basics/b', 'plan/c', 'strategy/a', 'strategy/d']);
  });
});
