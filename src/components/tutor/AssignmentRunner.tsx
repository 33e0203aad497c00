/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { newRecordId } from '../../lib/progress/ids';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { recordQuestionAttempt, recordScenarioAttempt } from '../../lib/progress/state';
import type { QuizQuestion } from '../../lib/quiz/grade';
import { hashString } from '../../lib/random/seeded';
import { type Assignment, decodeAssignment } from '../../lib/share/assignment';
import type { Catalogue, CatalogueScenario } from '../../lib/share/catalogue';
import { contentFingerprints } from '../../lib/share/content-version';
import { type ScenarioResult, encodeResults, validateLearnerName } from '../../lib/share/results';
import {
  type AssignmentRun,
  type RunPlan,
  type RunPosition,
  cardsReviewedDuring,
  finishRun,
  moveRun,
  nextPosition,
  planRun,
  readSavedRun,
  recordRunAnswer,
  recordRunScenario,
  resumePosition,
  runResults,
  runStorageKey,
  saveRunDraft,
  scoreAssignment,
  startRun,
  touchRun,
} from '../../lib/share/run';
import { $progress, startProgress, updateProgress } from '../../stores/progress';
import StorageNotice from '../progress/StorageNotice';
import { QuestionStep } from '../quiz/QuestionStep';
import { copyText, useCatalogue } from './use-catalogue';

interface Props {
  base: string;
}

type Decoded = { status: 'reading' } | { status: 'refused'; reason: string } | { status: 'ready'; assignment: Assignment };

