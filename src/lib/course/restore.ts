/**
 * What restoring a backup does to the learner's "My course" choice and the lessons they have read.
 * The rules, chosen for a learner moving to a new phone or recovering an old one:
 *
 * - A backup made before backups held these (no myCourse / lessonsRead field) leaves both exactly
 *   as they are: it restores as it always did.
 * - Lessons read: merging keeps every lesson read on either side (a lesson once read stays read);
 *   replacing keeps only the backup's list.
 * - My course: the backup's choice is used only if this course still has what it names (its
 *   qualification and every unit it picks); otherwise the current choice is kept, and the preview
 *   says why. Replacing then takes the backup's choice. Merging takes it when this device has no
 *   choice of its own (the whole course, as on a new phone); a choice made on this device is kept,
 *   since nothing says which is newer, and the preview points to Replace.
 *
 * The preview shows both before anything is written, with a sentence wherever the backup's own
 * value is not the one used.
 */
import type { RestoreMode } from '../progress/backup.ts';
import { MAX_LESSONS_READ, type MyCourse, type UnitScope, isWholeCourse } from './my-course.ts';

export interface CourseRecord {
  myCourse: MyCourse;
  lessonsRead: readonly string[];
}

/** What a backup holds of the record; null where the file does not carry the field (older backups). */
export interface CourseInBackup {
  myCourse: MyCourse | null;
  lessonsRead: readonly string[] | null;
}

export interface CourseNames {
  units: readonly (UnitScope & { title: string })[];
  qualifications: Readonly<Record<string, string>>;
}

export interface CourseRestorePlan {
  myCourse: MyCourse;
  lessonsRead: string[];
  /** True when something would be written; false leaves the stored values untouched. */
  changes: boolean;
  /** Sentences for the preview wherever the outcome is not simply the backup's. */
  notes: string[];
}

export function sameCourse(a: MyCourse, b: MyCourse): boolean {
  return a.qualification === b.qualification && a.units.length === b.units.length && a.units.every((id) => b.units.includes(id));
}

/** The choice as the learner would name it: "CIM Level 4", "2 units: Social media strategy, …", "every unit". */
export function describeMyCourse(choice: MyCourse, names: CourseNames): string {
  if (isWholeCourse(choice)) return 'every unit';
  const qualification = choice.qualification === null ? null : (names.qualifications[choice.qualification] ?? choice.qualification);
  if (choice.units.length === 0) return qualification ?? 'every unit';
  const titles = choice.units.map((id) => names.units.find((unit) => unit.id === id)?.title ?? id);
  const listed = `${titles.length} unit${titles.length === 1 ? '' : 's'}: ${titles.slice(0, 3).join(', ')}${titles.length > 3 ? ', …' : ''}`;
  return qualification ? `${qualification}, ${listed}` : listed;
}

/** What the choice names that this course does not have; empty when it can be used as it is. */
export function missingFromCourse(choice: MyCourse, units: readonly UnitScope[]): string[] {
  const missing: string[] = [];
  if (choice.qualification !== null && !units.some((unit) => unit.qualifications.includes(choice.qualification ?? ''))) {
    missing.push(`the qualification “${choice.qualification}”`);
  }
  const unknown = choice.units.filter((id) => !units.some((unit) => unit.id === id));
  if (unknown.length) missing.push(`${unknown.length === 1 ? 'the unit' : 'the units'} ${unknown.map((id) => `“${id}”`).join(', ')}`);
  return missing;
}

/** Both lists, each lesson once; the most recent are kept when there are more than the store holds. */
export function unionOfLessons(current: readonly string[], incoming: readonly string[]): string[] {
  // The backup's list is older than what was read here since, so it goes first: the store trims from the front.
  const seen = new Set(incoming);
  return [...incoming, ...current.filter((key) => !seen.has(key))].slice(-MAX_LESSONS_READ);
}

function planMyCourse(current: MyCourse, incoming: MyCourse | null, mode: RestoreMode, names: CourseNames): { choice: MyCourse; note: string | null } {
  if (incoming === null || sameCourse(current, incoming)) return { choice: current, note: null };
  const missing = missingFromCourse(incoming, names.units);
  if (missing.length) {
    return { choice: current, note: `The backup's course choice names ${missing.join(' and ')}, which this course does not have, so your current choice is kept.` };
  }
  if (mode === 'replace' || isWholeCourse(current)) return { choice: incoming, note: null };
  return { choice: current, note: `A merge keeps the course choice made on this device; choose Replace to use the backup's (${describeMyCourse(incoming, names)}).` };
}

function planLessons(current: readonly string[], incoming: readonly string[] | null, mode: RestoreMode): string[] {
  if (incoming === null) return [...current];
  return mode === 'replace' ? [...incoming] : unionOfLessons(current, incoming);
}

export function planCourseRestore(current: CourseRecord, incoming: CourseInBackup, mode: RestoreMode, names: CourseNames): CourseRestorePlan {
  const course = planMyCourse(current.myCourse, incoming.myCourse, mode, names);
  const lessonsRead = planLessons(current.lessonsRead, incoming.lessonsRead, mode);
  const notes: string[] = [];
  if (incoming.myCourse === null && incoming.lessonsRead === null) {
    notes.push('This backup was made before backups kept your course choice and the lessons you have read, so both stay as they are here.');
  } else {
    if (incoming.myCourse === null) notes.push('This backup holds no course choice, so yours stays as it is.');
    if (incoming.lessonsRead === null) notes.push('This backup holds no list of lessons read, so yours stays as it is.');
  }
  if (course.note) notes.push(course.note);
  const lessonsChange = lessonsRead.length !== current.lessonsRead.length || lessonsRead.some((key, index) => key !== current.lessonsRead[index]);
  return { myCourse: course.choice, lessonsRead, changes: !sameCourse(course.choice, current.myCourse) || lessonsChange, notes };
}
