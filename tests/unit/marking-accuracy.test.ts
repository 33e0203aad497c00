/**
 * Guards the marker against regressions on every labelled set: the course's sample answers, the
 * independent answers in tests/fixtures/marking, and the tune half of the new set (scenarios
 * outside the course). Floors sit just under the figures measured on 2026-12-02 (after the marker
 * work on issue #14: development, rejection, prohibition, polarity, partial-reason) with
 * `npm run bench:marking`; most are short of the goals (kappa 0.60 from the wording alone, 0.80
 * with hints), which the benchmark reports. The gaming limits are the goal itself: a fifth.
 * The heldout half is not read here; the benchmark measures it.
 */
import { expect, it } from 'vitest';
import { loadCourse } from '../../src/lib/content/load.ts';
import { evaluateMarker } from '../../src/lib/marking/labelled.ts';
import { labelledCollections } from '../../src/cli/labelled-sets.ts';

const loaded = loadCourse(process.cwd());
if (!loaded.ok) throw new Error('content is invalid');
const { collections, problems } = labelledCollections(process.cwd(), loaded.value);
const byLabel = (part: string) => {
  const found = collections.find((collection) => collection.label.includes(part));
  if (!found) throw new Error(`no labelled set ${part}`);
  return found;
};
const samples = byLabel('course samples');
const independent = byLabel('independent');
const tune = byLabel('tune');

it('has every labelled set, each answer judging every point', () => {
  expect(problems).toEqual([]);
  expect(samples.answers.length).toBeGreaterThanOrEqual(45);
  expect(independent.answers.length).toBeGreaterThanOrEqual(90);
  expect(tune.answers.length).toBeGreaterThanOrEqual(60);
});

it('agrees with the course samples no worse than measured (hints 0.967, wording alone 0.601)', () => {
  expect(evaluateMarker(samples.answers).agreement.kappa).toBeGreaterThanOrEqual(0.96);
  expect(evaluateMarker(samples.answers, { ignoreHints: true }).agreement.kappa).toBeGreaterThanOrEqual(0.59);
});

it('agrees with the independent answers no worse than measured (hints 0.654, wording alone 0.371)', () => {
  const hinted = evaluateMarker(independent.answers);
  expect(hinted.agreement.kappa).toBeGreaterThanOrEqual(0.65);
  expect(hinted.agreement.accuracy).toBeGreaterThanOrEqual(0.77);
  expect(evaluateMarker(independent.answers, { ignoreHints: true }).agreement.kappa).toBeGreaterThanOrEqual(0.36);
});

it('agrees with the tune half of the new set no worse than measured (wording alone 0.386, blind hints 0.600)', () => {
  expect(evaluateMarker(tune.answers, { ignoreHints: true }).agreement.kappa).toBeGreaterThanOrEqual(0.38);
  expect(evaluateMarker(tune.answers).agreement.kappa).toBeGreaterThanOrEqual(0.595);
});

it('agrees with the inspected half of the second fresh set no worse than measured (wording alone 0.270, blind hints 0.571)', () => {
  const inspected = byLabel('second fresh set: inspected');
  expect(inspected.answers.length).toBe(26);
  expect(evaluateMarker(inspected.answers, { ignoreHints: true }).agreement.kappa).toBeGreaterThanOrEqual(0.265);
  expect(evaluateMarker(inspected.answers).agreement.kappa).toBeGreaterThanOrEqual(0.565);
});

it('keeps every stuffed, pasted and copied-case answer on the tuned-on new scenarios at or below a fifth, wording alone or with hints', () => {
  for (const collection of [tune, byLabel('second fresh set: inspected')]) {
    for (const ignoreHints of [true, false]) {
      const report = evaluateMarker(collection.answers, { ignoreHints });
      expect(report.worstStuffed?.share ?? 0, `${collection.label}, ${ignoreHints ? 'wording alone' : 'hints'}: ${report.worstStuffed?.id}`).toBeLessThanOrEqual(0.2);
    }
  }
});

