/**
 * Turns a parsed seed page into the files of a draft unit that passes validation as written:
 * unit.yaml, one overview lesson, terms from "Name: definition" concepts, misconceptions each with
 * a myth-or-fact question, and a scenario skeleton whose marking points are the examiner's points.
 * Sentences an author must still write are marked "To write:" so they are easy to find.
 */
import GithubSlugger from 'github-slugger';
import { stringify } from 'yaml';
import { type SeedDocument, conceptsFrom, misconceptionsFrom, objectivesFrom, qualificationsFrom, withoutTrailingDots } from './seed.ts';

export interface ImportOptions {
  id?: string;
  title?: string;
  qualifications?: string[];
  sourceName: string;
  /** Orders and codes already used by units in the course, so the new unit takes free ones. */
  takenOrders?: number[];
  takenCodes?: string[];
}

export interface ImportedUnit {
  id: string;
  files: { path: string; text: string }[];
  /** What the importer could not place, for the author to handle by hand. */
  report: string[];
}

const slugify = (text: string, max = 48) => {
  const slug = new GithubSlugger().slug(text).replace(/-+/g, '-').replace(/^-|-$/g, '');
  return slug.slice(0, max).replace(/-[^-]*$/, (tail) => (slug.length > max ? '' : tail)) || 'item';
};

const LEVEL_OF: Record<string, number> = { 'othm-l7': 7, 'cim-l4': 4, 'cim-l6': 6, 'cim-l7': 7 };

function uniqueIds(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const base = slugify(name, 40);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });

