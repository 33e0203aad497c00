/**
 * The course as authored, checked as a whole: the minimums, the shape of every item, that model
 * answers earn full marks and samples their stated marks, and that nothing is copied from the seeds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/lib/content/load.ts';
import { copiedRuns, indexSources, looksEnglish, nearCopies } from '../../src/lib/content/originality.ts';
import { countWords } from '../../src/lib/content/parse.ts';
import { formatTestWiseness, learnerTexts, measureTestWiseness, sourceMention, sourceMentions, testWisenessProblems } from '../../src/lib/content/quality.ts';
import { buildSearchEntries } from '../../src/lib/search/entries.ts';
import { labelledFromCourse, toleranceFor } from '../../src/lib/marking/labelled.ts';
import { markAnswer } from '../../src/lib/marking/marker.ts';

const loaded = loadCourse(process.cwd());
if (!loaded.ok) throw new Error(`content is invalid:\n${loaded.error.map((issue) => `${issue.file}: ${issue.field}: ${issue.message}`).join('\n')}`);
const units = loaded.value.units.filter((unit) => !unit.draft);
const lessons = units.flatMap((unit) => unit.lessons.map((lesson) => ({ unit, lesson })));
const scenarios = units.flatMap((unit) => unit.scenarios.map((scenario) => ({ unit, scenario })));
const questions = units.flatMap((unit) => unit.misconceptions.flatMap((item) => item.questions));

describe('the course meets its minimums', () => {
  it('has 4 units, 20 lessons, 80 terms, 40 misconceptions with 80 questions, and 12 scenarios', () => {
    const counts = {
      units: units.length,
      lessons: lessons.length,
      terms: units.reduce((n, unit) => n + unit.terms.length, 0),
      misconceptions: units.reduce((n, unit) => n + unit.misconceptions.length, 0),
      questions: questions.length,
      scenarios: scenarios.length,
    };
    console.log(`course counts: ${JSON.stringify(counts)}`);
    expect(counts.units).toBeGreaterThanOrEqual(4);
    expect(counts.lessons).toBeGreaterThanOrEqual(20);
    expect(counts.terms).toBeGreaterThanOrEqual(80);
    expect(counts.misconceptions).toBeGreaterThanOrEqual(40);
    expect(counts.questions).toBeGreaterThanOrEqual(80);
    expect(counts.scenarios).toBeGreaterThanOrEqual(12);
    for (const kind of ['single', 'multiple', 'truefalse']) expect(questions.some((question) => question.kind === kind)).toBe(true);
  });

  it('gives every unit its qualifications, level, outcomes and source notes', () => {
    for (const unit of units) {
      expect(unit.qualifications.length, unit.id).toBeGreaterThan(0);
      expect(unit.outcomes.length, unit.id).toBeGreaterThan(0);
      expect(unit.sourceNotes.length, unit.id).toBeGreaterThan(0);
    }
  });
});

/**
 * A lesson is one sitting on a phone. Level 7 lessons may run to 1,300 words (about six and a half
 * minutes): their critical evaluation and cited counter-views are what the level asks for, and the
 * reference list is not counted.
 */
const maxWords = (level: number) => (level >= 7 ? 1300 : 1200);

describe('every lesson', () => {
  it.each(lessons.map(({ unit, lesson }) => [`${unit.id}/${lesson.slug}`, lesson, unit.level] as const))('%s: 500 words up to its level\'s limit, an exam tip and a check-yourself block', (_, lesson, level) => {
    expect(lesson.words).toBeGreaterThanOrEqual(500);
    expect(lesson.words).toBeLessThanOrEqual(maxWords(level));
    expect(lesson.body).toMatch(/<ExamTip>/);
    expect(lesson.check.terms.length + lesson.check.misconceptions.length + lesson.check.scenarios.length).toBeGreaterThan(0);
  });
});

describe('every key term', () => {
  it('has a definition under 40 words and an example', () => {
    const long = units.flatMap((unit) => unit.terms.filter((term) => countWords(term.definition) >= 40).map((term) => `${unit.id}/${term.id}`));
    expect(long).toEqual([]);
    const withoutExample = units.flatMap((unit) => unit.terms.filter((term) => !term.example).map((term) => `${unit.id}/${term.id}`));
    expect(withoutExample).toEqual([]);
  });
});

