/** @jsxImportSource preact */
/**
 * Answering a scenario, as the scenario page, the assignment runner and the LMS package runner all
 * show it: the answer box with its word count, "Mark my answer", and the marked result (each
 * marking point earned, partly earned or missed, why, and the evidence highlighted in the answer).
 * Marking is src/lib/marking's and recording the caller's (onMark); this file only shows them.
 *
 * Two layouts: the scenario page's ("page": the brief is on the page above, the result replaces
 * the form and the page adds the model answer and self-marking) and the runners' ("runner": one
 * card with the brief, the answer kept above its result, and the next step's button at the end).
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { caseBlocks } from '../../lib/content/case-blocks';
import type { Scenario } from '../../lib/content/schemas';
import { tooLongNote } from '../../lib/marking/explain';
import type { MarkResult, PointResult, Span } from '../../lib/marking/marker';
import { ANSWER_CHARACTER_LIMIT, ANSWER_WORD_LIMIT, countAnswerWords, limitCombiningMarks, overWordLimit } from '../../lib/marking/text';
import { formatMarks } from '../../lib/marks';

/** What the step shows of a scenario; the brief (case and task) only in the runner layout. */
export type StepScenario = Pick<Scenario, 'id' | 'title' | 'task' | 'marks' | 'minutes' | 'words'> & { case?: Scenario['case'] };

/** An answer and its marks: the evidence spans point into exactly this text. */
export interface MarkedAnswer {
  text: string;
  marks: MarkResult;
}

interface ScenarioStepProps {
  scenario: StepScenario;
  layout: 'page' | 'runner';
  /** Runner: "Scenario 1 of 2", above the brief. */
  position?: string;
  /** Runner: the step's heading (the scenario title), which the runner focuses on arrival. */
  headingRef?: preact.RefObject<HTMLHeadingElement>;
  answer: string;
  onInput: (text: string) => void;
  /** False while the saved draft is still being read. */
  ready?: boolean;
  /** Whether the draft is kept on this device as the learner types. */
  savesDraft: boolean;
  /** When the draft was last saved, for the page's reassurance. */
  savedAt?: string | null;
  marked: MarkedAnswer | null;
  /** Marks and records the answer (already cleaned of runaway accents and within the word limit). */
  onMark: (text: string) => void | Promise<void>;
  /** Page: above the form (the storage notice). */
  beforeForm?: ComponentChildren;
  /** Page: below the form (earlier attempts). */
  afterForm?: ComponentChildren;
  /** Page: appended to the result's status line (which attempt this is). */
  statusNote?: string;
  /** Page: under the result's summary (a repeated answer, the change since last time). */
  summaryExtra?: ComponentChildren;
  /** Page: after the evidence (model answer, commentary, self-marking). */
  afterResult?: ComponentChildren;
  /** What to do after reading the result: "Improve this answer", "Next". */
  resultAction: { label: string; onClick: () => void };
}

