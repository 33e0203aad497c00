/**
 * "My course": the qualification, or the hand-picked units, a learner studies for. Every page that
 * lists or draws from units narrows to it through these functions, so the choice means the same
 * thing on the review queue, the quiz, progress, search and the home page.
 */
import { KEY_PATTERN } from '../keys.ts';
import { type Result, err, ok } from '../result.ts';

export interface MyCourse {
  /** A qualification id (e.g. "cim-l4"), or null for every qualification. */
  qualification: string | null;
  /** Units chosen by hand; empty means every unit of the qualification. */
  units: string[];
}

export interface UnitScope {
  id: string;
  qualifications: readonly string[];
}

export const WHOLE_COURSE: MyCourse = { qualification: null, units: [] };

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Reads a stored choice, keeping only well-formed ids; anything else means the whole course. */
export function parseMyCourse(raw: unknown): MyCourse {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return WHOLE_COURSE;
  const { qualification, units } = raw as Record<string, unknown>;
  return {
    qualification: typeof qualification === 'string' && ID.test(qualification) ? qualification : null,
    units: Array.isArray(units) ? [...new Set(units.filter((id): id is string => typeof id === 'string' && ID.test(id)))] : [],
  };
}

export function isWholeCourse(choice: MyCourse): boolean {
  return choice.qualification === null && choice.units.length === 0;
}

/**
 * The unit ids in the learner's course, in course order. A choice that would leave nothing (a
 * qualification no unit offers, units since removed) falls back to every unit rather than an empty site.
 */
export function unitsInCourse(units: readonly UnitScope[], choice: MyCourse): string[] {
  const byQualification = choice.qualification === null ? units : units.filter((unit) => unit.qualifications.includes(choice.qualification ?? ''));
  const picked = choice.units.length ? byQualification.filter((unit) => choice.units.includes(unit.id)) : byQualification;
  return (picked.length ? picked : units).map((unit) => unit.id);
}

/** The unit a progress or content key belongs to: "<unit>/<id>", "<unit>/<id>:reverse", "misconception:<unit>/<id>". */
export function unitOfKey(key: string): string {
  const withoutPrefix = key.startsWith('misconception:') ? key.slice('misconception:'.length) : key;
  return withoutPrefix.split('/')[0] ?? '';
}

/** Keeps the items whose unit is in the course; a null course keeps everything. */
export function keepInCourse<T>(items: readonly T[], unitOf: (item: T) => string, course: ReadonlySet<string> | null): T[] {
  return course === null ? [...items] : items.filter((item) => course.has(unitOf(item)));
}

/**
 * For search: the same items, in-course ones first, each group keeping its own order, so a
 * ranking made elsewhere is respected and nothing is hidden.
 */
export function courseFirst<T>(items: readonly T[], unitOf: (item: T) => string, course: ReadonlySet<string> | null): T[] {
  if (course === null) return [...items];
  return [...items.filter((item) => course.has(unitOf(item))), ...items.filter((item) => !course.has(unitOf(item)))];
}

/** The most lessons this device remembers as read (the store keeps the latest this many). */
export const MAX_LESSONS_READ = 2000;
/** Far more units than the course will ever have; a longer list was not written by Markpoint. */
const MAX_CHOSEN_UNITS = 500;

const describeValue = (value: unknown): string =>
  value === null
    ? 'empty (null)'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'a set of named items'
        : typeof value === 'string'
          ? `the text ${JSON.stringify(value.slice(0, 40))}`
          : `a ${typeof value}`;

/**
 * A "My course" choice as written into a backup, read strictly: unlike a stored choice (read
 * tolerantly, since the learner can simply choose again), a backup that says something Markpoint
 * never writes is refused, so a restore never guesses. The error completes "it ...".
 */
export function checkMyCourse(raw: unknown): Result<MyCourse, string> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return err(`is ${describeValue(raw)}, not a qualification and a list of units`);
  const { qualification, units } = raw as Record<string, unknown>;
  if (qualification === undefined) return err('has no qualification (null would mean every qualification)');
  if (qualification !== null && (typeof qualification !== 'string' || !ID.test(qualification))) {
    return err(`names its qualification as ${describeValue(qualification)}, which is not a qualification id`);
  }
  if (!Array.isArray(units)) return err(`has ${units === undefined ? 'no list of units' : `units written as ${describeValue(units)} rather than a list`}`);
  if (units.length > MAX_CHOSEN_UNITS) return err(`lists ${units.length} units, more than Markpoint ever writes (${MAX_CHOSEN_UNITS})`);
  const bad = units.findIndex((id) => typeof id !== 'string' || !ID.test(id));
  if (bad !== -1) return err(`has unit ${bad + 1} written as ${describeValue(units[bad])}, which is not a unit id`);
  return ok({ qualification, units: [...new Set(units as string[])] });
}

/** "<unit>/<lesson slug>", as a lesson page records itself read. */
export const isLessonKey = (key: unknown): key is string => typeof key === 'string' && KEY_PATTERN.test(key);

/** The lessons-read list as written into a backup, read as strictly as `checkMyCourse`. */
export function checkLessonsRead(raw: unknown): Result<string[], string> {
  if (!Array.isArray(raw)) return err(`is ${describeValue(raw)}, not a list of lessons`);
  if (raw.length > MAX_LESSONS_READ) return err(`lists ${raw.length} lessons, more than Markpoint ever keeps (${MAX_LESSONS_READ})`);
  const bad = raw.findIndex((key) => !isLessonKey(key));
  if (bad !== -1) return err(`has entry ${bad + 1} written as ${describeValue(raw[bad])}, which is not a lesson ("unit/lesson")`);
  return ok([...new Set(raw as string[])]);
}
