/**
 * The daily study loop on a phone: Today's one-tap starts, study controls a thumb can reach on
 * every study screen, the session end, the scenario result, and "My course" on every page.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { QUALIFICATIONS } from '../../src/lib/content/schemas.ts';
import { authoredCourse, openReferenceScenario, referenceUnit, strongAnswer, unitProgress, weakOpening } from './support';

const SIZES = [
  { width: 390, height: 844 },
  { width: 360, height: 640 },
] as const;

/** Fails unless the control is wholly inside the viewport as it stands, and at least 44x44 px. */
async function expectReachable(page: Page, control: Locator, what: string) {
  await expect(control, what).toBeVisible();
  const box = await control.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error(`${what}: no box`);
  const where = `${what} at ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)} in ${viewport.width}x${viewport.height}`;
  expect(box.y, where).toBeGreaterThanOrEqual(0);
  expect(box.x, where).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, where).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width, where).toBeLessThanOrEqual(viewport.width);
  expect(box.width, where).toBeGreaterThanOrEqual(44);
  expect(box.height, where).toBeGreaterThanOrEqual(44);
  return box;
}

/** Every button in the pinned bar, reachable from the top of the page and from the bottom, without the test scrolling to it. */
async function expectBarReachable(page: Page, what: string) {
  await expect(page.locator('.action-bar').first(), `${what}: the bar`).toBeVisible();
  const controls = page.locator('.action-bar').getByRole('button').or(page.locator('.action-bar').getByRole('link'));
  const count = await controls.count();
  expect(count, `${what}: controls in the bar`).toBeGreaterThan(0);
  for (const position of ['top', 'bottom'] as const) {
    await page.evaluate((at) => window.scrollTo(0, at === 'top' ? 0 : document.documentElement.scrollHeight), position);
    for (let i = 0; i < count; i += 1) await expectReachable(page, controls.nth(i), `${what} (${position}): ${await controls.nth(i).innerText()}`);
  }
}

