/**
 * The project's identifiers in one place: what an id looks like, how a unit-qualified key
 * ("<unit>/<id>") and a lesson reference ("<lesson>#<section>") are written and read. Progress
 * records, share codes, schemas and links all depend on these formats, so none of them restates one.
 * No zod here: the schemas and the share codes both import it, and the browser bundle must stay small.
 */

/** Lower-case words joined by hyphens: "smart-objectives". */
export const ID_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const ID_PATTERN = new RegExp(`^${ID_SOURCE}$`);
/** "<unit>/<id>": a term, misconception, question or scenario named across the whole course. */
export const KEY_PATTERN = new RegExp(`^${ID_SOURCE}/${ID_SOURCE}$`);
/** "<lesson-slug>" or "<lesson-slug>#<section-slug>". */
export const LESSON_REF_PATTERN = new RegExp(`^${ID_SOURCE}(?:#${ID_SOURCE})?$`);

export const isId = (value: string) => ID_PATTERN.test(value);

/** The course-wide key of an item in a unit. */
export const unitKey = (unit: string, id: string) => `${unit}/${id}`;

/** The unit and id of a course-wide key, or null when it is not one. */
export function parseUnitKey(key: string): { unit: string; id: string } | null {
  if (!KEY_PATTERN.test(key)) return null;
  const slash = key.indexOf('/');
  return { unit: key.slice(0, slash), id: key.slice(slash + 1) };
}

/** The lesson and optional section of a lesson reference. */
export function splitLessonRef(ref: string): { lesson: string; section: string | null } {
  const hash = ref.indexOf('#');
  return hash === -1 ? { lesson: ref, section: null } : { lesson: ref.slice(0, hash), section: ref.slice(hash + 1) || null };
}
