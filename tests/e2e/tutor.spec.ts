import { type Browser, type Page, expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { authoredCourse } from './support';
import { createAssignment, decodeAssignment, encodeAssignment } from '../../src/lib/share/assignment.ts';
import { decodeResults } from '../../src/lib/share/results.ts';

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true };

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
    await page.locator('.options input').first().check();
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
    const first = await learnerCompletes(browser, link, 'Amara <script>alert(1)</script>', scenario?.model ?? 'An answer');
    const second = await learnerCompletes(browser, link, 'Ben', 'Post more often on Instagram.');
    const third = await learnerCompletes(browser, link, 'Chen', 'We would use social media.');

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
  await page.locator('.options input').first().check();
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
      if (!result.ok) throw new Error(result.reason);
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
