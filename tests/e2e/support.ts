/** Shared helpers for the browser tests: the course as authored, the built pages, and axe. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { scenarioModelRuns } from '../../src/lib/marking/copy.ts';
import { loadCourse } from '../../src/lib/content/load.ts';
import type { Course } from '../../src/lib/content/validate.ts';

export const REFERENCE_UNIT = 'social-media-strategy';

let course: Course | undefined;
export function authoredCourse(): Course {
  if (!course) {
    const result = loadCourse(process.cwd());
    if (!result.ok) throw new Error('content is invalid: run npm run validate');
    course = result.value;
  }
  return course;
}

type CourseScenario = Course['units'][number]['scenarios'][number];

/**
 * A learner's strong answer: the scenario's best sample. Not the model answer, which the page
 * shows after marking and which earns nothing when pasted back.
 */
export function strongAnswer(scenario: CourseScenario): string {
  const best = scenario.samples.find((sample) => sample.quality === 'strong') ?? scenario.samples.find((sample) => sample.quality === 'competent');
  if (!best) throw new Error(`${scenario.id} has no strong or competent sample`);
  return best.answer;
}

/** A weak first attempt: the opening two sentences of the strong answer, a start with most points missing. */
export function weakOpening(scenario: CourseScenario): string {
  return strongAnswer(scenario).split(/(?<=[.!?])\s+/).slice(0, 2).join(' ');
}

/** Opens the reference unit's first scenario and returns it with the answer box. */
export async function openReferenceScenario(page: Page): Promise<{ scenario: CourseScenario; box: Locator }> {
  const unit = referenceUnit();
  const scenario = unit.scenarios[0];
  if (!scenario) throw new Error('the reference unit has no scenario');
  await page.goto(`units/${unit.id}/scenarios/${scenario.id}/`);
  return { scenario, box: page.getByRole('textbox', { name: 'Your answer' }) };
}

/** The scenario as its page and the assignment runner mark it: with the model answer's runs of words. */
export function asMarkedInApp(scenario: CourseScenario): CourseScenario & { modelRuns: string } {
  return { ...scenario, modelRuns: scenarioModelRuns(scenario) };
}

export function referenceUnit() {
  const unit = authoredCourse().units.find((candidate) => candidate.id === REFERENCE_UNIT) ?? authoredCourse().units[0];
  if (!unit) throw new Error('no units');
  return unit;
}

/**
 * Waits until every island on the page has hydrated (Astro drops its "ssr" attribute then). A
 * control used before that keeps its server-rendered state, which the island then overwrites.
 */
/**
 * A unit's figures on the progress page, scrolled to as a learner would: they load when they come
 * into view, and on a busy machine the figures above can grow and push them out of view first.
 */
export async function unitProgress(page: Page, unitTitle: string): Promise<Locator> {
  await page.getByRole('heading', { name: 'By unit', level: 2 }).scrollIntoViewIfNeeded();
  return page.getByRole('region', { name: unitTitle });
}

export async function whenHydrated(page: Page, inside: string) {
  await expect(page.locator('astro-island[ssr]').filter({ has: page.locator(inside) })).toHaveCount(0, { timeout: 15_000 });
}

/** Every page of the built site, as paths relative to the base ("" is the home page). */
export function builtPages(dist = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') pages.push(relative(dist, dir).split(sep).join('/'));
    }
  };
  walk(dist);
  return pages.map((page) => (page ? `${page}/` : '')).sort();
}

/** Fails on any WCAG 2.2 A or AA violation, listing each rule and where it fired. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  const summary = results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `accessibility violations on ${page.url()}`).toEqual([]);
}

/**
 * Answers the quiz question on screen, any answer will do: the first option, or a number typed into
 * a numeric question. A round is drawn at random, so either kind can come first; a test that only
 * ticks options waits for an option that never appears when the draw starts with a numeric question.
 * `position` ("Question 2 of 5") makes sure the question is the one meant, not the one before it.
 */
export async function answerAnyQuestion(page: Page | FrameLocator, position: string) {
  await expect(page.getByText(position, { exact: true })).toBeVisible();
  const numeric = page.getByRole('textbox', { name: /^Your answer/ });
  const firstOption = page.locator('.options input').first();
  await expect(numeric.or(firstOption)).toBeVisible();
  if (await numeric.isVisible()) await numeric.fill('42');
  else await firstOption.check();
}
