import { expect, test } from '@playwright/test';
import { QUALIFICATIONS } from '../../src/lib/content/schemas.ts';
import { formatMarks } from '../../src/lib/marks.ts';
import { markAnswer } from '../../src/lib/marking/marker.ts';
import { asMarkedInApp, authoredCourse, expectAccessible, referenceUnit, strongAnswer, whenHydrated, unitProgress } from './support';

test.describe('a learner works through the reference unit', () => {
  test('finds the unit from the home page, filtering by qualification', async ({ page }) => {
    const course = authoredCourse();
    const unit = referenceUnit();
    await page.goto('');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const cards = page.locator('#unit-list > li');
    await expect(cards).toHaveCount(course.units.length);

    const qualification = unit.qualifications[0];
    if (!qualification) throw new Error('unit without qualification');
    await page.getByRole('radio', { name: QUALIFICATIONS[qualification] }).check();
    const expected = course.units.filter((candidate) => candidate.qualifications.includes(qualification)).length;
    await expect(page.locator('#filter-status')).toContainText(`Showing ${expected} of ${course.units.length}`);
    await expect(page.locator('#unit-list > li:visible')).toHaveCount(expected);

    await page.getByRole('link', { name: unit.title }).click();
    await expect(page.getByRole('heading', { level: 1, name: unit.title })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Study flashcards' })).toBeVisible();
    await expect(page.getByText(`${unit.terms.length} key terms`)).toBeVisible();
  });

  test('reads a lesson, moves to the next, and is offered to continue from the home page', async ({ page }) => {
    const unit = referenceUnit();
    const [first, second] = unit.lessons;
    if (!first || !second) throw new Error('the reference unit needs two lessons');
    await page.goto(`units/${unit.id}/`);
    await page.getByRole('link', { name: first.title, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Check yourself' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Exam tip' }).first()).toBeVisible();
    await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: new RegExp(second.title) }).click();
    await expect(page.getByRole('heading', { level: 1, name: second.title })).toBeVisible();

    await page.goto('');
    await expect(page.getByText('Continue where you left off')).toBeVisible();
    await page.getByRole('link', { name: second.title }).click();
    await expect(page.getByRole('heading', { level: 1, name: second.title })).toBeVisible();
  });

  test('flips and rates flashcards, undoes one, and finds the schedule kept after a reload', async ({ page }) => {
    const unit = referenceUnit();
    await page.goto(`units/${unit.id}/flashcards/`);
    const status = page.locator('.deck-status');
    await expect(status).toContainText(`0 due, ${Math.min(20, unit.terms.length)} new`);

    const card = page.getByRole('group', { name: /^Card:/ });
    const firstTerm = (await card.getAttribute('aria-label'))?.replace('Card: ', '') ?? '';
    await page.getByRole('button', { name: /Show answer/ }).click();
    const definition = unit.terms.find((term) => term.term === firstTerm)?.definition ?? '';
    await expect(card.getByText(definition)).toBeVisible();
    await expect(page.getByRole('button', { name: /^Good/ })).toContainText('10 min');
    await expectAccessible(page);
    await page.getByRole('button', { name: /^Good/ }).click();
    await expect(page.getByText(`Good: ${firstTerm} comes back in 10 min.`)).toBeAttached();

    // Keyboard: Space flips, 4 rates Easy.
    await card.focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
    await page.keyboard.press('4');
    await expect(status).toContainText('2 reviewed this session');

    // Undo the last rating: the card comes back.
    await page.getByRole('button', { name: 'Undo last rating' }).click();
    await expect(status).toContainText('1 reviewed this session');

    await page.reload();
    await expect(status).toContainText(`0 due, ${Math.min(20, unit.terms.length) - 1} new`);
    await page.goto('progress/');
    await expect(await unitProgress(page, unit.title)).toContainText('1 started');
  });

  test('on a touchscreen, swipes a revealed card right for Good and left for Again', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'swiping is for touchscreens');
    const unit = referenceUnit();
    await page.goto(`units/${unit.id}/flashcards/`);
    const card = page.getByRole('group', { name: /^Card:/ });
    const status = page.locator('.deck-status');
    const swipe = (dx: number) =>
      card.evaluate((element, distance) => {
        const box = element.getBoundingClientRect();
        const y = box.top + box.height / 2;
        const start = box.left + box.width / 2;
        const touch = (x: number) => new Touch({ identifier: 1, target: element, clientX: x, clientY: y });
        element.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(start)], changedTouches: [touch(start)], bubbles: true }));
        element.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(start + distance)], bubbles: true }));
      }, dx);
    await page.getByRole('button', { name: /Show answer/ }).click();
    await swipe(150);
    await expect(status).toContainText('1 reviewed this session');
    await expect(page.getByText(/^Good: .* comes back in 10 min\./)).toBeAttached();
    await page.getByRole('button', { name: /Show answer/ }).click();
    await swipe(-150);
    await expect(status).toContainText('2 reviewed this session');
    await expect(page.getByText(/^Again: .* comes back in 1 min\./)).toBeAttached();
  });

  test('answers a question wrongly, sees the correction, and meets the misconception again', async ({ page }) => {
    // The quiz shuffles, so the target question can come late: answering up to the whole unit's
    // questions one by one outlasts the default 30 s on a busy two-core machine.
    test.setTimeout(90_000);
    const unit = referenceUnit();
    const target = unit.misconceptions.find((item) => item.questions.some((question) => question.kind === 'single'));
    if (!target) throw new Error('no single-choice question');
    await page.goto(`units/${unit.id}/quiz/`);
    await whenHydrated(page, '.quiz-setup');
    await page.getByRole('radio', { name: `All (${unit.misconceptions.reduce((n, item) => n + item.questions.length, 0)})` }).check();
    await page.getByRole('button', { name: 'Start quiz' }).click();

    let answeredWrongly = false;
    for (let i = 0; i < 60 && !answeredWrongly; i += 1) {
      const prompt = (await page.locator('.prompt').innerText()).replace(/^Myth or fact\?\s*/, '').trim();
      const found = unit.misconceptions.flatMap((item) => item.questions.map((question) => ({ item, question }))).find(({ question }) => question.prompt.trim() === prompt);
      if (!found) throw new Error(`question not found in content: ${prompt}`);
      const { item, question } = found;
      if (question.kind === 'single' && item.id === target.id) {
        const wrong = question.options.find((option) => !option.correct);
        if (!wrong) throw new Error('no wrong option');
        await page.getByRole('radio', { name: wrong.text }).check();
        await page.getByRole('button', { name: 'Check answer' }).click();
        const feedback = page.getByRole('status').filter({ hasText: 'Not quite' });
        await expect(feedback).toBeVisible();
        const revealed = unit.misconceptions.find((candidate) => candidate.id === (wrong.misconception ?? item.id));
        await expect(feedback).toContainText(`Misconception: “${revealed?.claim}”`);
        await expect(feedback).toContainText(revealed?.correction ?? '');
        await expect(feedback.getByRole('link', { name: /^Read:/ })).toBeVisible();
        await expectAccessible(page);
        answeredWrongly = true;
      } else {
        if (question.kind === 'truefalse') await page.getByRole('radio', { name: question.answer ? 'Fact' : 'Myth', exact: true }).check();
        else if (question.kind === 'numeric') await page.getByRole('textbox', { name: /^Your answer/ }).fill(String(question.answer));
        else if (question.kind === 'single') await page.getByRole('radio', { name: question.options.find((o) => o.correct)?.text ?? '' }).check();
        else for (const option of question.options.filter((o) => o.correct)) await page.getByRole('checkbox', { name: option.text }).check();
        await page.getByRole('button', { name: 'Check answer' }).click();
        await expect(page.getByRole('status').filter({ hasText: 'Right.' })).toBeVisible();
        await page.getByRole('button', { name: /Next question|See results/ }).click();
      }
    }
    expect(answeredWrongly).toBe(true);

    await page.reload();
    const mine = page.getByRole('radio', { name: /My misconceptions \(\d+ question/ });
    await expect(mine).toBeEnabled();
    await mine.check();
    await page.getByRole('button', { name: 'Start quiz' }).click();
    const prompt = (await page.locator('.prompt').innerText()).replace(/^Myth or fact\?\s*/, '').trim();
    const first = target.questions[0];
    const wrongOption = first && (first.kind === 'single' || first.kind === 'multiple') ? first.options.find((o) => !o.correct) : undefined;
    const revealedId = wrongOption?.misconception ?? target.id;
    const revealed = unit.misconceptions.find((item) => item.id === revealedId);
    expect(revealed?.questions.map((question) => question.prompt.trim())).toContain(prompt);
  });

  test('answers a numeric question wrongly, then rightly, and sees the worked solution', async ({ page }) => {
    test.setTimeout(60_000);
    const unit = referenceUnit();
    const item = unit.misconceptions.find((candidate) => candidate.questions.some((question) => question.kind === 'numeric'));
    const numeric = item?.questions.find((question) => question.kind === 'numeric');
    if (!item || !numeric || numeric.kind !== 'numeric') throw new Error('the reference unit has no numeric question');
    await page.goto(`units/${unit.id}/quiz/?misconceptions=${item.id}`);
    await whenHydrated(page, '.quiz-setup');
    await page.getByRole('radio', { name: /^All \(/ }).check();
    await page.getByRole('button', { name: 'Start quiz' }).click();

    for (let i = 0; i < item.questions.length; i += 1) {
      const prompt = (await page.locator('.prompt').innerText()).replace(/^Myth or fact\?\s*/, '').trim();
      const question = item.questions.find((candidate) => candidate.prompt.trim() === prompt);
      if (!question) throw new Error(`question not found in content: ${prompt}`);
      if (question.id !== numeric.id) {
        if (question.kind === 'truefalse') await page.getByRole('radio', { name: question.answer ? 'Fact' : 'Myth', exact: true }).check();
        else if (question.kind === 'single') await page.getByRole('radio', { name: question.options.find((o) => o.correct)?.text ?? '' }).check();
        else if (question.kind === 'multiple') for (const option of question.options.filter((o) => o.correct)) await page.getByRole('checkbox', { name: option.text }).check();
        await page.getByRole('button', { name: 'Check answer' }).click();
        await page.getByRole('button', { name: /Next question|See results/ }).click();
        continue;
      }
      const field = page.getByRole('textbox', { name: /^Your answer/ });
      // A number written the continental way is explained, not marked wrong.
      await field.fill('3,3');
      await page.getByRole('button', { name: 'Check answer' }).click();
      await expect(page.getByRole('alert')).toContainText('Use a point for decimals');
      await expect(page.getByRole('status')).toHaveCount(0);

      await field.fill(String(numeric.answer * 2 + numeric.tolerance + 7));
      await page.getByRole('button', { name: 'Check answer' }).click();
      const feedback = page.getByRole('status').filter({ hasText: 'Not quite' });
      await expect(feedback).toBeVisible();
      await expect(feedback.getByRole('heading', { name: 'Worked solution' })).toHaveCount(0);

      await feedback.getByRole('textbox', { name: /^Try again/ }).fill(`${numeric.answer}${numeric.unit === '%' ? '%' : ''}`);
      await feedback.getByRole('button', { name: 'Check again' }).click();
      await expect(feedback).toContainText('Right this time.');
      await expect(feedback.getByRole('heading', { name: 'Worked solution' })).toBeVisible();
      await expect(feedback).toContainText(numeric.solution.split('\n')[0] ?? '');
      await expectAccessible(page);
      return;
    }
    throw new Error('the numeric question never came up');
  });

  test('submits a scenario answer and sees which marking points it earned, with evidence', async ({ page }) => {
    const unit = referenceUnit();
    const scenario = unit.scenarios[0];
    if (!scenario) throw new Error('no scenario');
    await page.goto(`units/${unit.id}/scenarios/`);
    await page.getByRole('link', { name: scenario.title }).click();
    await expect(page.getByRole('heading', { name: 'Your task' })).toBeVisible();
    const box = page.getByRole('textbox', { name: 'Your answer' });
    const strong = strongAnswer(scenario);
    const expected = markAnswer(asMarkedInApp(scenario), strong);
    const firstEarned = expected.points.findIndex((point) => point.status === 'earned');
    expect(firstEarned, 'the strong sample earns a point in full').toBeGreaterThanOrEqual(0);
    await box.fill(strong);
    await expect(page.getByText(/draft saved/)).toBeVisible();

    // The draft survives a reload before submitting.
    await page.reload();
    await expect(box).toHaveValue(strong);
    await page.getByRole('button', { name: 'Mark my answer' }).click();
    await expect(page.getByRole('heading', { name: `Marked: ${formatMarks(expected.total)} out of ${scenario.marks}` })).toBeVisible();
    const points = page.locator('.points > li');
    await expect(points).toHaveCount(scenario.points.length);
    await expect(points.nth(firstEarned)).toContainText('Earned');
    await expect(page.locator('mark.evidence').first()).toBeVisible();
    await expectAccessible(page);

    // A weak answer: generic, short, and told why it earns little.
    await page.getByRole('button', { name: 'Improve this answer' }).click();
    await expect(box).toHaveValue(strong);
    await box.fill('Social media is important. They should post more and use hashtags.');
    await page.getByRole('button', { name: 'Mark my answer' }).click();
    await expect(page.getByText(/Your answer has \d+ words\. A \d+-mark answer usually needs/)).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Marked: [0-3](\.5)? out of/ })).toBeVisible();
    await expect(page.getByText(/2 attempts|over 2 attempts/)).toBeVisible();

    // A stuffed answer: the marking points pasted back.
    await page.getByRole('button', { name: 'Improve this answer' }).click();
    await box.fill(scenario.points.map((point) => point.statement).join('. '));
    await page.getByRole('button', { name: 'Mark my answer' }).click();
    const heading = page.getByRole('heading', { name: /^Marked: / });
    const total = Number(/Marked: ([\d.]+)/.exec((await heading.innerText()) ?? '')?.[1]);
    expect(total).toBeLessThanOrEqual(scenario.marks / 5);
    await expect(page.locator('.points')).toContainText('Not earned');
  });
});
