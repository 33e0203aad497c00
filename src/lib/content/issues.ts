/**
 * One way of describing a content problem, whoever finds it: "file: field: reason".
 * Modelled on Starlight's error map, which turns zod issues into sentences an author can act on.
 */
import type { z } from 'astro/zod';
import { formatPath } from '../format-path.ts';

export interface ContentIssue {
  /** Path of the file, relative to the project root, e.g. content/units/x/terms.yaml */
  file: string;
  /** Where in the file: "terms[3].definition", or "" for the file as a whole. */
  field: string;
  message: string;
}

/** Rewrites zod's default wording where it would leave an author guessing. */
function describeZodIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is required (expected ${issue.expected})`;
      return `must be ${issue.expected}, not ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, not ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        return `has an unknown "${issue.discriminator}": expected one of the known kinds`;
      }
      return issue.message;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}

export function issuesFromZod(file: string, error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): ContentIssue[] {
  return error.issues.map((issue) => ({
    file,
    field: formatPath([...prefix, ...issue.path]),
    message: describeZodIssue(issue),
  }));
}

export function formatIssue(issue: ContentIssue): string {
  return issue.field ? `${issue.file}: ${issue.field}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}

/** Enough lines to act on; a file with 200,000 broken references must not print 200,000 lines. */
export const MAX_LISTED_ISSUES = 50;

export function formatIssues(issues: readonly ContentIssue[], limit = MAX_LISTED_ISSUES): string {
  const count = `${issues.length.toLocaleString('en-GB')} content problem${issues.length === 1 ? '' : 's'}`;
  const listed = issues.slice(0, limit).map((issue) => `  - ${formatIssue(issue)}`);
  const more = issues.length > limit ? [`  … and ${(issues.length - limit).toLocaleString('en-GB')} more`] : [];
  return `${count}:\n${[...listed, ...more].join('\n')}`;
}
