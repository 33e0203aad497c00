import { describe, expect, it } from 'vitest';
import { toBase64Url } from './base64url.ts';
import { encodeAssignment } from './assignment.ts';
import { RESULTS_KIND, ShareCodeError, type ShareResult, deflateRaw, packCode, sealData } from './frame.ts';
import { type ResultsCode, decodeResults, encodeResults, gradeResults, validateResults } from './results.ts';
import { UNIT, assignment, pickAssignment, results } from './test-fixtures.ts';

function refusal<T>(result: ShareResult<T>) {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}

const set = assignment();
const wire = { a: set.id, l: 'Ann', b: 1_778_403_600, e: 1_778_405_100, i: [[`${UNIT}/q-01`, 100]] };

describe('results codes', () => {
  it('round-trip a learner’s results', async () => {
    const mine = results(set);
    const code = await encodeResults(mine);
    expect(code.startsWith('R1.')).toBe(true);
    expect(await decodeResults(code)).toEqual({ ok: true, value: mine });
  });

  it('round-trip results with no scenarios and no questions', async () => {
    const empty = results(set, { items: [], scenarios: [] });
    expect(await decodeResults(await encodeResults(empty))).toEqual({ ok: true, value: empty });
  });

  it('keep scores to two decimals and times to the second', () => {
    const checked = validateResults(
      results(set, {
        startedAt: '2026-05-10T10:00:00.789+01:00',
        submittedAt: '2026-05-10T09:25:00.5Z',
        items: [{ key: `${UNIT}/q-01`, score: 0.6666667, missed: [] }],
      }),
    );
    expect(checked.ok && checked.value).toMatchObject({
      startedAt: '2026-05-10T09:00:00.000Z',
      submittedAt: '2026-05-10T09:25:00.000Z',
      items: [{ score: 0.67 }],
    });
  });

  it('accept an item with no missed list, as an empty list', () => {
    const checked = validateResults({ ...results(set), items: [{ key: `${UNIT}/q-01`, score: 1 }] });
    expect(checked.ok && checked.value.items).toEqual([{ key: `${UNIT}/q-01`, score: 1, missed: [] }]);
  });

  it('keep a name with HTML or script in it as plain text data', async () => {
    const learner = '<script>document.cookie</script>\u0000"Ann" & <b>Lee</b>\u009b';
    const decoded = await decodeResults(await encodeResults(results(set, { learner })));
    expect(decoded.ok && decoded.value.learner).toBe('<script>document.cookie</script>"Ann" & <b>Lee</b>');
  });

  it('name the field at fault in invalid results', () => {
    const good = results(set);
    const cases: [Partial<ResultsCode> | Record<string, unknown>, string, RegExp][] = [
      [{ learner: '' }, 'learner', /must not be empty/],
      [{ learner: 'x'.repeat(61) }, 'learner', /at most 60 characters/],
      [{ assignment: 'Nope!' }, 'assignment', /lower-case letters or digits/],
      [{ startedAt: 'yesterday' }, 'startedAt', /UTC time/],
      [{ submittedAt: '2026-05-10T08:00:00.000Z' }, 'submittedAt', /before startedAt/],
      [{ items: [{ key: `${UNIT}/q-01`, score: 1.5, missed: [] }] }, 'items[0].score', /0-1/],
      [{ items: [{ key: `${UNIT}/q-01`, score: 1, missed: [] }, { key: `${UNIT}/q-01`, score: 1, missed: [] }] }, 'items[1].key', /repeats/],
      [{ items: [{ key: 'q-01', score: 1, missed: [] }] }, 'items[0].key', /unit-id\/item-id/],
      [{ scenarios: [{ key: `${UNIT}/case`, total: -1, points: {} }] }, 'scenarios[0].total', /0 or more/],
      [{ scenarios: [{ key: `${UNIT}/case`, total: 1, points: { 'Not An Id': 1 } }] }, 'scenarios[0].points["Not An Id"]', /key that is not an id/],
    ];
    for (const [overrides, field, message] of cases) {
      const result = refusal(validateResults({ ...good, ...overrides }));
      expect(result.field, field).toBe(field);
      expect(result.reason, field).toMatch(message);
    }
  });

  it('refuse to encode invalid results', async () => {
    await expect(encodeResults(results(set, { learner: ' ' }))).rejects.toBeInstanceOf(ShareCodeError);
  });

  it('are refused with a specific reason for each way they can be wrong', async () => {
    const code = await encodeResults(results(set));
    const flip = (at: number) => `${code.slice(0, at)}${code[at] === 'a' ? 'b' : 'a'}${code.slice(at + 1)}`;
    const notJson = sealData(RESULTS_KIND, toBase64Url(await deflateRaw(new TextEncoder().encode('[1,2'))));
    const cases: [string, string, string, RegExp][] = [
      ['empty', ' ', 'empty', /The results code is empty/],
      ['unknown version', `R2.${code.slice(3)}`, 'version', /newer version of Markpoint \(format 2/],
      ['oversized', `R1.${'x'.repeat(5000)}`, 'oversized', /never longer than 4,000/],
      ['altered', flip(20), 'altered', /checksum does not match/],
      ['truncated', code.slice(0, 40), 'truncated', /cut short: it has 40 of its/],
      ['not decompressible', sealData(RESULTS_KIND, toBase64Url(new Uint8Array([7, 7, 7, 7, 7, 7]))), 'unpack', /cannot be unpacked/],
      ['not JSON', notJson, 'json', /not valid JSON/],
      ['failing validation', await packCode(RESULTS_KIND, { ...wire, l: 'x'.repeat(61) }), 'invalid', /^This results code is not valid: learner: must be at most 60 characters\.$/],
      ['an assignment link', await encodeAssignment(set), 'wrong-kind', /assignment link, not a results code/],
    ];
    for (const [label, text, problem, reason] of cases) {
      const result = refusal(await decodeResults(text));
      expect(result.problem, label).toBe(problem);
      expect(result.reason, label).toMatch(reason);
    }
  });

  it('name the field when a well-sealed code holds something invalid', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...wire, b: 'soon' }, 'startedAt'],
      [{ ...wire, b: 1e20 }, 'startedAt'],
      [{ ...wire, e: 1.5 }, 'submittedAt'],
      [{ ...wire, i: [[`${UNIT}/q-01`, 250]] }, 'items[0].score'],
      [{ ...wire, i: [[`${UNIT}/q-01`, 'all']] }, 'items[0].score'],
      [{ ...wire, i: [[`${UNIT}/q-01`]] }, 'items[0].score'],
      [{ ...wire, i: 'none' }, 'items'],
      [{ ...wire, s: [[`${UNIT}/case`, 3]] }, 'scenarios[0].points'],
      [{ ...wire, l: undefined }, 'learner'],
    ];
    for (const [value, field] of cases) {
      const result = refusal(await decodeResults(await packCode(RESULTS_KIND, value)));
      expect(result, field).toMatchObject({ problem: 'invalid', field });
    }
  });

  it('never let a "__proto__" key in a code reach an object prototype', async () => {
    const points: unknown = JSON.parse('{"__proto__": {"polluted": 1}, "smart": 2}');
    const decoded = await decodeResults(await packCode(RESULTS_KIND, { ...wire, s: [[`${UNIT}/case`, 3, points]] }));
    expect(decoded.ok).toBe(true);
    if (decoded.ok) {
      const [scenario] = decoded.value.scenarios;
      expect(scenario?.points).toEqual({ smart: 2 });
      expect(Object.getPrototypeOf(scenario?.points)).toBe(Object.prototype);
    }
    expect('polluted' in {}).toBe(false);
  });
});

