/** @jsxImportSource preact */
import { useEffect, useRef, useState } from 'preact/hooks';
import { caseBlocks } from '../../lib/content/case-blocks';
import type { MarkResult } from '../../lib/marking/marker';
import { recordQuestionAttempt, recordScenarioAttempt } from '../../lib/progress/state';
import { type QuizQuestion, checkNumericInput, gradeAnswer, orderOptions } from '../../lib/quiz/grade';
import { hashString } from '../../lib/random/seeded';
import { type Assignment, decodeAssignment, resolveQuestions } from '../../lib/share/assignment';
import type { Catalogue, CatalogueScenario } from '../../lib/share/catalogue';
import { type ResultItem, type ScenarioResult, encodeResults } from '../../lib/share/results';
import { startProgress, updateProgress } from '../../stores/progress';
import StorageNotice from '../progress/StorageNotice';
import { NumericFeedback, NumericField, TrueFalseExplanation } from '../quiz/QuestionParts';
import { copyText, useCatalogue } from './use-catalogue';

interface Props {
  base: string;
}

type Decoded = { status: 'reading' } | { status: 'refused'; reason: string } | { status: 'ready'; assignment: Assignment };

export default function AssignmentRunner({ base }: Props) {
  const catalogue = useCatalogue(base);
  const [decoded, setDecoded] = useState<Decoded>({ status: 'reading' });
  useEffect(() => {
    startProgress();
    const read = () => {
      const hash = location.hash.slice(1);
      if (!hash) {
        setDecoded({ status: 'refused', reason: 'This page needs an assignment link from your tutor: the part after # is missing.' });
        return;
      }
      void decodeAssignment(hash).then((result) =>
        setDecoded(result.ok ? { status: 'ready', assignment: result.value } : { status: 'refused', reason: `This assignment link cannot be opened. ${result.reason}` }),
      );
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

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
  return <Runner base={base} assignment={decoded.assignment} catalogue={catalogue.catalogue} />;
}

type Step = { kind: 'intro' } | { kind: 'question'; index: number } | { kind: 'scenario'; index: number } | { kind: 'done' };

function Runner({ base, assignment, catalogue }: { base: string; assignment: Assignment; catalogue: Catalogue }) {
  const byKey = new Map(catalogue.questions.map((question) => [question.key, question]));
  const questions = resolveQuestions(assignment, catalogue.questions.map((question) => question.key))
    .map((key) => byKey.get(key))
    .filter((question): question is QuizQuestion => question !== undefined);
  const scenarios = assignment.scenarios
    .map((key) => catalogue.scenarios.find((scenario) => scenario.key === key))
    .filter((scenario): scenario is CatalogueScenario => scenario !== undefined);
  const missing = assignment.scenarios.length - scenarios.length;
  const unitTitles = new Map(catalogue.units.map((unit) => [unit.id, unit.title]));
  const [learner, setLearner] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'intro' });
  const [startedAt, setStartedAt] = useState('');
  const [items, setItems] = useState<ResultItem[]>([]);
  const [scenarioResults, setScenarioResults] = useState<ScenarioResult[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const go = (next: Step) => {
    setStep(next);
    requestAnimationFrame(() => heading.current?.focus());
  };
  const afterQuestions = (): Step => (scenarios.length ? { kind: 'scenario', index: 0 } : { kind: 'done' });

  if (step.kind === 'intro') {
    return (
      <form
        class="card runner"
        onSubmit={(event) => {
          event.preventDefault();
          setStartedAt(new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
          go(questions.length ? { kind: 'question', index: 0 } : afterQuestions());
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
          {assignment.decks.map((unit) => (
            <li>
              Flashcards: <a href={`${base}units/${unit}/flashcards/`}>{unitTitles.get(unit) ?? unit}</a> (review these in your own time)
            </li>
          ))}
        </ul>
        {missing > 0 && <p class="notice warn">{missing} scenario(s) in this link are not in this version of Markpoint and are left out.</p>}
        <label class="field">
          Your name, as your tutor should see it
          <input required maxLength={60} autoComplete="name" value={learner} onInput={(e) => setLearner((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <p class="small muted">Your answers also count towards your own progress on this device. Nothing is sent anywhere: at the end you get a code to send to your tutor.</p>
        <button type="submit">Start</button>
      </form>
    );
  }

  if (step.kind === 'question') {
    const question = questions[step.index];
    if (!question) return null;
    return (
      <QuestionStep
        key={question.key}
        question={question}
        position={`Question ${step.index + 1} of ${questions.length}`}
        seed={hashString(`${assignment.id}|${learner}`)}
        headingRef={heading}
        info={catalogue.misconceptions}
        onAnswered={(item) => setItems((previous) => [...previous.filter((entry) => entry.key !== item.key), item])}
        onNext={() => go(step.index + 1 < questions.length ? { kind: 'question', index: step.index + 1 } : afterQuestions())}
      />
    );
  }

  if (step.kind === 'scenario') {
    const scenario = scenarios[step.index];
    if (!scenario) return null;
    return (
      <ScenarioStep
        key={scenario.key}
        scenario={scenario}
        position={`Scenario ${step.index + 1} of ${scenarios.length}`}
        headingRef={heading}
        onMarked={(result) => setScenarioResults((previous) => [...previous.filter((entry) => entry.key !== result.key), result])}
        onNext={() => go(step.index + 1 < scenarios.length ? { kind: 'scenario', index: step.index + 1 } : { kind: 'done' })}
      />
    );
  }

  return <Finished assignment={assignment} learner={learner} startedAt={startedAt} items={items} scenarios={scenarioResults} questionCount={questions.length} headingRef={heading} />;
}

interface QuestionStepProps {
  question: QuizQuestion;
  position: string;
  seed: number;
  headingRef: preact.RefObject<HTMLHeadingElement>;
  info: Catalogue['misconceptions'];
  onAnswered: (item: ResultItem) => void;
  onNext: () => void;
}

function QuestionStep({ question, position, seed, headingRef, info, onAnswered, onNext }: QuestionStepProps) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [graded, setGraded] = useState<ReturnType<typeof gradeAnswer> | null>(null);
  const [numericProblem, setNumericProblem] = useState<string | null>(null);
  const multiple = question.kind === 'multiple';
  const options = orderOptions(question, seed);
  return (
    <form
      class="card runner quiz-question"
      onSubmit={(event) => {
        event.preventDefault();
        if (graded || chosen.length === 0) return;
        const problem = checkNumericInput(question, chosen[0] ?? '');
        setNumericProblem(problem);
        if (problem) return;
        const grade = gradeAnswer(question, chosen);
        const at = new Date().toISOString();
        updateProgress((state) => recordQuestionAttempt(state, question.key, { at, chosen, score: grade.score, correct: grade.correct, seed }, grade.missed, question.misconception));
        onAnswered({ key: question.key, score: grade.score, missed: grade.missed });
        setGraded(grade);
      }}
    >
      <p class="muted">{position}</p>
      <fieldset>
        <legend>
          <h2 ref={headingRef} tabIndex={-1} class="prompt">
            {question.kind === 'truefalse' && <span class="kind">Myth or fact? </span>}
            {question.prompt}
          </h2>
        </legend>
        {multiple && <p class="muted small">Select all that apply.</p>}
        {question.numeric ? (
          <NumericField
            question={question}
            value={chosen[0] ?? ''}
            problem={numericProblem}
            disabled={graded !== null}
            onInput={(value) => setChosen(value.trim() === '' ? [] : [value])}
          />
        ) : (
          <ul class="options" role="presentation">
            {options.map((option) => {
              const isChosen = chosen.includes(option.id);
              const state = graded ? (option.correct ? 'right' : isChosen ? 'wrong' : '') : '';
              return (
                <li class={`option ${state}`}>
                  <label>
                    <input
                      type={multiple ? 'checkbox' : 'radio'}
                      name={`q-${question.key}`}
                      checked={isChosen}
                      disabled={graded !== null}
                      onChange={() => setChosen(multiple ? (isChosen ? chosen.filter((id) => id !== option.id) : [...chosen, option.id]) : [option.id])}
                    />
                    <span>{option.text}</span>
                    {state === 'right' && <span class="verdict">{isChosen ? 'Correct' : 'Correct answer'}</span>}
                    {state === 'wrong' && <span class="verdict">Your choice: not right</span>}
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      {!graded ? (
        <button type="submit" disabled={chosen.length === 0}>
          Check answer
        </button>
      ) : (
        <div class={`feedback ${graded.correct ? 'is-right' : 'is-wrong'}`} role="status">
          <p>
            <strong>{graded.correct ? 'Right.' : graded.score > 0 ? 'Partly right.' : 'Not quite.'}</strong>
          </p>
          {question.kind === 'truefalse' && <TrueFalseExplanation question={question} />}
          {question.numeric && <NumericFeedback question={question} firstCorrect={graded.correct} />}
          {graded.missed.map((id) => (
            <p>
              Misconception: “{info[id]?.claim ?? id}”. {info[id]?.correction}
            </p>
          ))}
          <button type="button" onClick={onNext}>
            Next
          </button>
        </div>
      )}
    </form>
  );
}

interface ScenarioStepProps {
  scenario: CatalogueScenario;
  position: string;
  headingRef: preact.RefObject<HTMLHeadingElement>;
  onMarked: (result: ScenarioResult) => void;
  onNext: () => void;
}

function ScenarioStep({ scenario, position, headingRef, onMarked, onNext }: ScenarioStepProps) {
  const [answer, setAnswer] = useState('');
  const [marked, setMarked] = useState<MarkResult | null>(null);
  const words = answer.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return (
    <form
      class="card runner"
      onSubmit={async (event) => {
        event.preventDefault();
        // The marker is loaded when a learner reaches a scenario, not with the page.
        const { markAnswer } = await import('../../lib/marking/marker');
        const result = markAnswer(scenario, answer);
        const at = new Date().toISOString();
        updateProgress((state) =>
          recordScenarioAttempt(state, scenario.key, {
            id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
            at,
            answer,
            total: result.total,
            max: result.max,
            points: result.points.map((point) => ({ id: point.id, status: point.status, marks: point.marks })),
          }),
        );
        onMarked({ key: scenario.key, total: result.total, points: Object.fromEntries(result.points.map((point) => [point.id, point.marks])) });
        setMarked(result);
      }}
    >
      <p class="muted">{position}</p>
      <h2 ref={headingRef} tabIndex={-1}>
        {scenario.title}
      </h2>
      {caseBlocks(scenario.case).map((block) =>
        block.kind === 'paragraph' ? (
          <p>{block.text}</p>
        ) : (
          <>
            {block.lead && <p>{block.lead}</p>}
            <ul>
              {block.items.map((item) => (
                <li>{item}</li>
              ))}
            </ul>
          </>
        ),
      )}
      <p>
        <strong>Task ({scenario.marks} marks):</strong> {scenario.task}
      </p>
      <label class="field">
        Your answer
        <textarea rows={12} value={answer} disabled={marked !== null} onInput={(e) => setAnswer((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <p class="small muted">{words} words</p>
      {!marked ? (
        <button type="submit" disabled={answer.trim() === ''}>
          Mark my answer
        </button>
      ) : (
        <div role="status" class="feedback">
          <p>
            <strong>
              Marked: {marked.total} out of {marked.max}
            </strong>
          </p>
          <ul>
            {marked.points.map((point) => (
              <li>
                {point.status === 'earned' ? '✓' : point.status === 'partly' ? '◐' : '✗'} {point.statement}: {point.marks}/{point.max}
              </li>
            ))}
          </ul>
          <button type="button" onClick={onNext}>
            Next
          </button>
        </div>
      )}
    </form>
  );
}

interface FinishedProps {
  assignment: Assignment;
  learner: string;
  startedAt: string;
  items: ResultItem[];
  scenarios: ScenarioResult[];
  questionCount: number;
  headingRef: preact.RefObject<HTMLHeadingElement>;
}

function Finished({ assignment, learner, startedAt, items, scenarios, questionCount, headingRef }: FinishedProps) {
  const [code, setCode] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  useEffect(() => {
    encodeResults({ v: 1, assignment: assignment.id, learner, startedAt, submittedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), items, scenarios })
      .then(setCode)
      .catch((error: Error) => setProblem(`The results code could not be made: ${error.message}`));
  }, []);
  const score = items.reduce((sum, item) => sum + item.score, 0);
  const percent = questionCount ? Math.floor((score / questionCount) * 100) : null;
  return (
    <section class="card runner" aria-labelledby="finished-heading">
      <h2 id="finished-heading" ref={headingRef} tabIndex={-1}>
        Finished: send this code to {assignment.tutor}
      </h2>
      {percent !== null && (
        <p>
          Quiz score {percent}% ({percent >= assignment.passMark ? 'pass' : `below the ${assignment.passMark}% pass mark`}).
        </p>
      )}
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
        </>
      )}
    </section>
  );
}
