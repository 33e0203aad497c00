/**
 * Turns the first zod issue into "field: what is wrong", naming the field as the public type does
 * (questions.keys[2]), because zod/mini ships without English messages to stay small.
 */
import type * as z from 'zod/mini';
import { formatPath } from '../format-path.ts';

export interface FieldProblem {
  field: string;
  message: string;
}

export function describeIssue(issue: z.core.$ZodIssue, input: unknown): FieldProblem {
  const field = formatPath(issue.path) || 'the whole value';
  return { field, message: messageFor(issue, valueAt(input, issue.path)) };
}


function messageFor(issue: z.core.$ZodIssue, value: unknown): string {
  // Checks written in this folder carry their own message; zod's built-in ones say "Invalid input".
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'is missing' : `must be ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'invalid_union':
      return 'options' in issue && issue.options?.length ? `must be one of ${issue.options.map((option) => JSON.stringify(option)).join(', ')}` : 'is not in a form Markpoint reads';
    case 'invalid_value':
      return `must be ${issue.values.map((option) => JSON.stringify(option)).join(' or ')}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}${unitOf(issue.origin)}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}${unitOf(issue.origin)}`;
    case 'invalid_format':
      return 'is not in the expected format';
    case 'invalid_key':
      return 'has a key that is not an id';
    default:
      return 'is not valid';
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function unitOf(origin: string): string {
  if (origin === 'string') return ' characters';
  if (origin === 'array' || origin === 'set') return ' items';
  return '';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}
