import { type Page, expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { QUALIFICATIONS, type QualificationId } from '../../src/lib/content/schemas.ts';
import { authoredCourse, referenceUnit, whenHydrated } from './support';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

/** A qualification the reference unit belongs to that narrows the course (not every unit offers it). */
function narrowingQualification(): { id: QualificationId; name: string; units: number } {
  const units = authoredCourse().units;
  const id = referenceUnit().qualifications.find((candidate) => units.some((unit) => !unit.qualifications.includes(candidate)));
  if (!id) throw new Error('the course needs a qualification that some units do not offer');
  return { id, name: QUALIFICATIONS[id], units: units.filter((unit) => unit.qualifications.includes(id)).length };
}

async function seeCourseChoice(page: Page, qualification: ReturnType<typeof narrowingQualification> | null) {
  await page.goto('');
  const total = authoredCourse().units.length;
  const myCourse = page.getByRole('group', { name: 'My course' });
  if (qualification) {
    await expect(myCourse.getByRole('radio', { name: qualification.name, exact: true })).toBeChecked();
    await expect(page.locator('#filter-status')).toHaveText(`Showing ${qualification.units} of ${total} units for ${qualification.name}.`);
  } else {
    await expect(myCourse.getByRole('radio', { name: 'All qualifications' })).toBeChecked();
    await expect(page.locator('#filter-status')).toHaveText(`Showing all ${total} units.`);
  }
}

async function seeLessonRead(page: Page, read: boolean) {
  const unit = referenceUnit();
  const lesson = unit.lessons[0];
  if (!lesson) throw new Error('no lessons');
  await page.goto(`units/${unit.id}/`);
  const tick = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: lesson.title, exact: true }) }).getByText(/✓\s*Read/);
  if (read) await expect(tick).toBeVisible();
  else await expect(tick).toBeHidden();
  await expect(page.getByRole('list', { name: 'Your progress in this unit' })).toContainText(`${read ? 1 : 0}/${unit.lessons.length} lessons read`);
}

test('a backup brings back the course choice and the lessons read on a phone that has neither', async ({ page }) => {
  const unit = referenceUnit();
  const lesson = unit.lessons[0];
  if (!lesson) throw new Error('no lessons');
  const qualification = narrowingQualification();

  await page.goto('');
  await page.getByRole('group', { name: 'My course' }).getByRole('radio', { name: qualification.name, exact: true }).check();
  await page.goto(`units/${unit.id}/`);
  await page.getByRole('link', { name: lesson.title, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  // The page notes the lesson as read from its module script, which runs once the document is
  // parsed: the heading can show first on a loaded machine, and leaving then would skip the note.
  await page.waitForLoadState('domcontentloaded');
  await seeCourseChoice(page, qualification);
  await seeLessonRead(page, true);

  await page.goto('progress/');
  // Until the panel has hydrated, its button and file input do nothing.
  await whenHydrated(page, '.backup');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  const backupPath = await (await downloadPromise).path();
  const backupText = readFileSync(backupPath, 'utf8');

  // A phone with nothing on it.
  await page.evaluate(() => localStorage.clear());
  await seeCourseChoice(page, null);
  await seeLessonRead(page, false);

  // A backup whose lessons-read list was damaged is refused, naming it, and changes nothing.
  await page.goto('progress/');
  await whenHydrated(page, '.backup');
  const damaged = JSON.stringify({ ...(JSON.parse(backupText) as Record<string, unknown>), lessonsRead: 'all of them' });
  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(damaged) });
  await expect(page.getByRole('alert')).toContainText('lessonsRead');
  await expect(page.getByRole('alert')).toContainText('Nothing on this device has changed');
  await seeCourseChoice(page, null);

  await page.goto('progress/');
  await whenHydrated(page, '.backup');
  await page.getByLabel('Choose a backup file').setInputFiles(backupPath);
  const preview = page.getByRole('region', { name: 'What restoring will change' });
  await expect(preview.getByRole('row', { name: /^lessons read/ })).toHaveText(/lessons read\s*0\s*1/);
  await expect(preview.getByRole('row', { name: /^My course/ })).toContainText(qualification.name);
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Restored from/ })).toBeVisible();

  await seeCourseChoice(page, qualification);
  await seeLessonRead(page, true);
});

test('when the progress in a backup cannot be saved, the course choice and lessons read are not restored either', async ({ page }) => {
  const qualification = narrowingQualification();
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(this: Storage, key: string, value: string) {
      if (key === 'markpoint:progress' && sessionStorage.getItem('storage-full') === 'yes') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await page.goto('');
  await page.getByRole('group', { name: 'My course' }).getByRole('radio', { name: qualification.name, exact: true }).check();
  await page.goto('progress/');
  await whenHydrated(page, '.backup');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  const backupPath = await (await downloadPromise).path();

  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.setItem('storage-full', 'yes');
  });
  await page.goto('progress/');
  await whenHydrated(page, '.backup');
  await page.getByLabel('Choose a backup file').setInputFiles(backupPath);
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('no room');
  await seeCourseChoice(page, null);
});