export default function AssignmentRunner({ base }: Props) {
  const catalogue = useCatalogue(base);
  const [hash, setHash] = useState<string | null>(null);
  const [decoded, setDecoded] = useState<Decoded>({ status: 'reading' });
  useEffect(() => {
    startProgress();
    const read = () => setHash(location.hash.slice(1));
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  useEffect(() => {
    if (hash === null) return;
    if (!hash) {
      setDecoded({ status: 'refused', reason: 'This page needs an assignment link from your tutor: the part after # is missing.' });
      return;
    }
    // A link changed in the same tab starts over: nothing of the previous assignment carries across,
    // and a slow decode of the old link cannot land after the new one.
    let current = true;
    setDecoded({ status: 'reading' });
    void decodeAssignment(hash).then((result) => {
      if (!current) return;
      setDecoded(result.ok ? { status: 'ready', assignment: result.value } : { status: 'refused', reason: `This assignment link cannot be opened. ${result.error.reason}` });
    });
    return () => {
      current = false;
    };
  }, [hash]);

  if (decoded.status === 'refused') {
    return (
      <div class="notice bad" role="alert">
        <p>{decoded.reason}</p>
        <p>Ask your tutor to send the link again, and open it exactly as sent.</p>
      </div>
    );
  }
  if (decoded.status === 'reading' || catalogue.status === 'loading') return <p class="muted runner-loading">Opening the assignment…</p>;
  if (catalogue.status === 'failed') return <p class="notice bad" role="alert">{catalogue.reason}</p>;
  return <Runner key={`${decoded.assignment.id}#${hash ?? ''}`} base={base} assignment={decoded.assignment} catalogue={catalogue.catalogue} />;
}

/** Reads and writes the run saved on this device for one assignment. */
function useSavedRun(
  assignmentId: string,
  resume: (run: AssignmentRun) => AssignmentRun,
): [AssignmentRun | null, (change: (run: AssignmentRun | null) => AssignmentRun | null) => void, string | null] {
  const key = runStorageKey(assignmentId);
  const [run, setRun] = useState<AssignmentRun | null>(() => {
    try {
      const saved = readSavedRun(localStorage.getItem(key), assignmentId);
      return saved ? resume(saved) : null;
    } catch {
      return null;
    }
  });
  const latest = useRef(run);
  const [problem, setProblem] = useState<string | null>(null);
  const update = (change: (run: AssignmentRun | null) => AssignmentRun | null) => {
    const next = change(latest.current);
    latest.current = next;
    setRun(next);
    if (!next) return;
    try {
      localStorage.setItem(key, JSON.stringify(next));
      setProblem(null);
    } catch {
      setProblem('This browser is not saving your place in the assignment, so keep this tab open until you have sent your code.');
    }
  };
  return [run, update, problem];
}

const positionLabel = (plan: RunPlan, position: RunPosition): string =>
  position.part === 'question'
    ? `question ${position.index + 1} of ${plan.questions.length}`
    : position.part === 'scenario'
      ? `scenario ${position.index + 1} of ${plan.scenarios.length}`
      : position.part === 'cards'
        ? 'the flashcards'
        : 'the end';

function Runner({ base, assignment, catalogue }: { base: string; assignment: Assignment; catalogue: Catalogue }) {
  const fingerprints = useMemo(() => contentFingerprints(catalogue.questions, catalogue.scenarios), [catalogue]);
  const plan = useMemo(
    () =>
      planRun(assignment, {
        units: catalogue.units.map((unit) => unit.id),
        questionKeys: catalogue.questions.map((question) => question.key),
        scenarioKeys: catalogue.scenarios.map((scenario) => scenario.key),
        fingerprints,
      }),
    [assignment, catalogue, fingerprints],
  );
  const byKey = new Map(catalogue.questions.map((question) => [question.key, question]));
  const questions = plan.questions.map((key) => byKey.get(key)).filter((question): question is QuizQuestion => question !== undefined);
  const scenarios = plan.scenarios
    .map((key) => catalogue.scenarios.find((scenario) => scenario.key === key))
    .filter((scenario): scenario is CatalogueScenario => scenario !== undefined);
  const unitTitles = new Map(catalogue.units.map((unit) => [unit.id, unit.title]));
  // A saved run picks up past work already done; from then on the learner's own steps move it.
  const [run, update, saveProblem] = useSavedRun(assignment.id, (saved) => moveRun(saved, resumePosition(saved, plan)));
  const [resumedFrom] = useState<RunPosition | null>(() => (run && !run.finished ? run.position : null));
  const [name, setName] = useState('');
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const position = run ? (run.finished ? ({ part: 'done' } as const) : run.position) : null;
  const scenarioStep = useScenarioStep(scenarios.length > 0);

  // Working time counts while the page is in view; a break or a night away does not.
  useEffect(() => {
    if (!run || run.finished) return;
    const tick = () => {
      if (document.visibilityState === 'visible') update((current) => (current ? touchRun(current, new Date()) : current));
    };
    const timer = window.setInterval(tick, 20_000);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [run === null, run?.finished === undefined]);

  const go = (from: RunPosition) => {
    update((current) => (current ? moveRun(touchRun(current, new Date()), nextPosition(plan, from)) : current));
    requestAnimationFrame(() => heading.current?.focus());
  };

  const differences = (
    <>
      {plan.missing.length > 0 && (
        <div class="notice warn" role="status">
          <p>This version of Markpoint does not have {plan.missing.length === 1 ? 'one item' : `${plan.missing.length} items`} in this assignment, so {plan.missing.length === 1 ? 'it is' : 'they are'} left out:</p>
          <ul>
            {plan.missing.map((item) => (
              <li>{item}</li>
            ))}
          </ul>
          <p>Reload the page to update Markpoint; if they are still missing, tell your tutor.</p>
        </div>
      )}
      {plan.changed.length > 0 && (
        <p class="notice warn" role="status">
          Your copy of Markpoint has a different version of {plan.changed.length === 1 ? 'one question' : `${plan.changed.length} questions or scenarios`} from your tutor's (
          {plan.changed.map((key) => byKey.get(key)?.prompt ?? catalogue.scenarios.find((scenario) => scenario.key === key)?.title ?? key).join('; ')}). Your code will say so, and your answers are
          kept as you give them. Reloading the page may update Markpoint.
        </p>
      )}
    </>
  );

  if (plan.empty) {
    return (
      <div class="card runner">
        <h2>{assignment.title}</h2>
        <div class="notice bad" role="alert">
          <p>Nothing in this assignment can be opened in this version of Markpoint, so there is nothing to do and no results code to send. It names:</p>
          <ul>
            {plan.missing.map((item) => (
              <li>{item}</li>
            ))}
          </ul>
          <p>Reload the page to update Markpoint. If that does not help, tell {assignment.tutor} that the link names work this site does not have.</p>
        </div>
      </div>
    );
  }

  if (!run || !position) {
    return (
      <form
        class="card runner"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const checked = validateLearnerName(name);
          if (!checked.ok) {
            setNameProblem(checked.error);
            document.getElementById('learner-name')?.focus();
            return;
          }
          setNameProblem(null);
          update(() => startRun(assignment.id, checked.value, new Date(), nextPosition(plan, null)));
          requestAnimationFrame(() => heading.current?.focus());
        }}
      >
        <StorageNotice />
        <h2 ref={heading} tabIndex={-1}>
          {assignment.title}
        </h2>
        <p>
          Set by <strong>{assignment.tutor}</strong>
          {assignment.due && <>, due {new Date(`${assignment.due}T12:00:00`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' })}</>}. Pass mark {assignment.passMark}%.
        </p>
        {assignment.note && <p class="note">{assignment.note}</p>}
        <ul>
          {questions.length > 0 && <li>{questions.length} quiz questions</li>}
          {scenarios.map((scenario) => (
            <li>Scenario: {scenario.title}</li>
          ))}
          {plan.decks.map((unit) => (
            <li>Flashcards: {unitTitles.get(unit) ?? unit}</li>
          ))}
        </ul>
        {differences}
        <label class="field">
          Your name, as your tutor should see it
          <input
            id="learner-name"
            required
            maxLength={60}
            autoComplete="name"
            value={name}
            aria-invalid={nameProblem ? 'true' : undefined}
            aria-describedby={nameProblem ? 'learner-name-problem' : undefined}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        {nameProblem && (
          <p id="learner-name-problem" class="notice bad" role="alert">
            {nameProblem}
          </p>
        )}
        <p class="small muted">Your place is saved on this device as you go, so you can close the page and come back to this link. Nothing is sent anywhere: at the end you get a code to send to your tutor.</p>
        <button type="submit">Start</button>
      </form>
    );
  }

  const banner = (
    <>
      {saveProblem && (
        <p class="notice warn" role="alert">
          {saveProblem}
        </p>
      )}
      {resumedFrom && JSON.stringify(resumedFrom) === JSON.stringify(position) && (
        <p class="notice resumed" role="status">
          Welcome back, {run.learner}: you are on {positionLabel(plan, position)}. Your earlier answers are kept.
        </p>
      )}
    </>
  );

  if (position.part === 'question') {
    const question = questions[position.index];
    if (!question) return null;
    const seed = hashString(`${assignment.id}|${run.learner}`);
    return (
      <>
        {banner}
        <QuestionStep
          key={question.key}
          question={question}
          position={`Question ${position.index + 1} of ${questions.length}`}
          seed={seed}
          headingRef={heading}
          misconceptions={catalogue.misconceptions}
          layout="runner"
          onAnswer={({ chosen, grade }) => {
            const at = new Date().toISOString();
            updateProgress((state) => recordQuestionAttempt(state, question.key, { at, chosen, score: grade.score, correct: grade.correct, seed }, grade.missed, question.misconception));
            update((current) => (current ? recordRunAnswer(touchRun(current, new Date()), { key: question.key, score: grade.score, missed: grade.missed }) : current));
          }}
          nextLabel="Next"
          onNext={() => go({ part: 'question', index: position.index })}
        />
      </>
    );
  }

  if (position.part === 'scenario') {
    const scenario = scenarios[position.index];
    if (!scenario) return null;
    if (scenarioStep.status !== 'ready') {
      return scenarioStep.status === 'failed' ? (
        <p class="notice bad" role="alert">
          The scenario could not be opened: {scenarioStep.reason}. Your answers so far are saved on this device; reload the page to try again.
        </p>
      ) : (
        <p class="muted runner-loading">Opening the scenario…</p>
      );
    }
    return (
      <>
        {banner}
        <scenarioStep.RunnerScenarioStep
          key={scenario.key}
          scenario={scenario}
          position={`Scenario ${position.index + 1} of ${scenarios.length}`}
          headingRef={heading}
          draft={run.drafts[scenario.key] ?? ''}
          savesDraft={true}
          onDraft={(text) => update((current) => (current ? saveRunDraft(current, scenario.key, text) : current))}
          mark={markScenario(scenario)}
          onMarked={({ text, marks }) => {
            const at = new Date().toISOString();
            updateProgress((state) =>
              recordScenarioAttempt(state, scenario.key, {
                id: newRecordId(new Date()),
                at,
                answer: text,
                total: marks.total,
                max: marks.max,
                points: marks.points.map((point) => ({ id: point.id, status: point.status, marks: point.marks })),
              }),
            );
            const result: ScenarioResult = { key: scenario.key, total: marks.total, points: Object.fromEntries(marks.points.map((point) => [point.id, point.marks])) };
            update((current) => (current ? recordRunScenario(touchRun(current, new Date()), result) : current));
          }}
          onNext={() => go({ part: 'scenario', index: position.index })}
        />
      </>
    );
  }

  if (position.part === 'cards') {
    return (
      <>
        {banner}
        <CardsStep base={base} decks={plan.decks} unitTitles={unitTitles} startedAt={run.startedAt} headingRef={heading} onNext={() => go({ part: 'cards' })} />
      </>
    );
  }

  return <Finished assignment={assignment} catalogue={catalogue} plan={plan} run={run} fingerprints={fingerprints} update={update} headingRef={heading} />;
}

type ScenarioStepModule = typeof import('../scenario/ScenarioStep');
type LoadedStep = { status: 'loading' } | { status: 'failed'; reason: string } | ({ status: 'ready' } & ScenarioStepModule);

/**
 * The scenario step carries the marker's word rules, which a quiz-only assignment never needs:
 * it is fetched once the run is open, so the page is interactive sooner.
 */
function useScenarioStep(needed: boolean): LoadedStep {
  const [loaded, setLoaded] = useState<LoadedStep>({ status: 'loading' });
  useEffect(() => {
    if (!needed) return;
    import('../scenario/ScenarioStep')
      .then((module) => setLoaded({ status: 'ready', ...module }))
      .catch((error: Error) => setLoaded({ status: 'failed', reason: error.message }));
  }, [needed]);
  return loaded;
}

// The marker is loaded when a learner reaches a scenario, not with the page.
const markScenario = (scenario: CatalogueScenario) => async (text: string) => (await import('../../lib/marking/marker')).markAnswer(scenario, text);

function CardsStep({
  base,
  decks,
  unitTitles,
  startedAt,
  headingRef,
  onNext,
}: {
  base: string;
  decks: string[];
  unitTitles: Map<string, string>;
  startedAt: string;
  headingRef: preact.RefObject<HTMLHeadingElement>;
  onNext: () => void;
}) {
  const progress = useStore($progress);
  const reviewed = cardsReviewedDuring(progress.reviews, decks, startedAt, new Date().toISOString());
  return (
    <section class="card runner" aria-labelledby="cards-heading">
      <h2 id="cards-heading" ref={headingRef} tabIndex={-1}>
        Flashcards
      </h2>
      <p>Review these decks, then come back to this page: your place here is saved.</p>
      <ul>
        {decks.map((unit) => (
          <li>
            <a href={`${base}units/${unit}/flashcards/`}>{unitTitles.get(unit) ?? unit} flashcards</a>
          </li>
        ))}
      </ul>
      <p role="status">
        Cards reviewed since you started: <strong>{reviewed}</strong>
      </p>
      <button type="button" onClick={onNext}>
        Finish and get my code
      </button>
    </section>
  );
}

interface FinishedProps {
  assignment: Assignment;
  catalogue: Catalogue;
  plan: RunPlan;
  run: AssignmentRun;
  fingerprints: Record<string, string>;
  update: (change: (run: AssignmentRun | null) => AssignmentRun | null) => void;
  headingRef: preact.RefObject<HTMLHeadingElement>;
}

function Finished({ assignment, catalogue, plan, run, fingerprints, update, headingRef }: FinishedProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  const submittedAt = run.finished?.submittedAt ?? null;
  const cards = plan.decks.length ? cardsReviewedDuring($progress.get().reviews, plan.decks, run.startedAt, submittedAt ?? new Date().toISOString()) : undefined;
  useEffect(() => {
    // The code is made once and kept: reopening the link shows the same code again.
    if (run.finished) return;
    const at = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const results = runResults(touchRun(run, new Date()), fingerprints, at, cards);
    encodeResults(results)
      .then((code) => update((current) => (current ? finishRun(touchRun(current, new Date()), code, at) : current)))
      .catch((error: Error) => setProblem(`The results code could not be made: ${error.message}. Your answers are still saved on this device.`));
  }, []);
  const scenarioMarks = Object.fromEntries(catalogue.scenarios.map((scenario) => [scenario.key, scenario.marks]));
  const titles = new Map(catalogue.scenarios.map((scenario) => [scenario.key, scenario.title]));
  const score = scoreAssignment(assignment, { items: run.items, scenarios: run.scenarios, ...(cards === undefined ? {} : { cards }) }, plan.questions.length, scenarioMarks);
  const code = run.finished?.code ?? null;
  return (
    <section class="card runner" aria-labelledby="finished-heading">
      <h2 id="finished-heading" ref={headingRef} tabIndex={-1}>
        Finished: send this code to {assignment.tutor}
      </h2>
      <ul class="part-scores" aria-label="Your scores">
        {score.quiz.scorePercent !== null && (
          <li>
            Quiz: {score.quiz.scorePercent}% ({score.quiz.passed ? 'pass' : `below the ${assignment.passMark}% pass mark`})
          </li>
        )}
        {score.scenarios.map((scenario) => (
          <li>
            {titles.get(scenario.key) ?? scenario.key}: {scenario.total} out of {scenario.max ?? '?'} marks
          </li>
        ))}
        {score.cards !== null && <li>Flashcards reviewed: {score.cards}</li>}
      </ul>
      {problem && (
        <p class="notice bad" role="alert">
          {problem}
        </p>
      )}
      {code && (
        <>
          <label class="field">
            Your results code
            <textarea readOnly rows={4} value={code} onFocus={(e) => (e.currentTarget as HTMLTextAreaElement).select()} />
          </label>
          <div class="actions">
            <button type="button" onClick={async () => setCopied((await copyText(code)) ? 'Code copied: paste it into a message to your tutor.' : 'Copying was blocked: select the code and copy it.')}>
              Copy code
            </button>
            {'share' in navigator && (
              <button type="button" class="secondary" onClick={() => void navigator.share({ title: `Results: ${assignment.title}`, text: code }).catch(() => undefined)}>
                Share
              </button>
            )}
          </div>
          <p role="status" class="small">
            {copied}
          </p>
          <p class="small muted">This code stays saved on this device: open the assignment link again at any time to copy it.</p>
        </>
      )}
    </section>
  );
}
