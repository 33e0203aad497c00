// The class-results page with 5,000 results codes, as issue 19.15 asks it to be measured:
//
//   E2E_PORT=4335 node scripts/class-page-longtask.ts [codes=5000]
//
// Serves dist/ with astro preview on E2E_PORT (or uses a server already there), makes one
// assignment from the real content and that many codes for it, pastes them on /tutor/results/ at
// phone size, and prints the longest main-thread task (a PerformanceObserver on "longtask") and
// the time from pressing "Show the class table" until the table's heading shows.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { loadCourse } from '../src/lib/content/load.ts';
import { createAssignment, encodeAssignment } from '../src/lib/share/assignment.ts';
import { encodeResults } from '../src/lib/share/results.ts';
import { CHROMIUM_FLAGS, findBrowser } from './browser.mjs';

const port = Number(process.env.E2E_PORT ?? 4329);
const count = Number(process.argv[2] ?? 5000);
const origin = `http://127.0.0.1:${port}`;

const loaded = loadCourse(process.cwd());
if (!loaded.ok) throw new Error('content is invalid: run npm run validate');
const unit = loaded.value.units[0];
const scenario = unit?.scenarios[0];
if (!unit || !scenario) throw new Error('the course needs a unit with a scenario');
const keys = unit.misconceptions.flatMap((misconception) => misconception.questions.map((question) => `${unit.id}/${question.id}`)).slice(0, 10);
const made = createAssignment(
  { title: 'Load test', tutor: 'Ms Okafor', units: [unit.id], questions: { mode: 'pick', keys }, decks: [], scenarios: [`${unit.id}/${scenario.id}`], passMark: 60 },
  4242,
);
if (!made.ok) throw new Error(made.error.reason);
const assignment = made.value;
const link = `${origin}/assignment/#${await encodeAssignment(assignment)}`;
const codes: string[] = [];
for (let index = 0; index < count; index += 1) {
  const points = Object.fromEntries(scenario.points.map((point, pointIndex) => [point.id, (pointIndex + index) % 2 ? point.marks : 0]));
  codes.push(
    await encodeResults({
      v: 1,
      assignment: assignment.id,
      learner: `Learner ${index + 1}`,
      startedAt: '2026-05-10T09:00:00Z',
      submittedAt: '2026-05-10T09:30:00Z',
      items: keys.map((key, itemIndex) => ({ key, score: (itemIndex + index) % 3 ? 1 : 0, missed: [] })),
      scenarios: [{ key: `${unit.id}/${scenario.id}`, total: Object.values(points).reduce((sum, marks) => sum + marks, 0), points }],
    }),
  );
}
const text = codes.join('\n');

async function serverUp(): Promise<boolean> {
  try {
    return (await fetch(origin)).ok;
  } catch {
    return false;
  }
}
let server: ReturnType<typeof spawn> | null = null;
if (!(await serverUp())) {
  // Its own process group, so stopping it stops astro's children too, not only a wrapper.
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  for (let tries = 0; tries < 60 && !(await serverUp()); tries += 1) await new Promise((resolve) => setTimeout(resolve, 500));
}

const executablePath = findBrowser() ?? undefined;
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${origin}/tutor/results/`, { waitUntil: 'networkidle' });
  // A file first, as a tutor with 5,000 codes would load them: the page must accept what it accepts pasted.
  await page.getByLabel('Or add them from a text file').setInputFiles({ name: 'codes.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  const fileRefusal = (await page.getByRole('alert').count()) ? await page.getByRole('alert').first().textContent() : null;
  // Then the same text as one paste (fill() types into the box and is slow at 2 MB, so set it as a paste would).
  await page.getByLabel('Results codes, one per line').evaluate((box, value) => {
    (box as HTMLTextAreaElement).value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  const pasteLink = page.getByRole('button', { name: 'Paste its link instead' });
  if (await pasteLink.count()) await pasteLink.click();
  await page.getByLabel('The assignment link you sent').fill(link);
  await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
  const profiler = process.env.PROFILE ? await page.context().newCDPSession(page) : null;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.start');
  }
  const started = Date.now();
  await page.getByRole('button', { name: 'Show the class table' }).click({ timeout: 600_000 });
  await page.getByRole('heading', { name: new RegExp(`: ${count.toLocaleString('en-GB')}|: ${count} result`) }).waitFor({ timeout: 600_000 });
  const shownAfter = Date.now() - started;
  if (profiler) {
    const { profile } = await profiler.send('Profiler.stop');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(process.env.PROFILE ?? 'class-page.cpuprofile', JSON.stringify(profile));
  }
  await page.waitForTimeout(1000);
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const rows = await page.locator('.class-table tbody tr').count();
  console.log(
    JSON.stringify({
      codes: count,
      characters: text.length,
      fileRefused: fileRefusal,
      longestTaskMs: Math.round(Math.max(0, ...tasks)),
      longTasks: tasks.length,
      longTaskTotalMs: Math.round(tasks.reduce((sum, duration) => sum + duration, 0)),
      tableShownAfterMs: shownAfter,
      rowsInDom: rows,
    }),
  );
} finally {
  await browser.close();
  if (server?.pid) process.kill(-server.pid);
}
