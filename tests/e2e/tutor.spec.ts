import { type Browser, type Page, expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { authoredCourse } from './support';

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
  await expect(page.getByRole('heading', { name: 'Finished: send this code to Ms Okafor' })).toBeVisible();
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
