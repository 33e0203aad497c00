/** @jsxImportSource preact */
/**
 * The assignment as it runs inside an LMS package: the same question and scenario steps as the
 * site's assignment page, with the score reported to the LMS at the end. The steps record into the
 * attempt here, as no progress store exists inside an LMS. Answers are saved on the device after
 * every step, so a refused report, a closed tab or a broken LMS loses nothing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LmsPackageContent } from '../../lib/lms/content';
import { interactionsOf } from '../../lib/lms/interactions';
import type { LmsStandard } from '../../lib/lms/manifest';
import { STANDARD_NAMES } from '../../lib/lms/manifest';
import { type Attempt, type QuestionAnswer, type ScenarioAnswer, type ScoreSummary, passMarkInForce, secondsBetween, summariseAttempt } from '../../lib/lms/score';
import { gradeAnswer } from '../../lib/quiz/grade';
import { hashString } from '../../lib/random/seeded';
import { err, ok } from '../../lib/result';
import { encodeResults } from '../../lib/share/results';
import { type Connected, type Outcome, connect } from './connection';
import { QuestionStep } from '../quiz/QuestionStep';
import { RunnerScenarioStep } from '../scenario/ScenarioStep';
import { markAnswer } from '../../lib/marking/marker';

interface Props {
  content: LmsPackageContent;
  standard: LmsStandard;
}

type Step = { kind: 'intro' } | { kind: 'question'; index: number } | { kind: 'scenario'; index: number } | { kind: 'done' };

interface Saved {
  step: Step;
  attempt: Attempt;
  /** Scenario answers being written, by scenario key, so a reload keeps the text. */
  drafts?: Record<string, string>;
}

const storageKey = (content: LmsPackageContent) => `markpoint-lms:${content.assignment.id}`;

function loadSaved(content: LmsPackageContent): Saved | null {
  try {
    const text = localStorage.getItem(storageKey(content));
    if (!text) return null;
    const saved = JSON.parse(text) as Saved;
    return saved && typeof saved === 'object' && saved.attempt && Array.isArray(saved.attempt.questions) && Array.isArray(saved.attempt.scenarios) ? saved : null;
  } catch {
    return null;
  }
}

function save(content: LmsPackageContent, saved: Saved): void {
  try {
    localStorage.setItem(storageKey(content), JSON.stringify(saved));
  } catch {
    // Storage can be blocked in an LMS frame; the answers stay in memory for this visit.
  }
}

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

