import { type Page, expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createBackup } from '../../src/lib/progress/backup.ts';
import { emptyProgress, recordReview } from '../../src/lib/progress/state.ts';
import { rateCard } from '../../src/lib/srs/scheduler.ts';
import { openReferenceScenario, referenceUnit, strongAnswer, unitProgress, weakOpening, whenHydrated } from './support';
import { formatMarks } from '../../src/lib/marks.ts';

test.describe('progress is never lost', () => {
  test('two tabs share work; a backup restores everything after a reset', async ({ page, context }) => {
    const unit = referenceUnit();
    await page.goto(`units/${unit.id}/flashcards/`);
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('button', { name: /^Good/ }).click();
    await expect(page.locator('.deck-status')).toContainText('1 reviewed');

    // A second tab sees the first tab's review, and its own work does not overwrite the first's.
    const second = await context.newPage();
    await second.goto('progress/');
    await expect(await unitProgress(second, unit.title)).toContainText('1 started');
    const scenario = unit.scenarios[0];
    if (!scenario) throw new Error('no scenario');
    await second.goto(`units/${unit.id}/scenarios/${scenario.id}/`);
    await second.getByRole('textbox', { name: 'Your answer' }).fill('A draft written in the second tab.');
    await expect(second.getByText(/draft saved/)).toBeVisible();
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('button', { name: /^Easy/ }).click();
    await second.goto('progress/');
    await expect(await unitProgress(second, unit.title)).toContainText('2 started');

    await page.goto('progress/');
    // Until the panel has hydrated, its button does nothing.
    await whenHydrated(page, '.backup');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a backup' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^markpoint-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backupPath = await download.path();
    const backupText = readFileSync(backupPath, 'utf8');

    await page.getByRole('button', { name: 'Reset all progress…' }).click();
    await expect(page.getByRole('alertdialog')).toContainText('2 flashcards started');
    await expect(page.getByRole('alertdialog')).toContainText('1 scenario drafts');
    await page.getByRole('button', { name: 'Yes, delete my progress' }).click();
    await expect(await unitProgress(page, unit.title)).toContainText('0 started');

    // A file that is not a backup is refused and changes nothing.
    await page.getByLabel('Choose a backup file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await expect(page.getByRole('alert')).toContainText('not one Markpoint wrote');
    await page.getByLabel('Choose a backup file').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(backupText.slice(0, -30)) });
    await expect(page.getByRole('alert')).toContainText('cut off');

    await page.getByLabel('Choose a backup file').setInputFiles(backupPath);
    const preview = page.getByRole('region', { name: 'What restoring will change' });
    await expect(preview).toContainText('Nothing has been written yet');
    await expect(await unitProgress(page, unit.title)).toContainText('0 started');
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(await unitProgress(page, unit.title)).toContainText('2 started');
    await page.goto(`units/${unit.id}/scenarios/${scenario.id}/`);
    await expect(page.getByRole('textbox', { name: 'Your answer' })).toHaveValue('A draft written in the second tab.');
  });

  test('a corrupt stored value shows a notice, keeps the valid parts, and offers the original', async ({ page }) => {
    const unit = referenceUnit();
    const term = unit.terms[0];
    if (!term) throw new Error('no terms');
    await page.goto('');
    await page.evaluate((cardId) => {
      const good = { due: '2026-01-01T00:00:00.000Z', stability: 3, difficulty: 5, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, state: 2, updatedAt: '2026-01-01T00:00:00.000Z' };
      localStorage.setItem('markpoint:progress', JSON.stringify({ version: 1, epoch: 'e', cards: { [cardId]: good, 'broken/card': { due: 'yesterday' } } }));
    }, `${unit.id}/${term.id}`);
    await page.goto('progress/');
    await expect(page.getByRole('alert')).toContainText('Some saved items could not be read');
    await expect(await unitProgress(page, unit.title)).toContainText('1 started');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the original data' }).click();
    expect(readFileSync(await (await downloadPromise).path(), 'utf8')).toContain('broken/card');
  });
});

