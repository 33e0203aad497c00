/**
 * Checks a whole course: every file against its schema, then everything that crosses files
 * (duplicate ids, lessons, outcomes, terms and misconceptions that must exist). Pure: it takes
 * file texts and returns the course or the list of problems, so the build, the CLIs and the tests
 * all share it.
 */
import type { z } from 'astro/zod';
import { ID_SOURCE, splitLessonRef } from '../keys.ts';
import { type Result, err, ok } from '../result.ts';
import { type ContentIssue, issuesFromZod } from './issues.ts';
import { type LessonHeading, lessonHeadings, lessonWords, parseYaml, splitFrontmatter, termReferences } from './parse.ts';
import {
  type LessonFrontmatter,
  type Misconception,
  type Scenario,
  type Term,
  type Unit,
  lessonFrontmatterSchema,
  misconceptionsFileSchema,
  scenarioSchema,
  termsFileSchema,
  unitSchema,
} from './schemas.ts';

export interface SourceFile {
  /** Relative to the project root, with forward slashes: content/units/<unit>/... */
  path: string;
  text: string;
}

export interface Lesson extends LessonFrontmatter {
  slug: string;
  unit: string;
  body: string;
  words: number;
  sections: LessonHeading[];
}

export interface CourseUnit extends Unit {
  lessons: Lesson[];
  terms: Term[];
  misconceptions: Misconception[];
  scenarios: Scenario[];
}

export interface Course {
  units: CourseUnit[];
}

/** The whole course, or every problem found in it (never an empty list). */
export type ValidationResult = Result<Course, ContentIssue[]>;

/** Every problem a validation found: none for a sound course. */
export function issuesIn(result: ValidationResult): readonly ContentIssue[] {
  return result.ok ? [] : result.error;
}

const UNIT_FILE = /^content\/units\/([^/]+)\/(.+)$/;
const LESSON_FILE = new RegExp(`^lessons/(\\d{2}-${ID_SOURCE})\\.mdx$`);
const SCENARIO_FILE = new RegExp(`^scenarios/(${ID_SOURCE})\\.yaml$`);

export function validateCourse(files: readonly SourceFile[]): ValidationResult {
  const issues: ContentIssue[] = [];
  const byUnit = new Map<string, SourceFile[]>();
  for (const file of files) {
    const match = UNIT_FILE.exec(file.path);
    if (!match) continue;
    const unitFolder = match[1] ?? '';
    byUnit.set(unitFolder, [...(byUnit.get(unitFolder) ?? []), file]);
  }

  const units: CourseUnit[] = [];
  for (const [folder, unitFiles] of [...byUnit.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const unit = validateUnit(folder, unitFiles, issues);
    if (unit) units.push(unit);
  }
  if (units.length === 0 && issues.length === 0) {
    issues.push({ file: 'content/units', field: '', message: 'holds no units: add content/units/<unit>/unit.yaml' });
  }
  checkUnique(
    units.map((unit) => ({ id: String(unit.order), file: `content/units/${unit.id}/unit.yaml`, field: 'order' })),
    'unit order',
    issues,
  );
  checkUnique(
    units.map((unit) => ({ id: unit.code, file: `content/units/${unit.id}/unit.yaml`, field: 'code' })),
    'unit code',
    issues,
  );

  if (issues.length > 0) return err(issues);
  units.sort((a, b) => a.order - b.order);
  return ok({ units });
}

function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  issues: ContentIssue[],
): z.infer<S> | null {
  if (value === UNPARSED) return null;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // A loop, not push(...spread): a file with 100,000 bad entries overflows the call stack.
  for (const issue of issuesFromZod(file, result.error)) issues.push(issue);
  return null;
}

const UNPARSED = Symbol('unparsed');

