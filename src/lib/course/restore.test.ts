import { describe, expect, it } from 'vitest';
import { MAX_LESSONS_READ, WHOLE_COURSE } from './my-course.ts';
import { type CourseNames, describeMyCourse, missingFromCourse, planCourseRestore, unionOfLessons } from './restore.ts';

const names: CourseNames = {
  units: [
    { id: 'strategy', title: 'Strategy', qualifications: ['othm-l7', 'cim-l7'] },
    { id: 'basics', title: 'Basics', qualifications: ['cim-l4'] },
    { id: 'plan', title: 'Planning', qualifications: ['cim-l4', 'cim-l6'] },
  ],
  qualifications: { 'cim-l4': 'CIM Level 4', 'cim-l6': 'CIM Level 6', 'othm-l7': 'OTHM Level 7' },
};

const cimL4 = { qualification: 'cim-l4', units: [] };
const picked = { qualification: null, units: ['plan', 'strategy'] };
const newPhone = { myCourse: WHOLE_COURSE, lessonsRead: [] };
const noCourse = { myCourse: null, lessonsRead: null };

describe('restoring an old backup, made before backups held the course', () => {
  it('leaves the choice and the lessons read exactly as they are, in either mode, and says so', () => {
    const current = { myCourse: cimL4, lessonsRead: ['basics/01-a', 'plan/02-b'] };
    for (const mode of ['merge', 'replace'] as const) {
      const plan = planCourseRestore(current, noCourse, mode, names);
      expect(plan.changes, mode).toBe(false);
      expect(plan.myCourse).toEqual(cimL4);
      expect(plan.lessonsRead).toEqual(['basics/01-a', 'plan/02-b']);
      expect(plan.notes.join(' ')).toMatch(/made before backups kept your course choice and the lessons you have read/);
    }
  });
});

describe('lessons read', () => {
  it('merging keeps every lesson read on either side, each once', () => {
    const plan = planCourseRestore({ myCourse: WHOLE_COURSE, lessonsRead: ['plan/02-b', 'basics/03-c'] }, { myCourse: null, lessonsRead: ['basics/01-a', 'plan/02-b'] }, 'merge', names);
    expect([...plan.lessonsRead].sort()).toEqual(['basics/01-a', 'basics/03-c', 'plan/02-b']);
    expect(plan.changes).toBe(true);
    expect(plan.notes.join(' ')).toMatch(/holds no course choice/);
  });
  it('replacing keeps only the backup’s list', () => {
    const plan = planCourseRestore({ myCourse: WHOLE_COURSE, lessonsRead: ['basics/03-c'] }, { myCourse: null, lessonsRead: ['basics/01-a'] }, 'replace', names);
    expect(plan.lessonsRead).toEqual(['basics/01-a']);
  });
  it('a merge over the store’s limit keeps this device’s lessons, dropping the backup’s oldest', () => {
    const backup = Array.from({ length: MAX_LESSONS_READ }, (_, i) => `u/b-${i}`);
    const merged = unionOfLessons(['u/here'], backup);
    expect(merged).toHaveLength(MAX_LESSONS_READ);
    expect(merged).toContain('u/here');
    expect(merged).not.toContain('u/b-0');
    expect(merged).toContain(`u/b-${MAX_LESSONS_READ - 1}`);
  });
});

describe('My course', () => {
  it('on a new phone, takes the backup’s choice in either mode', () => {
    for (const mode of ['merge', 'replace'] as const) {
      const plan = planCourseRestore(newPhone, { myCourse: cimL4, lessonsRead: [] }, mode, names);
      expect(plan.myCourse, mode).toEqual(cimL4);
      expect(plan.changes).toBe(true);
      expect(plan.notes).toEqual([]);
    }
  });
  it('a merge keeps a choice made on this device and points to Replace; Replace takes the backup’s', () => {
    const current = { myCourse: picked, lessonsRead: [] };
    const merged = planCourseRestore(current, { myCourse: cimL4, lessonsRead: [] }, 'merge', names);
    expect(merged.myCourse).toEqual(picked);
    expect(merged.changes).toBe(false);
    expect(merged.notes.join(' ')).toMatch(/A merge keeps the course choice made on this device; choose Replace to use the backup's \(CIM Level 4\)/);
    expect(planCourseRestore(current, { myCourse: cimL4, lessonsRead: [] }, 'replace', names).myCourse).toEqual(cimL4);
  });
  it('keeps the current choice, naming what is missing, when the backup’s names what this course does not have', () => {
    const gone = { qualification: 'cim-l6', units: ['plan', 'retired-unit'] };
    expect(missingFromCourse(gone, names.units)).toEqual(['the unit “retired-unit”']);
    expect(missingFromCourse({ qualification: 'cim-l9', units: [] }, names.units)).toEqual(['the qualification “cim-l9”']);
    for (const mode of ['merge', 'replace'] as const) {
      const plan = planCourseRestore(newPhone, { myCourse: gone, lessonsRead: ['plan/01-a'] }, mode, names);
      expect(plan.myCourse, mode).toEqual(WHOLE_COURSE);
      expect(plan.notes.join(' ')).toMatch(/names the unit “retired-unit”, which this course does not have, so your current choice is kept/);
      // The lessons are still restored: a stale course choice is no reason to lose them.
      expect(plan.lessonsRead).toEqual(['plan/01-a']);
    }
  });
  it('says nothing and writes nothing when both sides already agree', () => {
    const plan = planCourseRestore({ myCourse: { qualification: null, units: ['strategy', 'plan'] }, lessonsRead: ['plan/01-a'] }, { myCourse: picked, lessonsRead: ['plan/01-a'] }, 'merge', names);
    expect(plan.changes).toBe(false);
    expect(plan.notes).toEqual([]);
  });
  it('is named as the learner chose it', () => {
    expect(describeMyCourse(WHOLE_COURSE, names)).toBe('every unit');
    expect(describeMyCourse(cimL4, names)).toBe('CIM Level 4');
    expect(describeMyCourse(picked, names)).toBe('2 units: Planning, Strategy');
    expect(describeMyCourse({ qualification: 'cim-l4', units: ['basics'] }, names)).toBe('CIM Level 4, 1 unit: Basics');
  });
});
