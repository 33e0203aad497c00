/**
 * LMS packages, end to end: a tutor downloads a package from /tutor/, an LMS (scorm-again, or a
 * small cmi5 launcher) hosts it on another origin with the site unreachable, a learner works
 * through it, and the test reads what the LMS recorded against what the learner was shown.
 */
import { type Page, expect, test } from '@playwright/test';
import xapiValidation from '@learninglocker/xapi-validation';
import { type Assignment, createAssignment, encodeAssignment } from '../../src/lib/share/assignment.ts';
import { LMS_ORIGIN, type UnpackedPackage, completeAssignment, hostPackage, readSeenScore, scormHostPage, unpack } from './lms-host';
import { authoredCourse, expectAccessible, referenceUnit } from './support';

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true };

/** The package is CommonJS with an ES default export: under Node's ESM loader it arrives wrapped. */
const validateStatement = ((xapiValidation as unknown as { default?: typeof xapiValidation }).default ?? xapiValidation) as (statement: unknown) => unknown[];

/**
 * An assignment link made as the composer makes one: three questions and one scenario. The questions
 * are picked rather than drawn, from choice questions only: packages cannot hold calculation
 * questions yet, and refuse an assignment that sets one (lib/lms/content.ts).
 */
function choiceQuestionKeys(unitId: string): string[] {
  const unit = authoredCourse().units.find((candidate) => candidate.id === unitId);
  return (unit?.misconceptions ?? []).flatMap((item) => item.questions.filter((question) => question.kind !== 'numeric').map((question) => `${unitId}/${question.id}`));
}

async function assignmentLink(page: Page): Promise<{ link: string; assignment: Assignment }> {
  const unit = referenceUnit();
  const scenario = unit.scenarios[0];
  if (!scenario) throw new Error('the reference unit needs a scenario');
  const made = createAssignment(
    { title: 'Week 4: measuring social', tutor: 'Ms Okafor', units: [unit.id], questions: { mode: 'pick', keys: choiceQuestionKeys(unit.id).slice(0, 3) }, scenarios: [`${unit.id}/${scenario.id}`], passMark: 50 },
    20_260_505,
  );
  if (!made.ok) throw new Error(made.error.reason);
  const base = new URL(page.url() === 'about:blank' ? 'http://x/' : page.url());
  return { link: `${base.origin}/assignment/#${await encodeAssignment(made.value)}`, assignment: made.value };
}

/** The tutor pastes an assignment link on /tutor/ and downloads one standard's package. */
async function downloadAssignmentPackage(page: Page, standard: 'SCORM 1.2' | 'SCORM 2004 (4th edition)' | 'cmi5'): Promise<UnpackedPackage> {
  await page.goto('tutor/');
  const { link } = await assignmentLink(page);
  const section = page.getByRole('region', { name: 'Packages for your LMS' });
  await section.getByLabel('Assignment link').fill(link);
  await section.getByRole('button', { name: 'Read the link' }).click();
  await expect(section.getByText('Week 4: measuring social')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: `Download ${standard}` }).click();
  const unpacked = await unpack(await downloading);
  await expect(section.getByText(`Downloaded ${unpacked.fileName}`)).toBeVisible();
  return unpacked;
}

const SCENARIO_ANSWER =
  'Set a SMART objective: raise engagement rate on Instagram from 2% to 4% within three months, measured weekly in Meta Business Suite, because the brand needs evidence that content drives action, not reach alone.';

