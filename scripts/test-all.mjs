// `npm test`: type check, unit tests, production build, browser tests. Runs every stage even when
// one fails, then prints the totals as one line, "N passed, N failed", for people and CI alike.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowser } from './browser.mjs';

const reports = 'reports';
mkdirSync(reports, { recursive: true });
const results = [];

// 0. A browser for Lighthouse and the browser tests, found or installed before anything else runs,
// so that a machine that cannot get one fails at once with the command to run.
console.log(`=== node ${process.version}`);
const browser = ensureBrowser();
if (!browser) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', MARKPOINT_CHROMIUM: browser };

/**
 * Runs one stage, echoing its output. `mustPrint`, when given, is a line the stage prints only when
 * it really ran: astro check, for one, exits 0 after merely complaining that it is not installed.
 */
function run(name, command, args, extraEnv = {}, mustPrint = null) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const outcome = spawnSync(command, args, { stdio: mustPrint ? ['inherit', 'pipe', 'pipe'] : 'inherit', env: { ...env, ...extraEnv }, maxBuffer: 64 * 1024 * 1024 });
  if (mustPrint) {
    process.stdout.write(outcome.stdout ?? '');
    process.stderr.write(outcome.stderr ?? '');
  }
  const ran = !mustPrint || mustPrint.test(`${outcome.stdout ?? ''}${outcome.stderr ?? ''}`);
  const ok = outcome.status === 0 && ran;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`=== ${name}: ${ok ? 'ok' : ran ? `failed (exit ${outcome.status})` : 'failed (it did not run)'} in ${seconds}s`);
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

// 1. Type check (astro check also runs the content validation through the integration).
const checked = run('type check', 'npx', ['astro', 'check'], {}, /Result \(\d+ files?\)/);
results.push({ suite: 'type check', passed: checked ? 1 : 0, failed: checked ? 0 : 1 });

// 2. Unit tests.
rmSync(`${reports}/vitest.json`, { force: true });
const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest.json`]);
const vitest = readJson(`${reports}/vitest.json`);
results.push({
  suite: 'unit tests',
  passed: vitest?.numPassedTests ?? 0,
  failed: Math.max(vitest?.numFailedTests ?? 0, unitOk ? 0 : 1),
});

// 3. Production build.
const built = run('build', 'npx', ['astro', 'build']);
results.push({ suite: 'build', passed: built ? 1 : 0, failed: built ? 0 : 1 });

// 4. Budgets on the built site: JavaScript and critical bytes per page, then Lighthouse.
if (built) {
  const withinBudget = run('size budgets', 'node', ['scripts/budget.mjs']);
  results.push({ suite: 'size budgets', passed: withinBudget ? 1 : 0, failed: withinBudget ? 0 : 1 });
  const lighthouseOk = run('lighthouse', 'node', ['scripts/lighthouse.mjs', '--check']);
  results.push({ suite: 'lighthouse', passed: lighthouseOk ? 1 : 0, failed: lighthouseOk ? 0 : 1 });
}

// 5. Browser tests against the built site.
if (built && existsSync('dist/index.html')) {
  rmSync(`${reports}/playwright.json`, { force: true });
  const e2eOk = run('browser tests', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` });
  const stats = readJson(`${reports}/playwright.json`)?.stats;
  results.push({
    suite: 'browser tests',
    passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0),
    // A run that failed before counting anything (a busy port, a crash) still counts as a failure.
    failed: Math.max(stats?.unexpected ?? 0, e2eOk ? 0 : 1),
  });
} else {
  results.push({ suite: 'browser tests', passed: 0, failed: 1 });
  console.log('=== browser tests: skipped because the build failed');
}

console.log('\nSummary');
for (const result of results) console.log(`  ${result.suite}: ${result.passed} passed, ${result.failed} failed`);
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
