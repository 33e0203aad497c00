/** A small course and attempts the LMS tests build on (imported by tests only, never by the site). */
import type { Catalogue, CatalogueScenario } from '../share/catalogue.ts';
import type { QuizQuestion } from '../quiz/grade.ts';
import { pickAssignment } from '../share/test-fixtures.ts';
import { type LmsPackageContent, packageContent } from './content.ts';
import type { Attempt } from './score.ts';

export const UNIT = 'social-media-strategy';

const option = (id: string, text: string, correct: boolean) => ({ id, text, correct, feedback: '', ...(correct ? {} : { misconception: `${UNIT}/reach-is-engagement` }) });

export const QUESTIONS: QuizQuestion[] = [
  {
    key: `${UNIT}/q-01`,
    unit: UNIT,
    kind: 'single',
    prompt: 'Which metric shows whether people acted on a post?',
    options: [option('reach', 'Reach', false), option('clicks', 'Click-through rate', true), option('impressions', 'Impressions', false)],
    misconception: `${UNIT}/reach-is-engagement`,
    lesson: 'metrics#engagement',
  },
  {
    key: `${UNIT}/q-02`,
    unit: UNIT,
    kind: 'multiple',
    prompt: 'Which are engagement metrics?',
    options: [option('comments', 'Comments', true), option('shares', 'Shares', true), option('followers', 'Follower count', false), option('saves', 'Saves', true)],
    misconception: `${UNIT}/reach-is-engagement`,
    lesson: 'metrics#engagement',
  },
  {
    key: `${UNIT}/q-03`,
    unit: UNIT,
    kind: 'truefalse',
    prompt: 'A large reach proves a campaign worked.',
    options: [
      { id: 'fact', text: 'Fact', correct: false, feedback: '', misconception: `${UNIT}/reach-is-engagement` },
      { id: 'myth', text: 'Myth', correct: true, feedback: '' },
    ],
    misconception: `${UNIT}/reach-is-engagement`,
    lesson: 'metrics#engagement',
  },
];

export const SCENARIO: CatalogueScenario = {
  key: `${UNIT}/cafe-launch`,
  unit: UNIT,
  id: 'cafe-launch',
  title: 'A café opens a second site',
  case: 'A café is opening a second branch.',
  task: 'Recommend two objectives for its launch campaign.',
  command: 'recommend',
  marks: 6,
  minutes: 15,
  words: { min: 150, max: 250 },
  points: [
    { id: 'smart', statement: 'Sets SMART objectives', marks: 3 },
    { id: 'case', statement: 'Applies them to the café', marks: 3 },
  ],
  context: ['café', 'branch'],
};

export const CATALOGUE: Catalogue = {
  units: [{ id: UNIT, title: 'Social media strategy', code: 'SMS', terms: 12 }],
  questions: QUESTIONS,
  misconceptions: {
    [`${UNIT}/reach-is-engagement`]: { claim: 'Reach is engagement', correction: 'Reach counts people who saw it.', why: '', lessonHref: '/x/', lessonTitle: 'Metrics' },
  },
  scenarios: [SCENARIO],
};

export function content(): LmsPackageContent {
  const assignment = pickAssignment(
    QUESTIONS.map((question) => question.key),
    { units: [UNIT], decks: [], scenarios: [SCENARIO.key], passMark: 60 },
  );
  const made = packageContent(assignment, CATALOGUE);
  if (!made.ok) throw new Error(made.error);
  return made.value;
}

/** q-01 right, q-02 a third right, q-03 wrong, scenario 4 of 6: 5.33 of 9. */
export function attempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    learner: 'Ann Lee',
    startedAt: '2026-05-10T09:00:00Z',
    questions: [
      { key: `${UNIT}/q-01`, chosen: ['clicks'], score: 1 },
      { key: `${UNIT}/q-02`, chosen: ['comments', 'shares', 'followers'], score: 0.33 },
      { key: `${UNIT}/q-03`, chosen: ['fact'], score: 0 },
    ],
    scenarios: [{ key: SCENARIO.key, answer: 'Grow footfall at the new branch by 20% in 3 months [,] {lang=fr}', total: 4, max: 6, points: { smart: 3, case: 1 } }],
    ...overrides,
  };
}
