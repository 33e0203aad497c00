/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { openMisconceptions, recordQuestionAttempt } from '../../lib/progress/state';
import type { Grade, MisconceptionInfo, QuizQuestion } from '../../lib/quiz/grade';
import { clearedInRound, missedInRound, roundScore } from '../../lib/quiz/round';
import { selectQuestions } from '../../lib/quiz/select';
import { type DrawMode, ROUND_LENGTHS, drawMode, pickedBeforeHydration, roundLength } from '../../lib/quiz/setup';
import { type UnitScope, keepInCourse, unitsInCourse } from '../../lib/course/my-course';
import { $myCourse, startMyCourse } from '../../stores/my-course';
import { newSeed } from '../../lib/random/seeded';
import { $progress, startProgress, updateProgress } from '../../stores/progress';
import StorageNotice from '../progress/StorageNotice';
import { formatMarks } from '../../lib/marks';
import { QuestionStep } from './QuestionStep';

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
  const [mode, setMode] = useState<DrawMode>('all');
  const [focus, setFocus] = useState<string[] | null>(null);
  const [seed, setSeed] = useState(0);
  const [round, setRound] = useState<QuizQuestion[]>([]);
  const [index, setIndex] = useState(0);
  const [answered, setAnswered] = useState<Answered[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const setupRef = useRef<HTMLFormElement>(null);

  // A choice tapped on the server-rendered form before hydration stays in its radios (Preact's
  // hydration does not touch `checked`) but not in state, and the first re-render would put the
  // defaults back on screen: adopt it now, in the same commit as hydration.
  useLayoutEffect(() => {
    const form = setupRef.current;
    if (!form) return;
    const picked = (name: string) => pickedBeforeHydration(form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`));
    const pickedLength = roundLength(picked('length'));
    if (pickedLength !== null) setLength(pickedLength);
    const pickedMode = drawMode(picked('mode'));
    if (pickedMode) setMode(pickedMode);
  }, []);

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
    const sentLength = roundLength(params.get('length'));
    if (sentLength !== null) {
      setLength(sentLength);
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

  function start() {
    const attemptSeed = newSeed();
    const focusSet = focus ? new Set(focus.map((id) => `${questions[0]?.unit ?? ''}/${id}`)) : null;
    const pool = focusSet ? questions.filter((question) => focusSet.has(question.misconception)) : questions;
    const mine = mode === 'mine' && pool.some((question) => open.has(question.misconception));
    const selected = selectQuestions(pool, { length, seed: attemptSeed, onlyMisconceptions: mine ? open : null });
    setSeed(attemptSeed);
    setRound(selected);
    setIndex(0);
    setAnswered([]);
    setPhase(selected.length ? 'question' : 'setup');
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  function next() {
    if (index + 1 >= round.length) {
      setPhase('results');
    } else {
      setIndex(index + 1);
    }
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  if (phase === 'setup') {
    return (
      <form
        ref={setupRef}
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
            {ROUND_LENGTHS.map((value) => (
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
          You scored {formatMarks(score)} out of {answered.length}
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
  return (
    <QuestionStep
      key={`${seed}:${index}`}
      question={current}
      seed={seed}
      position={`Question ${index + 1} of ${round.length}`}
      headingRef={headingRef}
      misconceptions={misconceptions}
      layout="page"
      onAnswer={({ chosen, grade }) => {
        const at = new Date().toISOString();
        updateProgress((state) => recordQuestionAttempt(state, current.key, { at, chosen, score: grade.score, correct: grade.correct, seed }, grade.missed, current.misconception));
        setAnswered((previous) => [...previous, { question: current, chosen, grade }]);
      }}
      nextLabel={index + 1 >= round.length ? 'See results' : 'Next question'}
      onNext={next}
    />
  );
}
