/**
 * One attempt at a packaged assignment, and the single score an LMS gradebook gets for it.
 *
 * Each quiz question is worth 1 mark (partial credit on multiple choice, as on the site) and each
 * scenario its own marks, so raw = quiz marks + scenario marks and max = questions + scenario
 * marks. The learner's finish screen shows exactly these numbers, and every standard is sent the
 * same figures (SCORM 1.2 as a percentage, see scorm12.ts).
 */
import type { LmsPackageContent } from './content.ts';

export interface QuestionAnswer {
  key: string;
  /** Option ids the learner chose. */
  chosen: string[];
  /** 0-1, from gradeAnswer. */
  score: number;
}

export interface ScenarioAnswer {
  key: string;
  /** What the learner wrote; kept so a failed report loses nothing. */
  answer: string;
  total: number;
  max: number;
  /** Marks per marking point id. */
  points: Record<string, number>;
}

export interface Attempt {
  learner: string;
  /** ISO instant. */
  startedAt: string;
  questions: QuestionAnswer[];
  scenarios: ScenarioAnswer[];
}

export interface ScoreSummary {
  raw: number;
  min: 0;
  max: number;
  /** raw / max, 0-1, to four decimals (SCORM 2004 and cmi5 take up to seven). */
  scaled: number;
  /** The percentage the learner sees, to two decimals at most. */
  percent: number;
  /** The pass mark applied, in percent. */
  passMark: number;
  passed: boolean;
  /** Every question answered and every scenario marked. */
  completed: boolean;
  quiz: { raw: number; max: number };
  scenarios: { key: string; title: string; total: number; max: number }[];
}

const round = (value: number, places: number) => {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
};

/**
 * The pass mark in force: an LMS-set mastery score (0-1: cmi.scaled_passing_score,
 * cmi.student_data.mastery_score / 100, or cmi5's masteryScore) overrides the tutor's, because
 * each standard says the LMS's own threshold decides pass or fail.
 */
export function passMarkInForce(tutorPassMark: number, lmsMasteryScaled: number | null | undefined): number {
  if (typeof lmsMasteryScaled === 'number' && Number.isFinite(lmsMasteryScaled) && lmsMasteryScaled >= 0 && lmsMasteryScaled <= 1) {
    return round(lmsMasteryScaled * 100, 2);
  }
  return tutorPassMark;
}

export function summariseAttempt(content: LmsPackageContent, attempt: Attempt, passMark: number = content.assignment.passMark): ScoreSummary {
  const answered = new Map(attempt.questions.map((answer) => [answer.key, answer]));
  const quizRaw = round(
    content.questions.reduce((sum, question) => sum + clamp(answered.get(question.key)?.score ?? 0, 0, 1), 0),
    2,
  );
  const marked = new Map(attempt.scenarios.map((answer) => [answer.key, answer]));
  const scenarios = content.scenarios.map((scenario) => ({
    key: scenario.key,
    title: scenario.title,
    total: clamp(marked.get(scenario.key)?.total ?? 0, 0, scenario.marks),
    max: scenario.marks,
  }));
  const raw = round(quizRaw + scenarios.reduce((sum, scenario) => sum + scenario.total, 0), 2);
  const max = content.questions.length + scenarios.reduce((sum, scenario) => sum + scenario.max, 0);
  const scaled = max > 0 ? round(raw / max, 4) : 0;
  return {
    raw,
    min: 0,
    max,
    scaled,
    percent: max > 0 ? round((raw / max) * 100, 2) : 0,
    passMark,
    // Compared in marks, not through the rounded percentage, so 69.995% never passes a 70% mark.
    passed: max > 0 && raw * 100 >= passMark * max,
    completed: content.questions.every((question) => answered.has(question.key)) && content.scenarios.every((scenario) => marked.has(scenario.key)),
    quiz: { raw: quizRaw, max: content.questions.length },
    scenarios,
  };
}

function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.min(high, Math.max(low, value)) : low;
}

/** Whole seconds between two ISO instants, never negative (a wrong device clock gives 0). */
export function secondsBetween(startIso: string, endIso: string): number {
  const seconds = Math.round((Date.parse(endIso) - Date.parse(startIso)) / 1000);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}
