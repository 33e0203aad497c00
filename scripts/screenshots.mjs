// Screenshots of the built site for a person to look at: `node scripts/screenshots.mjs [outDir] [path...]`.
// Serves dist/ with astro preview on E2E_PORT (default 4329) unless a server is already there.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_FLAGS, findBrowser } from './browser.mjs';

const port = Number(process.env.E2E_PORT ?? 4329);
const [outDir = 'reports/screens', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/'];
mkdirSync(outDir, { recursive: true });
const executablePath = findBrowser() ?? undefined;
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: CHROMIUM_FLAGS,
});
for (const scheme of ['light', 'dark']) {
  for (const [label, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
    const context = await browser.newContext({ viewport, colorScheme: scheme });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${label}-${scheme}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL === '1' });
      console.log(`${outDir}/${name}`);
    }
    await context.close();
  }
}
await browser.close();