/** The parsed YAML, or UNPARSED after reporting why it could not be read. */
function readYaml(file: SourceFile, issues: ContentIssue[]): unknown {
  const parsed = parseYaml(file.text);
  if (!parsed.ok) {
    issues.push({ file: file.path, field: '', message: parsed.error });
    return UNPARSED;
  }
  return parsed.value;
}

function validateUnit(folder: string, files: SourceFile[], issues: ContentIssue[]): CourseUnit | null {
  const root = `content/units/${folder}`;
  const local = (file: SourceFile) => file.path.slice(root.length + 1);
  const startingIssues = issues.length;

  const unitFile = files.find((file) => local(file) === 'unit.yaml');
  if (!unitFile) {
    issues.push({ file: `${root}/unit.yaml`, field: '', message: 'is missing: every unit folder needs a unit.yaml' });
    return null;
  }
  const unit = parseWith(unitSchema, readYaml(unitFile, issues), unitFile.path, issues);
  if (unit && unit.id !== folder) {
    issues.push({ file: unitFile.path, field: 'id', message: `is "${unit.id}" but the folder is "${folder}": they must match` });
  }

  const lessons: Lesson[] = [];
  const scenarios: Scenario[] = [];
  let terms: Term[] = [];
  let misconceptions: Misconception[] = [];
  const termsPath = `${root}/terms.yaml`;
  const misconceptionsPath = `${root}/misconceptions.yaml`;

  for (const file of files) {
    const name = local(file);
    if (name === 'unit.yaml') continue;
    if (name === 'terms.yaml') {
      terms = parseWith(termsFileSchema, readYaml(file, issues), file.path, issues)?.terms ?? [];
      continue;
    }
    if (name === 'misconceptions.yaml') {
      misconceptions =
        parseWith(misconceptionsFileSchema, readYaml(file, issues), file.path, issues)?.misconceptions ?? [];
      continue;
    }
    const lessonMatch = LESSON_FILE.exec(name);
    if (lessonMatch) {
      const lesson = readLesson(file, folder, lessonMatch[1] ?? '', issues);
      if (lesson) lessons.push(lesson);
      continue;
    }
    const scenarioMatch = SCENARIO_FILE.exec(name);
    if (scenarioMatch) {
      const scenario = parseWith(scenarioSchema, readYaml(file, issues), file.path, issues);
      if (scenario && scenario.id !== scenarioMatch[1]) {
        issues.push({
          file: file.path,
          field: 'id',
          message: `is "${scenario.id}" but the file is "${scenarioMatch[1]}.yaml": they must match`,
        });
      }
      if (scenario) scenarios.push(scenario);
      continue;
    }
    if (name.startsWith('lessons/') || name.startsWith('scenarios/')) {
      issues.push({
        file: file.path,
        field: '',
        message: name.startsWith('lessons/')
          ? 'is not a lesson file name: use lessons/NN-slug.mdx, e.g. lessons/01-strategy-first.mdx'
          : 'is not a scenario file name: use scenarios/slug.yaml with a lower-case hyphenated slug',
      });
    }
  }
  if (!files.some((file) => local(file) === 'terms.yaml')) {
    issues.push({ file: termsPath, field: '', message: 'is missing: every unit needs its key terms' });
  }
  if (!files.some((file) => local(file) === 'misconceptions.yaml')) {
    issues.push({ file: misconceptionsPath, field: '', message: 'is missing: every unit needs its misconceptions' });
  }
  if (lessons.length === 0) {
    issues.push({ file: `${root}/lessons`, field: '', message: 'holds no lessons: add lessons/01-slug.mdx' });
  }
  if (!unit || issues.length > startingIssues) return null;

  lessons.sort((a, b) => a.order - b.order);
  scenarios.sort((a, b) => a.title.localeCompare(b.title));
  checkCrossReferences({ root, unit, lessons, terms, misconceptions, scenarios }, issues);
  if (issues.length > startingIssues) return null;
  return { ...unit, lessons, terms, misconceptions, scenarios };
}