export default function LmsRunner({ content, standard }: Props) {
  const [connected, setConnected] = useState<Connected | null>(null);
  const [saved, setSaved] = useState<Saved>(() => loadSaved(content) ?? { step: { kind: 'intro' }, attempt: { learner: '', startedAt: '', questions: [], scenarios: [] } });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void connect(standard).then((result) => {
      if (!live) return;
      setConnected(result);
      if (result.ok && result.value.learnerName) {
        setSaved((previous) => (previous.attempt.learner ? previous : { ...previous, attempt: { ...previous.attempt, learner: result.value.learnerName } }));
      }
    });
    return () => {
      live = false;
    };
  }, []);

  const finishedRef = useRef(false);
  finishedRef.current = saved.step.kind === 'done';
  useEffect(() => {
    if (!connected?.ok) return;
    // SCORM asks a unit to end its session when its page goes away; one left unfinished is
    // suspended, so the LMS offers to resume it (the answers are also kept on the device).
    const end = () => void (finishedRef.current ? connected.value.finish() : connected.value.suspend());
    window.addEventListener('pagehide', end);
    return () => window.removeEventListener('pagehide', end);
  }, [connected]);

  const update = (next: Saved) => {
    setSaved(next);
    save(content, next);
  };
  const go = (step: Step, attempt: Attempt = saved.attempt) => {
    update({ ...saved, step, attempt });
    requestAnimationFrame(() => heading.current?.focus());
  };
  const { questions, scenarios, assignment } = content;
  const mastery = connected?.ok ? connected.value.mastery : null;
  const passMark = passMarkInForce(assignment.passMark, mastery);
  const afterQuestions = (): Step => (scenarios.length ? { kind: 'scenario', index: 0 } : { kind: 'done' });
  const { step, attempt } = saved;

  if (step.kind === 'intro') {
    return (
      <form
        class="card runner"
        onSubmit={(event) => {
          event.preventDefault();
          go(questions.length ? { kind: 'question', index: 0 } : afterQuestions(), { ...attempt, startedAt: attempt.startedAt || now() });
        }}
      >
        <h2 ref={heading} tabIndex={-1}>
          Before you start
        </h2>
        <p>
          Set by <strong>{assignment.tutor}</strong>. Pass mark {passMark}%.
        </p>
        {assignment.note && <p class="note">{assignment.note}</p>}
        <ul>
          {questions.length > 0 && <li>{questions.length} quiz questions, 1 mark each</li>}
          {scenarios.map((scenario) => (
            <li>
              Scenario: {scenario.title} ({scenario.marks} marks)
            </li>
          ))}
        </ul>
        <ConnectionNotice connected={connected} />
        <label class="field">
          Your name, as your tutor should see it
          <input
            required
            maxLength={60}
            autoComplete="name"
            value={attempt.learner}
            onInput={(e) => setSaved({ ...saved, attempt: { ...attempt, learner: (e.currentTarget as HTMLInputElement).value } })}
          />
        </label>
        <button type="submit">Start</button>
      </form>
    );
  }

  if (step.kind === 'question') {
    const question = questions[step.index];
    if (!question) return null;
    const previous = attempt.questions.find((answer) => answer.key === question.key);
    const next = (): Step => (step.index + 1 < questions.length ? { kind: 'question', index: step.index + 1 } : afterQuestions());
    return (
      <QuestionStep
        key={question.key}
        question={question}
        position={`Question ${step.index + 1} of ${questions.length}`}
        seed={hashString(`${assignment.id}|${attempt.learner}`)}
        headingRef={heading}
        misconceptions={content.misconceptions}
        layout="runner"
        previous={previous ? { chosen: previous.chosen, grade: gradeAnswer(question, previous.chosen) } : null}
        onAnswer={({ chosen, grade }) => {
          const answer: QuestionAnswer = { key: question.key, chosen, score: grade.score };
          update({ ...saved, step, attempt: { ...attempt, questions: [...attempt.questions.filter((entry) => entry.key !== answer.key), answer] } });
        }}
        nextLabel="Next"
        onNext={() => go(next())}
      />
    );
  }

  if (step.kind === 'scenario') {
    const scenario = scenarios[step.index];
    if (!scenario) return null;
    const previous = attempt.scenarios.find((answer) => answer.key === scenario.key);
    return (
      <RunnerScenarioStep
        key={scenario.key}
        scenario={scenario}
        position={`Scenario ${step.index + 1} of ${scenarios.length}`}
        headingRef={heading}
        draft={saved.drafts?.[scenario.key] ?? ''}
        previous={previous ? { text: previous.answer, marks: markAnswer(scenario, previous.answer) } : null}
        // Storage can be blocked in an LMS frame, so the step does not promise that drafts are kept.
        savesDraft={false}
        onDraft={(text) => save(content, { ...saved, drafts: { ...saved.drafts, [scenario.key]: text } })}
        mark={(text) => markAnswer(scenario, text)}
        onMarked={({ text, marks }) => {
          const answer: ScenarioAnswer = { key: scenario.key, answer: text, total: marks.total, max: marks.max, points: Object.fromEntries(marks.points.map((point) => [point.id, point.marks])) };
          update({ ...saved, step, attempt: { ...attempt, scenarios: [...attempt.scenarios.filter((entry) => entry.key !== answer.key), answer] } });
        }}
        onNext={() => go(step.index + 1 < scenarios.length ? { kind: 'scenario', index: step.index + 1 } : { kind: 'done' })}
      />
    );
  }

  return <Finished content={content} attempt={attempt} summary={summariseAttempt(content, attempt, passMark)} connected={connected} headingRef={heading} />;
}

function ConnectionNotice({ connected }: { connected: Connected | null }) {
  if (!connected) return <p class="small muted">Connecting to your LMS…</p>;
  if (connected.ok) return <p class="small muted">Your score will be recorded in your LMS ({STANDARD_NAMES[connected.value.standard]}) when you finish.</p>;
  return (
    <div class="notice warn" role="status">
      <p>Markpoint could not connect to your LMS: {connected.error}.</p>
      <p>You can still do the assignment. At the end you get a results code to send to your tutor, so your work still counts.</p>
    </div>
  );
}

type Recording = { status: 'waiting' } | { status: 'recording' } | { status: 'done'; outcome: Outcome };

interface FinishedProps {
  content: LmsPackageContent;
  attempt: Attempt;
  summary: ScoreSummary;
  connected: Connected | null;
  headingRef: preact.RefObject<HTMLHeadingElement>;
}

