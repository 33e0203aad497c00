/**
 * Astro renders MDX only from a content collection, so lessons are one. Everything else the pages
 * use comes from the validated course (src/data/course.ts), which checks these same files.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonFrontmatterSchema } from './lib/content/schemas.ts';

const withoutExtension = (entry: string) => entry.replace(/\.mdx$/, '');

export const collections = {
  lessons: defineCollection({
    loader: glob({ pattern: '*/lessons/*.mdx', base: './content/units', generateId: ({ entry }) => withoutExtension(entry).replace('/lessons/', '/') }),
    schema: lessonFrontmatterSchema,
  }),
};
