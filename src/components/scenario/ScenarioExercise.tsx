/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Scenario } from '../../lib/content/schemas';
import type { MarkResult } from '../../lib/marking/marker';
import { type ScenarioAttempt, bestScenarioScore, recordScenarioAttempt, saveScenarioDraft, setSelfMarks } from '../../lib/progress/state';
import { type AttemptComparison, attemptStatus, compareWithPrevious, repeatedAttempt } from '../../lib/scenario/attempts';
import { newRecordId } from '../../lib/progress/ids';
import { $progress, startProgress, updateProgress } from '../../stores/progress';
import StorageNotice from '../progress/StorageNotice';
import { formatMarks } from '../../lib/marks';
import { ScenarioStep } from './ScenarioStep';

export type ScenarioData = Pick<Scenario, 'id' | 'title' | 'task' | 'command' | 'marks' | 'minutes' | 'words' | 'points' | 'model' | 'commentary' | 'context'> & {
  /** The case text, so sentences copied from it are set aside when marking. */
  case?: Scenario['case'];
  /** The model answer's hashed runs of words, so sentences taken from it are set aside. */
  modelRuns?: string;
};

interface Props {
  /** "<unit>/<scenario id>" */
  progressKey: string;
  scenario: ScenarioData;
}

const DRAFT_SAVE_DELAY_MS = 300;

// The marker is the heaviest code on the page and is needed only on "Mark my answer": fetch it then
// (or as soon as the learner starts writing), so the page is interactive sooner.
const loadMarker = () => import('../../lib/marking/marker');

export default function ScenarioExercise({ progressKey, scenario }: Props) {
  const progress = useStore($progress);
  const record = progress.scenarios[progressKey];
  const [answer, setAnswer] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [result, setResult] = useState<{ attempt: ScenarioAttempt; marks: MarkResult; repeated: boolean } | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const pendingSave = useRef<number | undefined>(undefined);
  const latestAnswer = useRef('');

  useEffect(() => {
    startProgress();
    const stored = $progress.get().scenarios[progressKey];
    setAnswer(stored?.draft ?? '');
    latestAnswer.current = stored?.draft ?? '';
    setLoaded(true);
    const flush = () => saveDraftNow();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
    };
  }, []);

  function saveDraftNow() {
    window.clearTimeout(pendingSave.current);
    pendingSave.current = undefined;
    const text = latestAnswer.current;
    const now = new Date();
    updateProgress((state) => saveScenarioDraft(state, progressKey, text, now));
    setSavedAt(now.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' }));
  }

  function onInput(text: string) {
    if (!latestAnswer.current) void loadMarker();
    setAnswer(text);
    latestAnswer.current = text;
    window.clearTimeout(pendingSave.current);
    pendingSave.current = window.setTimeout(saveDraftNow, DRAFT_SAVE_DELAY_MS);
  }

  async function mark(text: string) {
    saveDraftNow();
    const { markAnswer } = await loadMarker();
    const marks = markAnswer(scenario, text);
    // The same words marked again get the same marks: show that attempt instead of counting a new one.
    const repeated = repeatedAttempt($progress.get().scenarios[progressKey], text);
    if (repeated) {
      setResult({ attempt: repeated, marks, repeated: true });
      return;
    }
    const at = new Date();
    const attempt: ScenarioAttempt = {
      id: newRecordId(at),
      at: at.toISOString(),
      answer: text,
      total: marks.total,
      max: marks.max,
      points: marks.points.map((point) => ({ id: point.id, status: point.status, marks: point.marks })),
    };
    updateProgress((state) => recordScenarioAttempt(state, progressKey, attempt));
    setResult({ attempt, marks, repeated: false });
  }

  function tryAgain() {
    setResult(null);
    requestAnimationFrame(() => document.getElementById(`answer-${scenario.id}`)?.focus());
  }

  const attempts = record?.attempts ?? [];
  const best = bestScenarioScore(record);
  const attemptNumber = result ? attempts.findIndex((attempt) => attempt.id === result.attempt.id) + 1 : 0;

  return (
    <ScenarioStep
      scenario={scenario}
      layout="page"
      answer={answer}
      onInput={onInput}
      ready={loaded}
      savesDraft={true}
      savedAt={savedAt}
      marked={result ? { text: result.attempt.answer, marks: result.marks } : null}
      onMark={mark}
      beforeForm={<StorageNotice />}
      afterForm={
        attempts.length > 0 && (
          <p class="muted">
            {attempts.length} earlier attempt{attempts.length === 1 ? '' : 's'} · best {formatMarks(best ?? 0)} / {scenario.marks} · latest{' '}
            {formatMarks(attempts[attempts.length - 1]?.total ?? 0)} / {scenario.marks}
          </p>
        )
      }
      statusNote={attemptStatus(attempts, attemptNumber, scenario.marks, formatMarks)}
      summaryExtra={
        result && (
          <>
            {result.repeated && <p class="notice">This is the same answer as attempt {attemptNumber}, so it was not counted again. Change it to improve your mark.</p>}
            {!result.repeated && <AttemptComparisonNote attempts={attempts} attemptId={result.attempt.id} attemptNumber={attemptNumber} marks={result.marks} />}
          </>
        )
      }
      afterResult={
        result && (
          <AfterMarking
            scenario={scenario}
            marks={result.marks}
            selfMarks={attempts.find((attempt) => attempt.id === result.attempt.id)?.selfMarks}
            onSelfMarks={(marks) => updateProgress((state) => setSelfMarks(state, progressKey, result.attempt.id, marks))}
          />
        )
      }
      resultAction={{ label: 'Improve this answer', onClick: tryAgain }}
    />
  );
}

