/**
 * The tutor's view of a class: the results codes learners sent for one assignment, one per line,
 * read into a table. A line that cannot be used is listed with its line number and the reason, so
 * the tutor can go back to that learner, and the rest of the class still shows.
 */
import type { Assignment } from './assignment.ts';
import { type CsvValue, toCsv } from './csv.ts';
import { type ShareProblem, extractCode } from './frame.ts';
import { type ResultsCode, decodeResults, gradeResults } from './results.ts';

export type QuestionStatus = 'right' | 'partly' | 'wrong' | 'unanswered';

export interface QuestionOutcome {
  status: QuestionStatus;
  /** 0-1, or null when unanswered. */
  score: number | null;
  /** Misconception keys the learner's answer revealed. */
  missed: string[];
}

export interface ScenarioOutcome {
  total: number;
  /** Marks per marking point id. */
  points: Record<string, number>;
}

export interface ClassRow {
  /** Input line (1-based) the code came from. */
  line: number;
  learner: string;
  startedAt: string;
  submittedAt: string;
  /** Whole minutes from starting to submitting. */
  minutes: number;
  scorePercent: number | null;
  passed: boolean | null;
  answered: number;
  /** One entry per table.questionKeys. */
  questions: Record<string, QuestionOutcome>;
  /** One entry per table.scenarioKeys; null when not attempted. */
  scenarios: Record<string, ScenarioOutcome | null>;
  /** False when the same learner sent a later code: the summaries count only each learner's latest. */
  latest: boolean;
}

export type ClassProblemKind = ShareProblem | 'duplicate' | 'other-assignment';

export interface ClassProblem {
  line: number;
  kind: ClassProblemKind;
  reason: string;
}

export interface MissedQuestion {
  key: string;
  /** Learners who did not get it fully right. */
  count: number;
  /** Learners who answered it. */
  answered: number;
}

export interface CommonMisconception {
  key: string;
  /** Learners whose answers revealed it. */
  count: number;
}

export interface ClassTable {
  assignmentId: string;
  /** Question columns, in order. */
  questionKeys: string[];
  scenarioKeys: string[];
  /** Marking point ids seen for each scenario, in the order the codes list them. */
  scenarioPoints: Record<string, string[]>;
  rows: ClassRow[];
  problems: ClassProblem[];
  mostMissedQuestions: MissedQuestion[];
  mostCommonMisconceptions: CommonMisconception[];
}

export interface ClassTableOptions {
  /**
   * The questions the assignment asks, from resolveQuestions. Without it, a pick uses its keys and
   * a draw uses the keys found in the codes, scored out of the draw's count.
   */
  questionKeys?: readonly string[];
}

interface Accepted {
  line: number;
  results: ResultsCode;
}

/**
 * Reads each line as a results code for this assignment. Blank lines are skipped. Refused: codes
 * that do not decode (with the decoder's reason, including another version), codes for another
 * assignment, and duplicates (the same code twice, or the same learner's same submission).
 */
export async function buildClassTable(assignment: Assignment, codes: readonly string[], options: ClassTableOptions = {}): Promise<ClassTable> {
  const problems: ClassProblem[] = [];
  const accepted: Accepted[] = [];
  const lineOfCode = new Map<string, number>();
  const lineOfSubmission = new Map<string, number>();

  for (const [index, text] of codes.entries()) {
    const line = index + 1;
    const code = extractCode(text);
    if (code === '') continue;
    const sameCode = lineOfCode.get(code);
    if (sameCode !== undefined) {
      problems.push({ line, kind: 'duplicate', reason: `The same code as line ${sameCode}.` });
      continue;
    }
    lineOfCode.set(code, line);
    const decoded = await decodeResults(code);
    if (!decoded.ok) {
      problems.push({ line, kind: decoded.problem, reason: decoded.reason });
      continue;
    }
    const results = decoded.value;
    if (results.assignment !== assignment.id) {
      problems.push({
        line,
        kind: 'other-assignment',
        reason: `${results.learner}'s code is for another assignment (${results.assignment}), not this one (${assignment.id}).`,
      });
      continue;
    }
    const submission = `${learnerIdentity(results.learner)}\n${results.submittedAt}`;
    const sameSubmission = lineOfSubmission.get(submission);
    if (sameSubmission !== undefined) {
      problems.push({ line, kind: 'duplicate', reason: `${results.learner}'s results again: the same submission as line ${sameSubmission}.` });
      continue;
    }
    lineOfSubmission.set(submission, line);
    accepted.push({ line, results });
  }

  const questionKeys = questionColumns(assignment, accepted, options);
  const columns = new Set(questionKeys);
  const questionCount = options.questionKeys?.length ?? (assignment.questions.mode === 'pick' ? assignment.questions.keys.length : assignment.questions.count);
  const scenarioKeys = [...assignment.scenarios];
  const scenarioPoints = pointColumns(scenarioKeys, accepted);
  const latestLine = latestPerLearner(accepted);

  const rows = accepted.map(({ line, results }): ClassRow => {
    const counted = { ...results, items: results.items.filter((item) => columns.has(item.key)) };
    const grade = gradeResults(assignment, counted, questionCount);
    const items = new Map(counted.items.map((item) => [item.key, item]));
    const scenarios = new Map(results.scenarios.map((scenario) => [scenario.key, scenario]));
    return {
      line,
      learner: results.learner,
      startedAt: results.startedAt,
      submittedAt: results.submittedAt,
      minutes: Math.max(0, Math.round((Date.parse(results.submittedAt) - Date.parse(results.startedAt)) / 60_000)),
      scorePercent: grade.scorePercent,
      passed: grade.passed,
      answered: grade.answered,
      questions: Object.fromEntries(
        questionKeys.map((key): [string, QuestionOutcome] => {
          const item = items.get(key);
          if (!item) return [key, { status: 'unanswered', score: null, missed: [] }];
          const status: QuestionStatus = item.score >= 1 ? 'right' : item.score > 0 ? 'partly' : 'wrong';
          return [key, { status, score: item.score, missed: item.missed }];
        }),
      ),
      scenarios: Object.fromEntries(
        scenarioKeys.map((key): [string, ScenarioOutcome | null] => {
          const scenario = scenarios.get(key);
          return [key, scenario ? { total: scenario.total, points: { ...scenario.points } } : null];
        }),
      ),
      latest: latestLine.get(learnerIdentity(results.learner)) === line,
    };
  });
  rows.sort((a, b) => a.learner.localeCompare(b.learner, 'en-GB', { sensitivity: 'base' }) || a.submittedAt.localeCompare(b.submittedAt) || a.line - b.line);
  problems.sort((a, b) => a.line - b.line);

  const latestRows = rows.filter((row) => row.latest);
  return {
    assignmentId: assignment.id,
    questionKeys,
    scenarioKeys,
    scenarioPoints,
    rows,
    problems,
    mostMissedQuestions: mostMissed(questionKeys, latestRows),
    mostCommonMisconceptions: commonMisconceptions(latestRows),
  };
}