export function ScenarioStep(props: ScenarioStepProps) {
  const { scenario, layout, answer, onInput, ready = true, savesDraft, savedAt = null, marked, onMark } = props;
  const [refusal, setRefusal] = useState<string | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const page = layout === 'page';
  const fieldId = `answer-${scenario.id}`;
  const words = countAnswerWords(answer);
  const range = scenario.words;
  const lengthState = words === 0 ? '' : words < range.min ? 'under' : words > range.max ? 'over' : 'within';

  const submit = async (event: Event) => {
    event.preventDefault();
    if (marked || answer.trim() === '') return;
    // A letter under thousands of accents would stall the result's layout; no language needs more than a few.
    const text = limitCombiningMarks(answer);
    if (overWordLimit(text)) {
      setRefusal(tooLongNote(countAnswerWords(text), text.length));
      return;
    }
    setRefusal(null);
    await onMark(text);
    requestAnimationFrame(() => resultHeading.current?.focus());
  };

  const result = marked && (
    <MarkedResult
      key={marked.text}
      marked={marked}
      layout={layout}
      headingRef={resultHeading}
      statusNote={props.statusNote}
      summaryExtra={props.summaryExtra}
      afterResult={props.afterResult}
      action={props.resultAction}
    />
  );
  if (page && result) return result;

  const field = (
    <>
      <label for={fieldId} class="answer-label">
        Your answer
      </label>
      <p id={`answer-help-${scenario.id}`} class="muted small">
        Aim for {range.min}–{range.max} words in about {scenario.minutes} minutes.{savesDraft && ' Your draft is saved on this device as you type.'} The marker reads up to{' '}
        {ANSWER_WORD_LIMIT.toLocaleString('en-GB')} words.
      </p>
      <textarea
        id={fieldId}
        class="answer-box"
        aria-describedby={`answer-help-${scenario.id} answer-count-${scenario.id}`}
        rows={page ? 14 : 12}
        maxLength={ANSWER_CHARACTER_LIMIT}
        value={answer}
        onInput={(event) => onInput((event.currentTarget as HTMLTextAreaElement).value)}
        disabled={!ready || marked !== null}
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
    </>
  );

  if (page) {
    return (
      <form class="scenario-form" onSubmit={(event) => void submit(event)}>
        {props.beforeForm}
        {field}
        <div class="action-bar">
          <div class="action-bar-inner">
            {answer.trim() ? (
              <button type="submit" disabled={!ready}>
                Mark my answer
              </button>
            ) : (
              // Nothing written yet: the thumb's button takes the learner to the answer box instead.
              <button type="button" disabled={!ready} onClick={() => document.getElementById(fieldId)?.focus()}>
                Write your answer
              </button>
            )}
          </div>
        </div>
        {props.afterForm}
      </form>
    );
  }

  return (
    <form class="card runner scenario-step" onSubmit={(event) => void submit(event)}>
      <p class="muted">{props.position}</p>
      <h2 ref={props.headingRef} tabIndex={-1}>
        {scenario.title}
      </h2>
      {caseBlocks(scenario.case ?? '').map((block) =>
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
      {field}
      {result ?? (
        <button type="submit" disabled={answer.trim() === ''}>
          Mark my answer
        </button>
      )}
    </form>
  );
}

const STATUS_TEXT: Record<PointResult['status'], string> = { earned: 'Earned', partly: 'Partly earned', not: 'Not earned' };
const STATUS_ICON: Record<PointResult['status'], string> = { earned: '✓', partly: '◐', not: '✗' };

interface MarkedResultProps {
  marked: MarkedAnswer;
  layout: 'page' | 'runner';
  headingRef: preact.RefObject<HTMLHeadingElement>;
  statusNote: string | undefined;
  summaryExtra: ComponentChildren;
  afterResult: ComponentChildren;
  action: { label: string; onClick: () => void };
}

/** The marks, each point's verdict and reason, and the answer with one point's evidence highlighted. */
function MarkedResult({ marked, layout, headingRef, statusNote, summaryExtra, afterResult, action }: MarkedResultProps) {
  const { marks, text } = marked;
  const page = layout === 'page';
  // Inside a runner's card the result is a part of the step, a heading level down.
  const Heading = page ? 'h2' : 'h3';
  const Subheading = page ? 'h3' : 'h4';
  const headingId = page ? 'result-heading' : 'step-result-heading';
  const evidenceHeadingId = `${headingId}-evidence`;
  const [focusPoint, setFocusPoint] = useState<string | null>(() => marks.points.find((point) => point.evidence.length > 0)?.id ?? null);
  const evidenceRef = useRef<HTMLDivElement>(null);
  const focused = marks.points.find((point) => point.id === focusPoint);
  const earnedCount = marks.points.filter((point) => point.status === 'earned').length;

  function showEvidence(id: string) {
    setFocusPoint(id);
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

  const actionButton = (
    <button type="button" onClick={action.onClick}>
      {action.label}
    </button>
  );

  return (
    <section class="scenario-result" aria-labelledby={headingId}>
      <div class={page ? 'result-summary card' : 'result-summary'}>
        <Heading id={headingId} ref={headingRef} tabIndex={-1}>
          Marked: {formatMarks(marks.total)} out of {marks.max}
        </Heading>
        <p role="status">
          {earnedCount} of {marks.points.length} marking points earned in full.{statusNote ?? ''}
        </p>
        {summaryExtra}
      </div>
      {marks.notes.map((note) => (
        <p class="notice warn">{note}</p>
      ))}

      <Subheading>Marking points</Subheading>
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

      <Subheading id={evidenceHeadingId}>Your answer{focused ? `, with the evidence for “${focused.statement}”` : ''}</Subheading>
      <div class="answer-view card" aria-labelledby={evidenceHeadingId} ref={evidenceRef} tabIndex={-1}>
        <AnswerWithEvidence text={text} evidence={focused?.evidence ?? []} sentences={focused?.sentences ?? []} />
      </div>
      <p class="muted small">Evidence words are underlined and highlighted; the sentence they sit in is shaded.</p>

      {afterResult}

      {page ? (
        <div class="action-bar">
          <div class="action-bar-inner">{actionButton}</div>
        </div>
      ) : (
        actionButton
      )}
    </section>
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


interface RunnerScenarioStepProps {
  scenario: StepScenario;
  position: string;
  headingRef: preact.RefObject<HTMLHeadingElement>;
  /** The answer typed before a reload, kept until it is marked. */
  draft: string;
  /** An answer marked before a reload: the step opens marked. */
  previous?: MarkedAnswer | null;
  savesDraft: boolean;
  onDraft: (text: string) => void;
  /** Marks the answer (the marker may load only now) and records the result. */
  mark: (text: string) => MarkResult | Promise<MarkResult>;
  onMarked: (answer: MarkedAnswer) => void;
  onNext: () => void;
}

/** A scenario as one step of an assignment: the runners keep no state of their own for it. */
export function RunnerScenarioStep({ scenario, position, headingRef, draft, previous = null, savesDraft, onDraft, mark, onMarked, onNext }: RunnerScenarioStepProps) {
  const [answer, setAnswer] = useState(previous?.text ?? draft);
  const [marked, setMarked] = useState<MarkedAnswer | null>(previous);
  return (
    <ScenarioStep
      scenario={scenario}
      layout="runner"
      position={position}
      headingRef={headingRef}
      answer={answer}
      onInput={(text) => {
        setAnswer(text);
        onDraft(text);
      }}
      savesDraft={savesDraft}
      marked={marked}
      onMark={async (text) => {
        const result = { text, marks: await mark(text) };
        onMarked(result);
        setMarked(result);
      }}
      resultAction={{ label: 'Next', onClick: onNext }}
    />
  );
}
