/**
 * What makes the course's Level 7 material read at Level 7, checked as a whole: lessons that cite
 * their sources and list them (and list nothing they do not cite), a critical evaluation in every
 * lesson of a Level 7 unit, and scenario answers written in a candidate's own words and length.
 */
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/lib/content/load.ts';
import { setAsideSentences } from '../../src/lib/marking/marker.ts';
import { countAnswerWords } from '../../src/lib/marking/text.ts';

const loaded = loadCourse(process.cwd());
if (!loaded.ok) throw new Error('content is invalid: run npm run validate');
const units = loaded.value.units.filter((unit) => !unit.draft);
const levelSevenUnits = units.filter((unit) => unit.level >= 7);

interface Reference {
  surname: string;
  year: string;
  text: string;
}

function referenceSection(body: string): { prose: string; references: Reference[] | null } {
  const match = /^## References[ \t]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(body);
  if (!match) return { prose: body, references: null };
  const references = match[1]!
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => ({ surname: line.slice(2).split(',')[0]!.trim(), year: /\((\d{4})\)/.exec(line)?.[1] ?? '', text: line }));
  return { prose: body.replace(match[0], ''), references };
}

/** "(Sharp, 2010)", "(Chaffey and Ellis-Chadwick, 2019)", "Sharp (2010)", "Coombs's (2007)", "Kietzmann et al. (2011)". */
function citations(prose: string): { text: string; year: string }[] {
  const bracketed = [...prose.matchAll(/\(([A-Z][^()]*?),\s*(\d{4})\)/g)].map((m) => ({ text: m[1]!, year: m[2]! }));
  // A law or code dated in brackets ("the Green Claims Code (2021)") names a document, not an author.
  const narrative = [...prose.matchAll(/\b([A-Z][A-Za-z-]+)(?:'s|’s)?(?: et al\.)?\s\((\d{4})\)/g)]
    .filter((m) => !['Act', 'Code', 'Regulations', 'Guidance'].includes(m[1]!))
    .map((m) => ({ text: m[1]!, year: m[2]! }));
  return [...bracketed, ...narrative];
}

const lessons = units.flatMap((unit) => unit.lessons.map((lesson) => ({ unit, lesson, ...referenceSection(lesson.body) })));

describe('citations and reference lists', () => {
  it.each(lessons.map((entry) => [`${entry.unit.id}/${entry.lesson.slug}`, entry] as const))('%s: every citation is listed and every listed work is cited', (_, entry) => {
    const cited = citations(entry.prose);
    if (cited.length === 0 && entry.references === null) return;
    expect(entry.references, 'cites sources but has no "## References" section').not.toBeNull();
    const references = entry.references ?? [];
    const unlisted = cited.filter((citation) => !references.some((reference) => reference.year === citation.year && reference.text.includes(citation.text.split(/[ ,]/)[0]!) || (reference.year === citation.year && citation.text.includes(reference.surname))));
    expect(unlisted.map((citation) => `${citation.text}, ${citation.year}`)).toEqual([]);
    const uncited = references.filter((reference) => !new RegExp(`${reference.surname}[\\s\\S]{0,80}?${reference.year}`).test(entry.prose));
    expect(uncited.map((reference) => reference.text)).toEqual([]);
    for (const reference of references) expect(reference.year, reference.text).toMatch(/^\d{4}$/);
  });

  it('gives every lesson of a Level 7 unit that teaches marketing theory a reference list of at least two works', () => {
    const thin = lessons
      .filter((entry) => entry.unit.level >= 7 && entry.unit.id !== 'assessment-skills')
      .filter((entry) => (entry.references?.length ?? 0) < 2)
      .map((entry) => `${entry.unit.id}/${entry.lesson.slug}`);
    expect(thin).toEqual([]);
  });

  it('ends every lesson of a Level 7 unit with a critical evaluation: limits, failure and a counter-view', () => {
    const missing = levelSevenUnits.flatMap((unit) =>
      unit.lessons.filter((lesson) => !lesson.sections.some((section) => /critical evaluation|limits of/i.test(section.text))).map((lesson) => `${unit.id}/${lesson.slug}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('scenario answers in a candidate’s own voice', () => {
  const scenarios = units.flatMap((unit) => unit.scenarios.map((scenario) => ({ unit, scenario })));
  const statementRuns = (statements: string[], size: number) => {
    const runs = new Set<string>();
    for (const statement of statements) {
      const words = statement.toLowerCase().match(/[a-z0-9£%']+/g) ?? [];
      for (let i = 0; i + size <= words.length; i++) runs.add(words.slice(i, i + size).join(' '));
    }
    return runs;
  };

  it.each(scenarios.map(({ unit, scenario }) => [`${unit.id}/${scenario.id}`, scenario] as const))('%s: model and strong samples echo no marking statement and strong samples fit the word range', (_, scenario) => {
    const runs = statementRuns(scenario.points.map((point) => point.statement), 7);
    const answers = [{ id: 'model', answer: scenario.model }, ...scenario.samples.filter((sample) => sample.quality === 'strong')];
    for (const { id, answer } of answers) {
      expect(setAsideSentences(scenario, answer).filter((sentence) => sentence.reason === 'echo').map((sentence) => `${id}: ${sentence.text}`)).toEqual([]);
      const words = answer.toLowerCase().match(/[a-z0-9£%']+/g) ?? [];
      const copied = words.flatMap((_, i) => (i + 7 <= words.length && runs.has(words.slice(i, i + 7).join(' ')) ? [words.slice(i, i + 7).join(' ')] : []));
      expect(copied, `${id} repeats a marking statement`).toEqual([]);
    }
    for (const sample of scenario.samples.filter((candidate) => candidate.quality === 'strong')) {
      const words = countAnswerWords(sample.answer);
      expect(words, `strong sample has ${words} words`).toBeGreaterThanOrEqual(scenario.words.min);
      expect(words, `strong sample has ${words} words`).toBeLessThanOrEqual(scenario.words.max);
    }
  });
});
