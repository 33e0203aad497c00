/**
 * One schema per content kind. The Astro content collections, the validator that runs before
 * every build, the command-line tools and the tests all import these, so an author's mistake is
 * described the same way wherever it is caught.
 */
import { z } from 'astro/zod';
import { ID_PATTERN, LESSON_REF_PATTERN } from '../keys.ts';

/** Ids are what progress points at: lower-case, stable, human-readable. */
export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'must be lower-case words joined by hyphens, e.g. "smart-objectives"');

/**
 * A pointer to a lesson of the same unit, optionally to a section of it:
 * "03-social-listening" or "03-social-listening#sentiment".
 */
export const lessonRefSchema = z
  .string()
  .regex(LESSON_REF_PATTERN, 'must be a lesson slug, optionally followed by #section-id, e.g. "02-content#curation"');

export const QUALIFICATIONS = {
  'othm-l7': 'OTHM Level 7 Diploma in Strategic Marketing',
  'cim-l4': 'CIM Level 4',
  'cim-l6': 'CIM Level 6',
  'cim-l7': 'CIM Level 7',
} as const;
export type QualificationId = keyof typeof QUALIFICATIONS;
export const qualificationSchema = z.enum(Object.keys(QUALIFICATIONS) as [QualificationId, ...QualificationId[]]);

const nonEmptyText = z.string().trim().min(1, 'must not be empty');

export const learningOutcomeSchema = z.strictObject({
  id: idSchema,
  title: nonEmptyText,
  criteria: z.array(nonEmptyText).default([]),
});

export const unitSchema = z.strictObject({
  id: idSchema,
  title: nonEmptyText,
  code: z.string().regex(/^[A-Z0-9]{2,8}$/, 'must be 2-8 capital letters or digits, e.g. "SMSM"'),
  order: z.number().int().positive(),
  /** An imported or unfinished unit: built and shown as a draft, left out of the course-wide checks. */
  draft: z.boolean().default(false),
  qualifications: z.array(qualificationSchema).min(1, 'must name at least one qualification'),
  level: z.number().int().min(3).max(8),
  synopsis: nonEmptyText,
  outcomes: z.array(learningOutcomeSchema).min(1, 'must list at least one learning outcome'),
  /**
   * Where the unit's material came from and what was written to fill gaps: for authors and
   * reviewers only. No page renders it, because learners need no account of how the course was made.
   */
  sourceNotes: z.array(nonEmptyText).default([]),
});
export type Unit = z.infer<typeof unitSchema>;

/** The block at the end of every lesson that sends the learner to practise what they read. */
export const checkYourselfSchema = z
  .strictObject({
    terms: z.array(idSchema).default([]),
    misconceptions: z.array(idSchema).default([]),
    scenarios: z.array(idSchema).default([]),
  })
  .refine((check) => check.terms.length + check.misconceptions.length + check.scenarios.length > 0, {
    message: 'must point to at least one term, misconception or scenario',
  });

export const lessonFrontmatterSchema = z.strictObject({
  title: nonEmptyText,
  summary: nonEmptyText,
  order: z.number().int().positive(),
  outcomes: z.array(idSchema).min(1, 'must map the lesson to at least one learning outcome'),
  minutes: z.number().int().positive().max(120),
  check: checkYourselfSchema,
});
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

export const termSchema = z.strictObject({
  id: idSchema,
  term: nonEmptyText,
  definition: nonEmptyText,
  example: nonEmptyText.optional(),
  aliases: z.array(nonEmptyText).default([]),
  lesson: lessonRefSchema,
});
export type Term = z.infer<typeof termSchema>;

export const termsFileSchema = z.strictObject({
  terms: z.array(termSchema).min(1, 'must hold at least one term'),
});

const optionSchema = z.strictObject({
  id: idSchema,
  text: nonEmptyText,
  correct: z.boolean().default(false),
  /** Why this option is right, or what is wrong with it. */
  feedback: nonEmptyText,
  /** A wrong option names the misconception it reveals; by default the one the question sits under. */
  misconception: idSchema.optional(),
});
export type QuestionOption = z.infer<typeof optionSchema>;

const choiceQuestionSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['single', 'multiple']),
  prompt: nonEmptyText,
  options: z.array(optionSchema).min(2, 'must offer at least two options').max(8, 'must offer at most eight options'),
});

const trueFalseQuestionSchema = z.strictObject({
  id: idSchema,
  kind: z.literal('truefalse'),
  /** A statement the learner judges as fact or myth. */
  prompt: nonEmptyText,
  answer: z.boolean(),
  /** Shown whatever the learner chose: why the statement is true or false. */
  explanation: nonEmptyText,
});

