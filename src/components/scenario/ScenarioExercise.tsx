/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Scenario } from '../../lib/content/schemas';
import type { MarkResult, PointResult, Span } from '../../lib/marking/marker';
import { tooLongNote } from '../../lib/marking/explain';
import { ANSWER_CHARACTER_LIMIT, ANSWER_WORD_LIMIT, countAnswerWords, limitCombiningMarks, overWordLimit } from '../../lib/marking/text';
import { type ScenarioAttempt, bestScenarioScore, recordScenarioAttempt, saveScenarioDraft, setSelfMarks } from '../../lib/progress/state';
import { type AttemptComparison, compareWithPrevious, repeatedAttempt } from '../../lib/scenario/attempts';
import { newRecordId } from '../../lib/progress/ids';
import { $progress, startProgress, updateProgress } from '../../stores/progress';
import StorageNotice from '../progress/StorageNotice';

export type ScenarioData = Pick<Scenario, 'id' | 'title' | 'task' | 'command' | 'marks' | 'minutes' | 'words' | 'points' | 'model' | 'commentary' | 'context'> & {
  /** The case text, so sentences copied from it are set aside when marking. */
  case?: Scenario['case'];
};

interface Props {
  /** "<unit>/<scenario id>" */
  progressKey: string;
  scenario: ScenarioData;
}

const STATUS_TEXT: Record<PointResult['status'], string> = { earned: 'Earned', partly: 'Partly earned', not: 'Not earned' };
const STATUS_ICON: Record<PointResult['status'], string> = { earned: '✓', partly: '◐', not: '✗' };
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
  const [focusPoint, setFocusPoint] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const pendingSave = useRef<number | undefined>(undefined);
  const latestAnswer = useRef('');
  const resultHeading = useRef<HTMLHeadingElement>(null);

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

  function onInput(event: Event) {
    const text = (event.currentTarget as HTMLTextAreaElement).value;
    if (!latestAnswer.current) void loadMarker();
    setAnswer(text);
    latestAnswer.current = text;
    window.clearTimeout(pendingSave.current);
    pendingSave.current = window.setTimeout(saveDraftNow, DRAFT_SAVE_DELAY_MS);
  }

  async function submit(event: Event) {
    event.preventDefault();
    saveDraftNow();
    // A letter under thousands of accents would stall the result's layout; no language needs more than a few.
    const text = limitCombiningMarks(answer);
    if (overWordLimit(text)) {
      setRefusal(tooLongNote(countAnswerWords(text), text.length));
      return;
    }
    setRefusal(null);
    const { markAnswer } = await loadMarker();
    const marks = markAnswer(scenario, text);
    // The same words marked again get the same marks: show that attempt instead of counting a new one.
    const repeated = repeatedAttempt($progress.get().scenarios[progressKey], text);
    if (repeated) {
      setResult({ attempt: repeated, marks, repeated: true });
      setFocusPoint(marks.points.find((point) => point.evidence.length > 0)?.id ?? null);
      requestAnimationFrame(() => resultHeading.current?.focus());
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
    setFocusPoint(marks.points.find((point) => point.evidence.length > 0)?.id ?? null);
    requestAnimationFrame(() => resultHeading.current?.focus());
  }

  function tryAgain() {
    setResult(null);
    requestAnimationFrame(() => document.getElementById(`answer-${scenario.id}`)?.focus());
  }

  const words = countAnswerWords(answer);
  const attempts = record?.attempts ?? [];
  const best = bestScenarioScore(record);

  if (result) {
    return (
      <ScenarioResult
        result={result}
        scenario={scenario}
        focusPoint={focusPoint}
        onFocusPoint={setFocusPoint}
        headingRef={resultHeading}
        onTryAgain={tryAgain}
        selfMarks={attempts.find((attempt) => attempt.id === result.attempt.id)?.selfMarks}
        onSelfMarks={(marks) => updateProgress((state) => setSelfMarks(state, progressKey, result.attempt.id, marks))}
        best={best}
        attemptCount={attempts.length}
        attemptNumber={attempts.findIndex((attempt) => attempt.id === result.attempt.id) + 1}
        comparison={compareWithPrevious(attempts, result.attempt.id)}
      />
    );
  }

  const range = scenario.words;
  const lengthState = words === 0 ? '' : words < range.min ? 'under' : words > range.max ? 'over' : 'within';
  return (
    <form class="scenario-form" onSubmit={(event) => void submit(event)}>
      <StorageNotice />
      <label for={`answer-${scenario.id}`} class="answer-label">
        Your answer
      </label>
      <p id={`answer-help-${scenario.id}`} class="muted small">
        Aim for {range.min}–{range.max} words in about {scenario.minutes} minutes. Your draft is saved on this device as you type. The marker
        reads up to {ANSWER_WORD_LIMIT.toLocaleString('en-GB')} words.
      </p>
      <textarea
        id={`answer-${scenario.id}`}
        aria-describedby={`answer-help-${scenario.id} answer-count-${scenario.id}`}
        rows={14}
        maxLength={ANSWER_CHARACTER_LIMIT}
        value={answer}
        onInput={onInput}
        disabled={!loaded}
        spellcheck={true}
      />
      <p id={`answer-count-${scenario.id}`} class={`word-count ${lengthState}`} aria-live="polite">
        {words} word{words === 1 ? '' : 's'}
        {lengthState === 'under' && ` (below the suggested ${range.min})`}
        {lengthState === 'over' && ` (above the suggested ${range.max})`}
        {answer.length >= ANSWER_CHARACTER_LIMIT && ` · the box is full: it holds ${ANSWER_CHARACTER_LIMIT.toLocaleString('en-GB')} characters`}
        {savedAt && <span class="muted"> · draft saved {savedAt}</span>}
      </p>
      {refusal && (
        <p class="notice warn" role="alert">
          {refusal}
        </p>
      )}
      <div class="action-bar">
        <div class="action-bar-inner">
          {answer.trim() ? (
            <button type="submit" disabled={!loaded}>
              Mark my answer
            </button>
          ) : (
            // Nothing written yet: the thumb's button takes the learner to the answer box instead.
            <button type="button" disabled={!loaded} onClick={() => document.getElementById(`answer-${scenario.id}`)?.focus()}>
              Write your answer
            </button>
          )}
        </div>
      </div>
      {attempts.length > 0 && (
        <p class="muted">
          {attempts.length} earlier attempt{attempts.length === 1 ? '' : 's'} · best {formatMarks(best ?? 0)} / {scenario.marks} · latest{' '}
          {formatMarks(attempts[attempts.length - 1]?.total ?? 0)} / {scenario.marks}
        </p>
      )}
    </form>
  );
}