/** Names as the tutor would judge them the same person: case, spacing and accents' encoding aside. */
function learnerIdentity(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('en-GB').replace(/\s+/g, ' ');
}

function questionColumns(assignment: Assignment, accepted: readonly Accepted[], options: ClassTableOptions): string[] {
  if (options.questionKeys) return [...new Set(options.questionKeys)];
  if (assignment.questions.mode === 'pick') return [...assignment.questions.keys];
  // Every learner gets the same draw, so the keys in the codes are the draw.
  const keys = new Set<string>();
  for (const { results } of accepted) for (const item of results.items) keys.add(item.key);
  return [...keys];
}

function pointColumns(scenarioKeys: readonly string[], accepted: readonly Accepted[]): Record<string, string[]> {
  const columns: Record<string, string[]> = {};
  for (const key of scenarioKeys) {
    const points = new Set<string>();
    for (const { results } of accepted) {
      const scenario = results.scenarios.find((candidate) => candidate.key === key);
      for (const point of Object.keys(scenario?.points ?? {})) points.add(point);
    }
    columns[key] = [...points];
  }
  return columns;
}

function latestPerLearner(accepted: readonly Accepted[]): Map<string, number> {
  const latest = new Map<string, Accepted>();
  for (const entry of accepted) {
    const identity = learnerIdentity(entry.results.learner);
    const current = latest.get(identity);
    if (!current || entry.results.submittedAt > current.results.submittedAt) latest.set(identity, entry);
  }
  return new Map([...latest].map(([identity, entry]) => [identity, entry.line]));
}

function mostMissed(questionKeys: readonly string[], rows: readonly ClassRow[]): MissedQuestion[] {
  return questionKeys
    .map((key) => {
      const outcomes = rows.map((row) => row.questions[key]).filter((outcome) => outcome !== undefined && outcome.status !== 'unanswered');
      return { key, count: outcomes.filter((outcome) => outcome?.status !== 'right').length, answered: outcomes.length };
    })
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || compareKeys(a.key, b.key));
}

function commonMisconceptions(rows: readonly ClassRow[]): CommonMisconception[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const shown = new Set(Object.values(row.questions).flatMap((outcome) => outcome.missed));
    for (const key of shown) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || compareKeys(a.key, b.key));
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// CSV for the tutor's spreadsheet.

/**
 * One row per learner's code. Labels replace keys in the header when given (e.g. "Q3: SMART
 * objectives"). Prepend "\uFEFF" when saving if the file is for Excel, which otherwise misreads
 * accented names.
 */
export function classTableCsv(
  table: ClassTable,
  questionLabels: Readonly<Record<string, string>> = {},
  scenarioLabels: Readonly<Record<string, string>> = {},
): string {
  const scenarioLabel = (key: string) => scenarioLabels[key] ?? key;
  const header: CsvValue[] = [
    'Learner',
    'Started',
    'Submitted',
    'Minutes',
    'Score %',
    'Result',
    'Attempt',
    ...table.questionKeys.map((key) => questionLabels[key] ?? key),
    'Misconceptions shown',
    ...table.scenarioKeys.flatMap((key) => [`${scenarioLabel(key)}: total`, ...(table.scenarioPoints[key] ?? []).map((point) => `${scenarioLabel(key)}: ${point}`)]),
  ];
  const body = table.rows.map((row): CsvValue[] => [
    row.learner,
    row.startedAt,
    row.submittedAt,
    row.minutes,
    row.scorePercent,
    row.passed === null ? '' : row.passed ? 'Pass' : 'Fail',
    row.latest ? 'latest' : 'earlier',
    ...table.questionKeys.map((key) => row.questions[key]?.score ?? null),
    [...new Set(Object.values(row.questions).flatMap((outcome) => outcome.missed))].join('; '),
    ...table.scenarioKeys.flatMap((key) => {
      const scenario = row.scenarios[key];
      return [scenario?.total ?? null, ...(table.scenarioPoints[key] ?? []).map((point) => (scenario && Object.hasOwn(scenario.points, point) ? (scenario.points[point] ?? null) : null))];
    }),
  ]);
  return toCsv([header, ...body]);
}
