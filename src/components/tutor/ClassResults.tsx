/** @jsxImportSource preact */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Assignment, decodeAssignment, resolveQuestions } from '../../lib/share/assignment';
import type { Catalogue } from '../../lib/share/catalogue';
import {
  type ClassRow,
  type ClassTable,
  type TableScenario,
  buildClassTable,
  classInputProblem,
  classTableCsv,
  countCodeLines,
  durationLabel,
  pageOf,
  pointTitle,
} from '../../lib/share/class-table';
import { contentFingerprints } from '../../lib/share/content-version';
import { decodeResults } from '../../lib/share/results';
import { type TutorWorkspace, findAssignment, keepCodes, keepableCodes, rememberAssignment } from '../../lib/share/workspace';
import { downloadText } from '../download';
import { useCatalogue } from './use-catalogue';
import { loadWorkspace, saveWorkspace } from './workspace-store';

interface Props {
  base: string;
}

const STATUS_MARK = { right: '✓', partly: '◐', wrong: '✗', unanswered: '–' } as const;
const STATUS_WORD = { right: 'right', partly: 'partly right', wrong: 'wrong', unanswered: 'not answered' } as const;
const ROWS_PER_PAGE = 50;
const PROBLEMS_SHOWN = 100;
/** One formatter: toLocaleString builds one per call, which adds up over a hundred progress updates. */
const COUNT = new Intl.NumberFormat('en-GB');

export default function ClassResults({ base }: Props) {
  const state = useCatalogue(base);
  if (state.status === 'loading') return <p class="muted">Loading the course…</p>;
  if (state.status === 'failed') return <p class="notice bad" role="alert">{state.reason}</p>;
  return <Results catalogue={state.catalogue} />;
}

interface Built {
  assignment: Assignment;
  table: ClassTable;
}