test('when the browser refuses to save, the learner is told and can keep studying', async ({ page }) => {
  const unit = referenceUnit();
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(this: Storage, key: string, value: string) {
      if (key === 'markpoint:progress') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await page.goto(`units/${unit.id}/flashcards/`);
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(page.getByRole('alert')).toContainText('This browser is not saving your progress');
  await expect(page.locator('.deck-status')).toContainText('1 reviewed this session');
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
});

// ---------------------------------------------------------------------------------------------
// Records this version must not overwrite, tabs racing each other, and restores that do not fit.

const PROGRESS = 'markpoint:progress';

async function rateGood(tab: Page, times: number) {
  for (let i = 0; i < times; i += 1) {
    await tab.getByRole('button', { name: /Show answer/ }).click();
    await tab.getByRole('button', { name: /^Good/ }).click();
  }
}

const storedProgress = (tab: Page) => tab.evaluate((key) => localStorage.getItem(key) ?? '', PROGRESS);

test('a large unreadable record is kept when no copy fits: download first, saving waits for the learner', async ({ page }) => {
  const unit = referenceUnit();
  // Setting a copy aside needs as much room again as the record itself; this browser has none.
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(this: Storage, key: string, value: string) {
      if (key.startsWith('markpoint:set-aside:') && value.length > 1_000_000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  const unreadable = `{"version":1,"epoch":"e","cards":{"damaged":"${'x'.repeat(3_000_000)}`;
  await page.goto('');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS, unreadable] as const);
  await page.goto(`units/${unit.id}/flashcards/`);
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('could not be read');
  await expect(notice).not.toContainText('has been kept');
  await expect(notice).toContainText('not saving anything until you choose');

  await rateGood(page, 1);
  await expect(page.locator('.deck-status')).toContainText('1 reviewed');
  expect(await storedProgress(page)).toBe(unreadable);

  const downloadPromise = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the saved data' }).click();
  expect(readFileSync(await (await downloadPromise).path(), 'utf8')).toBe(unreadable);
  await notice.getByRole('button', { name: 'Start saving again without it' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const saved = JSON.parse(await storedProgress(page)) as { reviews: unknown[] };
  expect(saved.reviews).toHaveLength(1);
});

test('a tab never overwrites a newer-version record written by another tab: it stops saving and offers a reload', async ({ page, context }) => {
  const unit = referenceUnit();
  await page.goto(`units/${unit.id}/flashcards/`);
  await rateGood(page, 1);
  const other = await context.newPage();
  await other.goto('');
  const newer = JSON.stringify({ version: 99, epoch: 'from-a-later-markpoint', cards: {}, somethingNew: [1, 2, 3] });
  await other.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS, newer] as const);

  const notice = page.getByRole('alert');
  await expect(notice).toContainText('newer version of Markpoint');
  await expect(notice).toContainText('stopped saving');
  await rateGood(page, 1);
  await expect(page.locator('.deck-status')).toContainText('2 reviewed');
  expect(await storedProgress(page)).toBe(newer);

  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('alert')).toContainText('newer version of Markpoint');
  await rateGood(page, 1);
  expect(await storedProgress(page)).toBe(newer);
});

