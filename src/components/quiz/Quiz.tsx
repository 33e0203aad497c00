/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { openMisconceptions, recordQuestionAttempt } from '../../lib/progress/state';
import { type Grade, type MisconceptionInfo, type QuizQuestion, checkNumericInput, gradeAnswer, orderOptions } from '../../lib/quiz/grade';
import { clearedInRound, missedInRound, roundScore } from '../../lib/quiz/round';
import { selectQuestions } from '../../lib/quiz/select';
import { type UnitScope, keepInCourse, unitsInCourse } from '../../lib/course/my-course';
import { $myCourse, startMyCourse } from '../../stores/my-course';
import { newSeed } from '../../lib/random/seeded';
import { $progress, startProgress, updateProgress } from '../../stores/progress';
import StorageNotice from '../progress/StorageNotice';
import { NumericFeedback, NumericField, TrueFalseExplanation } from './QuestionParts';

export type { MisconceptionInfo } from '../../lib/quiz/grade';

interface Props {
  questions: QuizQuestion[];
  misconceptions: Record<string, MisconceptionInfo>;
  scopeTitle: string;
  /** The course-wide quiz: draws only from the units in the learner's "My course". */
  courseUnits?: UnitScope[];
  /** Where "Done" leads after a round (already joined with the base). */
  doneHref: string;
}

type Phase = 'setup' | 'question' | 'results';
const LENGTHS = [5, 10, 20, 0] as const;

interface Answered {
  question: QuizQuestion;
  chosen: string[];
  grade: Grade;
}

