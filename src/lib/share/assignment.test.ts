import { describe, expect, it } from 'vitest';
import { toBase64Url } from './base64url.ts';
import {
  type Assignment,
  createAssignment,
  checkAssignmentContent,
  decodeAssignment,
  encodeAssignment,
  makeAssignmentId,
  resolveQuestions,
  unknownReferences,
  validateAssignment,
} from './assignment.ts';
import { ASSIGNMENT_KIND, ShareCodeError, type ShareResult, deflateRaw, packCode, sealData } from './frame.ts';
import { OTHER_UNIT, QUESTION_KEYS, UNIT, assignment, draft, pickAssignment } from './test-fixtures.ts';

function refusal<T>(result: ShareResult<T>) {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** The wire form, for codes a bug or a forger might make (well sealed, wrong inside). */
const wire = {
  i: 'abcd2345',
  t: 'Week 3',
  b: 'Ms Okafor',
  u: [UNIT],
  d: [10, 42],
  m: 70,
};

describe('creating an assignment', () => {
  it('adds the version, an id from the seed, and the seed for the draw', () => {
    const made = assignment();
    expect(made).toMatchObject({ v: 1, questions: { mode: 'draw', count: 20, seed: 123_456_789 } });
    expect(made.id).toMatch(/^[0-9a-hjkmnp-tv-z]{8}$/);
    expect(made.id).toBe(makeAssignmentId(123_456_789));
    expect(assignment({}, 1).id).not.toBe(made.id);
    expect(assignment({ title: 'Edited title' }).id).toBe(made.id);
  });

  it('cleans text: trims, removes control characters, drops an empty note or due date', () => {
    const made = assignment({ title: '  Week\u0007 3  ', tutor: 'Ms\tOkafor', note: ' \u0000 ', due: '' });
    expect(made.title).toBe('Week 3');
    expect(made.tutor).toBe('Ms Okafor');
    expect('note' in made).toBe(false);
    expect('due' in made).toBe(false);
  });

  it('names the field at fault when the draft is not valid', () => {
    const cases: [Parameters<typeof draft>[0], string, RegExp][] = [
      [{ title: 'x'.repeat(121) }, 'title', /at most 120 characters/],
      [{ title: ' \u0000 ' }, 'title', /must not be empty/],
      [{ tutor: 'y'.repeat(61) }, 'tutor', /at most 60 characters/],
      [{ note: 'z'.repeat(501) }, 'note', /at most 500 characters/],
      [{ units: [] }, 'units', /at least one unit/],
      [{ units: ['Social Media'] }, 'units[0]', /must be an id/],
      [{ units: [UNIT, UNIT] }, 'units[1]', /repeats "social-media-strategy"/],
      [{ questions: { mode: 'draw', count: 0 } }, 'questions.count', /at least 1/],
      [{ questions: { mode: 'draw', count: 101 } }, 'questions.count', /at most 100/],
      [{ questions: { mode: 'draw', count: 2.5 } }, 'questions.count', /whole number/],
      [{ questions: { mode: 'pick', keys: [`${UNIT}/q-01`, `${UNIT}/q-01`] } }, 'questions.keys[1]', /repeats/],
      [{ questions: { mode: 'pick', keys: ['q-01'] } }, 'questions.keys[0]', /must be a key like "unit-id\/item-id"/],
      [{ questions: { mode: 'pick', keys: ['other-unit/q-01'] } }, 'questions.keys[0]', /names unit "other-unit", which is not in units/],
      [{ decks: ['other-unit'] }, 'decks[0]', /not in units/],
      [{ scenarios: ['other-unit/case'] }, 'scenarios[0]', /not in units/],
      [{ questions: { mode: 'pick', keys: [] }, decks: [], scenarios: [] }, 'questions', /at least one question, flashcard deck or scenario/],
      [{ due: '2026-02-30' }, 'due', /YYYY-MM-DD/],
      [{ due: '15/05/2026' }, 'due', /YYYY-MM-DD/],
      [{ passMark: 101 }, 'passMark', /0-100/],
      [{ passMark: -1 }, 'passMark', /0-100/],
    ];
    for (const [overrides, field, message] of cases) {
      const result = refusal(createAssignment(draft(overrides), 5));
      expect(result.field, field).toBe(field);
      expect(result.reason, field).toMatch(message);
      expect(result.reason.startsWith(`${field}: `), field).toBe(true);
    }
  });

  it('accepts an assignment of flashcards or scenarios alone', () => {
    expect(createAssignment(draft({ questions: { mode: 'pick', keys: [] }, scenarios: [] }), 5).ok).toBe(true);
    expect(createAssignment(draft({ questions: { mode: 'pick', keys: [] }, decks: [] }), 5).ok).toBe(true);
  });

  it('refuses what is not an assignment at all, without throwing', () => {
    for (const value of [null, 42, 'text', [], {}]) expect(validateAssignment(value).ok).toBe(false);
    expect(refusal(validateAssignment(null)).reason).toBe('the whole value: must be an object');
    expect(refusal(validateAssignment({})).reason).toBe('v: must be 1');
  });
});

describe('assignment links', () => {
  it('round-trip a drawn assignment and a picked one', async () => {
    const drawn = assignment({ note: 'Quiz first.\nThen the café case.' });
    expect(await decodeAssignment(await encodeAssignment(drawn))).toEqual({ ok: true, value: drawn });
    const picked = pickAssignment([`${OTHER_UNIT}/q-02`, `${UNIT}/q-01`], { decks: [], scenarios: [], due: undefined });
    expect(await decodeAssignment(await encodeAssignment(picked))).toEqual({ ok: true, value: picked });
  });

  it('reports the link length for a 20-question assignment', async () => {
    const typical = assignment();
    const code = await encodeAssignment(typical);
    const withNote = await encodeAssignment(assignment({ note: 'Do the quiz first, then the café scenario. Aim for 70%.' }));
    console.log(`20-question draw: fragment ${code.length} characters (${withNote.length} with a 56-character note): #${code}`);
    expect(code.length).toBeLessThan(300);
  });

  it('keep HTML and script in text fields as plain text data', async () => {
    const title = '<script>alert("x")</script>\u0000Week <b>3</b>';
    const tutor = '<img src=x onerror=alert(1)>\u001b';
    const note = 'Read <a href="javascript:alert(1)">this</a> & "that"\u0007\n\u202e-- end';
    const decoded = await decodeAssignment(await encodeAssignment({ ...assignment(), title, tutor, note }));
    expect(decoded.ok && decoded.value.title).toBe('<script>alert("x")</script>Week <b>3</b>');
    expect(decoded.ok && decoded.value.tutor).toBe('<img src=x onerror=alert(1)>');
    expect(decoded.ok && decoded.value.note).toBe('Read <a href="javascript:alert(1)">this</a> & "that"\n-- end');
  });

  it('refuse an invalid assignment when encoding, with the reason', async () => {
    const attempt = encodeAssignment({ ...assignment(), title: '' });
    await expect(attempt).rejects.toBeInstanceOf(ShareCodeError);
    await expect(attempt).rejects.toThrow('title: must not be empty');
  });

  it('are refused with a specific reason for each way they can be wrong', async () => {
    const code = await encodeAssignment(assignment());
    const flip = (at: number) => `${code.slice(0, at)}${code[at] === 'a' ? 'b' : 'a'}${code.slice(at + 1)}`;
    const sealedText = async (text: string) => sealData(ASSIGNMENT_KIND, toBase64Url(await deflateRaw(new TextEncoder().encode(text))));
    const cases: [string, string, string, RegExp][] = [
      ['empty', '', 'empty', /empty/],
      ['unknown version', `A9.${code.slice(3)}`, 'version', /newer version/],
      ['oversized', `A1.${'x'.repeat(4001)}`, 'oversized', /never longer than 4,000/],
      ['altered', flip(code.length - 10), 'altered', /checksum does not match/],
      ['truncated', code.slice(0, code.length - 1), 'truncated', /cut short/],
      ['not decompressible', sealData(ASSIGNMENT_KIND, 'AAAAAAAA'), 'unpack', /cannot be unpacked/],
      ['not JSON', await sealedText('{"i":'), 'json', /not valid JSON/],
      ['failing validation', await packCode(ASSIGNMENT_KIND, { ...wire, t: 'x'.repeat(121) }), 'invalid', /^This assignment link is not valid: title: must be at most 120 characters\.$/],
      ['a results code', `R1.${code.slice(3)}`, 'wrong-kind', /results code, not an assignment link/],
    ];
    for (const [label, text, problem, reason] of cases) {
      const result = refusal(await decodeAssignment(text));
      expect(result.problem, label).toBe(problem);
      expect(result.reason, label).toMatch(reason);
    }
  });

  it('name the field when a well-sealed link holds something invalid', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...wire, d: [10, 42], p: [`${UNIT}/q-01`] }, 'questions'],
      [{ ...wire, d: undefined }, 'questions'],
      [{ ...wire, d: [0, 42] }, 'questions.count'],
      [{ ...wire, d: [10, -1] }, 'questions.seed'],
      [{ ...wire, d: 'ten' }, 'questions'],
      [{ ...wire, i: 'NOT AN ID' }, 'id'],
      [{ ...wire, b: undefined }, 'tutor'],
      [{ ...wire, u: 'one' }, 'units'],
      [{ ...wire, m: '70' }, 'passMark'],
      [{ ...wire, f: [UNIT, UNIT] }, 'decks[1]'],
      [{ ...wire, e: '2026-13-01' }, 'due'],
    ];
    for (const [value, field] of cases) {
      const result = refusal(await decodeAssignment(await packCode(ASSIGNMENT_KIND, value)));
      expect(result, field).toMatchObject({ problem: 'invalid', field });
      expect(result.reason, field).toMatch(new RegExp(`^This assignment link is not valid: ${field.replace(/[[\].]/g, '\\$&')}: `));
    }
    const missing = refusal(await decodeAssignment(await packCode(ASSIGNMENT_KIND, { ...wire, b: undefined })));
    expect(missing.reason).toBe('This assignment link is not valid: tutor: is missing.');
    expect(refusal(await decodeAssignment(await packCode(ASSIGNMENT_KIND, [1, 2]))).reason).toMatch(/must be an object/);
  });

  it('ignore fields a later 1.x might add, rather than refusing the link', async () => {
    const decoded = await decodeAssignment(await packCode(ASSIGNMENT_KIND, { ...wire, z: 'future' }));
    expect(decoded.ok).toBe(true);
  });
});

