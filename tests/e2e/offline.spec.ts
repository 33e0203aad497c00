import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServiceWorker } from '../../src/integrations/service-worker.ts';
import { serveStatic } from './static-server';
import { answerAnyQuestion, builtPages, referenceUnit, strongAnswer, whenHydrated, unitProgress } from './support';

async function waitUntilReadyOffline(page: Page) {
  await page.goto('');
  await expect(page.locator('#offline-status')).toContainText('Ready offline', { timeout: 30_000 });
  // Controlled pages are served by the worker; the first visit is not until it claims a reload.
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test('Chromium finds the site installable, with a manifest that respects the base path', async ({ page }) => {
  await waitUntilReadyOffline(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  // Playwright's browser contexts are incognito, where Chromium never offers to install; every other
  // installability check (manifest, icons, service worker, start URL) must pass.
  expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  const manifest = (await (await page.request.get('manifest.webmanifest')).json()) as { start_url: string; scope: string; display: string; icons: { sizes: string; purpose: string }[] };
  const base = process.env.MARKPOINT_BASE ?? '/';
  expect(manifest.start_url).toBe(base);
  expect(manifest.scope).toBe(base);
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
});

test.describe('offline after one visit', () => {
  test.describe.configure({ mode: 'serial' });

  test('every page opens offline, and studying offline is kept across a reload', async ({ page, context }) => {
    test.setTimeout(180_000);
    await waitUntilReadyOffline(page);
    await context.setOffline(true);
    await expect(page.locator('#offline-indicator')).toBeVisible();

    for (const path of builtPages()) {
      if (path.startsWith('offline/')) continue;
      await page.goto(path);
      await expect(page.locator('h1'), `/${path} offline`).not.toHaveText('You are offline');
      await expect(page.locator('h1')).toBeVisible();
    }
    // Links with a query, as Today, the progress page and shared links write them, open the saved page too.
    const { id: unitId, qualifications } = referenceUnit();
    for (const path of ['quiz/?start=1', `units/${unitId}/quiz/?mode=mine&start=1`, `?qualification=${qualifications[0] ?? ''}`]) {
      await page.goto(path);
      await expect(page.locator('h1'), `/${path} offline`).not.toHaveText('You are offline');
    }

    // Search works offline too: its code and index were precached.
    const unitForSearch = referenceUnit();
    await page.goto('');
    await page.getByRole('button', { name: /Search/ }).click();
    await page.getByRole('searchbox', { name: 'Search the course' }).fill(unitForSearch.terms[0]?.term ?? 'strategy');
    await expect(page.getByRole('dialog').getByRole('status')).toContainText(/\d+ results? for/);
    await page.keyboard.press('Escape');

    const unit = referenceUnit();
    await page.goto(`units/${unit.id}/flashcards/`);
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('button', { name: /^Good/ }).click();
    await expect(page.locator('.deck-status')).toContainText('1 reviewed this session');

    await page.goto(`units/${unit.id}/quiz/`);
    // Start pressed before the quiz is interactive sends the form and loads the page again: wait, so the round starts in place.
    await whenHydrated(page, '.quiz-setup');
    await page.getByRole('radio', { name: '5', exact: true }).check();
    await page.getByRole('button', { name: 'Start quiz' }).click();
    await answerAnyQuestion(page, 'Question 1 of 5');
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.locator('.feedback')).toBeVisible();

    const scenario = unit.scenarios[0];
    if (!scenario) throw new Error('no scenario');
    await page.goto(`units/${unit.id}/scenarios/${scenario.id}/`);
    await page.getByRole('textbox', { name: 'Your answer' }).fill(strongAnswer(scenario));
    await page.getByRole('button', { name: 'Mark my answer' }).click();
    await expect(page.getByRole('heading', { name: /^Marked:/ })).toBeVisible();

    await page.reload();
    await page.goto('progress/');
    const region = await unitProgress(page, unit.title);
    // The figures appear once the page has read this browser's record (a loading line before, never zeros).
    await expect(region).toContainText('1 started', { timeout: 15_000 });
    await expect(region).toContainText('1 attempt');
    await page.goto('definitely-not-a-page/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  });

  test('a new deploy shows the update prompt, and Reload brings the new content', async ({ browser }) => {
    test.setTimeout(120_000);
    const root = mkdtempSync(join(tmpdir(), 'markpoint-deploy-'));
    cpSync('dist', root, { recursive: true });
    const port = 4391 + Math.floor(Math.random() * 50);
    const server = await serveStatic(root, port);
    const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}/` });
    const page = await context.newPage();
    try {
      await waitUntilReadyOffline(page);
      await expect(page.locator('#update-banner')).toBeHidden();

      // Deploy: change the home page and rebuild the service worker over the changed files.
      const home = join(root, 'index.html');
      writeFileSync(home, readFileSync(home, 'utf8').replace('>Today<', '>Today, updated<'));
      await buildServiceWorker(root);

      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect(page.getByText('A new version of Markpoint is ready.')).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('heading', { level: 1 })).not.toContainText('updated');
      await page.getByRole('button', { name: 'Reload' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('updated', { timeout: 30_000 });
    } finally {
      await context.close();
      server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
