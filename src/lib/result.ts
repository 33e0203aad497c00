/**
 * The one shape for "this worked, here is the value" or "this was refused, and why", at the bottom
 * of the stack: share codes, backups, content files, typed answers and LMS packages all answer with
 * it, so a caller checks `ok` and reads `value` or `error` the same way everywhere. The error is
 * whatever that area needs to explain a refusal: a sentence, a list of content issues, a coded reason.
 * No zod and no imports here: every layer, the browser bundle included, depends on this module.
 */
export type Result<T, E> = Ok<T> | Err<E>;
export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err<E> = { readonly ok: false; readonly error: E };

export function ok(): Ok<undefined>;
export function ok<T>(value: T): Ok<T>;
export function ok<T>(value?: T): Ok<T | undefined> {
  return { ok: true, value };
}

export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}

/** The same refusal with a different value type: passes a failure up without rebuilding it. */
export function mapResult<T, U, E>(result: Result<T, E>, change: (value: T) => U): Result<U, E> {
  return result.ok ? ok(change(result.value)) : result;
}
