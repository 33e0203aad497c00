// Screenshots of the tutor's class table for a person to judge, at 390x844 and 1280x800, light
// and dark: `E2E_PORT=4335 node scripts/class-table-screens.ts [outDir]` after a build, with
// astro preview running on E2E_PORT. Six learners' codes are made for one assignment with a draw,
// a scenario and a deck, including a look-alike name and a code with invented point ids.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { loadCourse } from '../src/lib/content/load.ts';
import { createAssignment, encodeAssignment } from '../src/lib/share/assignment.ts';
import type { Catalogue } from '../src/lib/share/catalogue.ts';
import { contentFingerprints } from '../src/lib/share/content-version.ts';
import { encodeResults } from '../src/lib/share/results.ts';
import { CHROMIUM_FLAGS, findBrowser } from './browser.mjs';

const origin = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4329)}`;
const outDir = process.argv[2] ?? 'reports/screens';
mkdirSync(outDir, { recursive: true });
const loaded = loadCourse(process.cwd());
if (!loaded.ok) throw new Error('content is invalid');
const unit = loaded.value.units.find((candidate) => candidate.id === 'social-media-strategy') ?? loaded.value.units[0];
const scenario = unit?.scenarios[0];
if (!unit || !scenario) throw new Error('no scenario');
const keys = unit.misconceptions.flatMap((misconception) => misconception.questions.map((question) => `${unit.id}/${question.id}`)).slice(0, 10);
// The content versions this site serves, as the tutor's composer records them.
const catalogue = (await (await fetch(`${origin}/catalogue.json`)).json()) as Catalogue;
const content = { questionKeys: catalogue.questions.map((question) => question.key), fingerprints: contentFingerprints(catalogue.questions, catalogue.scenarios) };
const made = createAssignment(
  { title: 'Week 6 revision', tutor: 'Ms Okafor', units: [unit.id], questions: { mode: 'pick', keys }, decks: [unit.id], scenarios: [`${unit.id}/${scenario.id}`], passMark: 60 },
  606,
  content,
);
if (!made.ok) throw new Error(made.error.reason);
const link = `${origin}/assignment/#${await encodeAssignment(made.value)}`;
const learners = ['Amara Okoye', 'Ben Carter', 'Chen Wei', '\u0410nn Lee', 'Dara Byrne', 'Ann Lee'];
const codes = await Promise.all(
  learners.map((learner, index) => {
    const points = Object.fromEntries(scenario.points.map((point, pointIndex) => [point.id, (pointIndex + index) % 3 === 0 ? 0 : point.marks]));
    if (index === 2) points['made-up-point'] = 5;
    return encodeResults({
      v: 1,
      assignment: made.value.id,
      learner,
      startedAt: '2026-05-10T09:00:00Z',
      submittedAt: `2026-05-10T09:${String(20 + index * 4).padStart(2, '0')}:00Z`,
      items: keys.map((key, itemIndex) => ({ key, score: (itemIndex * 7 + index) % 4 === 0 ? 0 : (itemIndex + index) % 5 === 0 ? 0.5 : 1, missed: [] })),
      scenarios: [{ key: `${unit.id}/${scenario.id}`, total: Object.values(points).reduce((sum, marks) => sum + marks, 0), points }],
      fingerprints: made.value.fingerprints ?? {},
      cards: index * 4,
      activeSeconds: 540 + index * 75,
    });
  }),
);
const executablePath = findBrowser() ?? undefined;
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_FLAGS });
for (const scheme of ['light', 'dark'] as const) {
  for (const [label, viewport] of [
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1280, height: 800 }],
  ] as const) {
    const context = await browser.newContext({ viewport, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${origin}/tutor/results/`, { waitUntil: 'networkidle' });
    await page.getByLabel('Results codes, one per line').fill(codes.join('\n'));
    await page.getByRole('button', { name: 'Paste its link instead' }).click();
    await page.getByLabel('The assignment link you sent').fill(link);
    await page.getByRole('button', { name: 'Show the class table' }).click();
    await page.getByRole('table').waitFor();
    await page.locator('.class-table .point').nth(1).hover();
    const path = `${outDir}/class-table-${label}-${scheme}.png`;
    await page.locator('.class-table-section').screenshot({ path });
    console.log(path);
    // What the tutor sees first: the top of the table, at the window's size.
    const top = await page.locator('.class-table-section').evaluate((section) => section.getBoundingClientRect().top + window.scrollY);
    const clipped = `${outDir}/class-table-${label}-${scheme}-top.png`;
    await page.screenshot({ path: clipped, fullPage: true, clip: { x: 0, y: top, width: viewport.width, height: viewport.height } });
    console.log(clipped);
    await context.close();
  }
}
await browser.close();