/** Islands hydrate when the browser is idle: a tap before then would hit the server-rendered markup. */
async function hydrated(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

function progressRecord(change: Record<string, unknown>) {
  return JSON.stringify({ version: 1, epoch: 'test', cards: {}, reviews: [], questions: {}, misconceptions: {}, scenarios: {}, activity: {}, ...change });
}

const past = new Date(Date.now() - 2 * 86_400_000).toISOString();
const dueCard = { due: past, stability: 2, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps: 2, lapses: 0, state: 2, lastReview: past, updatedAt: past };

test.describe('study controls a thumb can reach', () => {
  for (const size of SIZES) {
    test(`every study screen keeps its controls inside ${size.width}x${size.height}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(size);
      const unit = referenceUnit();
      const scenario = unit.scenarios[0];
      if (!scenario) throw new Error('no scenario');

      for (const deck of [`units/${unit.id}/flashcards/`, 'review/']) {
        await page.goto(deck);
        await expectBarReachable(page, `${deck} front`);
        const showAnswer = page.locator('.action-bar').getByRole('button', { name: /Show answer/ });
        const before = await expectReachable(page, showAnswer, `${deck} Show answer`);
        await showAnswer.click();
        await expectBarReachable(page, `${deck} revealed`);
        const rating = page.getByRole('group', { name: 'How well did you know it?' });
        const first = await rating.boundingBox();
        await page.getByRole('button', { name: /^Good/ }).click();
        await page.getByRole('button', { name: /Show answer/ }).click();
        // A different card, a different definition length: the buttons stay exactly where they were.
        expect(await rating.boundingBox()).toEqual(first);
        await page.getByRole('button', { name: /^Again/ }).click();
        expect(await showAnswer.boundingBox()).toEqual(before);
      }

      await page.goto(`units/${unit.id}/quiz/`);
      await hydrated(page);
      await expectBarReachable(page, 'quiz setup');
      await page.getByRole('radio', { name: '5', exact: true }).check();
      await page.getByRole('button', { name: 'Start quiz' }).click();
      for (let question = 0; question < 5; question += 1) {
        const numeric = page.getByRole('textbox', { name: /^Your answer/ });
        if (await numeric.count()) await numeric.fill('42');
        else await page.locator('.options input').first().check();
        await expectBarReachable(page, `quiz question ${question + 1}`);
        await page.getByRole('button', { name: 'Check answer' }).click();
        await expectBarReachable(page, `quiz feedback ${question + 1}`);
        await page.getByRole('button', { name: /Next question|See results/ }).click();
      }
      await expect(page.getByRole('heading', { name: /^You scored/ })).toBeVisible();
      await expectBarReachable(page, 'quiz results');

      await page.goto(`units/${unit.id}/scenarios/${scenario.id}/`);
      await expectBarReachable(page, 'scenario, nothing written');
      await page.getByRole('textbox', { name: 'Your answer' }).fill(strongAnswer(scenario));
      await expectBarReachable(page, 'scenario, written');
      await page.getByRole('button', { name: 'Mark my answer' }).click();
      await expect(page.getByRole('heading', { name: /^Marked:/ })).toBeVisible();
      await expectBarReachable(page, 'scenario result');
    });
  }

  test('header and introduction step aside while studying, and keys still rate', async ({ page }) => {
    const unit = referenceUnit();
    await page.goto(`units/${unit.id}/flashcards/`);
    await expect(page.locator('.lede')).toBeHidden();
    await page.getByRole('group', { name: /^Card:/ }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect(page.locator('.deck-status')).toContainText('1 reviewed this session');

    await page.goto(`units/${unit.id}/quiz/`);
    await expect(page.locator('.lede')).toBeVisible();
    await hydrated(page);
    await page.getByRole('button', { name: 'Start quiz' }).click();
    await expect(page.locator('.lede')).toBeHidden();
  });
});

test.describe('Today on the home page', () => {
  test('a first visit is one tap from its first card and one tap from its first quiz question', async ({ page }, testInfo) => {
    let taps = 0;
    const tap = async (target: Locator) => {
      taps += 1;
      await target.click();
    };
    await page.goto('');
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await tap(page.getByRole('link', { name: /^Learn \d+ new cards?$/ }));
    await expect(page.getByRole('group', { name: /^Card:/ })).toBeVisible();
    const toCard = taps;

    taps = 0;
    await page.goto('');
    await tap(page.getByRole('link', { name: 'Quick quiz' }));
    await expect(page.locator('.prompt')).toBeVisible();
    const toQuestion = taps;
    testInfo.annotations.push({ type: 'taps', description: `home to first card: ${toCard}; home to first quiz question: ${toQuestion}` });
    console.log(`[${testInfo.project.name}] taps from home: first card ${toCard}, first quiz question ${toQuestion}`);
    expect(toCard).toBe(1);
    expect(toQuestion).toBe(1);
  });

  test('a returning learner with due cards starts reviewing them with the one primary button, all above the fold', async ({ page }) => {
    const unit = referenceUnit();
    const [first, second] = unit.terms;
    if (!first || !second) throw new Error('two terms needed');
    await page.goto('');
    await page.evaluate((record) => localStorage.setItem('markpoint:progress', record), progressRecord({
      cards: { [`${unit.id}/${first.id}`]: dueCard, [`${unit.id}/${second.id}`]: dueCard },
      activity: { [past.slice(0, 10)]: 4 },
    }));
    await page.reload();
    const primary = page.locator('.today-primary');
    await expect(primary).toHaveText('Review 2 due cards');
    const viewport = page.viewportSize();
    for (const part of [primary, page.locator('.today-stats'), page.locator('.today-others')]) {
      const box = await part.boundingBox();
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport?.height ?? 0);
    }
    await expect(page.locator('.today-stats')).toContainText('2 cards due');
    await primary.click();
    await expect(page.locator('.deck-status')).toContainText('2 due');
    await expect(page.getByRole('group', { name: /^Card:/ })).toHaveAttribute('aria-label', new RegExp(`${first.term}|${second.term}`));
  });
});

test('a session that ends after an Again says so, with when the next card is due and what to do next', async ({ page }) => {
  const unit = referenceUnit();
  await page.goto('');
  await page.evaluate((record) => localStorage.setItem('markpoint:progress', record), progressRecord({
    settings: { retention: 0.9, newPerDay: 1, reverseCards: false, updatedAt: past },
  }));
  await page.goto(`units/${unit.id}/flashcards/`);
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.getByRole('button', { name: /^Again/ }).click();
  const end = page.locator('.session-end');
  await expect(end).toContainText('Session complete');
  await expect(end).toContainText('1 card reviewed');
  await expect(end).toContainText('1 forgotten (Again)');
  await expect(end).not.toContainText(/none forgotten/i);
  await expect(end).toContainText(/Next card due in 1 min/);
  await expect(page.locator('.action-bar').getByRole('link', { name: 'Take the quiz' })).toBeVisible();
});

test('a scenario result on a phone: summary first, evidence on request, attempts compared, repeats not counted', async ({ page }) => {
  test.setTimeout(60_000);
  const { scenario, box } = await openReferenceScenario(page);
  const weak = weakOpening(scenario);
  await box.fill(weak);
  await page.getByRole('button', { name: 'Mark my answer' }).click();
  const heading = page.getByRole('heading', { name: /^Marked:/ });
  await expect(heading).toBeVisible();
  await expect(page.locator('.result-summary')).toContainText('Attempt 1.');

  // Points are a list that expands: the reason shows only when the learner opens a point.
  const point = page.locator('.points > li').first();
  await expect(point.locator('.reason')).toBeHidden();
  await point.locator('summary').click();
  await expect(point.locator('.reason')).toBeVisible();

  // Marking the same text again shows that attempt; it is not a new one.
  await page.getByRole('button', { name: 'Improve this answer' }).click();
  await page.getByRole('button', { name: 'Mark my answer' }).click();
  await expect(page.getByText('This is the same answer as attempt 1, so it was not counted again.')).toBeVisible();

  await page.getByRole('button', { name: 'Improve this answer' }).click();
  await box.fill(strongAnswer(scenario));
  await page.getByRole('button', { name: 'Mark my answer' }).click();
  await expect(page.locator('.result-summary')).toContainText('Attempt 2.');
  // The first attempt, written before the marking points were shown, stays in view as the fairest guide.
  const firstLine = page.locator('.result-summary').getByText(/Your first, written before you saw the marking points, scored [\d.]+ of \d+\./);
  await expect(firstLine).toBeVisible();
  const [, firstScore = '0', outOf = '1'] = /scored ([\d.]+) of (\d+)/.exec(await firstLine.innerText()) ?? [];
  await expect(page.locator('.result-summary')).toContainText(/Up [\d.]+ marks? since attempt 1/);
  await page.getByText(/^Points: \d+ gained, \d+ lost$/).click();
  await expect(page.locator('.attempt-points li.gained').first()).toBeVisible();

  // Show evidence brings the evidence into view and focuses the answer.
  const withEvidence = page.locator('.points > li').filter({ has: page.locator('button', { hasText: 'Show evidence' }) }).last();
  await withEvidence.locator('summary').click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await withEvidence.getByRole('button', { name: 'Show evidence' }).click();
  const answer = page.locator('.answer-view');
  await expect(answer).toBeFocused();
  await expect(answer.locator('mark.evidence').first()).toBeInViewport();

  // The unit page gives the first attempt's share, the readiness figure, not the best.
  await page.goto(`units/${referenceUnit().id}/`);
  const firstShare = Math.round((Number(firstScore) / Number(outOf)) * 100);
  await expect(page.getByRole('list', { name: 'Your progress in this unit' })).toContainText(`${firstShare}% at first attempt`);
});

test('"My course" narrows the review queue, the course quiz, progress and Today', async ({ page }) => {
  const course = authoredCourse();
  const chosen = course.units.filter((unit) => unit.qualifications.includes('cim-l4'));
  const others = course.units.filter((unit) => !unit.qualifications.includes('cim-l4'));
  expect(chosen.length).toBeGreaterThan(0);
  expect(others.length).toBeGreaterThan(0);
  await page.goto('');
  await page.getByRole('radio', { name: QUALIFICATIONS['cim-l4'] }).check();
  await expect(page.locator('.today-course')).toContainText(QUALIFICATIONS['cim-l4']);

  await page.goto('review/');
  await page.getByText('Study options').click();
  const table = page.locator('.due-table');
  for (const unit of chosen) await expect(table).toContainText(unit.title);
  for (const unit of others) await expect(table).not.toContainText(unit.title);
  const card = (await page.getByRole('group', { name: /^Card:/ }).getAttribute('aria-label'))?.replace('Card: ', '') ?? '';
  expect(chosen.some((unit) => unit.terms.some((term) => term.term === card))).toBe(true);

  await page.goto('quiz/?start=1');
  const prompt = (await page.locator('.prompt').innerText()).replace(/^Myth or fact\?\s*/, '').trim();
  expect(chosen.some((unit) => unit.misconceptions.some((item) => item.questions.some((question) => question.prompt.trim() === prompt)))).toBe(true);

  await page.goto('progress/');
  for (const unit of chosen) await expect(await unitProgress(page, unit.title)).toBeVisible();
  for (const unit of others) await expect(await unitProgress(page, unit.title)).toHaveCount(0);

  // Changed back at any time.
  await page.goto('');
  await page.getByRole('radio', { name: 'All qualifications' }).check();
  await page.goto('progress/');
  for (const unit of others) await expect(await unitProgress(page, unit.title)).toBeVisible();
});

test('every count on the progress page links to the session that acts on it', async ({ page }) => {
  await page.goto('progress/');
  await expect(page.locator('.dashboard-stats')).toBeVisible();
  const counts = page.locator('.dashboard-stats a, .outcome-detail a, .unit-progress dd a');
  expect(await counts.count()).toBeGreaterThan(5);
  const plainCounts = await page.locator('.dashboard-stats > :not(a), .unit-progress dd:not(:has(a))').count();
  expect(plainCounts).toBe(0);
  await page.locator('.dashboard-stats a').filter({ hasText: 'cards due now' }).click();
  await expect(page).toHaveURL(/review\/$/);
});

test('screenshots of Today, a card and a scenario result at 390x844, light and dark', async ({ page }, testInfo) => {
  const out = process.env.SCREENS_DIR;
  test.skip(!out || testInfo.project.name !== 'phone', 'set SCREENS_DIR to save the screenshots');
  test.setTimeout(60_000);
  const dir = out ?? '';
  mkdirSync(dir, { recursive: true });
  const unit = referenceUnit();
  const scenario = unit.scenarios[0];
  if (!scenario) throw new Error('no scenario');
  await page.setViewportSize({ width: 390, height: 844 });
  // One page, both schemes: the colour scheme switches in place, so light and dark show the same state.
  const both = async (name: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(dir, `${name}-${scheme}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  };
  await page.goto('');
  await expect(page.locator('.today[data-ready]')).toBeVisible();
  await both('today-first-visit');
  await page.goto(`units/${unit.id}/flashcards/`);
  await page.getByRole('button', { name: /Show answer/ }).click();
  await both('card');
  await page.getByRole('button', { name: /^Good/ }).click();

  await page.goto(`units/${unit.id}/scenarios/${scenario.id}/`);
  const box = page.getByRole('textbox', { name: 'Your answer' });
  await box.fill(strongAnswer(scenario).split(/(?<=[.!?])\s+/).slice(0, 3).join(' '));
  await page.getByRole('button', { name: 'Mark my answer' }).click();
  await page.getByRole('button', { name: 'Improve this answer' }).click();
  await box.fill(strongAnswer(scenario));
  await page.getByRole('button', { name: 'Mark my answer' }).click();
  const heading = page.getByRole('heading', { name: /^Marked:/ });
  await expect(heading).toBeVisible();
  await heading.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await both('scenario-result');

  await page.goto('');
  await expect(page.locator('.today[data-ready]')).toBeVisible();
  await both('today-returning');
});

test('offline: the deck downloads work, Moodle files say they need a connection, and no fetch fails on load', async ({ page, context }) => {
  test.setTimeout(90_000);
  const unit = referenceUnit();
  await page.goto('');
  await expect(page.locator('#offline-status')).toContainText('Ready offline', { timeout: 30_000 });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  const failed: string[] = [];
  page.on('requestfailed', (request) => {
    // A request cut short by leaving the page is not a failed fetch; a refused one is.
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') failed.push(`${request.url()} ${reason}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') failed.push(`console: ${message.text()}`);
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#offline-status')).toContainText('Ready offline');
  await page.goto(`units/${unit.id}/flashcards/`);
  await expect(page.getByRole('group', { name: /^Card:/ })).toBeVisible();
  expect(failed).toEqual([]);

  for (const file of ['flashcards.tsv', 'flashcards.csv']) {
    // From the flashcards page, the deck files sit one level up: units/<unit>/flashcards.tsv.
    const response = await page.evaluate(async (name) => {
      const reply = await fetch(new URL(`../${name}`, location.href));
      return { ok: reply.ok, text: (await reply.text()).slice(0, 200) };
    }, file);
    expect(response.ok, file).toBe(true);
    expect(response.text, file).not.toContain('<html');
    expect(response.text, file).toContain(unit.terms[0]?.term ?? '');
  }
  await page.goto(`units/${unit.id}/quiz/`);
  await expect(page.getByText('These two files are not kept for offline use: downloading them needs a connection.')).toBeVisible();
});