it('keeps stuffed, pasted and copied answers on course scenarios at or below a fifth of the marks, mean and worst, wording alone or with hints', () => {
  for (const collection of [samples, independent]) {
    for (const ignoreHints of [true, false]) {
      const report = evaluateMarker(collection.answers, { ignoreHints });
      const where = `${collection.label}, ${ignoreHints ? 'wording alone' : 'hints'}`;
      expect(report.stuffedShare, where).toBeLessThanOrEqual(0.2);
      expect(report.worstStuffed?.share ?? 0, `${where}: ${report.worstStuffed?.id}`).toBeLessThanOrEqual(0.2);
    }
  }
});

it('keeps gaming answers on the new scenarios at or below a fifth on average, and feedback-echo answers in the worst case too (worst gaming answer reported, not yet met)', () => {
  for (const collection of [tune, byLabel('second fresh set: inspected')]) {
    for (const ignoreHints of [true, false]) {
      const report = evaluateMarker(collection.answers, { ignoreHints });
      const where = `${collection.label}, ${ignoreHints ? 'wording alone' : 'hints'}`;
      expect(report.stuffedShare, where).toBeLessThanOrEqual(0.2);
      expect(report.echoShare, where).toBeLessThanOrEqual(0.2);
      expect(report.worstEcho?.share ?? 0, `${where}: ${report.worstEcho?.id}`).toBeLessThanOrEqual(0.2);
    }
  }
});

/**
 * Answers by other hands to the course's own scenarios, marked with the course's hints: what a
 * learner meets. Measured 2026-12-03 (inspected half): hints 0.543, wording alone 0.374; stuffed,
 * pasted and copied answers mean 2.2% with hints, worst 16.0%; labelled feedback-echo mean 4.8%,
 * worst 20.0%. The gaming limits are held as limits.
 */
it('agrees with other hands’ answers to course scenarios (inspected half) no worse than measured, and keeps every gaming answer at or below a fifth', () => {
  const inspected = byLabel('course scenarios, other hands: inspected');
  expect(inspected.answers.length).toBe(104);
  const hinted = evaluateMarker(inspected.answers);
  expect(hinted.agreement.kappa).toBeGreaterThanOrEqual(0.53);
  expect(evaluateMarker(inspected.answers, { ignoreHints: true }).agreement.kappa).toBeGreaterThanOrEqual(0.365);
  expect(hinted.stuffedShare).toBeLessThanOrEqual(0.2);
  expect(hinted.echoShare).toBeLessThanOrEqual(0.2);
  expect(hinted.worstEcho?.share ?? 0, hinted.worstEcho?.id).toBeLessThanOrEqual(0.2);
  expect(hinted.worstStuffed?.share ?? 0, hinted.worstStuffed?.id).toBeLessThanOrEqual(0.2);
});

/**
 * Gaming answers by other hands to every course scenario (two stuffed, two feedback-echo, one pasted,
 * one copied-case, and a competent and an other-words answer each), measured 2026-12-03: hints
 * 0.586, wording alone 0.392; stuffed, pasted and copied mean 4.5%, feedback-echo mean 1.4%. The worst
 * answers (a pasted one at 80%, an echo one at 21.4%) are over the fifth: reported, not met.
 */
it('agrees with the course gaming set no worse than measured, and keeps its gaming means at or below a fifth', () => {
  const gaming = byLabel('course scenarios, other hands: gaming set');
  expect(gaming.answers.length).toBe(128);
  const hinted = evaluateMarker(gaming.answers);
  expect(hinted.agreement.kappa).toBeGreaterThanOrEqual(0.58);
  expect(evaluateMarker(gaming.answers, { ignoreHints: true }).agreement.kappa).toBeGreaterThanOrEqual(0.385);
  expect(hinted.stuffedShare).toBeLessThanOrEqual(0.2);
  expect(hinted.echoShare).toBeLessThanOrEqual(0.2);
});
