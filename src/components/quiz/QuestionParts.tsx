/** @jsxImportSource preact */
/**
 * The parts of a question that the quiz and the assignment runner show alike: the numeric answer
 * field, and the feedback that states a verdict once and then explains it.
 */
import { useState } from 'preact/hooks';
import { type QuizQuestion, checkNumericInput, gradeAnswer } from '../../lib/quiz/grade';
import { describeRange, formatWithUnit, isCurrencyUnit } from '../../lib/quiz/numeric';

interface NumericFieldProps {
  question: QuizQuestion;
  value: string;
  problem: string | null;
  disabled: boolean;
  onInput: (value: string) => void;
  label?: string;
}

/** A text field, not type="number": learners type "£1,200" or "3.3%", which a number field rejects silently. */
export function NumericField({ question, value, problem, disabled, onInput, label = 'Your answer' }: NumericFieldProps) {
  const unit = question.numeric?.unit ?? '';
  const inputId = `numeric-${label === 'Your answer' ? '' : 'retry-'}${question.key.replace(/[^a-z0-9-]/gi, '-')}`;
  const hintId = `${inputId}-hint`;
  const problemId = `${inputId}-problem`;
  return (
    <div class="numeric-field">
      <label for={inputId}>{label}{unit ? ` (${unitName(unit)})` : ''}</label>
      <div class="numeric-input">
        {isCurrencyUnit(unit) && <span aria-hidden="true">{unit}</span>}
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          disabled={disabled}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? `${hintId} ${problemId}` : hintId}
          onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
        />
        {!isCurrencyUnit(unit) && unit && <span aria-hidden="true">{unit}</span>}
      </div>
      <p id={hintId} class="muted small">
        Digits with a decimal point; commas for thousands and a final k or m are fine (1,200 or 1.2k).
      </p>
      {problem && (
        <p id={problemId} class="notice bad" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

function unitName(unit: string): string {
  if (isCurrencyUnit(unit)) return `in ${unit}`;
  if (unit === '%') return 'as a percentage';
  if (unit === 'x') return 'as a ratio, e.g. 4.2';
  return `in ${unit}`;
}

/**
 * After a numeric answer. A right answer sees the worked solution at once. A wrong one may try
 * again first (the score stays that of the first answer) or ask for the solution; after the second
 * try the solution is shown whatever the result.
 */
export function NumericFeedback({ question, firstCorrect }: { question: QuizQuestion; firstCorrect: boolean }) {
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [retry, setRetry] = useState<'right' | 'wrong' | null>(null);
  const [revealed, setRevealed] = useState(false);
  if (firstCorrect || revealed) return <NumericSolution question={question} />;
  const check = () => {
    if (input.trim() === '') return;
    const reason = checkNumericInput(question, input);
    setProblem(reason);
    if (reason) return;
    setRetry(gradeAnswer(question, [input]).correct ? 'right' : 'wrong');
  };
  if (retry) {
    return (
      <>
        <p>
          <strong>{retry === 'right' ? 'Right this time.' : 'Still not right.'}</strong> Your score for this question stays that of your first answer.
        </p>
        <NumericSolution question={question} />
      </>
    );
  }
  return (
    <div
      class="numeric-retry"
      onKeyDown={(event) => {
        // Enter would submit the question's form, which is already answered.
        if (event.key === 'Enter') {
          event.preventDefault();
          check();
        }
      }}
    >
      <p>Check your working and try again, or see the worked solution.</p>
      <NumericField question={question} value={input} problem={problem} disabled={false} onInput={setInput} label="Try again" />
      <div class="actions">
        <button type="button" onClick={check} disabled={input.trim() === ''}>
          Check again
        </button>
        <button type="button" class="secondary" onClick={() => setRevealed(true)}>
          Show the worked solution
        </button>
      </div>
    </div>
  );
}

/** The accepted answer, then the worked solution. */
function NumericSolution({ question }: { question: QuizQuestion }) {
  const spec = question.numeric;
  if (!spec) return null;
  return (
    <div class="worked-solution">
      <p>
        The answer is <strong>{formatWithUnit(spec.answer, spec.unit)}</strong>
        {spec.tolerance > 0 && <> (anything from {describeRange(spec)} is accepted)</>}.
      </p>
      <h4>Worked solution</h4>
      {(question.solution ?? '').split(/\n\s*\n|\n/).filter(Boolean).map((line) => (
        <p>{line}</p>
      ))}
    </div>
  );
}

/** After a myth-or-fact answer: the verdict once, then why. */
export function TrueFalseExplanation({ question }: { question: QuizQuestion }) {
  const isFact = question.options.find((option) => option.id === 'fact')?.correct ?? false;
  return (
    <p class="explanation">
      <strong>{isFact ? 'It is a fact.' : 'It is a myth.'}</strong> {question.explanation}
    </p>
  );
}