interface ResultProps {
  result: { attempt: ScenarioAttempt; marks: MarkResult; repeated: boolean };
  scenario: ScenarioData;
  focusPoint: string | null;
  onFocusPoint: (id: string) => void;
  headingRef: preact.RefObject<HTMLHeadingElement>;
  onTryAgain: () => void;
  selfMarks: Record<string, number> | undefined;
  onSelfMarks: (marks: Record<string, number>) => void;
  best: number | null;
  attemptCount: number;
  /** 1-based; 0 when the attempt is not (yet) in the store. */
  attemptNumber: number;
  comparison: AttemptComparison | null;
}

function ScenarioResult(props: ResultProps) {
  const { result, scenario, focusPoint, onFocusPoint, headingRef, onTryAgain, selfMarks, onSelfMarks, best, attemptCount, attemptNumber, comparison } = props;
  const { marks, attempt } = result;
  const focused = marks.points.find((point) => point.id === focusPoint);
  const [draftSelf, setDraftSelf] = useState<Record<string, number>>(() => selfMarks ?? {});
  const evidenceRef = useRef<HTMLDivElement>(null);
  const selfTotal = selfMarks ? Math.min(scenario.marks, Object.values(selfMarks).reduce((sum, value) => sum + value, 0)) : null;
  const earnedCount = marks.points.filter((point) => point.status === 'earned').length;
  const statementOf = (id: string) => marks.points.find((point) => point.id === id)?.statement ?? id;

  function showEvidence(id: string) {
    onFocusPoint(id);
    // After the highlight re-renders: bring the first piece of evidence into view and move focus to
    // the answer, so a phone user lands on it and a screen reader reads where they are.
    requestAnimationFrame(() => {
      const view = evidenceRef.current;
      if (!view) return;
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      const target = view.querySelector('mark.evidence') ?? view;
      target.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      view.focus({ preventScroll: true });
    });
  }

  return (
    <section class="scenario-result" aria-labelledby="result-heading">
      <div class="result-summary card">
        <h2 id="result-heading" ref={headingRef} tabIndex={-1}>
          Marked: {formatMarks(marks.total)} out of {marks.max}
        </h2>
        <p role="status">
          {earnedCount} of {marks.points.length} marking points earned in full.
          {attemptNumber > 0 && ` Attempt ${attemptNumber}.`}
          {best !== null && attemptCount > 1 ? ` Your best is ${formatMarks(best)} over ${attemptCount} attempts.` : ''}
        </p>
        {result.repeated && <p class="notice">This is the same answer as attempt {attemptNumber}, so it was not counted again. Change it to improve your mark.</p>}
        {comparison && !result.repeated && <AttemptChange comparison={comparison} attemptNumber={attemptNumber} statementOf={statementOf} />}
      </div>
      {marks.notes.map((note) => (
        <p class="notice warn">{note}</p>
      ))}

      <h3>Marking points</h3>
      <ol class="points">
        {marks.points.map((point) => (
          <li class={`point ${point.status}${point.id === focusPoint ? ' focused' : ''}`}>
            <details>
              <summary class="point-head">
                <span class="status">
                  <span aria-hidden="true">{STATUS_ICON[point.status]} </span>
                  {STATUS_TEXT[point.status]}
                </span>
                <span class="statement">{point.statement}</span>
                <span class="point-marks">
                  {formatMarks(point.marks)} / {point.max}
                </span>
              </summary>
              <p class="reason">{point.reason}</p>
              {point.evidence.length > 0 && (
                <button type="button" class="secondary small-button" onClick={() => showEvidence(point.id)}>
                  Show evidence
                </button>
              )}
            </details>
          </li>
        ))}
      </ol>

      <h3 id="evidence-heading">Your answer{focused ? `, with the evidence for “${focused.statement}”` : ''}</h3>
      <div class="answer-view card" aria-labelledby="evidence-heading" ref={evidenceRef} tabIndex={-1}>
        <AnswerWithEvidence text={attempt.answer} evidence={focused?.evidence ?? []} sentences={focused?.sentences ?? []} />
      </div>
      <p class="muted small">Evidence words are underlined and highlighted; the sentence they sit in is shaded.</p>

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

      <div class="action-bar">
        <div class="action-bar-inner">
          <button type="button" onClick={onTryAgain}>
            Improve this answer
          </button>
        </div>
      </div>
    </section>
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

function AnswerWithEvidence({ text, evidence, sentences }: { text: string; evidence: Span[]; sentences: Span[] }) {
  const pieces = useMemo(() => splitForHighlight(text, evidence, sentences), [text, evidence, sentences]);
  return (
    <p class="answer-text">
      {pieces.map((piece) =>
        piece.evidence ? (
          <mark class="evidence">{piece.text}</mark>
        ) : piece.sentence ? (
          <span class="evidence-sentence">{piece.text}</span>
        ) : (
          piece.text
        ),
      )}
    </p>
  );
}

interface Piece {
  text: string;
  evidence: boolean;
  sentence: boolean;
}

function splitForHighlight(text: string, evidence: Span[], sentences: Span[]): Piece[] {
  const cuts = new Set([0, text.length]);
  for (const span of [...evidence, ...sentences]) {
    cuts.add(Math.max(0, Math.min(text.length, span.start)));
    cuts.add(Math.max(0, Math.min(text.length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const inside = (spans: Span[], at: number) => spans.some((span) => at >= span.start && at < span.end);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end > start) pieces.push({ text: text.slice(start, end), evidence: inside(evidence, start), sentence: inside(sentences, start) });
  }
  return pieces;
}

function formatMarks(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
