import { expect, test } from '@playwright/test';
import { referenceUnit } from './support';

test.describe('course search', () => {
  test('opens with "/", finds a key term and a lesson, and follows the link', async ({ page }) => {
    const unit = referenceUnit();
    const term = unit.terms[0];
    if (!term) throw new Error('no terms');
    await page.goto(`units/${unit.id}/`);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the course' });
    await expect(dialog).toBeVisible();
    const box = dialog.getByRole('searchbox', { name: 'Search the course' });
    await expect(box).toBeFocused();
    await box.fill(term.term);
    await expect(dialog.getByRole('status')).toContainText(/\d+ results? for/);
    const terms = dialog.getByRole('region', { name: 'Key terms' });
    await expect(terms.getByRole('link').first()).toBeVisible();
    await expect(terms.locator('mark').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.getByRole('button', { name: /Search/ }).click();
    await expect(dialog).toBeVisible();
    const lesson = unit.lessons[0];
    if (!lesson) throw new Error('no lessons');
    await box.fill(lesson.title);
    // A learner reads the result before tapping it: the list shows the last query's results until the new ones arrive.
    const firstLesson = dialog.getByRole('region', { name: 'Lessons' }).getByRole('link').first();
    await expect(firstLesson).toContainText(lesson.title);
    await firstLesson.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('');
    await page.getByRole('button', { name: /Search/ }).click();
    await page.getByRole('searchbox', { name: 'Search the course' }).fill('zzqqxxyy');
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText('No results for “zzqqxxyy”.');
  });
});