function Results({ catalogue }: { catalogue: Catalogue }) {
  const [workspace, setWorkspace] = useState<TutorWorkspace>(() => loadWorkspace());
  const [link, setLink] = useState('');
  const [needLink, setNeedLink] = useState(false);
  const [codes, setCodes] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState<string | null>(null);
  const [built, setBuilt] = useState<Built | null>(null);
  const [saveNote, setSaveNote] = useState<string | null>(null);
  const prompts = useMemo(() => Object.fromEntries(catalogue.questions.map((question) => [question.key, question.prompt])), [catalogue]);
  const scenarioTitles = useMemo(() => Object.fromEntries(catalogue.scenarios.map((scenario) => [scenario.key, scenario.title])), [catalogue]);
  const fingerprints = useMemo(() => contentFingerprints(catalogue.questions, catalogue.scenarios), [catalogue]);
  const scenarioContent = useMemo(
    () => Object.fromEntries(catalogue.scenarios.map((scenario): [string, TableScenario] => [scenario.key, { marks: scenario.marks, points: scenario.points }])),
    [catalogue],
  );

  // Opened from the workspace list ("?a=<id>"): load that assignment's kept codes.
  useEffect(() => {
    const id = new URLSearchParams(location.search).get('a');
    const entry = id ? findAssignment(workspace, id) : undefined;
    if (entry) {
      setCodes(entry.codes);
      setLink(entry.link);
    }
  }, []);

  async function assignmentFor(lines: string[]): Promise<{ assignment: Assignment; link: string } | { reason: string }> {
    if (link.trim()) {
      const decoded = await decodeAssignment(link);
      return decoded.ok ? { assignment: decoded.value, link: link.trim() } : { reason: `The assignment link cannot be read. ${decoded.error.reason}` };
    }
    // No link given: the first code that reads names its assignment; the workspace may know it.
    for (const line of lines.slice(0, 50)) {
      if (!line.trim()) continue;
      const decoded = await decodeResults(line);
      if (!decoded.ok) continue;
      const entry = findAssignment(workspace, decoded.value.assignment);
      if (!entry) break;
      const fromWorkspace = await decodeAssignment(entry.link);
      if (fromWorkspace.ok) return { assignment: fromWorkspace.value, link: entry.link };
    }
    setNeedLink(true);
    return { reason: 'This device does not know the assignment these codes are for (it was made in another browser, or before assignments were kept here). Paste the assignment link you sent.' };
  }

  async function build(event: Event) {
    event.preventDefault();
    const tooMuch = classInputProblem(codes.length, countCodeLines(codes), 'The pasted text');
    if (tooMuch) {
      setError(tooMuch);
      return;
    }
    const lines = codes.split(/\r?\n/);
    setWorking('Reading the codes…');
    setBuilt(null);
    const found = await assignmentFor(lines);
    if ('reason' in found) {
      setError(found.reason);
      setWorking(null);
      return;
    }
    const { assignment } = found;
    const table = await buildClassTable(assignment, lines, {
      questionKeys: resolveQuestions(assignment, catalogue.questions.map((question) => question.key)),
      fingerprints,
      scenarios: scenarioContent,
      chunkSize: 100,
      onProgress: (done, total) => setWorking(`Reading the codes… ${COUNT.format(done)} of ${COUNT.format(total)}`),
    });
    setError(null);
    setWorking(null);
    setBuilt({ assignment, table });
    // Kept per assignment, so the tutor never pastes the same codes twice.
    const now = new Date();
    const keepable = keepableCodes(codes);
    const remembered = rememberAssignment(workspace, assignment, found.link, now);
    const next = keepable.ok ? keepCodes(remembered, assignment.id, codes, now) : remembered;
    setWorkspace(next);
    const saved = saveWorkspace(next);
    setSaveNote(!keepable.ok ? keepable.error : saved ? 'These codes are kept on this device with the assignment.' : 'This browser would not save the codes: keep a copy of them yourself.');
  }

  async function readFile(file: File | undefined) {
    if (!file) return;
    const tooMuch = classInputProblem(file.size, null, `“${file.name}”`);
    if (tooMuch) {
      setError(tooMuch);
      return;
    }
    const added = (await file.text()).trim();
    const combined = `${codes.trim() ? `${codes.trim()}\n` : ''}${added}`;
    const tooMany = classInputProblem(combined.length, countCodeLines(combined), `“${file.name}” with what is already pasted`);
    if (tooMany) {
      setError(tooMany);
      return;
    }
    setError(null);
    setCodes(combined);
  }

  function download() {
    if (!built) return;
    const pointLabels = Object.fromEntries(catalogue.scenarios.flatMap((scenario) => scenario.points.map((point) => [`${scenario.key}#${point.id}`, pointTitle(point)])));
    // The byte-order mark lets Excel read the names' accents correctly.
    const csv = `\uFEFF${classTableCsv(built.table, prompts, scenarioTitles, pointLabels)}`;
    downloadText(csv, `${built.assignment.title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40) || 'class'}-results.csv`, 'text/csv');
  }

  const kept = workspace.assignments.filter((entry) => !entry.archived);
  return (
    <div class="class-results">
      <form class="card no-print results-form" onSubmit={build}>
        {kept.length > 0 && (
          <label class="field">
            Your assignments on this device
            <select
              onChange={(e) => {
                const entry = findAssignment(workspace, (e.currentTarget as HTMLSelectElement).value);
                setCodes(entry?.codes ?? '');
                setLink(entry?.link ?? '');
                setBuilt(null);
              }}
            >
              <option value="">Choose one, or paste codes below</option>
              {kept.map((entry) => (
                <option value={entry.id}>
                  {entry.title} ({new Date(entry.createdAt).toLocaleDateString('en-GB')}
                  {entry.codes ? `, ${countCodeLines(entry.codes)} codes kept` : ''})
                </option>
              ))}
            </select>
          </label>
        )}
        <label class="field">
          Results codes, one per line
          <textarea rows={8} value={codes} onInput={(e) => setCodes((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
        <label class="field">
          Or add them from a text file
          <input type="file" accept=".txt,text/plain" onChange={(e) => void readFile((e.currentTarget as HTMLInputElement).files?.[0])} />
        </label>
        {needLink || link ? (
          <label class="field">
            The assignment link you sent
            <input value={link} onInput={(e) => setLink((e.currentTarget as HTMLInputElement).value)} />
          </label>
        ) : (
          <p class="small muted">
            The assignment is recognised from the codes when it was made on this device.{' '}
            <button type="button" class="linkish" onClick={() => setNeedLink(true)}>
              Paste its link instead
            </button>
          </p>
        )}
        {error && (
          <p class="notice bad" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={working !== null}>
          Show the class table
        </button>
        <p role="status" class="small">
          {working ?? saveNote ?? ''}
        </p>
      </form>
      {built && (
        <ClassTableView table={built.table} assignment={built.assignment} catalogue={catalogue} prompts={prompts} scenarioTitles={scenarioTitles} onDownload={download} />
      )}
    </div>
  );
}

interface ViewProps {
  table: ClassTable;
  assignment: Assignment;
  catalogue: Catalogue;
  prompts: Record<string, string>;
  scenarioTitles: Record<string, string>;
  onDownload: () => void;
}

function ClassTableView({ table, assignment, catalogue, prompts, scenarioTitles, onDownload }: ViewProps) {
  const [page, setPage] = useState(0);
  const shown = pageOf(table.rows, page, ROWS_PER_PAGE);
  const refused = table.problems.filter((problem) => !problem.added);
  const flagged = table.problems.filter((problem) => problem.added);
  const points = useMemo(() => new Map(catalogue.scenarios.map((scenario) => [scenario.key, new Map(scenario.points.map((point) => [point.id, point]))])), [catalogue]);
  const maxMarks = useMemo(() => new Map(catalogue.scenarios.map((scenario) => [scenario.key, scenario.marks])), [catalogue]);
  const latest = table.rows.filter((row) => row.latest).length;
  return (
    <section aria-labelledby="table-heading" class="class-table-section">
      <h2 id="table-heading">
        {assignment.title}: {table.rows.length.toLocaleString('en-GB')} result{table.rows.length === 1 ? '' : 's'}
      </h2>
      <p class="muted">
        {latest.toLocaleString('en-GB')} learner{latest === 1 ? '' : 's'}. Pass mark {assignment.passMark}%.
      </p>
      {table.notes.map((note) => (
        <p class="notice warn" role="status">
          {note}
        </p>
      ))}
      <ProblemList title={`${refused.length} line${refused.length === 1 ? ' was' : 's were'} not added:`} problems={refused} />
      <ProblemList title={`${flagged.length} line${flagged.length === 1 ? ' was' : 's were'} added with a problem:`} problems={flagged} />
      {table.rows.length > 0 && (
        <>
          <Pager shown={shown} total={table.rows.length} onPage={setPage} />
          <div class="class-table-wrap" role="region" aria-label="Class table" tabIndex={0}>
            <table class="class-table">
              <caption class="visually-hidden">One row per results code; question marks: ✓ right, ◐ partly right, ✗ wrong, – not answered.</caption>
              <thead>
                <tr>
                  <th scope="col">Learner</th>
                  <th scope="col">Score</th>
                  <th scope="col">Result</th>
                  <th scope="col">Time</th>
                  {table.countsCards && <th scope="col">Cards</th>}
                  {table.questionKeys.map((key, index) => (
                    <th scope="col" title={prompts[key] ?? key}>
                      Q{index + 1}
                    </th>
                  ))}
                  {table.scenarioKeys.map((key) => (
                    <th scope="col" class="scenario-head">
                      {scenarioTitles[key] ?? key}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.rows.map((row) => (
                  <Row row={row} table={table} prompts={prompts} scenarioTitles={scenarioTitles} points={points} maxMarks={maxMarks} />
                ))}
              </tbody>
            </table>
          </div>
          <Pager shown={shown} total={table.rows.length} onPage={setPage} />
          <button type="button" class="no-print" onClick={onDownload}>
            Download CSV
          </button>
          <div class="grid class-summary">
            <section class="card" aria-labelledby="missed-heading">
              <h3 id="missed-heading">Questions the class got wrong most</h3>
              <ol>
                {table.mostMissedQuestions.slice(0, 8).map((missed) => (
                  <li>
                    {prompts[missed.key] ?? missed.key} <span class="muted">({missed.count} of {missed.answered})</span>
                  </li>
                ))}
              </ol>
            </section>
            <section class="card" aria-labelledby="misconceptions-heading">
              <h3 id="misconceptions-heading">Misconceptions met most</h3>
              {table.mostCommonMisconceptions.length === 0 && <p class="muted">No misconception was shown in these results.</p>}
              <ol>
                {table.mostCommonMisconceptions.slice(0, 8).map((item) => (
                  <li>
                    “{catalogue.misconceptions[item.key]?.claim ?? item.key}” <span class="muted">({item.count} learner{item.count === 1 ? '' : 's'})</span>
                  </li>
                ))}
              </ol>
            </section>
          </div>
        </>
      )}
    </section>
  );
}

function ProblemList({ title, problems }: { title: string; problems: ClassTable['problems'] }) {
  if (problems.length === 0) return null;
  return (
    <div class="notice warn problem-list" role="status">
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {problems.slice(0, PROBLEMS_SHOWN).map((problem) => (
          <li>
            Line {problem.line}: {problem.reason}
          </li>
        ))}
      </ul>
      {problems.length > PROBLEMS_SHOWN && <p>…and {(problems.length - PROBLEMS_SHOWN).toLocaleString('en-GB')} more (all are in the same order in your list).</p>}
    </div>
  );
}

function Pager({ shown, total, onPage }: { shown: { page: number; pages: number }; total: number; onPage: (page: number) => void }) {
  if (shown.pages <= 1) return null;
  const first = shown.page * ROWS_PER_PAGE + 1;
  const last = Math.min(total, first + ROWS_PER_PAGE - 1);
  return (
    <nav class="pager no-print" aria-label="Pages of the class table">
      <button type="button" class="secondary" disabled={shown.page === 0} onClick={() => onPage(shown.page - 1)}>
        Previous
      </button>
      <span>
        Rows {first.toLocaleString('en-GB')}–{last.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')}
      </span>
      <button type="button" class="secondary" disabled={shown.page >= shown.pages - 1} onClick={() => onPage(shown.page + 1)}>
        Next
      </button>
    </nav>
  );
}

interface RowProps {
  row: ClassRow;
  table: ClassTable;
  prompts: Record<string, string>;
  scenarioTitles: Record<string, string>;
  points: Map<string, Map<string, { title?: string | undefined; statement: string; marks: number }>>;
  maxMarks: Map<string, number>;
}

function Row({ row, table, prompts, scenarioTitles, points, maxMarks }: RowProps) {
  const different = new Set(row.differentContent);
  return (
    <tr class={row.latest ? '' : 'superseded'}>
      <th scope="row" data-label="Learner">
        {row.learner}
        {!row.latest && <span class="small muted"> (earlier attempt)</span>}
        {row.mixedScripts.length > 0 && (
          <span class="name-flag small" title="Letters from different alphabets can make one name look like another's.">
            {' '}
            ⚠ mixes {row.mixedScripts.join(' and ')} letters
          </span>
        )}
      </th>
      <td data-label="Score">{row.scorePercent === null ? '–' : `${row.scorePercent}%`}</td>
      <td data-label="Result">{row.passed === null ? '–' : row.passed ? 'Pass' : 'Not yet'}</td>
      <td data-label="Time">{durationLabel(row.seconds)}</td>
      {table.countsCards && <td data-label="Cards">{row.cards === null ? '–' : row.cards}</td>}
      {table.questionKeys.map((key, index) => {
        const outcome = row.questions[key];
        const status = outcome?.status ?? 'unanswered';
        return (
          <td class={`q-cell q-${status}`} data-label={`Q${index + 1}`} title={prompts[key] ?? key}>
            <span aria-hidden="true">
              {STATUS_MARK[status]}
              {different.has(key) ? '≠' : ''}
            </span>
            <span class="visually-hidden">
              {STATUS_WORD[status]}
              {different.has(key) ? ', answered in a different version' : ''}
            </span>
          </td>
        );
      })}
      {table.scenarioKeys.map((key) => {
        const outcome = row.scenarios[key];
        const known = points.get(key);
        return (
          <td class="scenario-cell" data-label={scenarioTitles[key] ?? key}>
            {outcome ? (
              <>
                <strong>
                  {outcome.total}
                  {maxMarks.has(key) ? ` / ${maxMarks.get(key) ?? ''}` : ''}
                </strong>
                <ul class="points">
                  {(table.scenarioPoints[key] ?? []).map((pointId) => {
                    const point = known?.get(pointId);
                    const marks = Object.hasOwn(outcome.points, pointId) ? outcome.points[pointId] : undefined;
                    return (
                      <li>
                        <span class="point" tabIndex={0}>
                          {point ? pointTitle(point) : pointId}
                          {point && (
                            <span class="point-statement" role="tooltip">
                              {point.statement}
                            </span>
                          )}
                        </span>{' '}
                        {marks ?? 0}
                        {point ? `/${point.marks}` : ''}
                      </li>
                    );
                  })}
                </ul>
              </>
            ) : (
              '–'
            )}
          </td>
        );
      })}
    </tr>
  );
}