export default function Quiz({ questions: allQuestions, misconceptions, scopeTitle, courseUnits, doneHref }: Props) {
  const progress = useStore($progress);
  const myCourse = useStore($myCourse);
  const questions = useMemo(() => {
    if (!courseUnits) return allQuestions;
    const inCourse = new Set(unitsInCourse(courseUnits, myCourse));
    return keepInCourse(allQuestions, (question) => question.unit, inCourse);
  }, [allQuestions, courseUnits, myCourse]);
  const [autoStart, setAutoStart] = useState(false);
  const [phase, setPhase] = useState<Phase>('setup');
  const [length, setLength] = useState<number>(10);
  const [mode, setMode] = useState<'all' | 'mine'>('all');
  const [focus, setFocus] = useState<string[] | null>(null);
  const [seed, setSeed] = useState(0);
  const [round, setRound] = useState<QuizQuestion[]>([]);
  const [index, setIndex] = useState(0);
  const [chosen, setChosen] = useState<string[]>([]);
  const [numericProblem, setNumericProblem] = useState<string | null>(null);
  const [answered, setAnswered] = useState<Answered[]>([]);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    startProgress();
    startMyCourse();
    const params = new URLSearchParams(location.search);
    const ids = params.get('misconceptions');
    if (ids) setFocus(ids.split(',').filter(Boolean));
    if (params.get('mode') === 'mine') setMode('mine');
    // "?start=1" comes from a one-tap start (Today, a session's next step): go straight to the first question.
    if (params.get('start') === '1') setAutoStart(true);
    // A setup form sent before the page was interactive arrives as ?length=…&mode=…: honour it.
    const sentLength = params.get('length');
    if (sentLength !== null && (LENGTHS as readonly number[]).includes(Number(sentLength))) {
      setLength(Number(sentLength));
      setAutoStart(true);
    }
  }, []);

  // While a round runs, the page's header and introduction step aside for the question.
  useEffect(() => {
    document.body.classList.toggle('studying', phase === 'question');
  }, [phase]);

  const open = useMemo(() => new Set(openMisconceptions(progress)), [progress]);
  const myCount = questions.filter((question) => open.has(question.misconception)).length;
  const current = round[index];

  useEffect(() => {
    if (!autoStart) return;
    setAutoStart(false);
    start();
  }, [autoStart, open]);
  const lastAnswer = answered.length > index ? answered[index] : undefined;

  function start() {
    const attemptSeed = newSeed();
    const focusSet = focus ? new Set(focus.map((id) => `${questions[0]?.unit ?? ''}/${id}`)) : null;
    const pool = focusSet ? questions.filter((question) => focusSet.has(question.misconception)) : questions;
    const mine = mode === 'mine' && pool.some((question) => open.has(question.misconception));
    const selected = selectQuestions(pool, { length, seed: attemptSeed, onlyMisconceptions: mine ? open : null });
    setSeed(attemptSeed);
    setRound(selected);
    setIndex(0);
    setChosen([]);
    setNumericProblem(null);
    setAnswered([]);
    setPhase(selected.length ? 'question' : 'setup');
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  function submit(event: Event) {
    event.preventDefault();
    if (!current || chosen.length === 0 || lastAnswer) return;
    // A number that cannot be read is explained, not marked wrong: the learner keeps what they typed.
    const problem = checkNumericInput(current, chosen[0] ?? '');
    setNumericProblem(problem);
    if (problem) return;
    const grade = gradeAnswer(current, chosen);
    const at = new Date().toISOString();
    updateProgress((state) =>
      recordQuestionAttempt(state, current.key, { at, chosen, score: grade.score, correct: grade.correct, seed }, grade.missed, current.misconception),
    );
    setAnswered((previous) => [...previous, { question: current, chosen, grade }]);
    requestAnimationFrame(() => feedbackRef.current?.focus());
  }

  function next() {
    if (index + 1 >= round.length) {
      setPhase('results');
    } else {
      setIndex(index + 1);
      setChosen([]);
      setNumericProblem(null);
    }
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  function toggle(optionId: string, multiple: boolean) {
    if (lastAnswer) return;
    if (!multiple) setChosen([optionId]);
    else setChosen((previous) => (previous.includes(optionId) ? previous.filter((id) => id !== optionId) : [...previous, optionId]));
  }

  if (phase === 'setup') {
    return (
      <form
        class="quiz-setup card"
        onSubmit={(event) => {
          event.preventDefault();
          start();
        }}
      >
        <StorageNotice />
        <h2 ref={headingRef} tabIndex={-1}>
          Set up your quiz
        </h2>
        {focus && (
          <p class="notice">
            Questions on this lesson's misconceptions only.{' '}
            <button type="button" class="linkish" onClick={() => setFocus(null)}>
              Use the whole unit instead
            </button>
          </p>
        )}
        <fieldset>
          <legend>Questions</legend>
          <div class="choices">
            {LENGTHS.map((value) => (
              <label>
                <input type="radio" name="length" value={value} checked={length === value} onChange={() => setLength(value)} />
                {value === 0 ? `All (${questions.length})` : value}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>Draw from</legend>
          <div class="choices">
            <label>
              <input type="radio" name="mode" value="all" checked={mode === 'all'} onChange={() => setMode('all')} />
              {scopeTitle}
            </label>
            <label>
              <input type="radio" name="mode" value="mine" checked={mode === 'mine'} onChange={() => setMode('mine')} disabled={myCount === 0} />
              My misconceptions ({myCount} question{myCount === 1 ? '' : 's'})
            </label>
          </div>
          {myCount === 0 && <p class="muted small">Misconceptions you fall for are kept here until you answer them correctly on two separate days.</p>}
        </fieldset>
        <div class="action-bar">
          <div class="action-bar-inner">
            <button type="submit">Start quiz</button>
          </div>
        </div>
      </form>
    );
  }

  if (phase === 'results') {
    const roundAnswers = answered.map((entry) => ({ misconception: entry.question.misconception, grade: entry.grade }));
    const score = roundScore(roundAnswers);
    const missed = missedInRound(roundAnswers);
    const cleared = clearedInRound(roundAnswers, progress);
    return (
      <section class="quiz-results card" aria-labelledby="results-heading">
        <h2 id="results-heading" ref={headingRef} tabIndex={-1}>
          You scored {formatScore(score)} out of {answered.length}
        </h2>
        {missed.length > 0 ? (
          <>
            <h3>Misconceptions to work on</h3>
            <ul class="misconception-list">
              {missed.map((id) => {
                const info = misconceptions[id];
                return info ? (
                  <li>
                    <strong>“{info.claim}”</strong> {info.correction} <a href={info.lessonHref}>Read: {info.lessonTitle}</a>
                  </li>
                ) : null;
              })}
            </ul>
            <p>They will come back in “My misconceptions” until you answer them correctly on two separate days.</p>
          </>
        ) : (
          <p>No misconceptions showed up in this round.</p>
        )}
        {cleared.length > 0 && (
          <p class="notice">
            Cleared: {cleared.map((id) => `“${misconceptions[id]?.claim ?? id}”`).join(', ')}
          </p>
        )}
        <p>
          <button type="button" class="linkish" onClick={() => setPhase('setup')}>
            Change the quiz settings
          </button>
        </p>
        <div class="action-bar">
          <div class="action-bar-inner">
            <button type="button" onClick={start}>
              Another round
            </button>
            <a class="button secondary" href={doneHref}>
              Done
            </a>
          </div>
        </div>
      </section>
    );
  }

  if (!current) return null;
  const options = orderOptions(current, seed);
  const multiple = current.kind === 'multiple';
  const info = misconceptions[current.misconception];
  return (
    <form
      class="quiz-question"
      onSubmit={submit}
      onKeyDown={(event) => {
        // Enter moves on once the feedback is showing, as it checked the answer before.
        const target = event.target;
        if (!lastAnswer || event.key !== 'Enter' || target instanceof HTMLAnchorElement || target instanceof HTMLButtonElement) return;
        event.preventDefault();
        next();
      }}
    >
      <p class="muted progress-line">
        Question {index + 1} of {round.length}
      </p>
      <fieldset class="card" aria-describedby={multiple ? 'select-all-hint' : undefined}>
        <legend>
          <h2 ref={headingRef} tabIndex={-1} class="prompt">
            {current.kind === 'truefalse' ? <span class="kind">Myth or fact? </span> : null}
            {current.prompt}
          </h2>
        </legend>
        {multiple && (
          <p id="select-all-hint" class="muted small">
            Select all that apply.
          </p>
        )}
        {current.numeric ? (
          <NumericField
            question={current}
            value={chosen[0] ?? ''}
            problem={numericProblem}
            disabled={Boolean(lastAnswer)}
            onInput={(value) => setChosen(value.trim() === '' ? [] : [value])}
          />
        ) : (
          <ul class="options" role="presentation">
            {options.map((option) => {
              const isChosen = chosen.includes(option.id);
              const state = lastAnswer ? (option.correct ? 'right' : isChosen ? 'wrong' : '') : '';
              return (
                <li class={`option ${state}`}>
                  <label>
                    <input
                      type={multiple ? 'checkbox' : 'radio'}
                      name={`q-${current.key}`}
                      value={option.id}
                      checked={isChosen}
                      disabled={Boolean(lastAnswer)}
                      onChange={() => toggle(option.id, multiple)}
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
      <div class="action-bar">
        <div class="action-bar-inner">
          {lastAnswer ? (
            <button type="button" onClick={next}>
              {index + 1 >= round.length ? 'See results' : 'Next question'}
            </button>
          ) : (
            <button type="submit" disabled={chosen.length === 0}>
              Check answer
            </button>
          )}
        </div>
      </div>
      {lastAnswer && (
        <div class={`feedback card ${lastAnswer.grade.correct ? 'is-right' : 'is-wrong'}`} ref={feedbackRef} tabIndex={-1} role="status">
          <h3>{lastAnswer.grade.correct ? 'Right.' : lastAnswer.grade.score > 0 ? `Partly right (${formatScore(lastAnswer.grade.score)} of 1).` : 'Not quite.'}</h3>
          {current.kind === 'truefalse' ? (
            <TrueFalseExplanation question={current} />
          ) : current.numeric ? (
            <NumericFeedback key={current.key} question={current} firstCorrect={lastAnswer.grade.correct} />
          ) : (
            <ul class="option-feedback">
              {options
                .filter((option) => lastAnswer.chosen.includes(option.id) || option.correct)
                .map((option) => (
                  <li>
                    <strong>{option.text}:</strong> {option.feedback}
                  </li>
                ))}
            </ul>
          )}
          {lastAnswer.grade.missed.map((id) => {
            const missedInfo = misconceptions[id];
            return missedInfo ? (
              <div class="misconception">
                <p>
                  <strong>Misconception: “{missedInfo.claim}”</strong>
                </p>
                <p>{missedInfo.correction}</p>
                <p class="muted">Why it matters: {missedInfo.why}</p>
                <p>
                  <a href={missedInfo.lessonHref}>Read: {missedInfo.lessonTitle}</a>
                </p>
              </div>
            ) : null;
          })}
          {lastAnswer.grade.correct && info && <p class="muted">This tests the misconception “{info.claim}”.</p>}
        </div>
      )}
    </form>
  );
}

function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}