const numericQuestionSchema = z.strictObject({
  id: idSchema,
  kind: z.literal('numeric'),
  /** The case and its figures, ending with what to calculate and in what unit. */
  prompt: nonEmptyText,
  answer: z.number().refine(Number.isFinite, 'must be a finite number'),
  /** Accepted distance either side of the answer, in the answer's unit (0 for an exact answer). */
  tolerance: z.number().min(0, 'must not be negative'),
  /** What the answer is measured in: a currency sign (£, $, €), "%", "x" for a ratio, or a word such as "days". */
  unit: nonEmptyText.max(20, 'must be a short unit such as "£", "%", "x" or "days"'),
  /** The worked solution shown after any answer: each step with its figures. */
  solution: nonEmptyText,
});

/** The quiz already labels these, so saying them again in the content makes learners read them twice. */
const REPEATED_LABELS: { pattern: RegExp; message: string }[] = [
  { pattern: /^\s*myth or fact\b[?:.]?/i, message: 'starts with "Myth or fact", which the quiz already shows: state only the claim' },
  { pattern: /(select|choose|tick) all that apply/i, message: 'says "Select all that apply", which the quiz already shows under the question' },
];

export const questionSchema = z
  .discriminatedUnion('kind', [choiceQuestionSchema, trueFalseQuestionSchema, numericQuestionSchema])
  .superRefine((question, ctx) => {
    for (const label of REPEATED_LABELS) {
      if (label.pattern.test(question.prompt)) ctx.addIssue({ code: 'custom', path: ['prompt'], message: label.message });
    }
    if (question.kind === 'numeric') {
      if (question.tolerance >= Math.abs(question.answer) && question.answer !== 0) {
        ctx.addIssue({ code: 'custom', path: ['tolerance'], message: 'is as large as the answer itself, so almost any guess would pass' });
      }
      return;
    }
    if (question.kind === 'truefalse') {
      if (/^\s*(myth|fact)\b/i.test(question.explanation)) {
        ctx.addIssue({
          code: 'custom',
          path: ['explanation'],
          message: 'starts with the verdict ("Myth"/"Fact"), which the quiz already shows: start with the reason',
        });
      }
      return;
    }
    const correctCount = question.options.filter((option) => option.correct).length;
    if (correctCount === 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'has no correct option: mark one with "correct: true"' });
    }
    if (question.kind === 'single' && correctCount > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `is single choice but marks ${correctCount} options correct: use kind "multiple" or mark one`,
      });
    }
    if (correctCount === question.options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'marks every option correct, so nothing is being tested' });
    }
  });
export type Question = z.infer<typeof questionSchema>;

export const misconceptionSchema = z.strictObject({
  id: idSchema,
  /** The wrong belief, as a learner would put it. */
  claim: nonEmptyText,
  correction: nonEmptyText,
  /** Why believing it costs marks or money. */
  why: nonEmptyText,
  lesson: lessonRefSchema,
  questions: z.array(questionSchema).min(1, 'must have at least one question that tests it'),
});
export type Misconception = z.infer<typeof misconceptionSchema>;

export const misconceptionsFileSchema = z.strictObject({
  misconceptions: z.array(misconceptionSchema).min(1, 'must hold at least one misconception'),
});

export const COMMAND_WORDS = {
  analyse: 'Break the situation into its parts and show how they relate.',
  assess: 'Weigh up how far something is true or effective, and reach a view.',
  discuss: 'Set out the arguments on more than one side, then conclude.',
  evaluate: 'Judge the strengths and weaknesses against criteria, and reach a supported conclusion.',
  explain: 'Make clear how or why something happens, with reasons.',
  justify: 'Give the reasons and evidence that support a decision or recommendation.',
  propose: 'Put forward a plan and show why it suits the case.',
  recommend: 'Advise a course of action for this case and give the reasons for it.',
} as const;
export type CommandWord = keyof typeof COMMAND_WORDS;
export const commandWordSchema = z.enum(Object.keys(COMMAND_WORDS) as [CommandWord, ...CommandWord[]]);

/** The marker matches words, so a phrasing made only of symbols ("£", "#") could never match. */
const hintPhrase = nonEmptyText.regex(/[\p{L}\p{N}]/u, 'has no letters or digits, so the marker could never match it');

