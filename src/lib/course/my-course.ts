/**
 * "My course": the qualification, or the hand-picked units, a learner studies for. Every page that
 * lists or draws from units narrows to it through these functions, so the choice means the same
 * thing on the review queue, the quiz, progress, search and the home page.
 */

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