describe('grading results', () => {
  const withScores = (...scores: number[]) =>
    results(set, { items: scores.map((score, i) => ({ key: `${UNIT}/q-${String(i + 1).padStart(2, '0')}`, score, missed: [] })) });

  it('scores out of the questions asked, counting unanswered ones as 0', () => {
    expect(gradeResults(set, withScores(1, 1, 0.5), 5)).toEqual({ scorePercent: 50, passed: false, earned: 2.5, questionCount: 5, answered: 3 });
    expect(gradeResults(set, withScores(1, 1, 1, 1, 0), 5)).toMatchObject({ scorePercent: 80, passed: true });
  });

  it('passes exactly at the pass mark, without floating-point slips', () => {
    // 0.57 * 100 is 56.99999999999999 in floating point; 57% must still pass a mark of 57.
    const fiftySeven = assignment({ passMark: 57 });
    expect(gradeResults(fiftySeven, withScores(0.57), 1)).toMatchObject({ scorePercent: 57, passed: true });
    expect(gradeResults(fiftySeven, withScores(0.56), 1)).toMatchObject({ scorePercent: 56, passed: false });
  });

  it('rounds the percentage down, so it never shows a pass mark the learner did not reach', () => {
    // 139 / 2 = 69.5%: shown as 69, and a fail against 70.
    expect(gradeResults(set, withScores(0.7, 0.69), 2)).toMatchObject({ scorePercent: 69, passed: false });
  });

  it('counts only picked questions for a pick, each once, and never over 100%', () => {
    const picked = pickAssignment([`${UNIT}/q-01`, `${UNIT}/q-02`]);
    expect(gradeResults(picked, withScores(1, 0, 1, 1), 2)).toMatchObject({ scorePercent: 50, answered: 2 });
    const repeated = results(set, { items: [1, 1, 1].map(() => ({ key: `${UNIT}/q-01`, score: 1, missed: [] })) });
    expect(gradeResults(set, repeated, 2)).toMatchObject({ scorePercent: 50, answered: 1 });
    expect(gradeResults(set, withScores(1, 1, 1), 2)).toMatchObject({ scorePercent: 100, passed: true, answered: 2 });
  });

  it('has no score or pass when the assignment asks no questions', () => {
    expect(gradeResults(set, withScores(), 0)).toEqual({ scorePercent: null, passed: null, earned: 0, questionCount: 0, answered: 0 });
  });

  it('passes everyone against a pass mark of 0', () => {
    expect(gradeResults(assignment({ passMark: 0 }), withScores(0), 1)).toMatchObject({ scorePercent: 0, passed: true });
  });
});