function readLesson(file: SourceFile, unit: string, slug: string, issues: ContentIssue[]): Lesson | null {
  const split = splitFrontmatter(file.text);
  if (!split) {
    issues.push({ file: file.path, field: '', message: 'has no frontmatter: start the file with a --- block (title, summary, order, outcomes, minutes, check)' });
    return null;
  }
  const parsed = parseYaml(split.frontmatter);
  if (!parsed.ok) {
    issues.push({ file: file.path, field: 'frontmatter', message: parsed.error });
    return null;
  }
  const frontmatter = parseWith(lessonFrontmatterSchema, parsed.value, file.path, issues);
  if (!frontmatter) return null;
  const sections = lessonHeadings(split.body);
  const topLevel = sections.find((heading) => heading.depth === 1);
  if (topLevel) {
    issues.push({
      file: file.path,
      field: `line ${topLevel.line + split.bodyStartLine}`,
      message: `uses a level-1 heading "# ${topLevel.text}": the title is the page's only h1, so start sections at ##`,
    });
    return null;
  }
  return { ...frontmatter, slug, unit, body: split.body, words: lessonWords(split.body), sections };
}

interface UnitParts {
  root: string;
  unit: Unit;
  lessons: Lesson[];
  terms: Term[];
  misconceptions: Misconception[];
  scenarios: Scenario[];
}

