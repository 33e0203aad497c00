/**
 * Course-wide checks on what learners read, beyond what any one file's schema can see:
 * - learner text never mentions the documents the course was written from;
 * - quiz items cannot be answered by their form (test-wiseness): the longest option, absolute
 *   words in wrong options, or a habitual number of correct options.
 * Pure: they take the validated course, so the validate command and the tests share them.
 */
import type { Course } from './validate.ts';

export interface LearnerText {
  /** Where the text lives, as an author would look for it: "<unit>/terms.yaml: <id>". */
  where: string;
  text: string;
}

/**
 * Ways of naming the course's source documents. The marketing sense of seeding (a seed audience
 * for a lookalike, seeding content with creators) stays allowed, so each pattern needs a word that
 * only the authoring sense uses: a document number, or "article", "document", "source material".
 */
const SOURCE_MENTIONS: readonly RegExp[] = [
  /\bseeds?\s*\d{2,3}\b/i,
  /\bseed\s+(?:article|document|text|source|page|curriculum|material)s?\b/i,
  /\b(?:source|seed)\s+documents?\b/i,
  /\bmissing from (?:the )?seed\b/i,
];

export function sourceMention(text: string): string | null {
  for (const pattern of SOURCE_MENTIONS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}

/** Every text a page, the search index or an export shows a learner. */
export function learnerTexts(course: Course): LearnerText[] {
  const texts: LearnerText[] = [];
  const add = (where: string, ...parts: (string | undefined)[]) => {
    for (const text of parts) if (text) texts.push({ where, text });
  };
  for (const unit of course.units) {
    add(`${unit.id}/unit.yaml`, unit.title, unit.synopsis, ...unit.outcomes.flatMap((outcome) => [outcome.title, ...outcome.criteria]));
    for (const lesson of unit.lessons) add(`${unit.id}/lessons/${lesson.slug}.mdx`, lesson.title, lesson.summary, lesson.body);
    for (const term of unit.terms) add(`${unit.id}/terms.yaml: ${term.id}`, term.term, term.definition, term.example, ...term.aliases);
    for (const item of unit.misconceptions) {
      add(`${unit.id}/misconceptions.yaml: ${item.id}`, item.claim, item.correction, item.why);
      for (const question of item.questions) {
        const where = `${unit.id}/misconceptions.yaml: ${question.id}`;
        add(where, question.prompt);
        if (question.kind === 'truefalse') add(where, question.explanation);
        else if (question.kind === 'numeric') add(where, question.solution);
        else for (const option of question.options) add(where, option.text, option.feedback);
      }
    }
    for (const scenario of unit.scenarios) {
      const where = `${unit.id}/scenarios/${scenario.id}.yaml`;
      add(where, scenario.title, scenario.case, scenario.task, scenario.model, scenario.commentary, ...scenario.points.map((point) => point.statement));
      for (const sample of scenario.samples) add(where, sample.answer, sample.note);
    }
  }
  return texts;
}

export function sourceMentions(texts: readonly LearnerText[]): string[] {
  return texts.flatMap(({ where, text }) => {
    const found = sourceMention(text);
    return found ? [`${where}: mentions “${found}”`] : [];
  });
}

// ---------------------------------------------------------------------------------------------
// Test-wiseness

/**
 * Words that make a claim absolute. Item writers reach for them to make a distractor wrong, so
 * test-wise learners learn to avoid options that contain them.
 */
export const ABSOLUTE_WORDS = [
  'always',
  'never',
  'only',
  'prove',
  'proves',
  'proven',
  'guarantee',
  'guarantees',
  'guaranteed',
  'all',
  'none',
  'must',
  'every',
  'everyone',
  'everything',
  'nothing',
  'nobody',
  'completely',
  'entirely',
  'totally',
  'certainly',
  'impossible',
  'regardless',
] as const;

const ABSOLUTE = new RegExp(`\\b(?:${ABSOLUTE_WORDS.join('|')})\\b`, 'i');

export function hasAbsoluteWord(text: string): boolean {
  return ABSOLUTE.test(text);
}

export interface TestWiseness {
  single: {
    items: number;
    /** Items whose correct option is the longest (ties for longest count as longest). */
    longestCorrect: number;
    /** Share expected if length carried no signal: the mean of 1 / options. */
    chance: number;
  };
  absolute: {
    wrongOptions: number;
    wrongWithAbsolute: number;
    rightOptions: number;
    rightWithAbsolute: number;
  };
  multiple: {
    items: number;
    /** How many items have each number of correct options. */
    byCorrectCount: Record<number, number>;
  };
}

export const TEST_WISENESS_LIMITS = {
  /** The longest option may be the correct one in at most chance + this share of single-choice items. */
  longestAboveChance: 0.1,
  /** Absolute words may be at most this many times as common in wrong options as in right ones. */
  absoluteRatio: 1.5,
  /** At most this share of multiple-choice items may share one count of correct options. */
  sameCorrectCount: 0.5,
} as const;

/**
 * Options here are choice options; a myth-or-fact statement counts as a wrong option when it is a
 * myth and a right one when it is a fact, since "always" in a statement cues "myth" just the same.
 */
export function measureTestWiseness(course: Course): TestWiseness {
  const figures: TestWiseness = {
    single: { items: 0, longestCorrect: 0, chance: 0 },
    absolute: { wrongOptions: 0, wrongWithAbsolute: 0, rightOptions: 0, rightWithAbsolute: 0 },
    multiple: { items: 0, byCorrectCount: {} },
  };
  let chanceSum = 0;
  const countOption = (text: string, correct: boolean) => {
    const absolute = hasAbsoluteWord(text) ? 1 : 0;
    if (correct) {
      figures.absolute.rightOptions += 1;
      figures.absolute.rightWithAbsolute += absolute;
    } else {
      figures.absolute.wrongOptions += 1;
      figures.absolute.wrongWithAbsolute += absolute;
    }
  };
  for (const unit of course.units) {
    if (unit.draft) continue;
    for (const question of unit.misconceptions.flatMap((item) => item.questions)) {
      if (question.kind === 'numeric') continue;
      if (question.kind === 'truefalse') {
        countOption(question.prompt, question.answer);
        continue;
      }
      for (const option of question.options) countOption(option.text, option.correct);
      if (question.kind === 'single') {
        const longest = Math.max(...question.options.map((option) => option.text.trim().length));
        figures.single.items += 1;
        chanceSum += 1 / question.options.length;
        if (question.options.some((option) => option.correct && option.text.trim().length === longest)) figures.single.longestCorrect += 1;
      } else {
        const correct = question.options.filter((option) => option.correct).length;
        figures.multiple.items += 1;
        figures.multiple.byCorrectCount[correct] = (figures.multiple.byCorrectCount[correct] ?? 0) + 1;
      }
    }
  }
  figures.single.chance = figures.single.items ? chanceSum / figures.single.items : 0;
  return figures;
}

export interface TestWisenessSummary {
  longestShare: number;
  longestLimit: number;
  wrongAbsoluteShare: number;
  rightAbsoluteShare: number;
  /** Wrong-option rate over right-option rate; Infinity when only wrong options use them. */
  absoluteRatio: number;
  commonestCorrectCount: number;
  commonestShare: number;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export function summariseTestWiseness(figures: TestWiseness): TestWisenessSummary {
  const wrongAbsoluteShare = share(figures.absolute.wrongWithAbsolute, figures.absolute.wrongOptions);
  const rightAbsoluteShare = share(figures.absolute.rightWithAbsolute, figures.absolute.rightOptions);
  const counts = Object.entries(figures.multiple.byCorrectCount).map(([correct, items]) => ({ correct: Number(correct), items }));
  const commonest = counts.reduce((best, entry) => (entry.items > best.items ? entry : best), { correct: 0, items: 0 });
  return {
    longestShare: share(figures.single.longestCorrect, figures.single.items),
    longestLimit: figures.single.chance + TEST_WISENESS_LIMITS.longestAboveChance,
    wrongAbsoluteShare,
    rightAbsoluteShare,
    absoluteRatio: wrongAbsoluteShare === 0 ? 0 : rightAbsoluteShare === 0 ? Number.POSITIVE_INFINITY : wrongAbsoluteShare / rightAbsoluteShare,
    commonestCorrectCount: commonest.correct,
    commonestShare: share(commonest.items, figures.multiple.items),
  };
}

/** The checks that failed, each as a sentence an author can act on; empty when all pass. */
export function testWisenessProblems(figures: TestWiseness): string[] {
  const summary = summariseTestWiseness(figures);
  const problems: string[] = [];
  if (summary.longestShare > summary.longestLimit) {
    problems.push(
      `the longest option is the correct one in ${percent(summary.longestShare)} of single-choice items (limit ${percent(summary.longestLimit)}, chance + 10 points): make some wrong options the longest`,
    );
  }
  if (summary.absoluteRatio > TEST_WISENESS_LIMITS.absoluteRatio) {
    problems.push(
      `absolute words are ${ratioText(summary.absoluteRatio)} as common in wrong options (${percent(summary.wrongAbsoluteShare)}) as in right ones (${percent(summary.rightAbsoluteShare)}) (limit 1.5x): hedge some wrong options or state some right ones absolutely`,
    );
  }
  if (summary.commonestShare > TEST_WISENESS_LIMITS.sameCorrectCount) {
    problems.push(
      `${percent(summary.commonestShare)} of multiple-choice items have exactly ${summary.commonestCorrectCount} correct options (limit 50%): vary how many are correct`,
    );
  }
  return problems;
}

/** The three figures as `npm run validate` prints them. */
export function formatTestWiseness(figures: TestWiseness): string[] {
  const summary = summariseTestWiseness(figures);
  const counts = Object.entries(figures.multiple.byCorrectCount)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([correct, items]) => `${correct} correct: ${items}`)
    .join(', ');
  return [
    `Longest option is correct: ${figures.single.longestCorrect} of ${figures.single.items} single-choice items (${percent(summary.longestShare)}; chance ${percent(figures.single.chance)}, limit ${percent(summary.longestLimit)})`,
    `Absolute words: ${percent(summary.wrongAbsoluteShare)} of wrong options (${figures.absolute.wrongWithAbsolute}/${figures.absolute.wrongOptions}), ${percent(summary.rightAbsoluteShare)} of right options (${figures.absolute.rightWithAbsolute}/${figures.absolute.rightOptions}); ratio ${ratioText(summary.absoluteRatio)} (limit 1.5x)`,
    `Correct options per multiple-choice item: ${counts || 'none'}; commonest count is ${percent(summary.commonestShare)} of ${figures.multiple.items} items (limit 50%)`,
  ];
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function ratioText(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}x` : 'infinitely more';
}