export const markingHintsSchema = z.strictObject({
  /** Phrasings that earn the point outright (matched after normalisation). */
  accept: z.array(hintPhrase).default([]),
  /**
   * Concept groups that define the point: each inner list holds alternative phrasings, taken
   * literally (after stemming). When given, the point is judged on them rather than on the
   * statement: all in one passage earns it, more than a third of them earns part (params.ts partlyShare, 0.34: one group of three earns nothing; see AUTHORING.md).
   */
  require: z.array(z.array(hintPhrase).min(1)).default([]),
  /** Phrasings that must never earn the point (e.g. the empty version of it). */
  reject: z.array(hintPhrase).default([]),
  /** The evidence must be applied to the case: mention one of the scenario's context terms nearby. */
  application: z.boolean().default(false),
  /** The evidence must carry reasoning (because, therefore, which means...). */
  reasoning: z.boolean().default(false),
});
export type MarkingHints = z.infer<typeof markingHintsSchema>;

export const markingPointSchema = z.strictObject({
  id: idSchema,
  /**
   * A short name for the point (a few words), shown where the statement would not fit, such as
   * the tutor's class table. Optional: without it, the statement's first words are used.
   */
  title: z.string().trim().min(1).max(40, 'must be at most 40 characters: it is a short name, the statement holds the detail').optional(),
  /** The examiner's statement of what earns the marks. */
  statement: nonEmptyText,
  marks: z.number().int().positive('must be worth at least one mark'),
  /**
   * What to tell a learner who has not yet made the point, in the examiner's terms and without the
   * words that would trigger the marker ("what the review would change"). Without it, the marker
   * names the clause of the statement that is missing.
   */
  missing: nonEmptyText.optional(),
  hints: markingHintsSchema.optional(),
});
export type MarkingPoint = z.infer<typeof markingPointSchema>;

export const SAMPLE_QUALITIES = ['strong', 'competent', 'weak', 'stuffed', 'off-case'] as const;

export const sampleAnswerSchema = z.strictObject({
  id: idSchema,
  quality: z.enum(SAMPLE_QUALITIES),
  answer: nonEmptyText,
  /** The marks an examiner would give for each marking point (halves allowed for a point partly made). */
  marks: z.record(z.string(), z.number().min(0).multipleOf(0.5, 'must be a whole or half mark')),
  note: nonEmptyText.optional(),
});
export type SampleAnswer = z.infer<typeof sampleAnswerSchema>;

export const scenarioSchema = z
  .strictObject({
    id: idSchema,
    title: nonEmptyText,
    case: nonEmptyText,
    task: nonEmptyText,
    command: commandWordSchema,
    marks: z.number().int().positive(),
    minutes: z.number().int().positive(),
    words: z
      .strictObject({ min: z.number().int().positive(), max: z.number().int().positive() })
      .refine((range) => range.max >= range.min, { message: 'max must be at least min' }),
    outcomes: z.array(idSchema).min(1),
    /** Names, audiences and figures from the case; mentioning them is how an answer is applied. */
    context: z.array(nonEmptyText).default([]),
    points: z.array(markingPointSchema).min(1, 'must have at least one marking point'),
    model: nonEmptyText,
    commentary: nonEmptyText,
    samples: z.array(sampleAnswerSchema).default([]),
  })
  .superRefine((scenario, ctx) => {
    const available = scenario.points.reduce((sum, point) => sum + point.marks, 0);
    if (available < scenario.marks) {
      ctx.addIssue({
        code: 'custom',
        path: ['points'],
        message: `offer ${available} marks in all, fewer than the scenario's ${scenario.marks}`,
      });
    }
    const pointMarks = new Map(scenario.points.map((point) => [point.id, point.marks]));
    scenario.samples.forEach((sample, index) => {
      for (const [pointId, marks] of Object.entries(sample.marks)) {
        const available = pointMarks.get(pointId);
        if (available === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['samples', index, 'marks', pointId],
            message: `names marking point "${pointId}", which this scenario does not have`,
          });
        } else if (marks > available) {
          ctx.addIssue({
            code: 'custom',
            path: ['samples', index, 'marks', pointId],
            message: `gives ${marks} marks to a point worth ${available}`,
          });
        }
      }
      for (const pointId of pointMarks.keys()) {
        if (!(pointId in sample.marks)) {
          ctx.addIssue({
            code: 'custom',
            path: ['samples', index, 'marks'],
            message: `gives no judgement for marking point "${pointId}" (write 0 if it is not earned)`,
          });
        }
      }
    });
  });
export type Scenario = z.infer<typeof scenarioSchema>;
