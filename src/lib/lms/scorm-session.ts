/**
 * Talks to a SCORM run-time API (1.2's window.API or 2004's window.API_1484_11) without ever
 * throwing: an LMS API can be missing, throw, return "false", or return odd types, and in every
 * case the learner must keep their answers and be told plainly that the score was not recorded.
 */
import { type Result, err, ok } from '../result.ts';

export interface Scorm12Api {
  LMSInitialize(parameter: ''): unknown;
  LMSFinish(parameter: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(parameter: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
}

export interface Scorm2004Api {
  Initialize(parameter: ''): unknown;
  Terminate(parameter: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(parameter: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
}

export type ScormVersion = '1.2' | '2004';

/** What the LMS did with a call: kept it (perhaps with a note for the learner), or why not. */
export type Outcome = Result<{ note?: string }, string>;

interface Calls {
  initialize(): unknown;
  terminate(): unknown;
  get(element: string): unknown;
  set(element: string, value: string): unknown;
  commit(): unknown;
  lastError(): unknown;
  errorString(code: string): unknown;
}

function callsFor(version: ScormVersion, api: Scorm12Api | Scorm2004Api): Calls {
  if (version === '1.2') {
    const lms = api as Scorm12Api;
    return {
      initialize: () => lms.LMSInitialize(''),
      terminate: () => lms.LMSFinish(''),
      get: (element) => lms.LMSGetValue(element),
      set: (element, value) => lms.LMSSetValue(element, value),
      commit: () => lms.LMSCommit(''),
      lastError: () => lms.LMSGetLastError(),
      errorString: (code) => lms.LMSGetErrorString(code),
    };
  }
  const lms = api as Scorm2004Api;
  return {
    initialize: () => lms.Initialize(''),
    terminate: () => lms.Terminate(''),
    get: (element) => lms.GetValue(element),
    set: (element, value) => lms.SetValue(element, value),
    commit: () => lms.Commit(''),
    lastError: () => lms.GetLastError(),
    errorString: (code) => lms.GetErrorString(code),
  };
}

/** SCORM says "true" as a string; some LMSs return a boolean. */
const succeeded = (value: unknown) => value === true || value === 'true';

/** Elements whose refusal means the score itself was not recorded (interactions are extra). */
const CORE_ELEMENT = /^cmi\.(core\.score|core\.lesson_status|score|completion_status|success_status)/;

export class ScormSession {
  private terminated = false;

  private constructor(
    readonly version: ScormVersion,
    private readonly calls: Calls,
  ) {}

  /** Starts a session, or says why the LMS would not start one. */
  static open(version: ScormVersion, api: Scorm12Api | Scorm2004Api): Result<ScormSession, string> {
    const session = new ScormSession(version, callsFor(version, api));
    const started = session.attempt('initialize', () => session.calls.initialize());
    if (!started.ok) return started;
    return ok(session);
  }

  /** A value from the LMS, or "" when it has none or refuses. */
  get(element: string): string {
    try {
      const value = this.calls.get(element);
      return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
    } catch {
      return '';
    }
  }

  /** Sets every value, then commits. Interactions the LMS refuses are noted; a refused score is a failure. */
  record(values: readonly [string, string][]): Outcome {
    if (this.terminated) return err('the LMS session had already ended');
    const refusedExtras: string[] = [];
    for (const [element, value] of values) {
      const result = this.attempt(`saving ${element}`, () => this.calls.set(element, value));
      if (result.ok) continue;
      if (CORE_ELEMENT.test(element)) return result;
      refusedExtras.push(element);
    }
    const committed = this.attempt('saving (commit)', () => this.calls.commit());
    if (!committed.ok) return committed;
    if (refusedExtras.length) return ok({ note: `The LMS kept the score but not every answer detail (it refused ${refusedExtras.length} of them).` });
    return ok({});
  }

  /** Ends the session; safe to call twice. */
  finish(): Outcome {
    if (this.terminated) return ok({});
    this.terminated = true;
    return this.attempt('ending the session', () => this.calls.terminate());
  }

  private attempt(action: string, call: () => unknown): Outcome {
    try {
      if (succeeded(call())) return ok({});
    } catch (error) {
      return err(`the LMS failed while ${action}${error instanceof Error && error.message ? ` (${error.message.slice(0, 120)})` : ''}`);
    }
    return err(`the LMS refused ${action}${this.describeLastError()}`);
  }

  private describeLastError(): string {
    try {
      const code = String(this.calls.lastError() ?? '');
      if (!code || code === '0') return '';
      const text = this.calls.errorString(code);
      return ` (error ${code}${typeof text === 'string' && text ? `: ${text.slice(0, 120)}` : ''})`;
    } catch {
      return '';
    }
  }
}

/**
 * Finds the LMS's API object the way SCORM's own discovery algorithm does: up through the parent
 * frames (at most seven levels), then the opener's. Frames from another origin throw on access;
 * those are skipped, never fatal.
 */
export function findScormApi<T>(start: FrameLike, name: 'API' | 'API_1484_11'): T | null {
  const search = (from: FrameLike | null): T | null => {
    let current = from;
    for (let depth = 0; current && depth < 8; depth += 1) {
      try {
        const candidate = (current as unknown as Record<string, unknown>)[name];
        if (candidate && typeof candidate === 'object') return candidate as T;
      } catch {
        return null;
      }
      let parent: FrameLike | null = null;
      try {
        parent = current.parent && current.parent !== current ? current.parent : null;
      } catch {
        parent = null;
      }
      current = parent;
    }
    return null;
  };
  const found = search(start);
  if (found) return found;
  try {
    return start.opener ? search(start.opener) : null;
  } catch {
    return null;
  }
}

/** The part of Window the discovery walks; typed loosely so tests can build frame trees. */
export interface FrameLike {
  parent: FrameLike | null;
  opener: FrameLike | null;
}
