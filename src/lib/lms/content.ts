/**
 * What an LMS package carries: the assignment (so its results code stays readable on
 * /tutor/results/) and exactly the questions, misconception notes and scenarios it asks, copied
 * out of the catalogue so the package runs with no connection to the site.
 */
import { type Assignment, createAssignment, resolveQuestions, validateAssignment } from '../share/assignment.ts';
import type { Catalogue, CatalogueScenario } from '../share/catalogue.ts';
import { asList, asRecord } from '../share/fields.ts';
import type { MisconceptionInfo, QuizQuestion } from '../quiz/grade.ts';
import { type Result, err, ok } from '../result.ts';

export const PACKAGE_CONTENT_VERSION = 1;

export interface LmsPackageContent {
  v: typeof PACKAGE_CONTENT_VERSION;
  assignment: Assignment;
  questions: QuizQuestion[];
  /** Only the misconceptions these questions can reveal, without links back to the site. */
  misconceptions: Record<string, Pick<MisconceptionInfo, 'claim' | 'correction'>>;
  scenarios: CatalogueScenario[];
}

/**
 * Calculation (numeric) questions have no options, and the package runner and its SCORM/cmi5
 * interaction mapping only know choice questions so far: such questions are kept out of packages,
 * and an assignment that sets one is refused with the reason rather than scored without it.
 */
export const packageable = (question: QuizQuestion): boolean => question.kind !== 'numeric';

/** The package content for an assignment, or why it cannot be packaged. */
export function packageContent(assignment: Assignment, catalogue: Catalogue): Result<LmsPackageContent, string> {
  const byKey = new Map(catalogue.questions.map((question) => [question.key, question]));
  const questions = resolveQuestions(assignment, [...byKey.keys()])
    .map((key) => byKey.get(key))
    .filter((question): question is QuizQuestion => question !== undefined);
  const calculations = questions.filter((question) => !packageable(question));
  if (calculations.length) {
    return err(`this assignment sets ${calculations.length === 1 ? 'a calculation question' : `${calculations.length} calculation questions`}, which LMS packages cannot hold yet: share it as a link, or pick questions without calculations`);
  }
  const scenarioByKey = new Map(catalogue.scenarios.map((scenario) => [scenario.key, scenario]));
  const missing = assignment.scenarios.filter((key) => !scenarioByKey.has(key));
  if (missing.length) return err(`this version of Markpoint does not have the scenario ${missing.join(', ')}`);
  const scenarios = assignment.scenarios.map((key) => scenarioByKey.get(key)).filter((scenario): scenario is CatalogueScenario => scenario !== undefined);
  if (questions.length === 0 && scenarios.length === 0) {
    // Flashcards alone give an LMS nothing to grade.
    return err('an LMS package needs at least one quiz question or scenario to score');
  }
  const misconceptions: LmsPackageContent['misconceptions'] = {};
  for (const question of questions) {
    for (const key of [question.misconception, ...question.options.map((option) => option.misconception)]) {
      const info = key ? catalogue.misconceptions[key] : undefined;
      if (key && info) misconceptions[key] = { claim: info.claim, correction: info.correction };
    }
  }
  return ok({ v: PACKAGE_CONTENT_VERSION, assignment, questions, misconceptions, scenarios });
}

/** Every question of one unit, in the content's order, as an assignment a tutor can package. */
export function unitQuizAssignment(unitId: string, catalogue: Catalogue, options: { tutor: string; passMark: number; seed: number }): Result<Assignment, string> {
  const unit = catalogue.units.find((candidate) => candidate.id === unitId);
  if (!unit) return err(`there is no unit "${unitId}"`);
  // The unit's calculation questions are left out: packages cannot hold them yet (see packageable).
  const keys = catalogue.questions.filter((question) => question.unit === unitId && packageable(question)).map((question) => question.key);
  if (keys.length === 0) return err(`${unit.title} has no quiz questions yet`);
  const made = createAssignment(
    { title: `${unit.title}: quiz`, tutor: options.tutor, units: [unitId], questions: { mode: 'pick', keys: keys.slice(0, 100) }, passMark: options.passMark },
    options.seed,
  );
  return made.ok ? made : err(made.error.reason);
}

/**
 * Reads the content embedded in a package's launch page. Never throws: a package whose page was
 * edited or cut short is refused with a reason the learner can pass on.
 */
export function readPackageContent(text: string | null | undefined): Result<LmsPackageContent, string> {
  if (!text) return err('the package has no course content in its launch page');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return err('the course content in this package is damaged');
  }
  const record = asRecord(parsed);
  if (!record) return err('the course content in this package is damaged');
  if (record['v'] !== PACKAGE_CONTENT_VERSION) return err(`this package was made in format ${String(record['v'])}, which this runner cannot read`);
  const assignment = validateAssignment(record['assignment']);
  if (!assignment.ok) return err(`the assignment in this package is not valid: ${assignment.error.reason}`);
  const questions = asList(record['questions']);
  const scenarios = asList(record['scenarios']);
  const misconceptions = asRecord(record['misconceptions']);
  if (!questions || !scenarios || !misconceptions) return err('the course content in this package is incomplete');
  if (!questions.every(isQuestion)) return err('a question in this package is damaged');
  if (!scenarios.every(isScenario)) return err('a scenario in this package is damaged');
  return ok({
    v: PACKAGE_CONTENT_VERSION,
    assignment: assignment.value,
    questions: questions as QuizQuestion[],
    misconceptions: misconceptions as LmsPackageContent['misconceptions'],
    scenarios: scenarios as CatalogueScenario[],
  });
}

function isQuestion(value: unknown): boolean {
  const question = asRecord(value);
  const options = asList(question?.['options']);
  return (
    question !== null &&
    typeof question['key'] === 'string' &&
    typeof question['prompt'] === 'string' &&
    ['single', 'multiple', 'truefalse'].includes(String(question['kind'])) &&
    options !== null &&
    options.length >= 2 &&
    options.every((option) => {
      const record = asRecord(option);
      return record !== null && typeof record['id'] === 'string' && typeof record['text'] === 'string' && typeof record['correct'] === 'boolean';
    })
  );
}

function isScenario(value: unknown): boolean {
  const scenario = asRecord(value);
  return (
    scenario !== null &&
    typeof scenario['key'] === 'string' &&
    typeof scenario['title'] === 'string' &&
    typeof scenario['marks'] === 'number' &&
    scenario['marks'] > 0 &&
    asList(scenario['points']) !== null
  );
}

/** The JSON to embed in the launch page's script element: "<" escaped so no text ends the element. */
export function embedContent(content: LmsPackageContent): string {
  return JSON.stringify(content).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
