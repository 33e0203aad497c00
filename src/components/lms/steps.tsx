/** @jsxImportSource preact */
/**
 * One quiz question and one scenario, as the packaged runner shows them. They follow the site's
 * assignment steps (same classes, wording and marking) but record into the attempt, not into the
 * site's progress store, which does not exist inside an LMS.
 */
import { useState } from 'preact/hooks';
import { countWords } from '../../lib/words';
import type { LmsPackageContent } from '../../lib/lms/content';
import type { QuestionAnswer, ScenarioAnswer } from '../../lib/lms/score';
import { markAnswer, type MarkResult } from '../../lib/marking/marker';
import { type QuizQuestion, gradeAnswer, orderOptions } from '../../lib/quiz/grade';
import type { CatalogueScenario } from '../../lib/share/catalogue';

interface QuestionStepProps {
  question: QuizQuestion;
  position: string;
  seed: number;
  headingRef: preact.RefObject<HTMLHeadingElement>;
  misconceptions: LmsPackageContent['misconceptions'];
  previous: QuestionAnswer | null;
  onAnswered: (answer: QuestionAnswer) => void;
  onNext: () => void;
}

export function QuestionStep({ question, position, seed, headingRef, misconceptions, previous, onAnswered, onNext }: QuestionStepProps) {
  const [chosen, setChosen] = useState<string[]>(previous?.chosen ?? []);
  const [graded, setGraded] = useState<ReturnType<typeof gradeAnswer> | null>(previous ? gradeAnswer(question, previous.chosen) : null);
  const multiple = question.kind === 'multiple';
  const options = orderOptions(question, seed);
  return (
    <form
      class="card runner quiz-question"
      onSubmit={(event) => {
        event.preventDefault();
        if (graded || chosen.length === 0) return;
        const grade = gradeAnswer(question, chosen);
        onAnswered({ key: question.key, chosen, score: grade.score });
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
          {graded.missed.map((id) => (
            <p>
              Misconception: “{misconceptions[id]?.claim ?? id}”. {misconceptions[id]?.correction}
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
  previous: ScenarioAnswer | null;
  draft: string;
  onDraft: (text: string) => void;
  onMarked: (answer: ScenarioAnswer) => void;
  onNext: () => void;
}

export function ScenarioStep({ scenario, position, headingRef, previous, draft, onDraft, onMarked, onNext }: ScenarioStepProps) {
  const [answer, setAnswer] = useState(previous?.answer ?? draft);
  const [marked, setMarked] = useState<MarkResult | null>(() => (previous ? markAnswer(scenario, previous.answer) : null));
  const words = countWords(answer);
  return (
    <form
      class="card runner"
      onSubmit={(event) => {
        event.preventDefault();
        if (marked || answer.trim() === '') return;
        const result = markAnswer(scenario, answer);
        onMarked({ key: scenario.key, answer, total: result.total, max: result.max, points: Object.fromEntries(result.points.map((point) => [point.id, point.marks])) });
        setMarked(result);
      }}
    >
      <p class="muted">{position}</p>
      <h2 ref={headingRef} tabIndex={-1}>
        {scenario.title}
      </h2>
      {scenario.case.split(/\n\s*\n/).map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      <p>
        <strong>Task ({scenario.marks} marks):</strong> {scenario.task}
      </p>
      <label class="field">
        Your answer
        <textarea
          rows={12}
          value={answer}
          disabled={marked !== null}
          onInput={(e) => {
            const text = (e.currentTarget as HTMLTextAreaElement).value;
            setAnswer(text);
            onDraft(text);
          }}
        />
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
