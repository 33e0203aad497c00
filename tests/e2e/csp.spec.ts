/**
 * Every kind of page runs under the site's Content Security Policy with no violation, and the policy
 * really blocks a script the build did not produce.
 */
import { expect, test, type Page } from '@playwright/test';
import { referenceUnit } from './support';

const unit = referenceUnit();
const lesson = unit.lessons[0];
const scenario = unit.scenarios[0];
const pageKinds: Record<string, string> = {
  home: '',
  unit: `units/${unit.id}/`,
  lesson: `units/${unit.id}/lessons/${lesson?.slug}/`,
  flashcards: `units/${unit.id}/flashcards/`,
  quiz: `units/${unit.id}/quiz/`,
  scenario: `units/${unit.id}/scenarios/${scenario?.id}/`,
  review: 'review/',
  progress: 'progress/',
  tutor: 'tutor/',
  results: 'tutor/results/',
  assignment: 'assignment/',
  offline: 'offline/',
  missing: 'no-such-page/',
};

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<string[]> {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const log = ((window as unknown as { __cspViolations?: string[] }).__cspViolations ??= []);
      log.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return refused;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);

test.describe('content security policy', () => {
  for (const [kind, path] of Object.entries(pageKinds)) {
    test(`the ${kind} page works under the policy with no violation`, async ({ page }) => {
      const refused = await watchViolations(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(await violations(page)).toEqual([]);
      expect(refused).toEqual([]);
    });
  }

  test('islands still hydrate: the quiz answers a question under the policy', async ({ page }) => {
    await page.goto(pageKinds.quiz ?? '');
    await expect(page.getByRole('radio').or(page.getByRole('checkbox')).first()).toBeVisible();
  });

  test('a script injected into a page is refused', async ({ page }) => {
    await watchViolations(page);
    await page.goto('');
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect((await violations(page)).some((entry) => entry.startsWith('script-src'))).toBe(true);
  });

  test('pages carry no canonical link to localhost when no public origin is set', async ({ page }) => {
    await page.goto('');
    const canonical = page.locator('link[rel="canonical"]');
    if (await canonical.count()) expect(await canonical.getAttribute('href')).not.toMatch(/localhost|127\.0\.0\.1/);
  });
});
