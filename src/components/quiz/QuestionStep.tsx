/** @jsxImportSource preact */
/**
 * One quiz question, as the quiz page, the assignment runner and the LMS package runner all show
 * it: the prompt, its options (or a numeric field), "Check answer", the verdict and the
 * misconceptions the answer revealed. Grading is src/lib/quiz's; what an answer is recorded into is
 * the caller's (onAnswer).
 *
 * Two layouts: the quiz page's ("page": the buttons sit in the thumb's action bar and the feedback
 * explains every option with links to the lessons) and the runners' ("runner": one card, a short
 * verdict, the next step's button inside the feedback).
 */
import { useRef, useState } from 'preact/hooks';
import { type Grade, type MisconceptionInfo, type QuizQuestion, checkNumericInput, gradeAnswer, orderOptions } from '../../lib/quiz/grade';
import { NumericFeedback, NumericField, TrueFalseExplanation } from './QuestionParts';
import { formatMarks } from '../../lib/marks';

export interface AnsweredQuestion {
  chosen: string[];
  grade: Grade;
}

/** What a step knows of a misconception: a package carries only the claim and its correction. */
export type MisconceptionNote = Pick<MisconceptionInfo, 'claim' | 'correction'> & Partial<Pick<MisconceptionInfo, 'why' | 'lessonHref' | 'lessonTitle'>>;

interface QuestionStepProps {
  question: QuizQuestion;
  /** Orders the options the same way for the same attempt. */
  seed: number;
  /** "Question 2 of 10". */
  position: string;
  headingRef: preact.RefObject<HTMLHeadingElement>;
  misconceptions: Readonly<Record<string, MisconceptionNote>>;
  layout: 'page' | 'runner';
  /** An answer already given (after a reload): the step opens marked. */
  previous?: AnsweredQuestion | null;
  onAnswer: (answer: AnsweredQuestion) => void;
  nextLabel: string;
  onNext: () => void;
}

