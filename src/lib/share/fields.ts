/** Schema pieces both share codes use: ids, qualified keys, plain text, and their messages. */
import * as z from 'zod/mini';
import { ID_PATTERN, KEY_PATTERN } from '../keys.ts';
import { type Result, err, ok } from '../result.ts';
import { type FieldProblem, describeIssue } from './issues.ts';

const MAX_ID_LENGTH = 80;

/** Assignment ids: what makeAssignmentId writes, with room to grow. */
export const ASSIGNMENT_ID_PATTERN = /^[0-9a-z]{4,16}$/;

export const idField = z
  .string()
  .check(z.maxLength(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`), z.regex(ID_PATTERN, 'must be an id like "smart-objectives"'));

/** "<unit>/<id>": how progress names questions, scenarios and misconceptions. */
export const keyField = z
  .string()
  .check(
    z.maxLength(MAX_ID_LENGTH * 2 + 1, `must be at most ${MAX_ID_LENGTH * 2 + 1} characters`),
    z.regex(KEY_PATTERN, 'must be a key like "unit-id/item-id"'),
  );

export const assignmentIdField = z.string().check(z.regex(ASSIGNMENT_ID_PATTERN, 'must be 4-16 lower-case letters or digits'));

export function textField(max: number) {
  return z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));
}

export function listField<T extends z.ZodMiniType>(item: T, max: number) {
  return z.array(item).check(z.maxLength(max, `must have at most ${max} items`));
}

export const unitOfKey = (key: string): string => key.slice(0, key.indexOf('/'));

/** The index of the first entry that repeats an earlier one, or -1. */
export function firstRepeat(list: readonly string[]): number {
  const seen = new Set<string>();
  for (const [index, entry] of list.entries()) {
    if (seen.has(entry)) return index;
    seen.add(entry);
  }
  return -1;
}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is refused). */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The checked value, or the first field at fault and what is wrong with it. */
export type Checked<T> = Result<T, FieldProblem>;

export function check<T>(schema: z.ZodMiniType<T>, input: unknown): Checked<T> {
  const result = schema.safeParse(input);
  if (result.success) return ok(result.data);
  const issue = result.error.issues[0];
  return err(issue ? describeIssue(issue, input) : { field: 'the whole value', message: 'is not valid' });
}

export type Loose = Record<string, unknown>;

export function asRecord(value: unknown): Loose | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : null;
}

/** Array.isArray narrows to any[]; this keeps decoded data typed as unknown until it is checked. */
export function asList(value: unknown): readonly unknown[] | null {
  return Array.isArray(value) ? (value as readonly unknown[]) : null;
}