describe('the questions an assignment asks', () => {
  const drawn = (count: number, seed = 99): Assignment => assignment({ questions: { mode: 'draw', count } }, seed);

  it('draws the same questions from the same seed, whatever order the site lists them in', () => {
    const first = resolveQuestions(drawn(20), QUESTION_KEYS);
    expect(first).toHaveLength(20);
    expect(new Set(first).size).toBe(20);
    expect(resolveQuestions(drawn(20), [...QUESTION_KEYS].reverse())).toEqual(first);
    expect(resolveQuestions(drawn(20), [...QUESTION_KEYS, ...QUESTION_KEYS])).toEqual(first);
    expect(resolveQuestions(drawn(20, 100), QUESTION_KEYS)).not.toEqual(first);
  });

  it("draws only from the assignment's units, and at most what there is", () => {
    const oneUnit = assignment({ units: [OTHER_UNIT], decks: [], scenarios: [], questions: { mode: 'draw', count: 20 } });
    const keys = resolveQuestions(oneUnit, [...QUESTION_KEYS, 'another-unit/q-01']);
    expect(keys).toHaveLength(10);
    expect(keys.every((key) => key.startsWith(`${OTHER_UNIT}/`))).toBe(true);
  });

  it("keeps a pick in the tutor's order, leaving out questions the site does not have", () => {
    const picked = pickAssignment([`${OTHER_UNIT}/q-02`, `${UNIT}/gone`, `${UNIT}/q-01`]);
    expect(resolveQuestions(picked, QUESTION_KEYS)).toEqual([`${OTHER_UNIT}/q-02`, `${UNIT}/q-01`]);
    expect(unknownReferences(picked, { units: [UNIT, OTHER_UNIT], questionKeys: QUESTION_KEYS, scenarioKeys: [] })).toEqual([
      `question ${UNIT}/gone`,
      `scenario ${UNIT}/cafe-launch`,
    ]);
    expect(unknownReferences(assignment(), { units: [UNIT], questionKeys: QUESTION_KEYS, scenarioKeys: [`${UNIT}/cafe-launch`] })).toEqual([
      `unit ${OTHER_UNIT}`,
    ]);
  });
});

