/**
 * The content collections. Each uses the schema from src/lib/content, so what Astro loads is what
 * `npm run validate` checked (the content-check integration has already run the cross-file checks).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  lessonFrontmatterSchema,
  misconceptionsFileSchema,
  scenarioSchema,
  termsFileSchema,
  unitSchema,
} from './lib/content/schemas.ts';

const base = './content/units';
const withoutExtension = (entry: string) => entry.replace(/\.(ya?ml|mdx)$/, '');

export const collections = {
  units: defineCollection({
    loader: glob({ pattern: '*/unit.yaml', base, generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
    schema: unitSchema,
  }),
  lessons: defineCollection({
    loader: glob({ pattern: '*/lessons/*.mdx', base, generateId: ({ entry }) => withoutExtension(entry).replace('/lessons/', '/') }),
    schema: lessonFrontmatterSchema,
  }),
  terms: defineCollection({
    loader: glob({ pattern: '*/terms.yaml', base, generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
    schema: termsFileSchema,
  }),
  misconceptions: defineCollection({
    loader: glob({ pattern: '*/misconceptions.yaml', base, generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
    schema: misconceptionsFileSchema,
  }),
  scenarios: defineCollection({
    loader: glob({ pattern: '*/scenarios/*.yaml', base, generateId: ({ entry }) => withoutExtension(entry).replace('/scenarios/', '/') }),
    schema: scenarioSchema,
  }),
};
