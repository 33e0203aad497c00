import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { referenceUnit } from './support';

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
    await expect(second.getByRole('region', { name: unit.title })).toContainText('1 started');
    const scenario = unit.scenarios[0];
    if (!scenario) throw new Error('no scenario');
    await second.goto(`units/${unit.id}/scenarios/${scenario.id}/`);
    await second.getByRole('textbox', { name: 'Your answer' }).fill('A draft written in the second tab.');
    await expect(second.getByText(/draft saved/)).toBeVisible();
    await page.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('button', { name: /^Easy/ }).click();
    await second.goto('progress/');
    await expect(second.getByRole('region', { name: unit.title })).toContainText('2 started');

    await page.goto('progress/');
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
    await expect(page.getByRole('region', { name: unit.title })).toContainText('0 started');

    // A file that is not a backup is refused and changes nothing.
    await page.getByLabel('Choose a backup file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await expect(page.getByRole('alert')).toContainText('not one Markpoint wrote');
    await page.getByLabel('Choose a backup file').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(backupText.slice(0, -30)) });
    await expect(page.getByRole('alert')).toContainText('cut off');

    await page.getByLabel('Choose a backup file').setInputFiles(backupPath);
    const preview = page.getByRole('region', { name: 'What restoring will change' });
    await expect(preview).toContainText('Nothing has been written yet');
    await expect(page.getByRole('region', { name: unit.title })).toContainText('0 started');
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(page.getByRole('region', { name: unit.title })).toContainText('2 started');
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
    await expect(page.getByRole('region', { name: unit.title })).toContainText('1 started');
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
