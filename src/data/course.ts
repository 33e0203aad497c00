/**
 * The course as pages see it, assembled from the content collections once per build.
 * Everything here was validated by src/lib/content before Astro loaded it.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import type { Course, CourseUnit, Lesson } from '../lib/content/validate.ts';
import { countWords, lessonHeadings } from '../lib/content/parse.ts';

export type LessonEntry = CollectionEntry<'lessons'>;

let cached: Promise<Course> | undefined;

export function getCourse(): Promise<Course> {
  cached ??= assemble();
  return cached;
}

async function assemble(): Promise<Course> {
  const [units, lessons, terms, misconceptions, scenarios] = await Promise.all([
    getCollection('units'),
    getCollection('lessons'),
    getCollection('terms'),
    getCollection('misconceptions'),
    getCollection('scenarios'),
  ]);
  const courseUnits: CourseUnit[] = units.map((unit) => {
    const id = unit.id;
    const unitLessons: Lesson[] = lessons
      .filter((entry) => entry.id.startsWith(`${id}/`))
      .map((entry) => ({
        ...entry.data,
        slug: entry.id.slice(id.length + 1),
        unit: id,
        body: entry.body ?? '',
        words: countWords(entry.body ?? ''),
        sections: lessonHeadings(entry.body ?? ''),
      }))
      .sort((a, b) => a.order - b.order);
    return {
      ...unit.data,
      lessons: unitLessons,
      terms: terms.find((entry) => entry.id === id)?.data.terms ?? [],
      misconceptions: misconceptions.find((entry) => entry.id === id)?.data.misconceptions ?? [],
      scenarios: scenarios
        .filter((entry) => entry.id.startsWith(`${id}/`))
        .map((entry) => entry.data)
        .sort((a, b) => a.title.localeCompare(b.title)),
    };
  });
  return { units: courseUnits.sort((a, b) => a.order - b.order) };
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