function AttemptComparisonNote({ attempts, attemptId, attemptNumber, marks }: { attempts: ScenarioAttempt[]; attemptId: string; attemptNumber: number; marks: MarkResult }) {
  const comparison = compareWithPrevious(attempts, attemptId);
  if (!comparison) return null;
  const statementOf = (id: string) => marks.points.find((point) => point.id === id)?.statement ?? id;
  return <AttemptChange comparison={comparison} attemptNumber={attemptNumber} statementOf={statementOf} />;
}

interface AfterMarkingProps {
  scenario: ScenarioData;
  marks: MarkResult;
  selfMarks: Record<string, number> | undefined;
  onSelfMarks: (marks: Record<string, number>) => void;
}

/** After the marks: the model answer, the examiner's commentary, and the learner's own marks. */
function AfterMarking({ scenario, marks, selfMarks, onSelfMarks }: AfterMarkingProps) {
  const [draftSelf, setDraftSelf] = useState<Record<string, number>>(() => selfMarks ?? {});
  const selfTotal = selfMarks ? Math.min(scenario.marks, Object.values(selfMarks).reduce((sum, value) => sum + value, 0)) : null;
  return (
    <>
      <details class="card model">
        <summary>Model answer</summary>
        <div class="model-text">
          {scenario.model.split(/\n\s*\n/).map((paragraph) => (
            <p>{paragraph}</p>
          ))}
        </div>
      </details>
      <details class="card model">
        <summary>Examiner commentary</summary>
        {scenario.commentary.split(/\n\s*\n/).map((paragraph) => (
          <p>{paragraph}</p>
        ))}
      </details>

      <form
        class="self-mark card"
        onSubmit={(event) => {
          event.preventDefault();
          onSelfMarks(draftSelf);
        }}
      >
        <h3>Mark yourself</h3>
        <p class="muted small">After reading the model answer, give yourself the marks you think each point deserves. Both marks are kept.</p>
        <table>
          <thead>
            <tr>
              <th scope="col">Marking point</th>
              <th scope="col">Markpoint</th>
              <th scope="col">You</th>
            </tr>
          </thead>
          <tbody>
            {marks.points.map((point) => (
              <tr>
                <th scope="row">{point.statement}</th>
                <td>{formatMarks(point.marks)}</td>
                <td>
                  <select
                    aria-label={`Your mark for: ${point.statement}`}
                    value={String(draftSelf[point.id] ?? '')}
                    onChange={(event) => {
                      const value = (event.currentTarget as HTMLSelectElement).value;
                      setDraftSelf((previous) => {
                        const next = { ...previous };
                        if (value === '') delete next[point.id];
                        else next[point.id] = Number(value);
                        return next;
                      });
                    }}
                  >
                    <option value="">–</option>
                    {Array.from({ length: point.max * 2 + 1 }, (_, i) => i / 2).map((value) => (
                      <option value={String(value)}>{formatMarks(value)}</option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td>{formatMarks(marks.total)}</td>
              <td>{selfTotal === null ? '–' : formatMarks(selfTotal)}</td>
            </tr>
          </tfoot>
        </table>
        <button type="submit" class="secondary">
          Save my marks
        </button>
        {selfMarks && <p role="status" class="small">Your marks are saved: {formatMarks(selfTotal ?? 0)} / {scenario.marks}.</p>}
      </form>
    </>
  );
}

function AttemptChange({ comparison, attemptNumber, statementOf }: { comparison: AttemptComparison; attemptNumber: number; statementOf: (id: string) => string }) {
  const { scoreChange, previous, gained, lost } = comparison;
  const direction = scoreChange > 0 ? `Up ${formatMarks(scoreChange)}` : scoreChange < 0 ? `Down ${formatMarks(-scoreChange)}` : 'No change';
  const marksWord = Math.abs(scoreChange) === 1 ? 'mark' : 'marks';
  return (
    <div class="attempt-change">
      <p>
        <strong>
          {direction}
          {scoreChange !== 0 ? ` ${marksWord}` : ''}
        </strong>{' '}
        since attempt {attemptNumber - 1} ({formatMarks(previous.total)} → {formatMarks(previous.total + scoreChange)}).
      </p>
      {(gained.length > 0 || lost.length > 0) && (
        <details class="attempt-points">
          <summary>
            Points: {gained.length} gained, {lost.length} lost
          </summary>
          <ul>
            {[...gained, ...lost].map((change) => (
              <li class={change.after > change.before ? 'gained' : 'lost'}>
                <span class="change">
                  <span aria-hidden="true">{change.after > change.before ? '▲' : '▼'}</span> {formatMarks(change.before)} → {formatMarks(change.after)}
                  <span class="visually-hidden">{change.after > change.before ? ' marks gained' : ' marks lost'}</span>
                </span>{' '}
                {statementOf(change.id)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
