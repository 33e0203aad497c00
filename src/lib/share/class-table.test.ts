import { describe, expect, it } from 'vitest';
import { toBase64Url } from './base64url.ts';
import { createAssignment, decodeAssignment, encodeAssignment, resolveQuestions } from './assignment.ts';
import { type ClassTable, buildClassTable, classInputProblem, classTableCsv, countCodeLines, durationLabel, pageOf, pointTitle } from './class-table.ts';
import { RESULTS_KIND, deflateRaw, sealData } from './frame.ts';
import { encodeResults } from './results.ts';
import { UNIT, assignment, draft, pickAssignment, results } from './test-fixtures.ts';

const Q1 = `${UNIT}/q-01`;
const Q2 = `${UNIT}/q-02`;
const Q3 = `${UNIT}/q-03`;
const TACTICS = `${UNIT}/tactics-are-strategy`;
const REACH = `${UNIT}/reach-is-engagement`;
const CASE = `${UNIT}/cafe-launch`;

const set = pickAssignment([Q1, Q2, Q3]);
const item = (key: string, score: number, missed: string[] = []) => ({ key, score, missed });

/** A results code in the next format version: sealed exactly as R1 is, with an R2 prefix. */
async function versionTwoCode(): Promise<string> {
  const code = await encodeResults(results(set));
  return `R2.${code.slice(3)}`;
}

async function classCodes() {
  const annFirst = await encodeResults(results(set)); // 1, 0, 0.67: 55%
  const ben = await encodeResults(
    results(set, {
      learner: 'Smith, Ben',
      startedAt: '2026-05-10T10:00:00.000Z',
      submittedAt: '2026-05-10T10:12:29.000Z',
      items: [item(Q1, 1), item(Q2, 1), item(Q3, 1)],
      scenarios: [{ key: CASE, total: 6, points: { smart: 3, goals: 2, weak: 1 } }],
    }),
  );
  const benAltered = await encodeResults(
    results(set, {
      learner: 'smith,  ben',
      startedAt: '2026-05-10T10:00:00.000Z',
      submittedAt: '2026-05-10T10:12:29.000Z',
      items: [item(Q1, 0)],
      scenarios: [],
    }),
  );
  const attacker = await encodeResults(
    results(set, {
      learner: '=HYPERLINK("http://evil.example","Click")',
      items: [item(Q1, 0, [TACTICS]), item(Q2, 0, [TACTICS, REACH])],
      scenarios: [],
    }),
  );
  const annLater = await encodeResults(
    results(set, {
      submittedAt: '2026-05-11T09:40:00.000Z',
      startedAt: '2026-05-11T09:30:00.000Z',
      items: [item(Q1, 1), item(Q2, 1), item(Q3, 0.5, [REACH])],
      scenarios: [{ key: CASE, total: 4, points: { smart: 2, goals: 2 } }],
    }),
  );
  const otherAssignment = await encodeResults(results(pickAssignment([Q1], { title: 'Another' }), { assignment: 'zzzz9999', learner: 'Cara' }));
  return [
    annFirst, //  1
    ben, //  2
    '', //  3: blank, skipped
    `  ${ben}  `, //  4: the same code again
    benAltered, //  5: same learner (spacing and case aside) and submission time
    otherAssignment, //  6
    await versionTwoCode(), //  7
    'hello, this is my code', //  8
    attacker, //  9
    annLater, // 10
    await encodeAssignment(set), // 11: an assignment link pasted by mistake
    annFirst.slice(0, 60), // 12: cut short
  ];
}

