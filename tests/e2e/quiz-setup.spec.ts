/**
 * The quiz setup on a slow phone: a choice made on the server-rendered form, before the quiz's code
 * has arrived, is the one the round uses.
 */
import { expect, test } from '@playwright/test';
import { referenceUnit, whenHydrated } from './support';

// A service worker could answer the quiz's code request itself, out of reach of page.route.
test.use({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });

test('a round length chosen before the quiz is interactive is kept once it is', async ({ page }) => {
  const unit = referenceUnit();
  // The quiz's code is held back, as on a slow connection, until the learner has chosen.
  let requested!: () => void;
  const codeRequested = new Promise<void>((resolve) => (requested = resolve));
  let release!: () => void;
  const codeReleased = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/Quiz.*.js', async (route) => {
    requested();
    await codeReleased;
    await route.continue();
  });

  await page.goto(`units/${unit.id}/quiz/`, { waitUntil: 'domcontentloaded' });
  await codeRequested;
  const five = page.getByRole('radio', { name: '5', exact: true });
  await five.check();
  // The tap really landed before the quiz was interactive.
  await expect(page.locator('astro-island[ssr]').filter({ has: page.locator('.quiz-setup') })).toHaveCount(1);

  release();
  await whenHydrated(page, '.quiz-setup');
  await expect(five).toBeChecked();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.getByText('Question 1 of 5', { exact: true })).toBeVisible();
});