function checkCrossReferences(parts: UnitParts, issues: ContentIssue[]): void {
  const { root, unit, lessons, terms, misconceptions, scenarios } = parts;
  const termsPath = `${root}/terms.yaml`;
  const misconceptionsPath = `${root}/misconceptions.yaml`;
  const lessonPath = (lesson: Lesson) => `${root}/lessons/${lesson.slug}.mdx`;
  const scenarioPath = (scenario: Scenario) => `${root}/scenarios/${scenario.id}.yaml`;

  checkUnique(unit.outcomes.map((outcome, i) => ({ id: outcome.id, file: `${root}/unit.yaml`, field: `outcomes[${i}].id` })), 'learning outcome id', issues);
  checkUnique(terms.map((term, i) => ({ id: term.id, file: termsPath, field: `terms[${i}].id` })), 'term id', issues);
  checkUnique(
    misconceptions.map((item, i) => ({ id: item.id, file: misconceptionsPath, field: `misconceptions[${i}].id` })),
    'misconception id',
    issues,
  );
  checkUnique(
    misconceptions.flatMap((item, i) =>
      item.questions.map((question, q) => ({ id: question.id, file: misconceptionsPath, field: `misconceptions[${i}].questions[${q}].id` })),
    ),
    'question id',
    issues,
  );
  checkUnique(scenarios.map((scenario) => ({ id: scenario.id, file: scenarioPath(scenario), field: 'id' })), 'scenario id', issues);
  checkUnique(lessons.map((lesson) => ({ id: String(lesson.order), file: lessonPath(lesson), field: 'order' })), 'lesson order', issues);

  misconceptions.forEach((item, i) =>
    item.questions.forEach((question, q) => {
      if (question.kind === 'truefalse' || question.kind === 'numeric') return;
      checkUnique(
        question.options.map((option, o) => ({
          id: option.id,
          file: misconceptionsPath,
          field: `misconceptions[${i}].questions[${q}].options[${o}].id`,
        })),
        'option id',
        issues,
      );
    }),
  );
  scenarios.forEach((scenario) =>
    checkUnique(
      scenario.points.map((point, p) => ({ id: point.id, file: scenarioPath(scenario), field: `points[${p}].id` })),
      'marking point id',
      issues,
    ),
  );

  const outcomeIds = new Set(unit.outcomes.map((outcome) => outcome.id));
  const termIds = new Set(terms.map((term) => term.id));
  const misconceptionIds = new Set(misconceptions.map((item) => item.id));
  const scenarioIds = new Set(scenarios.map((scenario) => scenario.id));
  const lessonsBySlug = new Map(lessons.map((lesson) => [lesson.slug, lesson]));
  const unknown = (kind: string, id: string, known: Set<string>) =>
    `names ${kind} "${id}", which does not exist${known.size ? ` (known: ${[...known].slice(0, 6).join(', ')}${known.size > 6 ? ', …' : ''})` : ''}`;

  const checkLessonRef = (ref: string, file: string, field: string) => {
    const { lesson: slug, section } = splitLessonRef(ref);
    const lesson = lessonsBySlug.get(slug);
    if (!lesson) {
      issues.push({ file, field, message: unknown('lesson', slug, new Set(lessonsBySlug.keys())) });
    } else if (section && !lesson.sections.some((heading) => heading.slug === section)) {
      issues.push({
        file,
        field,
        message: `points at section "#${section}" of ${slug}, which has no such heading (sections: ${lesson.sections.map((heading) => heading.slug).join(', ')})`,
      });
    }
  };

  for (const lesson of lessons) {
    const file = lessonPath(lesson);
    lesson.outcomes.forEach((id, i) => {
      if (!outcomeIds.has(id)) issues.push({ file, field: `outcomes[${i}]`, message: unknown('learning outcome', id, outcomeIds) });
    });
    lesson.check.terms.forEach((id, i) => {
      if (!termIds.has(id)) issues.push({ file, field: `check.terms[${i}]`, message: unknown('term', id, termIds) });
    });
    lesson.check.misconceptions.forEach((id, i) => {
      if (!misconceptionIds.has(id)) {
        issues.push({ file, field: `check.misconceptions[${i}]`, message: unknown('misconception', id, misconceptionIds) });
      }
    });
    lesson.check.scenarios.forEach((id, i) => {
      if (!scenarioIds.has(id)) issues.push({ file, field: `check.scenarios[${i}]`, message: unknown('scenario', id, scenarioIds) });
    });
    for (const reference of termReferences(lesson.body)) {
      if (!termIds.has(reference.id)) {
        issues.push({ file, field: `<Term id="${reference.id}">`, message: unknown('term', reference.id, termIds) });
      }
    }
  }
  terms.forEach((term, i) => checkLessonRef(term.lesson, termsPath, `terms[${i}].lesson`));
  misconceptions.forEach((item, i) => {
    checkLessonRef(item.lesson, misconceptionsPath, `misconceptions[${i}].lesson`);
    item.questions.forEach((question, q) => {
      if (question.kind === 'truefalse' || question.kind === 'numeric') return;
      question.options.forEach((option, o) => {
        if (option.misconception && !misconceptionIds.has(option.misconception)) {
          issues.push({
            file: misconceptionsPath,
            field: `misconceptions[${i}].questions[${q}].options[${o}].misconception`,
            message: unknown('misconception', option.misconception, misconceptionIds),
          });
        }
      });
    });
  });
  for (const scenario of scenarios) {
    scenario.outcomes.forEach((id, i) => {
      if (!outcomeIds.has(id)) {
        issues.push({ file: scenarioPath(scenario), field: `outcomes[${i}]`, message: unknown('learning outcome', id, outcomeIds) });
      }
    });
  }
}

interface IdOccurrence {
  id: string;
  file: string;
  field: string;
}

function checkUnique(occurrences: IdOccurrence[], kind: string, issues: ContentIssue[]): void {
  const first = new Map<string, IdOccurrence>();
  for (const occurrence of occurrences) {
    const earlier = first.get(occurrence.id);
    if (earlier) {
      const where = earlier.file === occurrence.file ? earlier.field : `${earlier.file} ${earlier.field}`;
      issues.push({ file: occurrence.file, field: occurrence.field, message: `duplicates ${kind} "${occurrence.id}" (first used at ${where})` });
    } else {
      first.set(occurrence.id, occurrence);
    }
  }
}