describe('an assignment names the exact questions and their versions (issue 19.1)', () => {
  const fingerprints = Object.fromEntries([...QUESTION_KEYS, `${UNIT}/cafe-launch`].map((key) => [key, `v${key.length}`]));
  const content = { questionKeys: QUESTION_KEYS, fingerprints };
  const made = (seed = 424_242) => {
    const result = createAssignment(draft({ questions: { mode: 'draw', count: 10 } }), seed, content);
    if (!result.ok) throw new Error(result.error.reason);
    return result.value;
  };

  it('keeps the same ten questions when the reader has one more question in the unit', async () => {
    const link = made();
    const decoded = await decodeAssignment(await encodeAssignment(link));
    if (!decoded.ok) throw new Error(decoded.error.reason);
    const asDrawn = resolveQuestions(decoded.value, QUESTION_KEYS);
    expect(asDrawn).toHaveLength(10);
    expect(resolveQuestions(decoded.value, [...QUESTION_KEYS, `${UNIT}/q-15`])).toEqual(asDrawn);
    expect(decoded.value.fingerprints?.[asDrawn[0] ?? '']).toBe(fingerprints[asDrawn[0] ?? '']);
  });

  it('tells a reader with different content which items are missing or changed', async () => {
    const decoded = await decodeAssignment(await encodeAssignment(made()));
    if (!decoded.ok) throw new Error(decoded.error.reason);
    const [first, second] = decoded.value.questions.keys ?? [];
    const here = { ...fingerprints, [first ?? '']: 'changed' };
    delete here[second ?? ''];
    expect(checkAssignmentContent(decoded.value, { fingerprints: here })).toEqual({ missing: [second], changed: [first], unverified: false });
    expect(checkAssignmentContent(decoded.value, { fingerprints })).toEqual({ missing: [], changed: [], unverified: false });
  });

  it('still opens a link made before draws were recorded, and says its content cannot be checked', async () => {
    const legacy = assignment({ questions: { mode: 'draw', count: 10 } }, 424_242);
    const decoded = await decodeAssignment(await encodeAssignment(legacy));
    if (!decoded.ok) throw new Error(decoded.error.reason);
    expect(decoded.value.questions.keys).toBeUndefined();
    expect(resolveQuestions(decoded.value, QUESTION_KEYS)).toHaveLength(10);
    expect(checkAssignmentContent(decoded.value, { fingerprints }).unverified).toBe(true);
  });

  it('refuses fingerprints that do not line up with the items', async () => {
    const link = made();
    const code = await packCode(ASSIGNMENT_KIND, {
      i: link.id,
      t: link.title,
      b: link.tutor,
      u: link.units,
      d: [10, 424_242],
      k: link.questions.keys,
      h: ['abc'],
      m: 70,
    });
    const decoded = await decodeAssignment(code);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error.reason).toContain('fingerprints');
  });
});