function Finished({ content, attempt, summary, connected, headingRef }: FinishedProps) {
  const [recording, setRecording] = useState<Recording>({ status: 'waiting' });
  const [code, setCode] = useState<string | null>(null);
  const [codeProblem, setCodeProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState('');

  const record = async () => {
    if (!connected?.ok) return;
    setRecording({ status: 'recording' });
    const connection = connected.value;
    let outcome: Outcome;
    try {
      outcome = await connection.record(summary, interactionsOf(content, attempt), secondsBetween(attempt.startedAt, now()), content.assignment.id);
      if (outcome.ok) {
        const ended = await connection.finish();
        if (!ended.ok) outcome = ok({ note: `The score was saved, but ${ended.error}.` });
      }
    } catch (error) {
      outcome = err(error instanceof Error ? error.message : 'an unexpected error');
    }
    setRecording({ status: 'done', outcome });
  };

  useEffect(() => {
    if (connected?.ok && recording.status === 'waiting') void record();
  }, [connected]);

  useEffect(() => {
    const byKey = new Map(content.questions.map((question) => [question.key, question]));
    encodeResults({
      v: 1,
      assignment: content.assignment.id,
      learner: attempt.learner.trim() || 'Learner',
      startedAt: attempt.startedAt || now(),
      submittedAt: now(),
      items: attempt.questions.flatMap((answer) => {
        const question = byKey.get(answer.key);
        return question ? [{ key: answer.key, score: answer.score, missed: gradeAnswer(question, answer.chosen).missed.slice(0, 8) }] : [];
      }),
      scenarios: attempt.scenarios.map((answer) => ({ key: answer.key, total: answer.total, points: answer.points })),
    })
      .then(setCode)
      .catch((error: Error) => setCodeProblem(`The results code could not be made: ${error.message}`));
  }, []);

  const failed = connected !== null && (!connected.ok || (recording.status === 'done' && !recording.outcome.ok));
  return (
    <section class="card runner" aria-labelledby="finished-heading">
      <h2 id="finished-heading" ref={headingRef} tabIndex={-1}>
        Finished
      </h2>
      <p class="lms-score">
        Your score: <strong data-score-raw={summary.raw}>{summary.raw}</strong> out of <strong data-score-max={summary.max}>{summary.max}</strong> (
        <strong data-score-percent={summary.percent}>{summary.percent}%</strong>), {summary.passed ? 'a pass' : `below the ${summary.passMark}% pass mark`}.
      </p>
      <ul class="lms-parts">
        {summary.quiz.max > 0 && (
          <li>
            Quiz: {summary.quiz.raw} out of {summary.quiz.max}
          </li>
        )}
        {summary.scenarios.map((scenario) => (
          <li>
            {scenario.title}: {scenario.total} out of {scenario.max}
          </li>
        ))}
      </ul>
      {connected === null && <p role="status">Connecting to your LMS…</p>}
      {connected?.ok && recording.status !== 'done' && <p role="status">Recording your score in your LMS…</p>}
      {recording.status === 'done' && recording.outcome.ok && (
        <div class="notice good" role="status">
          <p>Your score has been recorded in your LMS. You can close this page.</p>
          {recording.outcome.value.note && <p class="small">{recording.outcome.value.note}</p>}
        </div>
      )}
      {failed && (
        <div class="notice bad" role="alert">
          <p>
            <strong>Your score could not be recorded in your LMS</strong>: {connected.ok ? (recording.status === 'done' && !recording.outcome.ok ? recording.outcome.error : '') : connected.error}.
          </p>
          <p>Your answers are kept on this device. Send your tutor the results code below so your work still counts{connected.ok ? ', or try recording again' : ''}.</p>
          {connected.ok && (
            <button type="button" onClick={() => void record()}>
              Try recording again
            </button>
          )}
        </div>
      )}
      {codeProblem && (
        <p class="notice bad" role="alert">
          {codeProblem}
        </p>
      )}
      {code && (
        <details open={failed} class="lms-code">
          <summary>Results code for your tutor</summary>
          <label class="field">
            Your results code
            <textarea readOnly rows={4} value={code} onFocus={(e) => (e.currentTarget as HTMLTextAreaElement).select()} />
          </label>
          <button
            type="button"
            class="secondary"
            onClick={async () => {
              let done = false;
              try {
                await navigator.clipboard.writeText(code);
                done = true;
              } catch {
                done = false;
              }
              setCopied(done ? 'Code copied: paste it into a message to your tutor.' : 'Copying was blocked: select the code and copy it.');
            }}
          >
            Copy code
          </button>
          <p role="status" class="small">
            {copied}
          </p>
        </details>
      )}
    </section>
  );
}
