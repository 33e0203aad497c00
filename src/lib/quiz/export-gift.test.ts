import { type GIFTQuestion, type MultipleChoice, type Numerical, type TrueFalse, parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { toGift } from './export-gift.ts';
import { type MisconceptionClaims, answerFeedback, moodleCategoryPath, optionPercentage } from './export-shared.ts';
import { UNIT_TITLE, courseQuestions, fixtureMisconceptions, fixtureQuestions } from './export.fixture.ts';
import type { QuizQuestion } from './grade.ts';

/**
 * gift-pegjs keeps plain text as Moodle shows it: trimmed, runs of spaces collapsed to one (an
 * escaped line break survives as a line break). Expected texts get the same treatment.
 */
const asParsed = (text: string) => text.trim().replace(/[ \t]{2,}/g, ' ');

/** Checks one parsed question against the question it was written from. */
function expectSameQuestion(parsed: GIFTQuestion | undefined, question: QuizQuestion, misconceptions: MisconceptionClaims) {
  expect(parsed, question.key).toBeDefined();
  if (!parsed || parsed.type === 'Category') throw new Error(`${question.key}: no question parsed`);
  expect(parsed.title).toBe(question.key);
  expect(parsed.stem).toEqual({ format: 'plain', text: asParsed(question.prompt) });

  if (question.kind === 'numeric') {
    expect(parsed.type).toBe('Numerical');
    const numerical = parsed as Numerical & { globalFeedback?: { text: string } | null };
    const choices = Array.isArray(numerical.choices) ? numerical.choices : [];
    expect(choices).toHaveLength(1);
    expect(choices[0]?.isCorrect).toBe(true);
    expect(choices[0]?.text).toEqual({ type: 'range', number: question.numeric?.answer, range: question.numeric?.tolerance });
    expect(numerical.globalFeedback?.text).toBe(asParsed(question.solution ?? ''));
    return;
  }

  if (question.kind === 'truefalse') {
    expect(parsed.type).toBe('TF');
    const trueFalse = parsed as TrueFalse;
    const right = question.options.find((option) => option.correct);
    const wrong = question.options.find((option) => !option.correct);
    if (!right || !wrong) throw new Error(`${question.key}: needs a right and a wrong answer`);
    expect(trueFalse.isTrue).toBe(right.id === 'fact');
    // gift-pegjs calls the two feedbacks trueFeedback/falseFeedback, but they are only the first
    // and second written; Moodle reads the first as "answered wrongly", the second as "rightly".
    expect(trueFalse.trueFeedback?.text).toBe(asParsed(answerFeedback(wrong, misconceptions)));
    expect(trueFalse.falseFeedback?.text).toBe(asParsed(answerFeedback(right, misconceptions)));
    return;
  }

  expect(parsed.type).toBe('MC');
  const choices = (parsed as MultipleChoice).choices;
  expect(choices).toHaveLength(question.options.length);
  question.options.forEach((option, index) => {
    const choice = choices[index];
    expect(choice?.text).toEqual({ format: 'plain', text: asParsed(option.text) });
    expect(choice?.feedback?.text).toBe(asParsed(answerFeedback(option, misconceptions)));
    if (question.kind === 'single') {
      expect(choice?.isCorrect).toBe(option.correct);
      expect(choice?.weight).toBeNull();
    } else {
      // Several right answers: every option weighted, none marked "=".
      expect(choice?.isCorrect).toBe(false);
      expect(choice?.weight).toBe(optionPercentage(question, option));
    }
  });
}

/** The choices of the parsed multiple-choice question with this title. */
function choicesOf(parsed: GIFTQuestion[], title: string) {
  const question = parsed.find((candidate): candidate is MultipleChoice => candidate.type === 'MC' && candidate.title === title);
  if (!question) throw new Error(`no multiple-choice question ${title}`);
  return question.choices;
}

function expectRoundTrip(title: string, questions: QuizQuestion[], misconceptions: MisconceptionClaims) {
  const parsed = parse(toGift(title, questions, misconceptions));
  expect(parsed[0]).toEqual({ type: 'Category', title: moodleCategoryPath(title) });
  expect(parsed).toHaveLength(questions.length + 1);
  questions.forEach((question, index) => expectSameQuestion(parsed[index + 1], question, misconceptions));
}

describe('GIFT export', () => {
  it('round-trips every question, option, weight and feedback through a GIFT parser', () => {
    expectRoundTrip(UNIT_TITLE, fixtureQuestions, fixtureMisconceptions);
  });

  it('escapes every character GIFT reserves, and the escape character itself', () => {
    const gift = toGift(UNIT_TITLE, fixtureQuestions, fixtureMisconceptions);
    expect(gift).toContain('::unit-x/q-single::[plain]Ratio\\: ROI \\= (return − cost) / cost. Which \\{metric\\} shows \\#results \\~ best? {');
    expect(gift).toContain('C\\:\\\\temp\\\\new');
    expect(gift).toContain('Likes \\= attention,\\nnot results.');
    // One blank line between blocks, so Moodle sees each question on its own.
    expect(gift.split('\n\n')).toHaveLength(fixtureQuestions.length + 2);
  });

  it('names the misconception a wrong option reveals, from the map, before its feedback', () => {
    const parsed = parse(toGift(UNIT_TITLE, fixtureQuestions, fixtureMisconceptions));
    expect(choicesOf(parsed, 'unit-x/q-single').map((choice) => choice.feedback?.text)).toEqual([
      'Yes: it ties {spend} to #customers.',
      'Misconception: Likes prove success. Likes = attention,\nnot results.',
      // The option names another misconception, whose claim already ends a sentence.
      'Misconception: Posting more always grows reach! Activity is not a result.',
    ]);
  });

  it('shares multiple-choice credit in percentages Moodle accepts', () => {
    const parsed = parse(toGift(UNIT_TITLE, fixtureQuestions, fixtureMisconceptions));
    const weights = (key: string) => choicesOf(parsed, key).map((choice) => choice.weight);
    expect(weights('unit-x/q-multi')).toEqual([50, 50, -50, -50, -50]);
    expect(weights('unit-x/q-multi-thirds')).toEqual([33.33333, 33.33333, 33.33333, -33.33333]);
  });

  it('writes a myth as FALSE and a fact as TRUE, wrong-answer feedback first', () => {
    const gift = toGift(UNIT_TITLE, fixtureQuestions, fixtureMisconceptions);
    expect(gift).toContain(
      '::unit-x/q-myth::[plain]Likes show ROI\\: true? {FALSE#Misconception\\: Likes prove success. They do not\\: \\{no\\} revenue \\= no ROI.#They do not\\: \\{no\\} revenue \\= no ROI.}',
    );
    expect(gift).toContain('::unit-x/q-fact::[plain]CPA links spend to customers. {TRUE#Misconception\\: Likes prove success. It does \\#1.#It does \\#1.}');
  });

  // Units that do not validate yet are left out by name; the content checks report them.
  const course = courseQuestions(process.cwd());
  const leftOut = course.skipped.length > 0 ? ` (left out, not valid yet: ${course.skipped.join('; ')})` : '';
  it.skipIf(course.units.length === 0)(`round-trips the real course content${leftOut}`, () => {
    for (const unit of course.units) expectRoundTrip(unit.title, unit.questions, unit.misconceptions);
  });
});
