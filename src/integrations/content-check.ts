/**
 * Validates the whole course before Astro loads it, so a bad file stops `astro build`, `astro dev`
 * and `astro check` with the same "file: field: reason" lines as `npm run validate`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatIssues } from '../lib/content/issues.ts';
import { loadCourse } from '../lib/content/load.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'markpoint:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const result = loadCourse(fileURLToPath(config.root));
        if (!result.ok) throw new ContentError(`Markpoint content is invalid.\n${formatIssues(result.error)}`);
        const units = result.value.units;
        logger.info(`content valid: ${units.length} units, ${units.reduce((n, unit) => n + unit.lessons.length, 0)} lessons`);
      },
    },
  };
}
