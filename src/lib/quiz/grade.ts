/** Quiz questions in one shape for every kind, and the rules for scoring an answer. */
import type { Misconception, Question } from '../content/schemas.ts';
import { unitKey } from '../keys.ts';
import { hashString, shuffle } from '../random/seeded.ts';
import { type NumericAnswer, isWithinTolerance, parseNumericInput } from './numeric.ts';

export interface QuizOption {
  id: string;
  text: string;
  correct: boolean;
  feedback: string;
  /** For a wrong option: the misconception it reveals (qualified with the unit id). */
  misconception?: string;
}

export interface QuizQuestion {
  /** "<unit>/<question id>": what progress records. */
  key: string;
  unit: string;
  kind: Question['kind'];
  prompt: string;
  options: QuizOption[];
  /** The misconception this question tests ("<unit>/<id>"). */
  misconception: string;
  /** Where the lesson explains it: "<lesson slug>#<section>". */
  lesson: string;
  /**
   * Myth or fact: why the statement is true or false, shown once after the verdict. (The two
   * options carry it too, as their feedback, for the Moodle exports.)
   */
  explanation?: string;
  /** A numeric question (which has no options): the answer, its tolerance and unit. */
  numeric?: NumericAnswer;
  /** A numeric question's worked solution, shown after any answer. */
  solution?: string;
}

/** What a quiz shows about a misconception when a learner falls for it. */
export interface MisconceptionInfo {
  claim: string;
  correction: string;
  why: string;
  lessonHref: string;
  lessonTitle: string;
}

/** A question or misconception named across the course (see lib/keys.ts). */
export const qualify = unitKey;

export function toQuizQuestion(unit: string, misconception: Misconception, question: Question): QuizQuestion {
  const base = {
    key: qualify(unit, question.id),
    unit,
    kind: question.kind,
    prompt: question.prompt,
    misconception: qualify(unit, misconception.id),
    lesson: misconception.lesson,
  };
  if (question.kind === 'numeric') {
    return {
      ...base,
      options: [],
      numeric: { answer: question.answer, tolerance: question.tolerance, unit: question.unit },
      solution: question.solution,
    };
  }
  if (question.kind === 'truefalse') {
    const option = (value: boolean): QuizOption => {
      const correct = value === question.answer;
      const out: QuizOption = {
        id: value ? 'fact' : 'myth',
        text: value ? 'Fact' : 'Myth',
        correct,
        feedback: question.explanation,
      };
      if (!correct) out.misconception = base.misconception;
      return out;
    };
    return { ...base, options: [option(true), option(false)], explanation: question.explanation };
  }
  return {
    ...base,
    options: question.options.map((option) => {
      const out: QuizOption = { id: option.id, text: option.text, correct: option.correct, feedback: option.feedback };
      if (!option.correct) out.misconception = qualify(unit, option.misconception ?? misconception.id);
      return out;
    }),
  };
}

/** Options in the order this attempt shows them; myth/fact keeps its natural order. */
export function orderOptions(question: QuizQuestion, attemptSeed: number): QuizOption[] {
  if (question.kind === 'truefalse' || question.kind === 'numeric') return question.options;
  return shuffle(question.options, (attemptSeed ^ hashString(question.key)) >>> 0);
}

export interface Grade {
  /** 0-1; multiple choice earns credit per option, less a penalty per wrong pick. */
  score: number;
  correct: boolean;
  /** Misconceptions revealed by the wrong options chosen. */
  missed: string[];
  /** Correct options the learner left out (multiple choice). */
  overlooked: string[];
}

/**
 * Grades an answer. For choice questions `chosen` holds option ids; for a numeric question its one
 * entry is what the learner typed, which must already read as a number (see `checkNumericInput`).
 */
export function gradeAnswer(question: QuizQuestion, chosen: readonly string[]): Grade {
  if (question.numeric) {
    const parsed = parseNumericInput(chosen[0] ?? '', question.numeric.unit);
    const correct = parsed.ok && isWithinTolerance(parsed.value, question.numeric);
    return { score: correct ? 1 : 0, correct, missed: correct ? [] : [question.misconception], overlooked: [] };
  }
  const picked = new Set(chosen);
  const correctOptions = question.options.filter((option) => option.correct);
  const rightPicks = correctOptions.filter((option) => picked.has(option.id)).length;
  const wrongPicks = question.options.filter((option) => !option.correct && picked.has(option.id));
  const missed = [...new Set(wrongPicks.flatMap((option) => (option.misconception ? [option.misconception] : [])))];
  const overlooked = correctOptions.filter((option) => !picked.has(option.id)).map((option) => option.id);
  if (question.kind !== 'multiple') {
    const correct = rightPicks === 1 && wrongPicks.length === 0;
    return { score: correct ? 1 : 0, correct, missed, overlooked };
  }
  const score = Math.max(0, (rightPicks - wrongPicks.length) / correctOptions.length);
  return { score: Math.round(score * 100) / 100, correct: score === 1, missed, overlooked };
}

/** Whether a typed answer can be graded; if not, the message that says how to write it. */
export function checkNumericInput(question: QuizQuestion, input: string): string | null {
  if (!question.numeric) return null;
  const parsed = parseNumericInput(input, question.numeric.unit);
  return parsed.ok ? null : parsed.error;
}