test.describe('LMS packages run in real runtimes and record what the learner sees', () => {
  test.use(phone);

  test('SCORM 1.2: a unit quiz from /tutor/ runs in scorm-again and records the score, status and interactions', async ({ page, browser }) => {
    test.setTimeout(180_000);
    const unit = authoredCourse().units.find((candidate) => candidate.id === 'seasonal-campaign') ?? referenceUnit();
    await page.goto('tutor/');
    const section = page.getByRole('region', { name: 'Packages for your LMS' });
    await section.getByLabel('Unit').selectOption(unit.id);
    await section.getByLabel('Your name, as the package shows it to learners').fill('Ms Okafor');
    await section.getByLabel('Pass mark for the package (%)').fill('40');
    const downloading = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Download SCORM 1.2' }).click();
    const unpacked = await unpack(await downloading);
    expect(unpacked.fileName).toMatch(/-scorm12\.zip$/);
    expect([...unpacked.files.keys()]).toEqual(['imsmanifest.xml', 'index.html', 'runner.js', 'runner.css']);
    expect(unpacked.files.get('imsmanifest.xml')?.toString()).toContain('<schemaversion>1.2</schemaversion>');

    const context = await browser.newContext(phone);
    const refused = await hostPackage(context, unpacked, scormHostPage('1.2'));
    const lms = await context.newPage();
    const errors: string[] = [];
    lms.on('pageerror', (error) => errors.push(error.message));
    await lms.goto(`${LMS_ORIGIN}/`);
    const frame = lms.frameLocator('iframe[title="Course"]');
    await expect(frame.getByRole('heading', { name: `${unit.title}: quiz` })).toBeVisible();
    await expect(frame.getByText('Your score will be recorded in your LMS (SCORM 1.2)')).toBeVisible();
    // The LMS's learner name fills the name field: "Lee, Ann" in 1.2's form.
    await expect(frame.getByLabel('Your name, as your tutor should see it')).toHaveValue('Ann Lee');
    const seen = await completeAssignment(frame, SCENARIO_ANSWER);
    await expect(frame.getByText('Your score has been recorded in your LMS.')).toBeVisible();

    const recorded = (await lms.evaluate(() => (window as unknown as { API: { renderCMIToJSONObject(): unknown } }).API.renderCMIToJSONObject())) as {
      cmi: { core: { score: { raw: string; min: string; max: string }; lesson_status: string }; interactions: Record<string, { id: string; type: string; student_response: string; result: string }> };
    };
    const core = recorded.cmi.core;
    expect(Number(core.score.raw)).toBe(seen.percent);
    expect(core.score.min).toBe('0');
    expect(core.score.max).toBe('100');
    expect(core.lesson_status).toBe(seen.passed ? 'passed' : 'failed');
    const interactions = Object.values(recorded.cmi.interactions);
    // Every choice question of the unit; its calculation questions are left out of packages.
    expect(interactions).toHaveLength(unit.misconceptions.reduce((sum, misconception) => sum + misconception.questions.filter((question) => question.kind !== 'numeric').length, 0));
    expect(interactions[0]?.id).toMatch(/^q\.seasonal-campaign\./);
    // Each question's result agrees with the marks: as many "correct" as whole marks earned.
    const correct = interactions.filter((interaction) => interaction.result === 'correct').length;
    expect(correct).toBeLessThanOrEqual(Math.floor(seen.raw));
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('SCORM 2004: an assignment with a scenario records marks, scaled score, statuses and long-fill-in answers', async ({ page, browser }) => {
    test.setTimeout(120_000);
    const unpacked = await downloadAssignmentPackage(page, 'SCORM 2004 (4th edition)');
    expect(unpacked.files.get('imsmanifest.xml')?.toString()).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    const context = await browser.newContext(phone);
    const refused = await hostPackage(context, unpacked, scormHostPage('2004'));
    const lms = await context.newPage();
    const errors: string[] = [];
    lms.on('pageerror', (error) => errors.push(error.message));
    await lms.goto(`${LMS_ORIGIN}/`);
    const frame = lms.frameLocator('iframe[title="Course"]');
    await expect(frame.getByText('Your score will be recorded in your LMS (SCORM 2004 (4th edition))')).toBeVisible();
    const seen = await completeAssignment(frame, SCENARIO_ANSWER);
    await expect(frame.getByText('Your score has been recorded in your LMS.')).toBeVisible();

    const recorded = (await lms.evaluate(() => (window as unknown as { API_1484_11: { renderCMIToJSONObject(): unknown } }).API_1484_11.renderCMIToJSONObject())) as {
      cmi: {
        score: { raw: string; min: string; max: string; scaled: string };
        completion_status: string;
        success_status: string;
        interactions: Record<string, { id: string; type: string; learner_response: string; result: string; weighting: string }>;
      };
    };
    const cmi = recorded.cmi;
    expect(Number(cmi.score.raw)).toBe(seen.raw);
    expect(Number(cmi.score.max)).toBe(seen.max);
    expect(Number(cmi.score.min)).toBe(0);
    expect(Number(cmi.score.scaled)).toBeCloseTo(seen.raw / seen.max, 4);
    expect(cmi.completion_status).toBe('completed');
    expect(cmi.success_status).toBe(seen.passed ? 'passed' : 'failed');
    const interactions = Object.values(cmi.interactions);
    expect(interactions.map((interaction) => interaction.type)).toEqual([...interactions.slice(0, 3).map(() => expect.stringMatching(/^(choice|true-false)$/)), 'long-fill-in']);
    const scenario = interactions[3];
    expect(scenario?.learner_response).toBe(SCENARIO_ANSWER);
    expect(scenario?.id).toMatch(/^urn:markpoint:item:social-media-strategy:/);
    // The scenario's recorded marks plus the questions' credit add up to the score shown.
    const credit = interactions.reduce((sum, interaction) => sum + (interaction.result === 'correct' ? Number(interaction.weighting) : interaction.result === 'incorrect' ? 0 : Number(interaction.result)), 0);
    expect(Math.round(credit * 100) / 100).toBe(seen.raw);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('cmi5: the launcher records launched, initialized, answered, completed, passed or failed, terminated, each a valid xAPI statement', async ({ page, browser }) => {
    test.setTimeout(120_000);
    const unpacked = await downloadAssignmentPackage(page, 'cmi5');
    const structure = unpacked.files.get('cmi5.xml')?.toString() ?? '';
    const auId = /<au id="([^"]+)"/.exec(structure)?.[1] ?? '';
    const mastery = Number(/masteryScore="([\d.]+)"/.exec(structure)?.[1]);
    expect(auId).toMatch(/^urn:markpoint:course:/);
    expect(mastery).toBe(0.5);

    const registration = '6a0b4e5c-1f0e-4c9a-9b1e-4d2f8c7a1b20';
    const sessionId = '0d3f2a71-8e44-4b0e-a5f1-2c9b7d6e4f10';
    const actor = { objectType: 'Agent', name: 'Ann Lee', account: { homePage: LMS_ORIGIN, name: 'ann-lee' } };
    const statements: Record<string, unknown>[] = [];
    const cmi5Category = { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' };
    const contextTemplate = { contextActivities: { grouping: [{ id: auId }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId } };
    let fetched = 0;
    const context = await browser.newContext(phone);
    const refused = await hostPackage(context, unpacked, '<!doctype html><title>Launcher</title>', (url, body, method) => {
      if (url.pathname === '/fetch' && method === 'POST') {
        fetched += 1;
        // cmi5: the fetch URL hands out its token once; a second call gets an error.
        return fetched === 1 ? { status: 200, body: JSON.stringify({ 'auth-token': 'dGVzdDp0b2tlbg==' }) } : { status: 200, body: JSON.stringify({ 'error-code': '1', 'error-text': 'already fetched' }) };
      }
      if (url.pathname === '/xapi/activities/state' && url.searchParams.get('stateId') === 'LMS.LaunchData') {
        return { status: 200, body: JSON.stringify({ contextTemplate, launchMode: 'Normal', moveOn: 'CompletedAndPassed', masteryScore: mastery, returnURL: `${LMS_ORIGIN}/` }) };
      }
      if (url.pathname === '/xapi/agents/profile') return { status: 404, body: '' };
      if (url.pathname === '/xapi/statements' && (method === 'PUT' || method === 'POST') && body) {
        const parsed = JSON.parse(body) as Record<string, unknown> | Record<string, unknown>[];
        statements.push(...(Array.isArray(parsed) ? parsed : [parsed]));
        return { status: method === 'PUT' ? 204 : 200, body: method === 'PUT' ? '' : JSON.stringify([]) };
      }
      return null;
    });

    // The LMS's part: the "launched" statement, then the launch URL with the five parameters.
    statements.push({
      id: 'f1c0a8d2-5b7e-4e1a-9c3d-8a6b4f2e1d00',
      actor,
      verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
      object: { objectType: 'Activity', id: auId },
      context: { registration, contextActivities: { category: [cmi5Category], grouping: [{ id: auId }] }, extensions: { ...contextTemplate.extensions, 'https://w3id.org/xapi/cmi5/context/extensions/launchmode': 'Normal', 'https://w3id.org/xapi/cmi5/context/extensions/moveon': 'CompletedAndPassed', 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': mastery } },
      timestamp: new Date().toISOString(),
    });
    const query = new URLSearchParams({ endpoint: `${LMS_ORIGIN}/xapi/`, fetch: `${LMS_ORIGIN}/fetch`, actor: JSON.stringify(actor), registration, activityId: auId });
    const learner = await context.newPage();
    const errors: string[] = [];
    learner.on('pageerror', (error) => errors.push(error.message));
    await learner.goto(`${LMS_ORIGIN}/package/index.html?${query}`);
    await expect(learner.getByText('Your score will be recorded in your LMS (cmi5)')).toBeVisible();
    await expect(learner.getByLabel('Your name, as your tutor should see it')).toHaveValue('Ann Lee');
    const seen = await completeAssignment(learner, SCENARIO_ANSWER);
    await expect(learner.getByText('Your score has been recorded in your LMS.')).toBeVisible();
    expect(await learner.locator('.notice.good').textContent()).not.toMatch(/refused/);

    for (const statement of statements) expect(validateStatement(statement), JSON.stringify(statement)).toEqual([]);
    const verbs = statements.map((statement) => (statement['verb'] as { id: string }).id.split('/').pop());
    const defined = verbs.filter((verb) => verb !== 'answered');
    expect(defined).toEqual(['launched', 'initialized', 'completed', seen.passed ? 'passed' : 'failed', 'terminated']);
    // Answers come after initialized and before completed, one per question and scenario.
    expect(verbs.indexOf('answered')).toBeGreaterThan(verbs.indexOf('initialized'));
    expect(verbs.lastIndexOf('answered')).toBeLessThan(verbs.indexOf('completed'));
    expect(verbs.filter((verb) => verb === 'answered')).toHaveLength(4);

    const byVerb = (verb: string) => statements.find((statement) => (statement['verb'] as { id: string }).id.endsWith(`/${verb}`)) as Record<string, Record<string, unknown>>;
    for (const verb of ['initialized', 'completed', seen.passed ? 'passed' : 'failed', 'terminated']) {
      const statement = byVerb(verb);
      expect(statement['actor']).toMatchObject({ account: actor.account });
      expect(statement['object']).toMatchObject({ id: auId });
      const context = statement['context'] as { registration: string; contextActivities: { category: { id: string }[] }; extensions: Record<string, unknown> };
      expect(context.registration).toBe(registration);
      expect(context.contextActivities.category).toContainEqual(cmi5Category);
      expect(context.extensions['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe(sessionId);
    }
    const completed = byVerb('completed')['result'] as { completion: boolean; duration: string };
    expect(completed.completion).toBe(true);
    expect(completed.duration).toMatch(/^P/);
    const judged = byVerb(seen.passed ? 'passed' : 'failed')['result'] as { success: boolean; score: { raw: number; min: number; max: number; scaled: number } };
    expect(judged.success).toBe(seen.passed);
    expect(judged.score.raw).toBe(seen.raw);
    expect(judged.score.max).toBe(seen.max);
    expect(judged.score.min).toBe(0);
    expect(judged.score.scaled).toBeCloseTo(seen.raw / seen.max, 4);
    expect(seen.passed).toBe(judged.score.scaled >= mastery);
    expect((byVerb('terminated')['result'] as { duration: string }).duration).toMatch(/^P/);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

test('a link just made on /tutor/ offers its packages beside the link', async ({ page }) => {
  test.setTimeout(90_000);
  // A unit with no calculation questions, so whatever the composer draws can be packaged.
  const unit = authoredCourse().units.find((candidate) => candidate.misconceptions.every((item) => item.questions.every((question) => question.kind !== 'numeric'))) ?? referenceUnit();
  await page.goto('tutor/');
  await page.getByLabel('Title').fill('Week 5: paid social');
  await page.getByLabel('Your name, as learners will see it').fill('Ms Okafor');
  await page.getByRole('group', { name: 'Units' }).getByLabel(unit.title).check();
  await page.getByLabel('How many').fill('4');
  await page.getByRole('button', { name: 'Create the link' }).click();
  const made = page.getByRole('region', { name: 'Week 5: paid social' });
  const downloading = page.waitForEvent('download');
  await made.getByRole('button', { name: 'Download SCORM 1.2' }).click();
  const unpacked = await unpack(await downloading);
  expect(unpacked.fileName).toBe('week-5-paid-social-scorm12.zip');
  const launch = unpacked.files.get('index.html')?.toString() ?? '';
  const embedded = JSON.parse(/<script type="application\/json" id="markpoint-package" data-standard="scorm12">(.*?)<\/script>/s.exec(launch)?.[1] ?? '{}') as { questions?: unknown[] };
  expect(embedded.questions).toHaveLength(4);
  await expect(made.getByText(/Downloaded week-5-paid-social-scorm12\.zip \(\d+ KB\)/)).toBeVisible();
});

test.describe('a package never throws or loses answers when the LMS is missing or broken', () => {
  test.use(phone);

  test('with no LMS at all, the learner is told, finishes, and gets the results code', async ({ page, browser }) => {
    test.setTimeout(120_000);
    const unpacked = await downloadAssignmentPackage(page, 'SCORM 2004 (4th edition)');
    const context = await browser.newContext(phone);
    await hostPackage(context, unpacked, '');
    const learner = await context.newPage();
    const errors: string[] = [];
    learner.on('pageerror', (error) => errors.push(error.message));
    await learner.goto(`${LMS_ORIGIN}/package/index.html`);
    await expect(learner.getByText(/Markpoint could not connect to your LMS: this page was not opened by an LMS that offers the SCORM 2004 interface/)).toBeVisible();
    await expectAccessible(learner);
    await learner.getByLabel('Your name, as your tutor should see it').fill('Ben');
    const seen = await completeAssignment(learner, SCENARIO_ANSWER);
    await expect(learner.getByRole('alert')).toContainText('Your score could not be recorded in your LMS');
    await expect(learner.getByLabel('Your results code')).toHaveValue(/^R1\./);
    await expectAccessible(learner);
    expect(seen.max).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a reload mid-way, as when an LMS frame is reopened, keeps every answer and the scenario draft', async ({ page, browser }) => {
    test.setTimeout(120_000);
    const unpacked = await downloadAssignmentPackage(page, 'SCORM 2004 (4th edition)');
    const context = await browser.newContext(phone);
    await hostPackage(context, unpacked, '');
    const learner = await context.newPage();
    await learner.goto(`${LMS_ORIGIN}/package/index.html`);
    await learner.getByLabel('Your name, as your tutor should see it').fill('Dara');
    await learner.getByRole('button', { name: 'Start' }).click();
    for (let index = 1; index <= 3; index += 1) {
      await expect(learner.getByText(`Question ${index} of 3`)).toBeVisible();
      await learner.locator('.options input').first().check();
      await learner.getByRole('button', { name: 'Check answer' }).click();
      if (index === 2) {
        await learner.reload();
        // The answered question comes back answered, with its verdict, not blank.
        await expect(learner.getByText('Question 2 of 3')).toBeVisible();
        await expect(learner.locator('.options input:checked')).toHaveCount(1);
        await expect(learner.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
      }
      await learner.getByRole('button', { name: 'Next' }).click();
    }
    await learner.getByLabel('Your answer').fill('A first draft that must survive.');
    await learner.reload();
    await expect(learner.getByLabel('Your answer')).toHaveValue('A first draft that must survive.');
    await learner.getByRole('button', { name: 'Mark my answer' }).click();
    await learner.getByRole('button', { name: 'Next' }).click();
    const seen = await readSeenScore(learner);
    expect(seen.max).toBeGreaterThan(3);
    await expect(learner.getByLabel('Your results code')).toHaveValue(/^R1\./);
    await context.close();
  });

  for (const [name, api] of [
    ['throws on every call', `new Proxy({}, { get: () => () => { throw new Error('LMS is down'); } })`],
    ['has no methods at all', `{}`],
    ['starts, then refuses the score', `{ Initialize: () => 'true', Terminate: () => 'true', GetValue: () => '', SetValue: (k) => (k.startsWith('cmi.score') ? 'false' : 'true'), Commit: () => 'true', GetLastError: () => '351', GetErrorString: () => 'General Set Failure' }`],
  ] as const) {
    test(`with an LMS API that ${name}, nothing throws and no answer is lost`, async ({ page, browser }) => {
      test.setTimeout(120_000);
      const unpacked = await downloadAssignmentPackage(page, 'SCORM 2004 (4th edition)');
      const context = await browser.newContext(phone);
      await context.addInitScript(`window.API_1484_11 = ${api};`);
      await hostPackage(context, unpacked, '');
      const learner = await context.newPage();
      const errors: string[] = [];
      learner.on('pageerror', (error) => errors.push(error.message));
      await learner.goto(`${LMS_ORIGIN}/package/index.html`);
      await learner.getByLabel('Your name, as your tutor should see it').fill('Chen');
      const seen = await completeAssignment(learner, SCENARIO_ANSWER);
      const alert = learner.getByRole('alert');
      await expect(alert).toContainText('Your score could not be recorded in your LMS');
      if (name === 'starts, then refuses the score') {
        await expect(alert).toContainText('error 351: General Set Failure');
        await expect(alert.getByRole('button', { name: 'Try recording again' })).toBeVisible();
      }
      await expect(learner.getByLabel('Your results code')).toHaveValue(/^R1\./);
      // A reload (or the LMS reopening the package) brings back the same finished attempt.
      await learner.reload();
      await expect(learner.getByRole('heading', { name: 'Finished' })).toBeVisible();
      expect(await readSeenScore(learner)).toEqual(seen);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