describe('every scenario', () => {
  it.each(scenarios.map(({ unit, scenario }) => [`${unit.id}/${scenario.id}`, scenario] as const))('%s: shape, and a model answer that earns full marks', (_, scenario) => {
    expect(scenario.marks).toBeGreaterThanOrEqual(10);
    expect(scenario.marks).toBeLessThanOrEqual(25);
    expect(scenario.points.length).toBeGreaterThanOrEqual(4);
    expect(scenario.points.length).toBeLessThanOrEqual(8);
    expect(scenario.samples.length).toBeGreaterThanOrEqual(3);
    const result = markAnswer(scenario, scenario.model);
    expect(result.points.filter((point) => point.status !== 'earned').map((point) => `${point.id}: ${point.reason}`)).toEqual([]);
    expect(result.total).toBe(scenario.marks);
  });

  it('sample answers earn their stated marks within tolerance', () => {
    const misses = labelledFromCourse(loaded.value)
      .filter((sample) => sample.expectedTotal !== undefined)
      .map((sample) => ({ sample, got: markAnswer(sample.scenario, sample.answer).total }))
      .filter(({ sample, got }) => Math.abs(got - (sample.expectedTotal ?? 0)) > toleranceFor(sample.scenario))
      .map(({ sample, got }) => `${sample.scenarioKey} ${sample.id}: expected ${sample.expectedTotal}, marker ${got}`);
    expect(misses).toEqual([]);
  });
});

describe('originality', () => {
  // Copies of the course's source documents, kept in the repository so the test never skips.
  const seedDir = join(process.cwd(), 'tests/fixtures/seeds');
  const seeds = readdirSync(seedDir).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(seedDir, name), 'utf8'));
  it('has the five source documents to compare against', () => expect(seeds).toHaveLength(5));
  it('copies no run of 12 or more words from a seed', () => {
    const copied = units.flatMap((unit) => {
      const texts = [
        ...unit.lessons.map((lesson) => lesson.body),
        ...unit.terms.map((term) => `${term.definition} ${term.example ?? ''}`),
        ...unit.misconceptions.map((item) => `${item.claim} ${item.correction} ${item.why}`),
        ...unit.scenarios.map((scenario) => `${scenario.case} ${scenario.task} ${scenario.model} ${scenario.commentary}`),
        unit.synopsis,
      ];
      return texts.flatMap((text) => copiedRuns(text, seeds)).map((run) => `${unit.id}: “${run}”`);
    });
    expect(copied).toEqual([]);
  });

  // A close paraphrase keeps a source's content words in order while changing the small words and
  // endings. The Indonesian document cannot be compared this way: English stems mean nothing there.
  const seedNames = readdirSync(seedDir).filter((name) => name.endsWith('.txt')).sort();
  const englishSeeds = seedNames.filter((name) => looksEnglish(readFileSync(join(seedDir, name), 'utf8')));
  it('compares near-copies against the English documents, 000, 001, 002 and 004', () => {
    expect(englishSeeds.map((name) => name.slice(0, 3))).toEqual(['000', '001', '002', '004']);
  });
  it('has no run of 8 content words, after stemming and stop-word removal, in a seed’s order', () => {
    const index = indexSources(englishSeeds.map((name) => readFileSync(join(seedDir, name), 'utf8')));
    const near = learnerTexts(loaded.value).flatMap(({ where, text }) =>
      nearCopies(text, index).map((found) => `${where}: “${found.passage}” (close to ${englishSeeds[found.source]?.slice(0, 3)})`),
    );
    expect(near).toEqual([]);
  });
});

describe('what learners read says nothing of how the course was made', () => {
  it('no lesson, term, question or scenario names a source document', () => {
    expect(sourceMentions(learnerTexts(loaded.value))).toEqual([]);
  });

  it('nor does the search index', () => {
    const leaks = buildSearchEntries(loaded.value)
      .filter((entry) => sourceMention(`${entry.title} ${entry.text}`))
      .map((entry) => `${entry.href}: ${entry.title}`);
    expect(leaks).toEqual([]);
  });
});

describe('quiz items test knowledge, not test-wiseness', () => {
  it('keeps the longest option, absolute words and the count of correct options from giving answers away', () => {
    const figures = measureTestWiseness(loaded.value);
    console.log(formatTestWiseness(figures).join('\n'));
    expect(testWisenessProblems(figures)).toEqual([]);
  });
});
