/**
 * The tutor's view of a class: the results codes learners sent for one assignment, one per line,
 * read into a table. A line that cannot be used is listed with its line number and the reason, so
 * the tutor can go back to that learner, and the rest of the class still shows.
 */
import { type Assignment, assignedQuestionKeys } from './assignment.ts';
import { compareFingerprints } from './content-version.ts';
import { type NameScript, mixedScripts, nameIdentity } from './names.ts';
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
  /** Whole minutes worked: the learner's active time when the code has it, else start to submit. */
  minutes: number;
  /** The same in seconds, so a short sitting can show as "under a minute" rather than 0. */
  seconds: number;
  /** Flashcards from the assignment's decks reviewed during it; null when not counted. */
  cards: number | null;
  /** Scripts a name mixes (e.g. a Cyrillic letter among Latin ones); empty for an ordinary name. */
  mixedScripts: NameScript[];
  /** Items this learner answered in a different version from the assignment's: shown as recorded. */
  differentContent: string[];
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

export type ClassProblemKind = ShareProblem | 'duplicate' | 'other-assignment' | 'unknown-ids' | 'over-maximum' | 'different-content';

export interface ClassProblem {
  line: number;
  kind: ClassProblemKind;
  reason: string;
  /** True when the line's row is in the table anyway (with what could not be used left out). */
  added?: boolean;
}

/** What this copy of Markpoint knows about the assignment's scenarios: the limits codes are held to. */
export interface TableScenario {
  marks: number;
  points: readonly { id: string; marks: number; title?: string | undefined }[];
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
  /** Marking point ids for each scenario: the content's, or those the codes list when it is unknown. */
  scenarioPoints: Record<string, string[]>;
  /** The assignment sets flashcards, so rows count the cards reviewed. */
  countsCards: boolean;
  rows: ClassRow[];
  problems: ClassProblem[];
  mostMissedQuestions: MissedQuestion[];
  mostCommonMisconceptions: CommonMisconception[];
  /**
   * About the table as a whole, for the tutor: e.g. the questions come from learners' codes because
   * the link predates recorded draws, or this copy's content differs from the assignment's.
   */
  notes: string[];
}

export interface ClassTableOptions {
  /**
   * This copy's own draw (resolveQuestions), for links that do not record theirs: it is compared
   * with the learners' codes and never used to re-grade them.
   */
  questionKeys?: readonly string[];
  /** This copy's item fingerprints, to tell the tutor which items differ from the assignment's. */
  fingerprints?: Readonly<Record<string, string>>;
  /** This copy's scenarios: marks above a point's or a scenario's maximum are clamped to it. */
  scenarios?: Readonly<Record<string, TableScenario>>;
  /** Called between chunks of codes, so a page can show progress and stay responsive. */
  onProgress?: (done: number, total: number) => void;
  /** Most codes decoded between yields to the page (default 100). */
  chunkSize?: number;
  /** Most milliseconds of work between yields (default 40), so no task blocks input for long. */
  timeBudgetMs?: number;
}

/** Lets the browser paint and handle input between chunks of work. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * How much a tutor may paste or load at once, the same for both: far above a year group (a real
 * code is a few hundred characters), and low enough that a stray file cannot hang the page.
 */
export const CLASS_INPUT_LIMITS = { codes: 10_000, characters: 12_000_000 } as const;

/** Why this input is too large to read as results codes, or null when it is fine. */
export function classInputProblem(characters: number, lines: number | null, name = 'This text'): string | null {
  if (characters > CLASS_INPUT_LIMITS.characters) {
    return `${name} is ${(characters / 1_000_000).toFixed(1)} million characters long; the class table reads up to ${CLASS_INPUT_LIMITS.characters / 1_000_000} million (about ${CLASS_INPUT_LIMITS.codes.toLocaleString('en-GB')} codes) at a time. Split it into smaller files.`;
  }
  if (lines !== null && lines > CLASS_INPUT_LIMITS.codes) {
    return `${name} has ${lines.toLocaleString('en-GB')} lines; the class table reads up to ${CLASS_INPUT_LIMITS.codes.toLocaleString('en-GB')} codes at a time. Split it into smaller lists.`;
  }
  return null;
}

