import { type Browser, type Page, expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { authoredCourse, strongAnswer } from './support';
import { createAssignment, decodeAssignment, encodeAssignment } from '../../src/lib/share/assignment.ts';
import { decodeResults, encodeResults } from '../../src/lib/share/results.ts';

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true };

/** Picks the first option, or types a number into a numeric question: any answer will do here. */
async function chooseAnAnswer(page: Page) {
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
  const options = page.locator('.options input');
  if (await options.count()) await options.first().check();
  else await page.getByRole('textbox', { name: /^Your answer/ }).fill('1');
}

async function composeAssignment(page: Page, title: string): Promise<string> {
  const course = authoredCourse();
  const unit = course.units[0];
  const scenario = unit?.scenarios[0];
  if (!unit || !scenario) throw new Error('the course needs a unit with a scenario');
  await page.goto('tutor/');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Your name, as learners will see it').fill('Ms Okafor');
  await page.getByLabel('Note to learners (optional)').fill('Do this before Friday.\nTake your time.');
  await page.getByRole('group', { name: 'Units' }).getByLabel(unit.title).check();
  await page.getByLabel('How many').fill('3');
  await page.getByRole('group', { name: 'Flashcard decks' }).getByLabel(new RegExp(unit.title)).check();
  await page.getByRole('group', { name: 'Scenarios' }).getByLabel(new RegExp(scenario.title)).check();
  await page.getByLabel('Pass mark (%)').fill('60');
  await page.getByRole('button', { name: 'Create the link' }).click();
  const linkBox = page.getByLabel(/Assignment link \(\d+ characters/);
  await expect(linkBox).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code of the assignment link' })).toBeVisible();
  return linkBox.inputValue();
}

async function learnerCompletes(browser: Browser, link: string, name: string, answerText: string): Promise<string> {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(page.getByText('Set by')).toContainText('Ms Okafor');
  await page.getByLabel('Your name, as your tutor should see it').fill(name);
  await page.getByRole('button', { name: 'Start' }).click();
  for (let i = 0; i < 3; i += 1) {
    await expect(page.getByText(`Question ${i + 1} of 3`)).toBeVisible();
    await chooseAnAnswer(page);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.getByText('Scenario 1 of 1')).toBeVisible();
  await page.getByLabel('Your answer').fill(answerText);
  await page.getByRole('button', { name: 'Mark my answer' }).click();
  await expect(page.getByText(/Marked: [\d.]+ out of \d+/)).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Flashcards' })).toBeVisible();
  await page.getByRole('button', { name: 'Finish and get my code' }).click();
  await expect(page.getByRole('heading', { name: 'Finished: send this code to Ms Okafor' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Your scores' })).toContainText(/Quiz: \d+%/);
  await expect(page.getByRole('list', { name: 'Your scores' })).toContainText(/out of \d+ marks/);
  await expect(page.getByRole('list', { name: 'Your scores' })).toContainText('Flashcards reviewed: 0');
  const code = await page.getByLabel('Your results code').inputValue();
  expect(code).toMatch(/^R1\./);
  await context.close();
  return code;
}

test.describe('a tutor sets revision and sees how the class did', () => {
  test('compose, complete at phone size, and read the class table and CSV', async ({ page, browser }) => {
    test.setTimeout(120_000);
    const link = await composeAssignment(page, 'Week 6 revision <b>bold</b>');
    expect(link).toContain('/assignment/#A1.');

    const scenario = authoredCourse().units[0]?.scenarios[0];
    const first = await learnerCompletes(browser, link, 'Amara <script>alert(1)</script>', scenario ? strongAnswer(scenario) : 'An answer');
    const second = await learnerCompletes(browser, link, 'Ben', 'Post more often on Instagram.');
    const third = await learnerCompletes(browser, link, 'Chen', 'We would use social media.');
    // A learner who pastes the model answer (shown on the scenario's own page after marking) sends back a code that shows it earned nothing.
    const pasted = await decodeResults(await learnerCompletes(browser, link, 'Dee', scenario?.model ?? ''));
    const strong = await decodeResults(first);
    if (!pasted.ok || !strong.ok || !scenario) throw new Error('could not decode the codes');
    expect(pasted.value.scenarios[0]?.total).toBeLessThanOrEqual(scenario.marks / 5);
    expect(strong.value.scenarios[0]?.total).toBeGreaterThan(scenario.marks / 2);

    await page.goto('tutor/results/');
    await page.getByRole('button', { name: 'Paste its link instead' }).click();
    await page.getByLabel('The assignment link you sent').fill(link);
    await page.getByLabel('Results codes, one per line').fill([first, second, third, second, 'R1.garbage'].join('\n'));
    await page.getByRole('button', { name: 'Show the class table' }).click();
    await expect(page.getByRole('heading', { name: /Week 6 revision <b>bold<\/b>: 3 results/ })).toBeVisible();
    const table = page.getByRole('table');
    await expect(table.getByRole('rowheader', { name: 'Amara <script>alert(1)</script>' })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'Ben' })).toBeVisible();
    await expect(page.getByText(/Line 4: .*(already|duplicate|same)/i)).toBeVisible();
    await expect(page.getByText(/Line 5:/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Questions the class got wrong most' })).toBeVisible();

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const csv = readFileSync(await (await downloadPromise).path(), 'utf8');
    expect(csv.split(/\r?\n/).filter(Boolean).length).toBeGreaterThanOrEqual(4);
    expect(csv).toContain('Ben');
  });

  test('a damaged link is refused with a reason, and markup in names stays text', async ({ page, browser }) => {
    const link = await composeAssignment(page, 'Safe <img src=x onerror=alert(1)>');
    const context = await browser.newContext(phone);
    const learner = await context.newPage();
    await learner.goto(`${link.slice(0, -6)}`);
    await expect(learner.getByRole('alert')).toContainText('cannot be opened');
    await learner.goto(link);
    await expect(learner.getByRole('heading', { level: 2, name: 'Safe <img src=x onerror=alert(1)>' })).toBeVisible();
    await expect(learner.locator('img[src="x"]')).toHaveCount(0);
    await context.close();
  });
});

async function startAs(page: Page, link: string, name: string) {
  await page.goto(link);
  await page.getByLabel('Your name, as your tutor should see it').fill(name);
  await page.getByRole('button', { name: 'Start' }).click();
}

async function answerQuestion(page: Page, position: string) {
  await expect(page.getByText(position, { exact: true })).toBeVisible();
  await chooseAnAnswer(page);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
}

test.describe('assignment runs that survive (issue 16)', () => {
  test('a reload mid-run resumes where the learner was, and after finishing shows the same code again', async ({ page, browser }) => {
    test.setTimeout(90_000);
    const link = await composeAssignment(page, 'Resume me');
    const context = await browser.newContext(phone);
    const learner = await context.newPage();
    await startAs(learner, link, 'Dara');
    await answerQuestion(learner, 'Question 1 of 3');
    await learner.getByRole('button', { name: 'Next' }).click();
    await answerQuestion(learner, 'Question 2 of 3');

    await learner.reload();
    await expect(learner.getByText('Welcome back, Dara: you are on question 3 of 3')).toBeVisible();
    await answerQuestion(learner, 'Question 3 of 3');
    await learner.getByRole('button', { name: 'Next' }).click();
    await learner.getByLabel('Your answer').fill('Half an answer about the brand voice');
    await learner.reload();
    await expect(learner.getByText('Scenario 1 of 1', { exact: true })).toBeVisible();
    await expect(learner.getByLabel('Your answer')).toHaveValue('Half an answer about the brand voice');
    await learner.getByRole('button', { name: 'Mark my answer' }).click();
    await learner.getByRole('button', { name: 'Next' }).click();
    await learner.getByRole('button', { name: 'Finish and get my code' }).click();
    const code = await learner.getByLabel('Your results code').inputValue();
    expect(code).toMatch(/^R1\./);

    await learner.reload();
    await expect(learner.getByRole('heading', { name: 'Finished: send this code to Ms Okafor' })).toBeVisible();
    await expect(learner.getByLabel('Your results code')).toHaveValue(code);
    const reopened = await context.newPage();
    await reopened.goto(link);
    await expect(reopened.getByLabel('Your results code')).toHaveValue(code);
    await context.close();
  });
});

test.describe('assignment runs refuse bad input early (issue 19)', () => {
  test('19.7: a name of spaces and invisible characters is refused at Start, not at the end', async ({ page, browser }) => {
    const link = await composeAssignment(page, 'Names');
    const context = await browser.newContext(phone);
    const learner = await context.newPage();
    await startAs(learner, link, '  \u200b\u2060\u200d ');
    await expect(learner.getByRole('alert')).toContainText('no visible letters');
    await expect(learner.getByText('Question 1 of 3')).toHaveCount(0);
    await learner.getByLabel('Your name, as your tutor should see it').fill('Eve');
    await learner.getByRole('button', { name: 'Start' }).click();
    await expect(learner.getByText('Question 1 of 3')).toBeVisible();
    await context.close();
  });

  test('19.8: changing the link in the same tab starts the other assignment afresh, and its code holds only its own answers', async ({ page, browser }) => {
    test.setTimeout(90_000);
    const first = await composeAssignment(page, 'Assignment A');
    await page.goto('about:blank');
    const second = await composeAssignment(page, 'Assignment B');
    const context = await browser.newContext(phone);
    const learner = await context.newPage();
    await startAs(learner, first, 'Finn');
    await answerQuestion(learner, 'Question 1 of 3');
    await learner.evaluate((hash) => {
      location.hash = hash;
    }, second.slice(second.indexOf('#')));
    await expect(learner.getByRole('heading', { level: 2, name: 'Assignment B' })).toBeVisible();
    await expect(learner.getByLabel('Your name, as your tutor should see it')).toHaveValue('');
    await learner.getByLabel('Your name, as your tutor should see it').fill('Finn');
    await learner.getByRole('button', { name: 'Start' }).click();
    for (const position of ['Question 1 of 3', 'Question 2 of 3', 'Question 3 of 3']) {
      await answerQuestion(learner, position);
      await learner.getByRole('button', { name: 'Next' }).click();
    }
    await learner.getByLabel('Your answer').fill('An answer');
    await learner.getByRole('button', { name: 'Mark my answer' }).click();
    await learner.getByRole('button', { name: 'Next' }).click();
    await learner.getByRole('button', { name: 'Finish and get my code' }).click();
    const code = await learner.getByLabel('Your results code').inputValue();
    const decodedCode = await decodeResults(code);
    const decodedB = await decodeAssignment(second);
    if (!decodedCode.ok || !decodedB.ok) throw new Error('could not decode');
    expect(decodedCode.value.assignment).toBe(decodedB.value.id);
    const bQuestions = new Set(decodedB.value.questions.keys);
    expect(decodedCode.value.items).toHaveLength(3);
    expect(decodedCode.value.items.every((item) => bQuestions.has(item.key))).toBe(true);
    // Going back to A resumes A where Finn left it.
    await learner.evaluate((hash) => {
      location.hash = hash;
    }, first.slice(first.indexOf('#')));
    await expect(learner.getByText('Welcome back, Finn: you are on question 2 of 3')).toBeVisible();
    await context.close();
  });

  test('19.9: a link naming questions this build lacks lists them, and never ends in an empty code', async ({ browser }) => {
    const unit = authoredCourse().units[0];
    if (!unit) throw new Error('no unit');
    const made = (keys: string[]) => {
      const result = createAssignment({ title: 'From newer content', tutor: 'Ms Okafor', units: [unit.id], questions: { mode: 'pick', keys }, decks: [], scenarios: [], passMark: 50 }, 99);
      if (!result.ok) throw new Error(result.error.reason);
      return encodeAssignment(result.value);
    };
    const context = await browser.newContext(phone);
    const learner = await context.newPage();
    await learner.goto(`assignment/#${await made([`${unit.id}/not-yet-written-1`, `${unit.id}/not-yet-written-2`])}`);
    await expect(learner.getByRole('alert')).toContainText('Nothing in this assignment can be opened');
    await expect(learner.getByRole('alert')).toContainText(`question ${unit.id}/not-yet-written-2`);
    await expect(learner.getByRole('button', { name: 'Start' })).toHaveCount(0);

    const real = authoredCourse().units[0]?.misconceptions[0]?.questions[0]?.id;
    const realKey = `${unit.id}/${real ?? ''}`;
    await learner.goto('about:blank');
    await learner.goto(`assignment/#${await made([realKey, `${unit.id}/not-yet-written-1`])}`);
    await expect(learner.getByRole('status').filter({ hasText: 'left out' })).toContainText(`question ${unit.id}/not-yet-written-1`);
    await expect(learner.getByText('1 quiz questions')).toBeVisible();
    await context.close();
  });
});

/** Results codes as learners' browsers would make them for this link, without driving a browser per learner. */
async function codesFor(link: string, learners: string[]): Promise<string[]> {
  const decoded = await decodeAssignment(link);
  if (!decoded.ok) throw new Error(decoded.error.reason);
  const assignment = decoded.value;
  const course = authoredCourse();
  return Promise.all(
    learners.map((learner, index) => {
      const scenarios = assignment.scenarios.map((key) => {
        const [unitId, scenarioId] = key.split('/');
        const scenario = course.units.find((unit) => unit.id === unitId)?.scenarios.find((candidate) => candidate.id === scenarioId);
        const points = Object.fromEntries((scenario?.points ?? []).map((point, pointIndex) => [point.id, (pointIndex + index) % 2 ? point.marks : 0]));
        return { key, total: Object.values(points).reduce((sum, marks) => sum + marks, 0), points };
      });
      return encodeResults({
        v: 1,
        assignment: assignment.id,
        learner,
        startedAt: '2026-05-10T09:00:00Z',
        submittedAt: `2026-05-10T09:${String(20 + (index % 30)).padStart(2, '0')}:00Z`,
        items: (assignment.questions.keys ?? []).map((key, itemIndex) => ({ key, score: (itemIndex + index) % 3 === 0 ? 0 : 1, missed: [] })),
        scenarios,
        fingerprints: assignment.fingerprints ?? {},
        cards: index * 3,
        activeSeconds: 600 + index * 61,
      });
    }),
  );
}

test.describe("the tutor's workspace and a class table a tutor can read (issue 17)", () => {
  test('two assignments survive closing the browser, and their codes are read without the links', async ({ browser }) => {
    test.setTimeout(120_000);
    const tutorContext = await browser.newContext(phone);
    const tutor = await tutorContext.newPage();
    const first = await composeAssignment(tutor, 'Week 7 quiz');
    await tutor.goto('about:blank');
    const second = await composeAssignment(tutor, 'Week 8 quiz');
    const saved = await tutorContext.storageState();
    await tutorContext.close();

    const back = await browser.newContext({ ...phone, storageState: saved });
    const page = await back.newPage();
    await page.goto('tutor/');
    const list = page.getByRole('region', { name: 'Your assignments' });
    await expect(list.getByText('Week 7 quiz')).toBeVisible();
    await expect(list.getByText('Week 8 quiz')).toBeVisible();
    await list.getByRole('button', { name: 'Show the link and QR code for Week 7 quiz' }).click();
    await expect(page.getByLabel(/Assignment link \(\d+ characters/)).toHaveValue(first);

    await page.goto('tutor/results/');
    await expect(page.getByLabel('The assignment link you sent')).toHaveCount(0);
    await page.getByLabel('Results codes, one per line').fill((await codesFor(second, ['Gita', 'Hal'])).join('\n'));
    await page.getByRole('button', { name: 'Show the class table' }).click();
    await expect(page.getByRole('heading', { name: 'Week 8 quiz: 2 results' })).toBeVisible();
    await expect(page.getByText('These codes are kept on this device with the assignment.')).toBeVisible();

    await page.reload();
    const secondId = await decodeAssignment(second);
    if (!secondId.ok) throw new Error(secondId.error.reason);
    await page.getByLabel('Your assignments on this device').selectOption(secondId.value.id);
    await expect(page.getByLabel('Results codes, one per line')).not.toHaveValue('');
    await page.getByRole('button', { name: 'Show the class table' }).click();
    await expect(page.getByRole('heading', { name: 'Week 8 quiz: 2 results' })).toBeVisible();

    await page.getByLabel('Your assignments on this device').selectOption({ index: 0 });
    await page.getByLabel('Results codes, one per line').fill((await codesFor(first, ['Ivo'])).join('\n'));
    await page.getByRole('button', { name: 'Show the class table' }).click();
    await expect(page.getByRole('heading', { name: 'Week 7 quiz: 1 result' })).toBeVisible();
    await back.close();
  });

  test('the class table shows point titles with their statements, a card per learner at 390 px, and full width at 1280 px', async ({ page, browser }) => {
    test.setTimeout(120_000);
    const link = await composeAssignment(page, 'Readable table');
    const codes = await codesFor(link, ['Ann Lee', 'Ann\u200d Lee', '\u0410nn Lee', 'Bo Chen']);
    const scenario = authoredCourse().units[0]?.scenarios[0];
    const point = scenario?.points[0];
    if (!scenario || !point) throw new Error('no scenario');
    for (const [size, name] of [
      [{ width: 390, height: 844 }, 'phone'],
      [{ width: 1280, height: 800 }, 'desktop'],
    ] as const) {
      const context = await browser.newContext({ viewport: size, storageState: await page.context().storageState() });
      const tutor = await context.newPage();
      await tutor.goto('tutor/results/');
      await tutor.getByLabel('Results codes, one per line').fill(codes.join('\n'));
      await tutor.getByRole('button', { name: 'Show the class table' }).click();
      const table = tutor.getByRole('table');
      await expect(table.getByRole('rowheader', { name: /^Ann Lee/ })).toHaveCount(2);
      await expect(table.getByRole('rowheader', { name: /mixes Cyrillic and Latin letters/ })).toBeVisible();
      const title = table.locator('.point').filter({ hasText: point.title ?? point.statement.split(' ')[0] ?? '' }).first();
      await title.focus();
      await expect(title.getByRole('tooltip')).toBeVisible();
      await expect(title.getByRole('tooltip')).toHaveText(point.statement);
      await expect(table.getByText(/\d+ min/).first()).toBeVisible();
      const widths = await tutor.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        table: document.querySelector('.class-table')?.getBoundingClientRect().width ?? 0,
      }));
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
      if (name === 'desktop') expect(widths.table).toBeGreaterThan(900);
      await tutor.screenshot({ path: `test-results/class-table-${name}.png`, fullPage: true });
      await context.close();
    }
  });
});
