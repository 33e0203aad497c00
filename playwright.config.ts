import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, findBrowser } from './scripts/browser.mjs';

/**
 * Browser tests run against the built site (astro preview), in Chromium at phone and desktop size.
 * scripts/browser.mjs picks the browser: Debian's Chromium where installed, else Playwright's own
 * (`npm test` installs one first when there is neither).
 */
const executablePath = findBrowser();
const launchOptions = executablePath ? { executablePath, args: CHROMIUM_FLAGS } : {};
const port = Number(process.env.E2E_PORT ?? 4329);
const base = process.env.MARKPOINT_BASE ?? '/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    launchOptions,
    trace: 'retain-on-failure',
    // A missing control fails at the step that wanted it, with its locator, not at the test's timeout.
    actionTimeout: 15_000,
  },
  projects: [
    { name: 'phone', use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: false } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: `npx astro preview --port ${port} --host 127.0.0.1 --force`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
