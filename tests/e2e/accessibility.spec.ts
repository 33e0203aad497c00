import { expect, test } from '@playwright/test';
import { builtPages, expectAccessible } from './support';

const pages = builtPages();

// Every page at phone size; at desktop width one page of each kind, since the layout is shared.
const desktopSample = new Set(pages.filter((path, index, all) => all.findIndex((other) => other.replace(/[^/]+\/$/, '') === path.replace(/[^/]+\/$/, '')) === index));

test.describe('every page meets WCAG 2.2 AA (axe)', () => {
  for (const path of pages) {
    test(`/${path}`, async ({ page }, testInfo) => {
      test.skip(testInfo.project.name === 'desktop' && !desktopSample.has(path), 'covered at phone size; one page per kind at desktop');
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('main')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);
    });
  }
});

test('dark mode meets contrast too', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  for (const path of pages.filter((p) => p === '' || p.includes('/lessons/')).slice(0, 3)) {
    await page.goto(`http://127.0.0.1:${process.env.E2E_PORT ?? 4329}${process.env.MARKPOINT_BASE ?? '/'}${path}`);
    await expectAccessible(page);
  }
  await context.close();
});

test('an unknown address shows the not-found page with a way back', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the units' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
});
