/**
 * One attempt at a packaged assignment, and the single score an LMS gradebook gets for it.
 *
 * Each quiz question is worth 1 mark (partial credit on multiple choice, as on the site) and each
 * scenario its own marks, so raw = quiz marks + scenario marks and max = questions + scenario
 * marks. The learner's finish screen shows exactly these numbers, and every standard is sent the
 * same figures (SCORM 1.2 as a percentage, see scorm12.ts).
 */
import type { ResultItem, ScenarioResult } from '../share/results.ts';
import { scoreAssignment } from '../share/run.ts';
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

/**
 * The attempt scored by scoreAssignment (src/lib/share/run.ts), the one scoring the site's finish
 * screen and the tutor's table use, so the LMS gradebook, the learner and the tutor see the same
 * marks. Only the pass decision is the LMS's own: an LMS passes the whole score (its mastery score
 * is a fraction of it), while the site's pass mark applies to the quiz alone.
 */
export function summariseAttempt(content: LmsPackageContent, attempt: Attempt, passMark: number = content.assignment.passMark): ScoreSummary {
  const inPackage = new Set(content.questions.map((question) => question.key));
  // The attempt is read back from the device, so a score that is not a finite number counts as 0.
  const items: ResultItem[] = attempt.questions.filter((answer) => inPackage.has(answer.key)).map((answer) => ({ key: answer.key, score: clamp(answer.score, 0, 1), missed: [] }));
  const results: ScenarioResult[] = attempt.scenarios.map((answer) => ({ key: answer.key, total: clamp(answer.total, 0, Number.MAX_SAFE_INTEGER), points: answer.points }));
  const scenarioMarks = Object.fromEntries(content.scenarios.map((scenario) => [scenario.key, scenario.marks]));
  const score = scoreAssignment(content.assignment, { items, scenarios: results }, content.questions.length, scenarioMarks);
  const { raw, max } = score.overall;
  const totals = new Map(score.scenarios.map((scenario) => [scenario.key, scenario.total]));
  const answered = new Set(items.map((item) => item.key));
  const marked = new Set(results.map((result) => result.key));
  return {
    raw,
    min: 0,
    max,
    // Rounded, not floored as the site's overall figure is: an LMS compares this with its own
    // passing score, and a floored figure could fall just under one the marks meet.
    scaled: max > 0 ? round(raw / max, 4) : 0,
    percent: max > 0 ? round((raw / max) * 100, 2) : 0,
    passMark,
    // Compared in marks, not through the rounded percentage, so 69.995% never passes a 70% mark.
    passed: max > 0 && raw * 100 >= passMark * max,
    completed: content.questions.every((question) => answered.has(question.key)) && content.scenarios.every((scenario) => marked.has(scenario.key)),
    quiz: { raw: score.quiz.earned, max: score.quiz.questionCount },
    scenarios: content.scenarios.map((scenario) => ({ key: scenario.key, title: scenario.title, total: totals.get(scenario.key) ?? 0, max: scenario.marks })),
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