describe('the class table', () => {
  it('reads each learner’s code into a row, and lists every line it could not use with the reason', async () => {
    const table = await buildClassTable(set, await classCodes());
    expect(table.rows.map((row) => [row.learner, row.line, row.scorePercent, row.passed, row.latest, row.minutes])).toEqual([
      ['=HYPERLINK("http://evil.example","Click")', 9, 0, false, true, 25],
      ['Ann Lee', 1, 55, false, false, 25],
      ['Ann Lee', 10, 83, true, true, 10],
      ['Smith, Ben', 2, 100, true, true, 12],
    ]);
    expect(table.problems.map((problem) => [problem.line, problem.kind])).toEqual([
      [4, 'duplicate'],
      [5, 'duplicate'],
      [6, 'other-assignment'],
      [7, 'version'],
      [8, 'not-a-code'],
      [11, 'wrong-kind'],
      [12, 'truncated'],
    ]);
    const reasons = Object.fromEntries(table.problems.map((problem) => [problem.line, problem.reason]));
    expect(reasons[4]).toBe('The same code as line 2.');
    expect(reasons[5]).toBe("smith, ben's results again: the same submission as line 2.");
    expect(reasons[6]).toBe(`Cara's code is for another assignment (zzzz9999), not this one (${set.id}).`);
    expect(reasons[7]).toMatch(/newer version of Markpoint \(format 2; this version reads format 1\)/);
    expect(reasons[11]).toMatch(/assignment link, not a results code/);
    expect(reasons[12]).toMatch(/cut short/);
  });

  it('gives each row an outcome per question and marks per scenario point', async () => {
    const table = await buildClassTable(set, await classCodes());
    expect(table.questionKeys).toEqual([Q1, Q2, Q3]);
    expect(table.scenarioKeys).toEqual([CASE]);
    expect(table.scenarioPoints).toEqual({ [CASE]: ['smart', 'goals', 'weak'] });
    const annFirst = table.rows.find((row) => row.line === 1);
    expect(annFirst?.questions).toEqual({
      [Q1]: { status: 'right', score: 1, missed: [] },
      [Q2]: { status: 'wrong', score: 0, missed: [TACTICS] },
      [Q3]: { status: 'partly', score: 0.67, missed: [REACH] },
    });
    const attacker = table.rows.find((row) => row.line === 9);
    expect(attacker?.questions[Q3]).toEqual({ status: 'unanswered', score: null, missed: [] });
    expect(attacker?.scenarios).toEqual({ [CASE]: null });
    expect(table.rows.find((row) => row.line === 2)?.scenarios[CASE]).toEqual({ total: 6, points: { smart: 3, goals: 2, weak: 1 } });
  });

  it("summarises what the class missed, counting each learner's latest code once", async () => {
    const table = await buildClassTable(set, await classCodes());
    // Latest codes: Ann (1, 1, 0.5), Ben (1, 1, 1), the attacker (0, 0, unanswered).
    expect(table.mostMissedQuestions).toEqual([
      { key: Q1, count: 1, answered: 3 },
      { key: Q2, count: 1, answered: 3 },
      { key: Q3, count: 1, answered: 2 },
    ]);
    expect(table.mostCommonMisconceptions).toEqual([
      { key: REACH, count: 2 },
      { key: TACTICS, count: 1 },
    ]);
  });

  it('takes an unrecorded draw from the codes, never re-grading against this copy’s own draw', async () => {
    const drawn = assignment({ questions: { mode: 'draw', count: 4 } });
    const code = await encodeResults(results(drawn, { items: [item(Q2, 1), item(Q1, 1)] }));
    const fromCodes = await buildClassTable(drawn, [code]);
    expect(fromCodes.questionKeys).toEqual([Q2, Q1]);
    expect(fromCodes.rows[0]?.scorePercent).toBe(50); // 2 of the draw's 4
    const thisCopyDraws = await buildClassTable(drawn, [code], { questionKeys: [Q3, Q1] });
    expect(thisCopyDraws.questionKeys).toEqual([Q2, Q1]);
    expect(thisCopyDraws.rows[0]).toMatchObject({ scorePercent: 50, answered: 2 });
    expect(thisCopyDraws.notes.join(' ')).toMatch(/would draw differently \(it would not ask .*q-02\)/);
  });

  it('is empty, not an error, for no codes', async () => {
    const table = await buildClassTable(set, ['', '   ']);
    expect(table).toMatchObject({ rows: [], problems: [], mostMissedQuestions: [], mostCommonMisconceptions: [] });
  });

  it('refuses a code whose data is damaged past its checksum with the decoder’s reason', async () => {
    const sealed = sealData(RESULTS_KIND, toBase64Url(await deflateRaw(new TextEncoder().encode('not json'))));
    const table = await buildClassTable(set, [sealed]);
    expect(table.problems).toEqual([{ line: 1, kind: 'json', reason: 'This results code is damaged: its contents are not valid JSON.' }]);
  });
});

