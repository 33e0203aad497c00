/** @jsxImportSource preact */
/**
 * One scenario, as the packaged runner shows it. They follow the site's
 * assignment steps (same classes, wording and marking) but record into the attempt, not into the
 * site's progress store, which does not exist inside an LMS.
 */
import { useState } from 'preact/hooks';
import { countWords } from '../../lib/words';
import type { ScenarioAnswer } from '../../lib/lms/score';
import { markAnswer, type MarkResult } from '../../lib/marking/marker';
import type { CatalogueScenario } from '../../lib/share/catalogue';

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
