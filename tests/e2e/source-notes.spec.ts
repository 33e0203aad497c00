/**
 * The built site, read as files: no page, and not the search index, tells a learner how the course
 * was made. The unit tests check the content; this checks what the build actually rendered, so a
 * component that prints an authoring field is caught too.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceMention } from '../../src/lib/content/quality.ts';
import { builtPages } from './support';

test('no built page or search entry names the source documents', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'reads files, so once is enough');
  const texts = builtPages().map((path) => ({ where: `/${path}`, text: readFileSync(join('dist', path, 'index.html'), 'utf8').replace(/<[^>]+>/g, ' ') }));
  texts.push({ where: '/search-index.json', text: readFileSync(join('dist', 'search-index.json'), 'utf8') });
  texts.push({ where: '/catalogue.json', text: readFileSync(join('dist', 'catalogue.json'), 'utf8') });
  expect(texts.length).toBeGreaterThan(20);
  const leaks = texts.flatMap(({ where, text }) => {
    const found = sourceMention(text);
    return found ? [`${where}: “${found}”`] : [];
  });
  expect(leaks).toEqual([]);

  // And as a learner sees it: the unit page lists no "Sources".
  await page.goto('units/social-media-marketing-plan/');
  await expect(page.getByRole('heading', { name: 'Sources' })).toHaveCount(0);
});