/** Non-blank lines: what counts against the limit. */
export function countCodeLines(text: string): number {
  let count = 0;
  for (const line of text.split('\n')) if (line.trim() !== '') count += 1;
  return count;
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

  const chunkSize = Math.max(1, options.chunkSize ?? 100);
  const budget = options.timeBudgetMs ?? 40;
  let sinceYield = 0;
  let yieldedAt = Date.now();
  for (const [index, text] of codes.entries()) {
    const line = index + 1;
    if (sinceYield >= chunkSize || Date.now() - yieldedAt >= budget) {
      options.onProgress?.(index, codes.length);
      await yieldToPage();
      sinceYield = 0;
      yieldedAt = Date.now();
    }
    sinceYield += 1;
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
      problems.push({ line, kind: decoded.error.problem, reason: decoded.error.reason });
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

  options.onProgress?.(codes.length, codes.length);
  const notes: string[] = [];
  const questionKeys = questionColumns(assignment, accepted, options, notes);
  const columns = new Set(questionKeys);
  const exact = assignedQuestionKeys(assignment);
  const questionCount = exact?.length ?? (assignment.questions.mode === 'pick' ? assignment.questions.keys.length : assignment.questions.count);
  const scenarioKeys = [...assignment.scenarios];
  const scenarioPoints = pointColumns(scenarioKeys, accepted, options.scenarios);
  const latestLine = latestPerLearner(accepted);
  const expected = assignment.fingerprints ?? {};
  if (options.fingerprints && assignment.fingerprints) {
    const here = compareFingerprints([...questionKeys, ...scenarioKeys], expected, options.fingerprints);
    if (here.changed.length) notes.push(`Your copy of Markpoint holds a different version of ${listOf(here.changed)} from the one this assignment was made with. Learners' scores are shown as they recorded them, not re-marked.`);
    if (here.missing.length) notes.push(`Your copy of Markpoint does not have ${listOf(here.missing)}; reload to update it. Scores for them are shown as the learners recorded them.`);
  } else if (!assignment.fingerprints) {
    notes.push('This link was made before Markpoint recorded content versions, so it cannot tell whether learners saw the same version of each question as you.');
  }

  const toRow = ({ line, results }: Accepted): ClassRow => {
    const unknownItems = results.items.filter((item) => !columns.has(item.key)).map((item) => item.key);
    const unknownScenarios = results.scenarios.filter((scenario) => !scenarioKeys.includes(scenario.key)).map((scenario) => scenario.key);
    const counted = { ...results, items: results.items.filter((item) => columns.has(item.key)) };
    const grade = gradeResults(assignment, counted, questionCount);
    const items = new Map(counted.items.map((item) => [item.key, item]));
    const checked = checkScenarios(results, scenarioKeys, options.scenarios);
    const scenarios = new Map(checked.scenarios.map((scenario) => [scenario.key, scenario]));
    const unknown = [...unknownItems.map((key) => `question ${key}`), ...unknownScenarios.map((key) => `scenario ${key}`), ...checked.unknownPoints];
    if (unknown.length) {
      problems.push({ line, kind: 'unknown-ids', added: true, reason: `${results.learner}'s code names ${unknown.length === 1 ? 'an item' : 'items'} this assignment does not set, left out: ${listOf(unknown)}.` });
    }
    if (checked.clamped.length) {
      problems.push({ line, kind: 'over-maximum', added: true, reason: `${results.learner}'s code gives more marks than available for ${listOf(checked.clamped)}; counted at the maximum.` });
    }
    const differentContent = results.fingerprints
      ? Object.keys(results.fingerprints).filter((key) => Object.hasOwn(expected, key) && expected[key] !== results.fingerprints?.[key])
      : [];
    if (differentContent.length) {
      problems.push({
        line,
        kind: 'different-content',
        added: true,
        reason: `${results.learner} answered a different version of ${listOf(differentContent)} from the assignment's (their copy of Markpoint was older or newer). Shown as they recorded it, not re-marked.`,
      });
    }
    const spanSeconds = Math.max(0, Math.round((Date.parse(results.submittedAt) - Date.parse(results.startedAt)) / 1000));
    const seconds = results.activeSeconds === undefined ? spanSeconds : Math.min(results.activeSeconds, spanSeconds);
    return {
      line,
      learner: results.learner,
      startedAt: results.startedAt,
      submittedAt: results.submittedAt,
      minutes: Math.round(seconds / 60),
      seconds,
      cards: assignment.decks.length ? (results.cards ?? null) : null,
      mixedScripts: mixedScripts(results.learner),
      differentContent,
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
  };
  const rows: ClassRow[] = [];
  for (const entry of accepted) {
    if (Date.now() - yieldedAt >= budget) {
      await yieldToPage();
      yieldedAt = Date.now();
    }
    rows.push(toRow(entry));
  }
  // One collator for the whole sort: localeCompare with options builds one per comparison, which
  // took about a second for 5,000 rows.
  const byName = new Intl.Collator('en-GB', { sensitivity: 'base' });
  rows.sort((a, b) => byName.compare(a.learner, b.learner) || a.submittedAt.localeCompare(b.submittedAt) || a.line - b.line);
  problems.sort((a, b) => a.line - b.line || Number(a.added ?? false) - Number(b.added ?? false));

  const latestRows = rows.filter((row) => row.latest);
  return {
    assignmentId: assignment.id,
    questionKeys,
    scenarioKeys,
    scenarioPoints,
    countsCards: assignment.decks.length > 0,
    rows,
    problems,
    mostMissedQuestions: mostMissed(questionKeys, latestRows),
    mostCommonMisconceptions: commonMisconceptions(latestRows),
    notes,
  };
}

/** Names as the tutor would judge them the same person: invisible marks, case and spacing aside. */
const learnerIdentity = nameIdentity;

function listOf(items: readonly string[]): string {
  const shown = items.slice(0, 5).join(', ');
  return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}

function questionColumns(assignment: Assignment, accepted: readonly Accepted[], options: ClassTableOptions, notes: string[]): string[] {
  const exact = assignedQuestionKeys(assignment);
  if (exact) return [...new Set(exact)];
  // A draw from a link that does not record it: every learner got the same draw from their own
  // copy, so the keys in the codes are the draw. This copy's draw is only compared, never used.
  const keys = new Set<string>();
  // Never more columns than the draw's size: a code with invented keys cannot widen the table.
  const size = assignment.questions.mode === 'draw' ? assignment.questions.count : assignment.questions.keys.length;
  for (const { results } of accepted) for (const item of results.items) if (keys.size < size) keys.add(item.key);
  const fromCodes = [...keys];
  if (options.questionKeys && fromCodes.length) {
    const here = new Set(options.questionKeys);
    const differ = fromCodes.filter((key) => !here.has(key));
    if (differ.length) {
      notes.push(`This link does not record which questions its draw holds, and your copy of Markpoint would draw differently (it would not ask ${listOf(differ)}): the questions are taken from the learners' codes, as they answered them.`);
    }
  }
  return fromCodes;
}

interface CheckedScenarios {
  scenarios: { key: string; total: number; points: Record<string, number> }[];
  unknownPoints: string[];
  clamped: string[];
}

/** Holds each scenario's marks to what this copy says it is worth, and drops points it lacks. */
function checkScenarios(results: ResultsCode, scenarioKeys: readonly string[], content: Readonly<Record<string, TableScenario>> | undefined): CheckedScenarios {
  const unknownPoints: string[] = [];
  const clamped: string[] = [];
  const scenarios = results.scenarios
    .filter((scenario) => scenarioKeys.includes(scenario.key))
    .map((scenario) => {
      const known = content && Object.hasOwn(content, scenario.key) ? content[scenario.key] : undefined;
      if (!known) return { key: scenario.key, total: scenario.total, points: { ...scenario.points } };
      const maxima = new Map(known.points.map((point) => [point.id, point.marks]));
      const points: Record<string, number> = {};
      for (const [id, marks] of Object.entries(scenario.points)) {
        const max = maxima.get(id);
        if (max === undefined) {
          unknownPoints.push(`point ${scenario.key}#${id}`);
          continue;
        }
        if (marks > max) clamped.push(`point ${scenario.key}#${id} (${marks} of ${max})`);
        points[id] = Math.min(marks, max);
      }
      if (scenario.total > known.marks) clamped.push(`scenario ${scenario.key} (${scenario.total} of ${known.marks})`);
      return { key: scenario.key, total: Math.min(scenario.total, known.marks), points };
    });
  return { scenarios, unknownPoints, clamped };
}

function pointColumns(scenarioKeys: readonly string[], accepted: readonly Accepted[], content: Readonly<Record<string, TableScenario>> | undefined): Record<string, string[]> {
  const columns: Record<string, string[]> = {};
  for (const key of scenarioKeys) {
    const known = content && Object.hasOwn(content, key) ? content[key] : undefined;
    if (known) {
      // The content's points, not whatever ids codes carry: invented ids cannot add columns.
      columns[key] = known.points.map((point) => point.id);
      continue;
    }
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
  /** Short titles of marking points, keyed "<scenario key>#<point id>". */
  pointLabels: Readonly<Record<string, string>> = {},
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
    ...(table.countsCards ? ['Cards reviewed'] : []),
    ...table.questionKeys.map((key) => questionLabels[key] ?? key),
    'Misconceptions shown',
    ...table.scenarioKeys.flatMap((key) => [
      `${scenarioLabel(key)}: total`,
      ...(table.scenarioPoints[key] ?? []).map((point) => `${scenarioLabel(key)}: ${pointLabels[`${key}#${point}`] ?? point}`),
    ]),
  ];
  const body = table.rows.map((row): CsvValue[] => [
    row.learner,
    row.startedAt,
    row.submittedAt,
    row.minutes,
    row.scorePercent,
    row.passed === null ? '' : row.passed ? 'Pass' : 'Fail',
    row.latest ? 'latest' : 'earlier',
    ...(table.countsCards ? [row.cards] : []),
    ...table.questionKeys.map((key) => row.questions[key]?.score ?? null),
    [...new Set(Object.values(row.questions).flatMap((outcome) => outcome.missed))].join('; '),
    ...table.scenarioKeys.flatMap((key) => {
      const scenario = row.scenarios[key];
      return [scenario?.total ?? null, ...(table.scenarioPoints[key] ?? []).map((point) => (scenario && Object.hasOwn(scenario.points, point) ? (scenario.points[point] ?? null) : null))];
    }),
  ]);
  return toCsv([header, ...body]);
}

// ---------------------------------------------------------------------------------------------
// Labels for people.

/** A marking point's short title: the author's, or the statement's first words when it has none. */
export function pointTitle(point: { title?: string | undefined; statement: string }): string {
  if (point.title) return point.title;
  const words = point.statement.split(/\s+/).filter(Boolean);
  return words.length <= 5 ? point.statement : `${words.slice(0, 5).join(' ').replace(/[,;:.]$/, '')}…`;
}

/** Working time as a tutor reads it: "under 1 min", "12 min", "1 h 05 min". */
export function durationLabel(seconds: number): string {
  if (seconds < 60) return 'under 1 min';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** One page of rows: the page shows a few at a time, so 5,000 codes never become one huge table. */
export function pageOf<T>(rows: readonly T[], page: number, size: number): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { rows: rows.slice(current * size, current * size + size), page: current, pages };
}