export function seedToUnit(seed: SeedDocument, rawText: string, options: ImportOptions): ImportedUnit {
  const title = options.title ?? seed.title;
  const id = options.id ?? slugify(title);
  const report = seed.unplaced.map((line) => `not placed: “${line.slice(0, 100)}”`);
  const qualifications = options.qualifications?.length ? options.qualifications : qualificationsFrom(rawText);
  if (qualifications.length === 0) {
    qualifications.push('cim-l6');
    report.push('no qualification named in the page: set to cim-l6, change it in unit.yaml');
  }
  const level = Math.max(...qualifications.map((q) => LEVEL_OF[q] ?? 6));
  const initials = (title.match(/\b[A-Z]/g) ?? ['U']).join('').slice(0, 6).padEnd(2, 'X');
  const takenCodes = new Set(options.takenCodes ?? []);
  let code = initials;
  for (let n = 2; takenCodes.has(code); n += 1) code = `${initials.slice(0, 5)}${n}`;
  const order = Math.max(0, ...(options.takenOrders ?? [])) + 1;

  const objectives = objectivesFrom(seed.sections.objectives);
  const criteria = seed.sections.criteria;
  const outcomes = (objectives.length ? objectives : [`Explain the key ideas of ${title}`]).map((objective, index) => ({
    id: `lo${index + 1}`,
    title: objective,
    ...(index === 0 && criteria.length ? { criteria } : {}),
  }));
  if (!objectives.length) report.push('no learning objectives found: one placeholder outcome written');

  const { concepts, rest } = conceptsFrom([...seed.sections.concepts, ...seed.sections.terminology]);
  for (const item of rest) report.push(`concept without "Name: definition" form, left out of terms: “${item.slice(0, 80)}”`);
  const termIds = uniqueIds(concepts.map((concept) => concept.name));
  const lessonSlug = '01-overview';
  const terms = concepts.map((concept, index) => ({
    id: termIds[index],
    term: concept.name,
    definition: concept.definition.length > 240 ? `${concept.definition.slice(0, 237)}…` : concept.definition,
    example: `To write: an example of ${concept.name}.`,
    aliases: [],
    lesson: `${lessonSlug}#key-concepts`,
  }));
  if (!terms.length) {
    report.push('no "Name: definition" concepts found: one placeholder term written');
    terms.push({ id: 'key-term', term: 'Key term', definition: 'To write: a definition.', example: 'To write: an example.', aliases: [], lesson: `${lessonSlug}#key-concepts` });
  }

  const seedMisconceptions = misconceptionsFrom(seed.sections.misconceptions);
  const misconceptionIds = uniqueIds(seedMisconceptions.map((item) => item.claim));
  const misconceptions = seedMisconceptions.map((item, index) => ({
    id: misconceptionIds[index],
    claim: item.claim,
    correction: item.correction ?? `To write: what is true instead of “${item.claim}”.`,
    why: 'To write: why this belief costs marks or money.',
    lesson: `${lessonSlug}#common-mistakes`,
    questions: [
      {
        id: `${misconceptionIds[index]}-q1`,
        kind: 'truefalse',
        prompt: item.claim,
        answer: false,
        explanation: item.correction ?? 'To write: why this is a myth.',
      },
    ],
  }));
  if (!misconceptions.length) {
    report.push('no misconceptions found: one placeholder written');
    misconceptions.push({
      id: 'to-write',
      claim: 'To write: a misconception.',
      correction: 'To write.',
      why: 'To write.',
      lesson: `${lessonSlug}#common-mistakes`,
      questions: [{ id: 'to-write-q1', kind: 'truefalse', prompt: 'To write: a statement to judge.', answer: false, explanation: 'To write.' }],
    });
  }

  const pointSource = seed.sections.marking.length ? seed.sections.marking : criteria;
  const pointIds = uniqueIds(pointSource.map((point) => point));
  const points = (pointSource.length ? pointSource : ['To write: an examiner marking point']).slice(0, 8).map((statement, index) => ({
    id: pointIds[index] ?? `point-${index + 1}`,
    statement: withoutTrailingDots(statement),
    marks: 4,
  }));
  if (pointSource.length > 8) report.push(`${pointSource.length - 8} marking points beyond eight were left out of the scenario skeleton`);
  const scenarioId = `${id}-case`.slice(0, 60).replace(/-$/, '');
  const scenario = {
    id: scenarioId,
    title: `To write: a case for ${title}`,
    case: 'To write: a realistic organisation, its situation and its figures.',
    task: 'To write: a task with a command word.',
    command: 'evaluate',
    marks: points.reduce((sum, point) => sum + point.marks, 0),
    minutes: 30,
    words: { min: 300, max: 600 },
    outcomes: [outcomes[0]?.id ?? 'lo1'],
    context: [],
    points,
    model: 'To write: a model answer that earns every marking point.',
    commentary: 'To write: what examiners look for.',
    samples: [],
  };

  const lesson = [
    '---',
    yaml({
      title: `${title}: overview`,
      summary: `The ideas, exam tips and common mistakes of ${title}, imported as a draft.`,
      order: 1,
      outcomes: outcomes.map((outcome) => outcome.id),
      minutes: 10,
      check: { terms: terms.map((term) => term.id).slice(0, 6), misconceptions: misconceptions.map((item) => item.id).slice(0, 4), scenarios: [scenarioId] },
    }).trimEnd(),
    '---',
    '',
    '## Synopsis',
    '',
    ...(seed.sections.synopsis.length ? seed.sections.synopsis : seed.sections.overview.slice(0, 1)).map((paragraph) => `To rewrite in your own words: ${escapeMdx(paragraph)}\n`),
    '## Key concepts',
    '',
    ...terms.map((term) => `- <Term id="${term.id}">${escapeMdx(term.term)}</Term>: ${escapeMdx(term.definition)}`),
    '',
    '## Exam tips',
    '',
    `<ExamTip>${escapeMdx([...seed.sections.tips, ...seed.sections.guidance].join(' ') || 'To write: what examiners reward.')}</ExamTip>`,
    '',
    '## Common mistakes',
    '',
    ...misconceptions.map((item) => `- ${escapeMdx(item.claim)}`),
    '',
  ].join('\n');

  const unit = {
    id,
    title,
    code,
    order,
    draft: true,
    qualifications,
    level,
    synopsis: (seed.sections.synopsis[0] ?? seed.sections.overview[0] ?? `To write: what ${title} covers.`).slice(0, 400),
    outcomes,
    sourceNotes: [`Imported from ${options.sourceName}`],
  };
  const root = `content/units/${id}`;
  return {
    id,
    report,
    files: [
      { path: `${root}/unit.yaml`, text: yaml(unit) },
      { path: `${root}/lessons/${lessonSlug}.mdx`, text: lesson },
      { path: `${root}/terms.yaml`, text: yaml({ terms }) },
      { path: `${root}/misconceptions.yaml`, text: yaml({ misconceptions }) },
      { path: `${root}/scenarios/${scenarioId}.yaml`, text: yaml(scenario) },
    ],
  };
}

/** Characters MDX would read as JSX or expressions. */
function escapeMdx(text: string): string {
  return text.replace(/[{}<>]/g, (char) => `&#${char.charCodeAt(0)};`);
}
