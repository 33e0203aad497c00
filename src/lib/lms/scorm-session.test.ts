import { describe, expect, it } from 'vitest';
import { type FrameLike, type Scorm2004Api, ScormSession, findScormApi } from './scorm-session.ts';

/** A SCORM 2004 API that records calls and can be told to misbehave per element. */
function fakeApi(behaviour: { initialize?: unknown; refuse?: RegExp; throwOn?: RegExp; commit?: unknown } = {}) {
  const set = new Map<string, string>();
  let lastError = '0';
  const api: Scorm2004Api = {
    Initialize: () => behaviour.initialize ?? 'true',
    Terminate: () => 'true',
    GetValue: (element) => (element === 'cmi.learner_name' ? 'Lee, Ann' : ''),
    SetValue: (element, value) => {
      if (behaviour.throwOn?.test(element)) throw new Error('LMS exploded');
      if (behaviour.refuse?.test(element)) {
        lastError = '405';
        return 'false';
      }
      set.set(element, value);
      return 'true';
    },
    Commit: () => behaviour.commit ?? 'true',
    GetLastError: () => lastError,
    GetErrorString: (code) => (code === '405' ? 'Incorrect Data Type' : ''),
  };
  return { api, set };
}

const values: [string, string][] = [
  ['cmi.score.raw', '5'],
  ['cmi.completion_status', 'completed'],
  ['cmi.interactions.0.id', 'urn:markpoint:item:a:b'],
];

describe('ScormSession', () => {
  it('records every value and commits', () => {
    const { api, set } = fakeApi();
    const opened = ScormSession.open('2004', api);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.record(values)).toEqual({ ok: true, value: {} });
    expect(set.get('cmi.score.raw')).toBe('5');
    expect(opened.value.get('cmi.learner_name')).toBe('Lee, Ann');
  });

  it('reports a refused Initialize with the LMS error, not an exception', () => {
    const { api } = fakeApi({ initialize: 'false' });
    expect(ScormSession.open('2004', api)).toMatchObject({ ok: false, error: 'the LMS refused initialize' });
  });

  it('fails with the LMS error text when the score is refused', () => {
    const { api } = fakeApi({ refuse: /score/ });
    const opened = ScormSession.open('2004', api);
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.value.record(values)).toEqual({ ok: false, error: 'the LMS refused saving cmi.score.raw (error 405: Incorrect Data Type)' });
  });

  it('keeps the score when only answer details are refused, and says so', () => {
    const { api } = fakeApi({ refuse: /interactions/ });
    const opened = ScormSession.open('2004', api);
    if (!opened.ok) throw new Error(opened.error);
    const outcome = opened.value.record(values);
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.value.note).toMatch(/not every answer detail/);
  });

  it('turns an API that throws, or a failed commit, into reasons', () => {
    const throwing = ScormSession.open('2004', fakeApi({ throwOn: /score/ }).api);
    if (!throwing.ok) throw new Error(throwing.error);
    expect(throwing.value.record(values)).toMatchObject({ ok: false, error: expect.stringMatching(/failed while saving cmi.score.raw \(LMS exploded\)/) });
    const uncommitted = ScormSession.open('2004', fakeApi({ commit: false }).api);
    if (!uncommitted.ok) throw new Error(uncommitted.error);
    expect(uncommitted.value.record(values)).toMatchObject({ ok: false, error: expect.stringMatching(/commit/) });
  });

  it('survives an API object whose methods are missing', () => {
    const hollow = {} as Scorm2004Api;
    expect(ScormSession.open('2004', hollow)).toMatchObject({ ok: false, error: expect.stringMatching(/failed while initialize/) });
  });

  it('finishes once and then refuses to record', () => {
    const opened = ScormSession.open('2004', fakeApi().api);
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.value.finish()).toEqual({ ok: true, value: {} });
    expect(opened.value.finish()).toEqual({ ok: true, value: {} });
    expect(opened.value.record(values).ok).toBe(false);
  });
});

describe('findScormApi', () => {
  const frame = (props: Partial<FrameLike> & Record<string, unknown> = {}): FrameLike => ({ parent: null, opener: null, ...props });

  it('finds the API in a parent frame, then in the opener', () => {
    const api = { Initialize: () => 'true' };
    const lms = frame({ API_1484_11: api });
    const player = frame({ parent: lms });
    expect(findScormApi(frame({ parent: player }), 'API_1484_11')).toBe(api);
    expect(findScormApi(frame({ opener: frame({ API: api }) }), 'API')).toBe(api);
    expect(findScormApi(frame({ parent: lms }), 'API')).toBeNull();
  });

  it('treats a cross-origin parent that throws as the end of the search', () => {
    const hostile = frame();
    Object.defineProperty(hostile, 'API', { get: () => { throw new Error('SecurityError'); } });
    expect(findScormApi(frame({ parent: hostile }), 'API')).toBeNull();
  });
});
