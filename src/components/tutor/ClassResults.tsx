/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { type Assignment, decodeAssignment, resolveQuestions } from '../../lib/share/assignment';
import type { Catalogue } from '../../lib/share/catalogue';
import { type ClassTable, buildClassTable, classTableCsv } from '../../lib/share/class-table';
import { downloadText } from '../download';
import { useCatalogue } from './use-catalogue';

interface Props {
  base: string;
}

const STATUS_MARK = { right: '✓', partly: '◐', wrong: '✗', unanswered: '–' } as const;
const STATUS_WORD = { right: 'right', partly: 'partly right', wrong: 'wrong', unanswered: 'not answered' } as const;

export default function ClassResults({ base }: Props) {
  const state = useCatalogue(base);
  if (state.status === 'loading') return <p class="muted">Loading the course…</p>;
  if (state.status === 'failed') return <p class="notice bad" role="alert">{state.reason}</p>;
  return <Results catalogue={state.catalogue} />;
}

function Results({ catalogue }: { catalogue: Catalogue }) {
  const [link, setLink] = useState('');
  const [codes, setCodes] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [table, setTable] = useState<{ assignment: Assignment; table: ClassTable } | null>(null);
  const prompts = Object.fromEntries(catalogue.questions.map((question) => [question.key, question.prompt]));
  const scenarioTitles = Object.fromEntries(catalogue.scenarios.map((scenario) => [scenario.key, scenario.title]));

  async function build(event: Event) {
    event.preventDefault();
    const assignment = await decodeAssignment(link);
    if (!assignment.ok) {
      setError(`The assignment link cannot be read. ${assignment.reason}`);
      setTable(null);
      return;
    }
    const lines = codes.split(/\r?\n/);
    const built = await buildClassTable(assignment.value, lines, { questionKeys: resolveQuestions(assignment.value, catalogue.questions.map((question) => question.key)) });
    setError(null);
    setTable({ assignment: assignment.value, table: built });
  }

  async function readFile(file: File | undefined) {
    if (!file) return;
    if (file.size > 2_000_000) {
      setError(`“${file.name}” is too large to be a list of results codes.`);
      return;
    }
    const added = (await file.text()).trim();
    setCodes((previous) => `${previous.trim() ? `${previous.trim()}\n` : ''}${added}`);
  }

  function download() {
    if (!table) return;
    // The byte-order mark lets Excel read the names' accents correctly.
    const csv = `\uFEFF${classTableCsv(table.table, prompts, scenarioTitles)}`;
    downloadText(csv, `${table.assignment.title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40) || 'class'}-results.csv`, 'text/csv');
  }

  return (
    <div class="class-results">
      <form class="card no-print" onSubmit={build}>
        <label class="field">
          The assignment link you sent
          <input required value={link} onInput={(e) => setLink((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="field">
          Results codes, one per line
          <textarea rows={8} value={codes} onInput={(e) => setCodes((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
        <label class="field">
          Or add them from a text file
          <input type="file" accept=".txt,text/plain" onChange={(e) => void readFile((e.currentTarget as HTMLInputElement).files?.[0])} />
        </label>
        {error && (
          <p class="notice bad" role="alert">
            {error}
          </p>
        )}
        <button type="submit">Show the class table</button>
      </form>
      {table && <ClassTableView table={table.table} assignment={table.assignment} prompts={prompts} scenarioTitles={scenarioTitles} misconceptions={catalogue.misconceptions} onDownload={download} />}
    </div>
  );
}

interface ViewProps {
  table: ClassTable;
  assignment: Assignment;
  prompts: Record<string, string>;
  scenarioTitles: Record<string, string>;
  misconceptions: Catalogue['misconceptions'];
  onDownload: () => void;
}

function ClassTableView({ table, assignment, prompts, scenarioTitles, misconceptions, onDownload }: ViewProps) {
  return (
    <section aria-labelledby="table-heading" class="class-table-section">
      <h2 id="table-heading">{assignment.title}: {table.rows.length} result{table.rows.length === 1 ? '' : 's'}</h2>
      {table.problems.length > 0 && (
        <div class="notice warn" role="status">
          <p>
            <strong>{table.problems.length} line{table.problems.length === 1 ? ' was' : 's were'} not added:</strong>
          </p>
          <ul>
            {table.problems.map((problem) => (
              <li>
                Line {problem.line}: {problem.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {table.rows.length > 0 && (
        <>
          <div class="table-scroll" role="region" aria-label="Class table" tabIndex={0}>
            <table class="class-table">
              <thead>
                <tr>
                  <th scope="col">Learner</th>
                  <th scope="col">Score</th>
                  <th scope="col">Result</th>
                  <th scope="col">Minutes</th>
                  {table.questionKeys.map((key, index) => (
                    <th scope="col" title={prompts[key] ?? key}>
                      Q{index + 1}
                    </th>
                  ))}
                  {table.scenarioKeys.map((key) => (
                    <th scope="col">{scenarioTitles[key] ?? key}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr class={row.latest ? '' : 'superseded'}>
                    <th scope="row">
                      {row.learner}
                      {!row.latest && <span class="small muted"> (earlier attempt)</span>}
                    </th>
                    <td>{row.scorePercent === null ? '–' : `${row.scorePercent}%`}</td>
                    <td>{row.passed === null ? '–' : row.passed ? 'Pass' : 'Not yet'}</td>
                    <td>{row.minutes}</td>
                    {table.questionKeys.map((key) => {
                      const outcome = row.questions[key];
                      const status = outcome?.status ?? 'unanswered';
                      return (
                        <td class={`q-${status}`}>
                          <span aria-hidden="true">{STATUS_MARK[status]}</span>
                          <span class="visually-hidden">{STATUS_WORD[status]}</span>
                        </td>
                      );
                    })}
                    {table.scenarioKeys.map((key) => {
                      const outcome = row.scenarios[key];
                      return (
                        <td>
                          {outcome ? (
                            <>
                              {outcome.total}
                              <span class="small muted points">
                                {' '}
                                ({Object.entries(outcome.points)
                                  .map(([point, marks]) => `${point} ${marks}`)
                                  .join(', ')})
                              </span>
                            </>
                          ) : (
                            '–'
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
              <ol>
                {table.mostCommonMisconceptions.slice(0, 8).map((item) => (
                  <li>
                    “{misconceptions[item.key]?.claim ?? item.key}” <span class="muted">({item.count} learner{item.count === 1 ? '' : 's'})</span>
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