export function QuestionStep({ question, seed, position, headingRef, misconceptions, layout, previous = null, onAnswer, nextLabel, onNext }: QuestionStepProps) {
  const [chosen, setChosen] = useState<string[]>(previous?.chosen ?? []);
  const [answered, setAnswered] = useState<AnsweredQuestion | null>(previous);
  const [numericProblem, setNumericProblem] = useState<string | null>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const options = orderOptions(question, seed);
  const multiple = question.kind === 'multiple';
  const page = layout === 'page';

  const submit = (event: Event) => {
    event.preventDefault();
    if (answered || chosen.length === 0) return;
    // A number that cannot be read is explained, not marked wrong: the learner keeps what they typed.
    const problem = checkNumericInput(question, chosen[0] ?? '');
    setNumericProblem(problem);
    if (problem) return;
    const answer = { chosen, grade: gradeAnswer(question, chosen) };
    onAnswer(answer);
    setAnswered(answer);
    if (page) requestAnimationFrame(() => feedbackRef.current?.focus());
  };

  const toggle = (optionId: string) => {
    if (answered) return;
    if (!multiple) setChosen([optionId]);
    else setChosen((before) => (before.includes(optionId) ? before.filter((id) => id !== optionId) : [...before, optionId]));
  };

  const checkButton = (
    <button type="submit" disabled={chosen.length === 0}>
      Check answer
    </button>
  );
  const nextButton = (
    <button type="button" onClick={onNext}>
      {nextLabel}
    </button>
  );

  return (
    <form
      class={page ? 'quiz-question' : 'card runner quiz-question'}
      onSubmit={submit}
      onKeyDown={(event) => {
        // On the quiz page Enter moves on once the feedback is showing, as it checked the answer before.
        const target = event.target;
        if (!page || !answered || event.key !== 'Enter' || target instanceof HTMLAnchorElement || target instanceof HTMLButtonElement) return;
        event.preventDefault();
        onNext();
      }}
    >
      <p class={page ? 'muted progress-line' : 'muted'}>{position}</p>
      <fieldset class={page ? 'card' : undefined} aria-describedby={multiple ? 'select-all-hint' : undefined}>
        <legend>
          <h2 ref={headingRef} tabIndex={-1} class="prompt">
            {question.kind === 'truefalse' && <span class="kind">Myth or fact? </span>}
            {question.prompt}
          </h2>
        </legend>
        {multiple && (
          <p id="select-all-hint" class="muted small">
            Select all that apply.
          </p>
        )}
        {question.numeric ? (
          <NumericField
            question={question}
            value={chosen[0] ?? ''}
            problem={numericProblem}
            disabled={answered !== null}
            onInput={(value) => setChosen(value.trim() === '' ? [] : [value])}
          />
        ) : (
          <ul class="options" role="presentation">
            {options.map((option) => {
              const isChosen = chosen.includes(option.id);
              const state = answered ? (option.correct ? 'right' : isChosen ? 'wrong' : '') : '';
              return (
                <li class={`option ${state}`}>
                  <label>
                    <input
                      type={multiple ? 'checkbox' : 'radio'}
                      name={`q-${question.key}`}
                      value={option.id}
                      checked={isChosen}
                      disabled={answered !== null}
                      onChange={() => toggle(option.id)}
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
      {page ? (
        <>
          <div class="action-bar">
            <div class="action-bar-inner">{answered ? nextButton : checkButton}</div>
          </div>
          {answered && <PageFeedback question={question} options={options} answered={answered} misconceptions={misconceptions} feedbackRef={feedbackRef} />}
        </>
      ) : !answered ? (
        checkButton
      ) : (
        <div class={`feedback ${answered.grade.correct ? 'is-right' : 'is-wrong'}`} role="status">
          <p>
            <strong>{verdict(answered.grade, false)}</strong>
          </p>
          {question.kind === 'truefalse' && <TrueFalseExplanation question={question} />}
          {question.numeric && <NumericFeedback question={question} firstCorrect={answered.grade.correct} />}
          {answered.grade.missed.map((id) => (
            <p>
              Misconception: “{misconceptions[id]?.claim ?? id}”. {misconceptions[id]?.correction}
            </p>
          ))}
          {nextButton}
        </div>
      )}
    </form>
  );
}

interface PageFeedbackProps {
  question: QuizQuestion;
  options: QuizQuestion['options'];
  answered: AnsweredQuestion;
  misconceptions: Readonly<Record<string, MisconceptionNote>>;
  feedbackRef: preact.RefObject<HTMLDivElement>;
}

/** The quiz page's feedback: why each chosen and each right option is so, and where to read more. */
function PageFeedback({ question, options, answered, misconceptions, feedbackRef }: PageFeedbackProps) {
  const { grade } = answered;
  const tested = misconceptions[question.misconception];
  return (
    <div class={`feedback card ${grade.correct ? 'is-right' : 'is-wrong'}`} ref={feedbackRef} tabIndex={-1} role="status">
      <h3>{verdict(grade, true)}</h3>
      {question.kind === 'truefalse' ? (
        <TrueFalseExplanation question={question} />
      ) : question.numeric ? (
        <NumericFeedback key={question.key} question={question} firstCorrect={grade.correct} />
      ) : (
        <ul class="option-feedback">
          {options
            .filter((option) => answered.chosen.includes(option.id) || option.correct)
            .map((option) => (
              <li>
                <strong>{option.text}:</strong> {option.feedback}
              </li>
            ))}
        </ul>
      )}
      {grade.missed.map((id) => {
        const missed = misconceptions[id];
        return missed ? (
          <div class="misconception">
            <p>
              <strong>Misconception: “{missed.claim}”</strong>
            </p>
            <p>{missed.correction}</p>
            {missed.why && <p class="muted">Why it matters: {missed.why}</p>}
            {missed.lessonHref && (
              <p>
                <a href={missed.lessonHref}>Read: {missed.lessonTitle}</a>
              </p>
            )}
          </div>
        ) : null;
      })}
      {grade.correct && tested && <p class="muted">This tests the misconception “{tested.claim}”.</p>}
    </div>
  );
}

/** The verdict stated once; the page also says how much a partly right answer earned. */
function verdict(grade: Grade, withPartScore: boolean): string {
  if (grade.correct) return 'Right.';
  if (grade.score > 0) return withPartScore ? `Partly right (${formatMarks(grade.score)} of 1).` : 'Partly right.';
  return 'Not quite.';
}

