import { describe, expect, it } from 'vitest';
import { embedContent, packageContent, readPackageContent, unitQuizAssignment } from './content.ts';
import { cmi5Plan } from './cmi5.ts';
import { launchPage, packageFileName, packageFiles } from './package.ts';
import { summariseAttempt } from './score.ts';
import { CATALOGUE, UNIT, attempt, content } from './test-fixtures.ts';
import { createAssignment } from '../share/assignment.ts';
import { pickAssignment } from '../share/test-fixtures.ts';

describe('packageContent', () => {
  it('copies only the questions, misconceptions and scenarios the assignment asks', () => {
    const made = content();
    expect(made.questions.map((question) => question.key)).toEqual([`${UNIT}/q-01`, `${UNIT}/q-02`, `${UNIT}/q-03`]);
    expect(Object.keys(made.misconceptions)).toEqual([`${UNIT}/reach-is-engagement`]);
    expect(made.misconceptions[`${UNIT}/reach-is-engagement`]).not.toHaveProperty('lessonHref');
    expect(made.scenarios).toHaveLength(1);
  });

  it('refuses an assignment with nothing an LMS can score, or a scenario this build lacks', () => {
    const decksOnly = pickAssignment([], { units: [UNIT], decks: [UNIT], scenarios: [] });
    expect(packageContent(decksOnly, CATALOGUE)).toMatchObject({ ok: false, error: expect.stringMatching(/at least one quiz question or scenario/) });
    const unknown = pickAssignment([], { units: [UNIT], decks: [], scenarios: [`${UNIT}/gone`] });
    expect(packageContent(unknown, CATALOGUE)).toMatchObject({ ok: false, error: expect.stringMatching(/gone/) });
  });
});

describe('unitQuizAssignment', () => {
  it("makes an assignment of every question in the unit", () => {
    const made = unitQuizAssignment(UNIT, CATALOGUE, { tutor: 'Ms Okafor', passMark: 70, seed: 42 });
    expect(made.ok && made.value.questions).toEqual({ mode: 'pick', keys: CATALOGUE.questions.map((question) => question.key) });
    expect(made.ok && made.value.title).toBe('Social media strategy: quiz');
    expect(unitQuizAssignment('nope', CATALOGUE, { tutor: 'T', passMark: 70, seed: 1 }).ok).toBe(false);
  });
});

describe('readPackageContent', () => {
  it('reads back what the launch page embeds, even with "</script>" in the content', () => {
    const made = content();
    made.questions[0] = { ...made.questions[0]!, prompt: 'Is </script><script>alert(1)</script> safe?' };
    const embedded = embedContent(made);
    expect(embedded).not.toContain('</script>');
    expect(readPackageContent(embedded)).toEqual({ ok: true, value: made });
  });

  it('refuses damaged, empty, newer or tampered content with a reason, never throwing', () => {
    const good = JSON.parse(embedContent(content())) as Record<string, unknown>;
    expect(readPackageContent(null).ok).toBe(false);
    expect(readPackageContent('{"v":1,').ok).toBe(false);
    expect(readPackageContent('[]').ok).toBe(false);
    expect(readPackageContent(JSON.stringify({ ...good, v: 2 }))).toMatchObject({ ok: false, error: expect.stringMatching(/format 2/) });
    expect(readPackageContent(JSON.stringify({ ...good, assignment: { title: 'x' } }))).toMatchObject({ ok: false, error: expect.stringMatching(/assignment/) });
    expect(readPackageContent(JSON.stringify({ ...good, questions: [{ key: 'a/b', prompt: 'p', kind: 'single', options: [] }] }))).toMatchObject({ ok: false, error: expect.stringMatching(/question/) });
    expect(readPackageContent(JSON.stringify({ ...good, scenarios: [{ key: 'a/b', title: 't', marks: -1, points: [] }] }))).toMatchObject({ ok: false, error: expect.stringMatching(/scenario/) });
  });
});

describe('package files', () => {
  const runner = { script: new TextEncoder().encode('/*js*/'), styles: new TextEncoder().encode('/*css*/') };

  it('puts the right manifest first for each standard, and the runner beside the launch page', () => {
    expect(packageFiles(content(), 'scorm12', runner).map((file) => file.name)).toEqual(['imsmanifest.xml', 'index.html', 'runner.js', 'runner.css']);
    expect(packageFiles(content(), 'cmi5', runner)[0]?.name).toBe('cmi5.xml');
    expect(new TextDecoder().decode(packageFiles(content(), 'scorm2004', runner)[0]?.data)).toContain('2004 4th Edition');
  });

  it('loads the runner as a classic script from its own folder, with nothing from the site', () => {
    const page = launchPage(content(), 'scorm2004');
    expect(page).toContain('<script src="runner.js"></script>');
    expect(page).toContain('data-standard="scorm2004"');
    expect(page).not.toMatch(/type="module"|https?:\/\//);
  });

  it('names the zip after the assignment', () => {
    expect(packageFileName(content(), 'scorm12')).toBe('week-3-social-listening-and-smart-objectives-scorm12.zip');
  });
});

describe('cmi5Plan', () => {
  const summary = summariseAttempt(content(), attempt());
  it('sends completed then passed or failed in Normal mode only, with the full score', () => {
    expect(cmi5Plan(summary, { launchMode: 'Normal' })).toEqual({ verbs: ['completed', 'failed'], score: { raw: 5.33, min: 0, max: 9, scaled: 0.5922 } });
    expect(cmi5Plan({ ...summary, passed: true }, { launchMode: 'Normal' }).verbs).toEqual(['completed', 'passed']);
    expect(cmi5Plan(summary, { launchMode: 'Browse' }).verbs).toEqual([]);
    expect(cmi5Plan({ ...summary, completed: false }, { launchMode: 'Normal' }).verbs).toEqual([]);
  });
});

describe('calculation questions and LMS packages', () => {
  const numeric = { ...CATALOGUE.questions[0], key: `${CATALOGUE.questions[0]?.unit}/calc-q`, kind: 'numeric' as const, options: [], numeric: { answer: 2.5, tolerance: 0.05, unit: 'ratio' } };
  const withCalculation = { ...CATALOGUE, questions: [...CATALOGUE.questions, numeric] } as typeof CATALOGUE;
  it('leaves calculation questions out of a unit quiz package', () => {
    const unitId = numeric.unit ?? '';
    const made = unitQuizAssignment(unitId, withCalculation, { tutor: 'T', passMark: 50, seed: 1 });
    expect(made.ok).toBe(true);
    if (made.ok && made.value.questions.mode === 'pick') expect(made.value.questions.keys).not.toContain(numeric.key);
  });
  it('refuses an assignment that sets a calculation question, saying why', () => {
    const unitId = numeric.unit ?? '';
    const made = createAssignment({ title: 'Calc', tutor: 'T', units: [unitId], questions: { mode: 'pick', keys: [numeric.key] }, passMark: 50 }, 1);
    if (!made.ok) throw new Error(made.error.reason);
    expect(packageContent(made.value, withCalculation)).toMatchObject({ ok: false, error: expect.stringMatching(/calculation question/) });
  });
});
