/**
 * The course as pages see it: the very course `src/lib/content` validated (the same loader the
 * content-check integration, `npm run validate` and the tests use), read once per build. Pages no
 * longer re-derive words and sections from Astro's collections, so there is one content pipeline;
 * the lessons collection remains only because Astro renders MDX from collection entries.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { formatIssues } from '../lib/content/issues.ts';
import { loadCourse } from '../lib/content/load.ts';
import type { Course, CourseUnit } from '../lib/content/validate.ts';

export type LessonEntry = CollectionEntry<'lessons'>;

let cached: Promise<Course> | undefined;

export function getCourse(): Promise<Course> {
  cached ??= Promise.resolve().then(() => {
    const result = loadCourse(process.cwd());
    // The content-check integration stops the build before this can happen; this guards dev edits.
    if (!result.ok) throw new Error(`Markpoint content is invalid.\n${formatIssues(result.error)}`);
    return result.value;
  });
  return cached;
}

export async function getLessonEntry(unit: string, slug: string): Promise<LessonEntry> {
  const entries = await getCollection('lessons');
  const entry = entries.find((candidate) => candidate.id === `${unit}/${slug}`);
  if (!entry) throw new Error(`No lesson ${unit}/${slug}`);
  return entry;
}

export function questionCount(unit: CourseUnit): number {
  return unit.misconceptions.reduce((sum, item) => sum + item.questions.length, 0);
}

/** getStaticPaths for pages made once per unit. */
export async function unitPaths() {
  const course = await getCourse();
  return course.units.map((unit) => ({ params: { unit: unit.id }, props: { unit } }));
}