test('two tabs rating at once keep all 80 ratings and the day count', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('');
  // Enough new cards a day for 80 first ratings.
  await page.evaluate((key) => {
    localStorage.setItem(key, JSON.stringify({ version: 1, epoch: 'e', settings: { retention: 0.9, newPerDay: 500, reverseCards: false, updatedAt: '2026-01-01T00:00:00.000Z' } }));
  }, PROGRESS);
  const second = await context.newPage();
  await Promise.all([page.goto('review/'), second.goto('review/')]);
  // Both tabs rate in step, so their saves keep landing at the same moment.
  for (let round = 0; round < 40; round += 1) await Promise.all([rateGood(page, 1), rateGood(second, 1)]);
  await expect(page.locator('.deck-status')).toContainText('40 reviewed');
  await expect(second.locator('.deck-status')).toContainText('40 reviewed');

  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
  const check = await context.newPage();
  await expect(async () => {
    await check.goto('progress/');
    await check.getByRole('button', { name: 'Reset all progress…' }).click();
    await expect(check.getByRole('alertdialog')).toContainText('80 flashcard reviews', { timeout: 2_000 });
    await expect(check.locator('svg.heatmap title', { hasText: today })).toHaveText(`${today}: 80 study actions`, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
});

test('a restore that does not fit in storage is refused, and the progress shown stays as it was', async ({ page }) => {
  const unit = referenceUnit();
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(this: Storage, key: string, value: string) {
      if (key === 'markpoint:progress' && sessionStorage.getItem('storage-full') === 'yes') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await page.goto(`units/${unit.id}/flashcards/`);
  await rateGood(page, 1);
  await page.goto('progress/');
  await expect(await unitProgress(page, unit.title)).toContainText('1 started');
  const before = await storedProgress(page);

  let backup = emptyProgress('backup-epoch');
  const at = new Date(Date.now() - 86_400_000);
  unit.terms.slice(0, 5).forEach((term, i) => {
    backup = recordReview(backup, `${unit.id}/${term.id}`, rateCard(undefined, 3, at, { retention: 0.9 }).card, 3, at, `b${i}`);
  });
  await page.evaluate(() => sessionStorage.setItem('storage-full', 'yes'));
  await page.getByLabel('Replace: use only what is in the backup').check();
  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(createBackup(backup, '0.1.0', at)) });
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('was not restored');
  await expect(page.getByRole('alert')).toContainText('no room');
  await expect(page.getByText(/^Restored from/)).toHaveCount(0);
  await expect(await unitProgress(page, unit.title)).toContainText('1 started');
  expect(await storedProgress(page)).toBe(before);
});

// ---------------------------------------------------------------------------------------------
// Scenario marks: the first attempt, written before the marking points were shown, beside the best.

test.describe('scenario marks on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('after a weak first attempt and a strong second, progress shows the first mark and the best, and the readiness figures are the first', async ({ page }) => {
    test.setTimeout(60_000);
    const unit = referenceUnit();
    const unitTiles = page.getByRole('list', { name: 'Your progress in this unit' });
    await page.goto(`units/${unit.id}/`);
    await expect(unitTiles.getByRole('link', { name: '0 scenarios tried' })).toBeVisible();

    const { scenario, box } = await openReferenceScenario(page);
    const summary = page.locator('.result-summary');
    const markedTotal = async () => Number(/Marked: ([\d.]+)/.exec(await page.getByRole('heading', { name: /^Marked:/ }).innerText())?.[1]);

    await box.fill(weakOpening(scenario));
    await page.getByRole('button', { name: 'Mark my answer' }).click();
    await expect(summary).toContainText('Attempt 1.');
    const first = await markedTotal();
    await page.getByRole('button', { name: 'Improve this answer' }).click();
    await box.fill(strongAnswer(scenario));
    await page.getByRole('button', { name: 'Mark my answer' }).click();
    await expect(summary).toContainText('Attempt 2.');
    const best = await markedTotal();
    expect(best, 'the strong answer earns more than its opening').toBeGreaterThan(first);

    await page.goto('progress/');
    const marks = (value: number) => `${formatMarks(value)} / ${scenario.marks}`;
    const row = (await unitProgress(page, unit.title)).getByRole('link', { name: `first ${marks(first)}, best ${marks(best)} (2 attempts)` });
    await row.scrollIntoViewIfNeeded();
    await expect(row).toBeVisible();
    await expect(page.getByText(/“first” is your first attempt, written before you saw the marking points/)).toBeVisible();
    // The row wraps within the phone's width rather than running off it.
    const rowBox = await row.boundingBox();
    expect(rowBox && rowBox.x + rowBox.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Each outcome's figure is the first attempt's share, and says so; the best is practice, not readiness.
    const percent = (marks: number) => Math.round((marks / scenario.marks) * 100);
    const share = `1 scenario: ${percent(first)}% at first attempt`;
    await expect(page.getByRole('link', { name: share }).first()).toBeVisible();
    await expect(page.getByText(/Scenario figures are from your first attempt at each/)).toBeVisible();

    // The unit page's tile gives the same figure: the weak first attempt's share, not the strong best.
    expect(percent(best), 'the best reads differently from the first').not.toBe(percent(first));
    await page.goto(`units/${unit.id}/`);
    const tile = unitTiles.getByRole('link', { name: `${percent(first)}% at first attempt`, exact: true });
    await expect(tile).toBeVisible();
    await expect(unitTiles).not.toContainText(`${percent(best)}%`);
    const tileBox = await tile.boundingBox();
    expect(tileBox && tileBox.x + tileBox.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await tile.click();
    await expect(page).toHaveURL(new RegExp(`units/${unit.id}/scenarios/$`));
  });
});
