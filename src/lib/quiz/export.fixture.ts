/**
 * Questions for the export tests: every kind, and texts full of the characters GIFT and XML give
 * a meaning to, so a round trip proves the escaping rather than assuming it.
 */
import { formatIssue } from '../content/issues.ts';
import { loadCourse, readContentFiles } from '../content/load.ts';
import type { Misconception } from '../content/schemas.ts';
import { type CourseUnit, validateCourse } from '../content/validate.ts';
import type { MisconceptionClaims } from './export-shared.ts';
import { type QuizQuestion, qualify, toQuizQuestion } from './grade.ts';

export const UNIT = 'unit-x';
export const UNIT_TITLE = 'Content/Community: {Strategy} = #1 ~ plan';

const vanity: Misconception = {
  id: 'vanity-metrics',
  claim: 'Likes prove success',
  correction: 'Tie metrics to goals',
  why: 'Budgets follow the wrong numbers',
  lesson: '03-analytics#choosing-metrics',
  questions: [
    {
      id: 'q-single',
      kind: 'single',
      prompt: 'Ratio: ROI = (return − cost) / cost. Which {metric} shows #results ~ best?',
      options: [
        { id: 'a', text: 'CPA: cost per acquisition = spend / customers', correct: true, feedback: 'Yes: it ties {spend} to #customers.' },
        { id: 'b', text: 'Likes ~ reach', correct: false, feedback: 'Likes = attention,\nnot results.' },
        { id: 'c', text: 'Posts per week', correct: false, feedback: 'Activity is not a result.', misconception: 'more-posts' },
      ],
    },
    {
      id: 'q-multi',
      kind: 'multiple',
      prompt: 'Which two <b>measure</b> business results & revenue? ]]> a path C:\\temp\\new',
      options: [
        { id: 'a', text: 'Cost per acquisition', correct: true, feedback: 'Right: money in, money out.' },
        { id: 'b', text: 'Revenue from social "last-click"', correct: true, feedback: "Right, it's revenue." },
        { id: 'c', text: 'Follower count', correct: false, feedback: 'A vanity metric.' },
        { id: 'd', text: 'Impressions', correct: false, feedback: 'Seen is not bought.' },
        { id: 'e', text: 'Posting volume', correct: false, feedback: 'Activity, not result.', misconception: 'missing-from-map' },
      ],
    },
    {
      id: 'q-multi-thirds',
      kind: 'multiple',
      prompt: 'Which are outcomes?',
      options: [
        { id: 'a', text: 'Sales', correct: true, feedback: 'Outcome.' },
        { id: 'b', text: 'Leads', correct: true, feedback: 'Outcome.' },
        { id: 'c', text: 'Sign-ups', correct: true, feedback: 'Outcome.' },
        { id: 'd', text: 'Likes', correct: false, feedback: 'Output, not outcome.' },
      ],
    },
    { id: 'q-myth', kind: 'truefalse', prompt: 'Likes show ROI: true?', answer: false, explanation: 'They do not: {no} revenue = no ROI.' },
    { id: 'q-fact', kind: 'truefalse', prompt: 'CPA links spend to customers.', answer: true, explanation: 'It does #1.' },
    {
      id: 'q-cpa',
      kind: 'numeric',
      prompt: 'Spend {£1,200} bought 48 customers: what is the CPA in £? #cost',
      answer: 25,
      tolerance: 0.5,
      unit: '£',
      solution: 'CPA = spend / customers = £1,200 / 48 = £25.\nA ~ tilde & <b>tags</b> stay text.',
    },
    { id: 'q-tiny', kind: 'numeric', prompt: 'A tiny rate, in %?', answer: 0.0000005, tolerance: 0.0000001, unit: '%', solution: 'Small.' },
  ],
};

const morePosts: Misconception = {
  id: 'more-posts',
  claim: 'Posting more always grows reach!',
  correction: 'Quality and timing matter more than volume',
  why: 'Teams burn out',
  lesson: '02-content',
  questions: [{ id: 'q-volume', kind: 'truefalse', prompt: 'Daily posting doubles reach.', answer: false, explanation: 'No.' }],
};

export const fixtureQuestions: QuizQuestion[] = [vanity, morePosts].flatMap((misconception) =>
  misconception.questions.map((question) => toQuizQuestion(UNIT, misconception, question)),
);

export const fixtureMisconceptions: MisconceptionClaims = Object.fromEntries(
  [vanity, morePosts].map((item) => [qualify(UNIT, item.id), { claim: item.claim, correction: item.correction }]),
);

export interface UnitQuestions {
  title: string;
  questions: QuizQuestion[];
  misconceptions: MisconceptionClaims;
}

/**
 * The real course's questions, unit by unit. Colleagues may be part-way through writing a unit;
 * a half-written unit is theirs to report, not the export's, so when the course as a whole does
 * not validate, each unit is validated on its own and those that fail are named in `skipped`.
 */
export function courseQuestions(projectRoot: string): { units: UnitQuestions[]; skipped: string[] } {
  const whole = loadCourse(projectRoot);
  const files = readContentFiles(projectRoot);
  const folders = whole.ok
    ? []
    : [...new Set(files.map((file) => /^content\/units\/([^/]+)\//.exec(file.path)?.[1]).filter((folder) => folder !== undefined))];
  const units: CourseUnit[] = whole.ok ? whole.value.units : [];
  const skipped: string[] = [];
  for (const folder of folders) {
    const alone = validateCourse(files.filter((file) => file.path.startsWith(`content/units/${folder}/`)));
    if (alone.ok) {
      units.push(...alone.value.units);
    } else {
      const [first] = alone.error;
      skipped.push(`${folder}: ${alone.error.length} content issue${alone.error.length === 1 ? '' : 's'}${first ? `, e.g. ${formatIssue(first)}` : ''}`);
    }
  }
  return {
    units: units.map((unit) => ({
      title: unit.title,
      questions: unit.misconceptions.flatMap((item) => item.questions.map((question) => toQuizQuestion(unit.id, item, question))),
      misconceptions: Object.fromEntries(unit.misconceptions.map((item) => [qualify(unit.id, item.id), item])),
    })),
    skipped,
  };
}