describe('the class table as CSV', () => {
  let table: ClassTable;
  const csvFor = async () => {
    table ??= await buildClassTable(set, await classCodes());
    return classTableCsv(table, { [Q1]: 'Q1: SMART objectives', [Q2]: 'Q2: "Tactics", not strategy', [Q3]: '-Q3' }, { [CASE]: 'Café launch' });
  };

  it('writes a header and one CRLF-ended record per row', async () => {
    const csv = await csvFor();
    const records = csv.split('\r\n');
    expect(records.at(-1)).toBe('');
    expect(records).toHaveLength(table.rows.length + 2);
    expect(records[0]).toBe(
      'Learner,Started,Submitted,Minutes,Score %,Result,Attempt,Cards reviewed,Q1: SMART objectives,"Q2: ""Tactics"", not strategy",\'-Q3,Misconceptions shown,Café launch: total,Café launch: smart,Café launch: goals,Café launch: weak',
    );
    expect(records[2]).toBe(
      `Ann Lee,2026-05-10T09:00:00.000Z,2026-05-10T09:25:00.000Z,25,55,Fail,earlier,,1,0,0.67,${TACTICS}; ${REACH},5,2,3,0`,
    );
    expect(records[4]).toBe('"Smith, Ben",2026-05-10T10:00:00.000Z,2026-05-10T10:12:29.000Z,12,100,Pass,latest,,1,1,1,,6,3,2,1');
  });

  it('stops a learner name from running as a spreadsheet formula', async () => {
    const csv = await csvFor();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")",`);
    expect(csv.split('\r\n').some((record) => record.startsWith('=') || record.startsWith('"='))).toBe(false);
  });
});

describe('a draw graded against the content it was made from (issue 19.1)', () => {
  const keys = Array.from({ length: 14 }, (_, i) => `${UNIT}/q-${String(i + 1).padStart(2, '0')}`);
  const fingerprints = Object.fromEntries([...keys, CASE].map((key) => [key, 'v1']));

  it('keeps "100% Pass" when the tutor’s copy has one more question in the unit', async () => {
    const made = createAssignment(draft({ questions: { mode: 'draw', count: 10 }, scenarios: [], decks: [] }), 424_242, { questionKeys: keys, fingerprints });
    if (!made.ok) throw new Error(made.error.reason);
    const link = await decodeAssignment(await encodeAssignment(made.value));
    if (!link.ok) throw new Error(link.error.reason);
    const asked = resolveQuestions(link.value, keys);
    const code = await encodeResults(
      results(link.value, { items: asked.map((key) => item(key, 1)), scenarios: [], fingerprints: Object.fromEntries(asked.map((key) => [key, 'v1'])) }),
    );
    const tutorKeys = [...keys, `${UNIT}/q-15`];
    const table = await buildClassTable(link.value, [code], { questionKeys: resolveQuestions(link.value, tutorKeys), fingerprints: { ...fingerprints, [`${UNIT}/q-15`]: 'v1' } });
    expect(table.rows[0]).toMatchObject({ scorePercent: 100, passed: true, differentContent: [] });
    expect(table.notes).toEqual([]);
  });

  it('tells the tutor which items a learner answered in another version, without re-grading them', async () => {
    const made = createAssignment(draft({ questions: { mode: 'pick', keys: [Q1, Q2] }, scenarios: [], decks: [] }), 5, { questionKeys: keys, fingerprints });
    if (!made.ok) throw new Error(made.error.reason);
    const code = await encodeResults(results(made.value, { items: [item(Q1, 1), item(Q2, 0)], scenarios: [], fingerprints: { [Q1]: 'v1', [Q2]: 'v0' } }));
    const table = await buildClassTable(made.value, [code], { fingerprints: { ...fingerprints, [Q1]: 'v2' } });
    expect(table.rows[0]).toMatchObject({ scorePercent: 50, differentContent: [Q2] });
    expect(table.problems).toEqual([expect.objectContaining({ line: 1, kind: 'different-content', added: true })]);
    expect(table.notes.join(' ')).toContain(`different version of ${Q1}`);
  });
});

describe('codes held to the content (issue 19.11)', () => {
  const content = { [CASE]: { marks: 6, points: [{ id: 'smart', marks: 3 }, { id: 'goals', marks: 2 }, { id: 'weak', marks: 1 }] } };

  it('clamps marks to the maxima and lists invented ids as a problem for that line', async () => {
    const invented = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`made-up-${i}`, 1]));
    const code = await encodeResults(
      results(set, {
        items: [item(Q1, 1), item(`${UNIT}/q-99`, 1)],
        scenarios: [
          { key: CASE, total: 900, points: { smart: 9, goals: 2, ...invented } },
          { key: `${UNIT}/not-set`, total: 3, points: {} },
        ],
      }),
    );
    const table = await buildClassTable(set, [code], { scenarios: content });
    expect(table.scenarioPoints[CASE]).toEqual(['smart', 'goals', 'weak']);
    expect(table.rows[0]?.scenarios[CASE]).toEqual({ total: 6, points: { smart: 3, goals: 2 } });
    expect(table.problems.map((problem) => problem.kind)).toEqual(['unknown-ids', 'over-maximum']);
    expect(table.problems[0]?.reason).toMatch(/question social-media-strategy\/q-99, scenario social-media-strategy\/not-set, point .*made-up-0.* and 37 more/);
    expect(classTableCsv(table).split('\r\n')[0]?.split(',').length).toBeLessThan(20);
  });
});

describe('names (issue 19.12)', () => {
  it('puts invisible-character variants on one learner and flags a look-alike name', async () => {
    const codes = await Promise.all(
      ['Ann Lee', 'Ann\u200d Lee', '\u2066Ann Lee\u2069', '\u0410nn Lee'].map((learner, index) =>
        encodeResults(results(set, { learner, submittedAt: `2026-05-10T09:2${index}:00.000Z` })),
      ),
    );
    const table = await buildClassTable(set, codes);
    expect(table.rows.filter((row) => row.latest).map((row) => [row.learner, row.mixedScripts])).toEqual([
      ['Ann Lee', []],
      ['\u0410nn Lee', ['Cyrillic', 'Latin']],
    ]);
  });
});

describe('how much a tutor may paste or load (issue 19.15)', () => {
  it('accepts 5,000 real codes by file and by paste alike, and refuses more than the limit with a reason', async () => {
    const one = await encodeResults(results(set));
    const fiveThousand = Array.from({ length: 5000 }, () => one).join('\n');
    const bytes = new TextEncoder().encode(fiveThousand).length;
    expect(bytes).toBeGreaterThan(0);
    expect(classInputProblem(bytes, null, 'codes.txt')).toBeNull();
    expect(classInputProblem(fiveThousand.length, countCodeLines(fiveThousand))).toBeNull();
    expect(classInputProblem(10, 10_001)).toMatch(/10,001 lines; the class table reads up to 10,000/);
    expect(classInputProblem(13_000_000, null, 'big.txt')).toMatch(/big.txt is 13.0 million characters/);
  });

  it('yields to the page between chunks and reports progress', async () => {
    const one = await encodeResults(results(set));
    const seen: number[] = [];
    await buildClassTable(set, Array.from({ length: 25 }, () => one), { chunkSize: 10, timeBudgetMs: 60_000, onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([10, 20, 25]);
  });
});

describe('labels for the class table', () => {
  it('shows a point by its title, or its first words', () => {
    expect(pointTitle({ title: 'Vanity vs ROI', statement: 'Explains that likes are not return on investment' })).toBe('Vanity vs ROI');
    expect(pointTitle({ statement: 'Explains that likes are not return on investment' })).toBe('Explains that likes are not…');
    expect(pointTitle({ statement: 'Sets SMART objectives' })).toBe('Sets SMART objectives');
  });

  it('gives working time in words, never a bare 0', () => {
    expect([durationLabel(42), durationLabel(90), durationLabel(3_900)]).toEqual(['under 1 min', '2 min', '1 h 05 min']);
  });

  it('pages rows', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => i);
    expect(pageOf(rows, 0, 50)).toMatchObject({ page: 0, pages: 100, rows: rows.slice(0, 50) });
    expect(pageOf(rows, 500, 50).page).toBe(99);
  });
});
