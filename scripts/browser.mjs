// Finds the Chromium that the browser tests, Lighthouse and the screenshot script drive, and
// installs one when there is none, so that `npm test` works on a machine that starts with no browser.
//
//   node scripts/browser.mjs          finds or installs a browser, prints its path
//   import { findBrowser } from ...   finds one without installing (playwright.config.ts uses this)
//
// Order: Debian's /usr/bin/chromium, then Playwright's own download. Installing tries Playwright's
// download first (where its host is reachable), then Debian's chromium package (as root, or with
// sudo). MARKPOINT_IGNORE_SYSTEM_BROWSER=1 makes the finder pretend no browser is present, which is
// how the install path itself is tested on a machine that already has one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
/** Flags every launch needs on a locked-down machine: no sandbox as root, no calls home. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const MANUAL_FIX = 'No browser for the browser tests: run `npx playwright install --with-deps chromium` (or, on Debian or Ubuntu, `sudo apt-get install chromium`), then `npm test` again.';

const ignoringInstalled = () => process.env.MARKPOINT_IGNORE_SYSTEM_BROWSER === '1';

function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * The browser to launch, or null when there is none. `undefined` is never returned: a caller that
 * gets a path passes it as executablePath; Playwright's own browser is returned as its path too.
 */
export function findBrowser() {
  if (process.env.MARKPOINT_CHROMIUM && existsSync(process.env.MARKPOINT_CHROMIUM)) return process.env.MARKPOINT_CHROMIUM;
  if (ignoringInstalled()) return null;
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  return playwrightChromium();
}

function attempt(label, command, args, timeoutMs) {
  console.log(`[browser] ${label}: ${[command, ...args].join(' ')}`);
  const outcome = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return outcome.status === 0;
}

function installWithPlaywright() {
  // Playwright's download host may be unreachable; a short timeout keeps that from stalling the run.
  return attempt('trying Playwright\'s download', 'npx', ['playwright', 'install', 'chromium'], 120_000) && playwrightChromium();
}

function installWithApt() {
  if (!existsSync('/usr/bin/apt-get')) return null;
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasSudo = !asRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!asRoot && !hasSudo) return null;
  const prefix = asRoot ? [] : ['sudo', '-n'];
  const run = (args) => (prefix.length ? attempt('installing Debian\'s chromium', prefix[0], [...prefix.slice(1), ...args], 900_000) : attempt('installing Debian\'s chromium', args[0], args.slice(1), 900_000));
  if (!run(['apt-get', 'update', '-qq'])) return null;
  if (!run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium'])) return null;
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : null;
}

/** Finds a browser, installing one if needed. Returns its path, or null with the fix printed. */
export function ensureBrowser() {
  const found = findBrowser();
  if (found) return found;
  console.log('[browser] no Chromium found; installing one');
  const installed = installWithPlaywright() || installWithApt();
  if (installed) {
    console.log(`[browser] using ${installed}`);
    return installed;
  }
  console.error(MANUAL_FIX);
  return null;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = ensureBrowser();
  if (!path) process.exit(1);
  console.log(path);
}
