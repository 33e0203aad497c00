/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { openMisconceptions, recordReview, undoReview } from '../../lib/progress/state';
import { type MisconceptionCardSource, type StudyCard, type TermCardSource, buildDeck, unitOfCard } from '../../lib/srs/deck';
import { buildQueue, newCardsSeenToday } from '../../lib/srs/queue';
import { keepInCourse, unitOfKey, unitsInCourse } from '../../lib/course/my-course';
import { type SessionTally, studyAheadOrder, tallySession } from '../../lib/srs/session';
import { $myCourse, startMyCourse } from '../../stores/my-course';
import { type CardGrade, GRADE_LABELS, formatInterval, previewIntervals, rateCard } from '../../lib/srs/scheduler';
import { newRecordId } from '../../lib/progress/ids';
import { $progress, startProgress, updateProgress } from '../../stores/progress';
import StorageNotice from '../progress/StorageNotice';
import { RowTable } from '../RowTable';
import StudySettings from './StudySettings';

interface Props {
  terms: TermCardSource[];
  misconceptions: MisconceptionCardSource[];
  deckTitle: string;
  /** On the course-wide review page: show what is due per unit, narrowed to the learner's course. */
  units?: { id: string; title: string; qualifications: string[] }[];
  /** Where to go when the session ends, most useful first (already joined with the base). */
  nextSteps: { label: string; href: string }[];
}

type Mode = 'due' | 'ahead' | 'cram';
const MODE_LABELS: Record<Mode, string> = { due: 'Due now', ahead: 'Study ahead', cram: 'Cram this deck' };

interface SessionStats {
  /** This session's ratings, oldest first, so an undo takes its own rating back out. */
  history: { reviewId: string; grade: CardGrade }[];
}

const GRADES: CardGrade[] = [1, 2, 3, 4];

export default function Flashcards({ terms, misconceptions, deckTitle, units, nextSteps }: Props) {
  const progress = useStore($progress);
  const myCourse = useStore($myCourse);
  const [now, setNow] = useState(() => new Date());
  const [revealed, setRevealed] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [stats, setStats] = useState<SessionStats>({ history: [] });
  const [ready, setReady] = useState(false);
  const [onlyTerms, setOnlyTerms] = useState<string[] | null>(null);
  const [mode, setMode] = useState<Mode>('due');
  /** Practice modes work through their own list and never touch the schedule. */
  const [practice, setPractice] = useState<string[]>([]);
  const [practised, setPractised] = useState(0);
  const cardRef = useRef<HTMLDivElement>(null);
  const touchStart = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    startProgress();
    startMyCourse();
    const params = new URLSearchParams(location.search);
    const only = params.get('terms');
    if (only) setOnlyTerms(only.split(',').filter(Boolean));
    setNow(new Date());
    setReady(true);
  }, []);

  const { settings } = progress;
  const open = useMemo(() => new Set(openMisconceptions(progress)), [progress.misconceptions]);
  // Only the course-wide queue narrows to "My course": a unit's own deck is what the learner opened.
  const courseUnits = useMemo(() => (units ? new Set(unitsInCourse(units, myCourse)) : null), [units, myCourse]);
  const shownUnits = units?.filter((unit) => courseUnits?.has(unit.id) ?? true);
  const deck = useMemo(() => {
    const inCourse = keepInCourse(terms, (term) => unitOfKey(term.id), courseUnits);
    const chosen = onlyTerms ? inCourse.filter((term) => onlyTerms.some((id) => term.id.endsWith(`/${id}`))) : inCourse;
    const courseMisconceptions = keepInCourse(misconceptions, (item) => unitOfKey(item.id), courseUnits);
    return buildDeck(chosen, { reverse: settings.reverseCards, misconceptions: onlyTerms ? [] : courseMisconceptions, openMisconceptions: open });
  }, [terms, misconceptions, onlyTerms, settings.reverseCards, open, courseUnits]);
  const byId = useMemo(() => new Map(deck.map((card) => [card.id, card])), [deck]);
  const queue = useMemo(
    () =>
      buildQueue(
        deck.map((card) => card.id),
        progress.cards,
        { now, newPerDay: settings.newPerDay, newSeenToday: newCardsSeenToday(progress.reviews, now) },
      ),
    [deck, progress.cards, progress.reviews, now, settings.newPerDay],
  );
  const practising = mode !== 'due';
  const currentId = practising ? practice[0] : (queue.due[0] ?? queue.fresh[0]);
  const current = currentId ? byId.get(currentId) : undefined;
  const schedulerOptions = settings.examDate ? { retention: settings.retention, examDate: settings.examDate } : { retention: settings.retention };
  const intervals = current && !practising ? previewIntervals(progress.cards[current.id], now, schedulerOptions) : null;
  const sessionIds = new Set(stats.history.map((entry) => entry.reviewId));
  const lastReview = [...progress.reviews].reverse().find((review) => !review.undone && sessionIds.has(review.id));
  const tally = tallySession(stats.history.map((entry) => entry.grade));

  function chooseMode(next: Mode) {
    setMode(next);
    setRevealed(false);
    setPractised(0);
    if (next === 'ahead') setPractice(studyAheadOrder(deck.map((card) => card.id), progress.cards, new Date()));
    else if (next === 'cram') setPractice(deck.map((card) => card.id));
    else setPractice([]);
  }

  function flip() {
    if (!current) return;
    if (!revealed) setAnnouncement(`${current.backLabel}: ${current.back}`);
    setRevealed(true);
  }

  function practiseAnswer(knewIt: boolean) {
    if (!current) return;
    // "Again" sends the card to the back of this practice list; the schedule is not changed.
    setPractice((list) => (knewIt ? list.slice(1) : [...list.slice(1), current.id]));
    setPractised((count) => count + 1);
    setAnnouncement(knewIt ? `${current.front}: done for this session.` : `${current.front}: it will come round again.`);
    setRevealed(false);
    cardRef.current?.focus();
  }

  function rate(grade: CardGrade) {
    if (!current || !revealed) return;
    if (practising) {
      practiseAnswer(grade >= 3);
      return;
    }
    const at = new Date();
    const before = progress.cards[current.id];
    const outcome = rateCard(before, grade, at, schedulerOptions);
    const reviewId = newRecordId(at);
    updateProgress((state) => recordReview(state, current.id, outcome.card, grade, at, reviewId));
    setStats((previous) => ({ history: [...previous.history, { reviewId, grade }] }));
    setAnnouncement(`${GRADE_LABELS[grade]}: ${current.front} comes back in ${formatInterval(Date.parse(outcome.card.due) - at.getTime())}.`);
    setRevealed(false);
    setNow(at);
    cardRef.current?.focus();
  }

  function undo() {
    if (!lastReview) return;
    updateProgress((state) => undoReview(state, lastReview.id, new Date()));
    setStats((previous) => ({ history: previous.history.filter((entry) => entry.reviewId !== lastReview.id) }));
    setRevealed(false);
    setNow(new Date());
    setAnnouncement(`Rating undone: ${byId.get(lastReview.card)?.front ?? 'the card'} is back in the queue.`);
    cardRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
    if (event.key === ' ' || event.key === 'Enter') {
      if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement || target instanceof HTMLElement && target.tagName === 'SUMMARY') return;
      event.preventDefault();
      flip();
    } else if (revealed && ['1', '2', '3', '4'].includes(event.key)) {
      event.preventDefault();
      rate(Number(event.key) as CardGrade);
    }
  }

  function onTouchStart(event: TouchEvent) {
    const touch = event.touches[0];
    if (touch) touchStart.current = { x: touch.clientX, y: touch.clientY };
  }

  function onTouchEnd(event: TouchEvent) {
    const start = touchStart.current;
    const touch = event.changedTouches[0];
    touchStart.current = null;
    if (!start || !touch || !revealed) return;
    const dx = touch.clientX - start.x;
    if (Math.abs(dx) > 80 && Math.abs(dx) > 2 * Math.abs(touch.clientY - start.y)) rate(dx < 0 ? 1 : 3);
  }

  // Same footprint as the loaded deck, so nothing below jumps when the cards arrive.
  if (!ready) return <p class="muted flashcards-loading">Loading your cards…</p>;

  const remaining = practising ? practice.length : queue.due.length + queue.fresh.length;
  return (
    <div class="flashcards" onKeyDown={onKeyDown}>
      <StorageNotice />
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {onlyTerms && (
        <p class="notice">
          The cards from one lesson ({deck.length}).{' '}
          <button type="button" class="linkish" onClick={() => setOnlyTerms(null)}>
            Study the whole deck
          </button>
        </p>
      )}
      <p class="deck-status">
        <strong>{deckTitle}</strong>:{' '}
        {practising ? `${practice.length} to practise` : `${queue.due.length} due, ${queue.fresh.length} new`}
        {tally.reviewed > 0 && <> · {tally.reviewed} reviewed this session</>}
      </p>
      {practising && <p class="muted small">{MODE_LABELS[mode]}: practice only, so what you do here does not change when cards are due.</p>}

      {current ? (
        <CardView card={current} revealed={revealed} cardRef={cardRef} onFlip={flip} onTouchStart={onTouchStart} onTouchEnd={onTouchEnd} />
      ) : (
        <SessionEnd mode={mode} tally={tally} practised={practised} nextDue={queue.nextDue} now={now} />
      )}
      {current && (
        <p class="muted hint">
          {remaining} left. {revealed ? 'Keys 1-4 rate the card; on a touchscreen, swipe left for Again or right for Good.' : 'Recall the answer, then show it (Space or Enter).'}
        </p>
      )}
      {lastReview && !practising && (
        <button type="button" class="secondary undo" onClick={undo}>
          Undo last rating
        </button>
      )}

      <div class="action-bar">
        {current && !revealed && (
          <div class="action-bar-inner">
            <button type="button" class="flip" onClick={flip}>
              Show answer <span class="key-hint" aria-hidden="true">Space</span>
            </button>
          </div>
        )}
        {current && revealed && (
          <div class="action-bar-inner ratings" role="group" aria-label="How well did you know it?">
            {practising ? (
              <>
                <button type="button" class="rate rate-1" onClick={() => rate(1)}>
                  <span>Again</span>
                  <span class="interval">later this session</span>
                </button>
                <button type="button" class="rate rate-3" onClick={() => rate(3)}>
                  <span>Got it</span>
                  <span class="interval">done</span>
                </button>
              </>
            ) : (
              GRADES.map((grade) => (
                <button type="button" class={`rate rate-${grade}`} onClick={() => rate(grade)} aria-keyshortcuts={String(grade)}>
                  <span>{GRADE_LABELS[grade]}</span>
                  <span class="interval">{intervals?.[grade]}</span>
                </button>
              ))
            )}
          </div>
        )}
        {!current && (
          <nav class="action-bar-inner" aria-label="Next step">
            {(practising ? [{ label: 'Back to due cards', href: '' }, ...nextSteps] : nextSteps).slice(0, 2).map((step, index) =>
              step.href ? (
                <a class={index === 0 ? 'button' : 'button secondary'} href={step.href}>
                  {step.label}
                </a>
              ) : (
                <button type="button" class={index === 0 ? '' : 'secondary'} onClick={() => chooseMode('due')}>
                  {step.label}
                </button>
              ),
            )}
          </nav>
        )}
      </div>

      <details class="card study-options">
        <summary>Study options</summary>
        {shownUnits && <DueByUnit units={shownUnits} due={queue.due} fresh={queue.fresh} />}
        <fieldset class="modes">
          <legend>Mode</legend>
          {(Object.keys(MODE_LABELS) as Mode[]).map((value) => (
            <label>
              <input type="radio" name="study-mode" checked={mode === value} onChange={() => chooseMode(value)} />
              {MODE_LABELS[value]}
            </label>
          ))}
        </fieldset>
      </details>
      <StudySettings settings={settings} />
    </div>
  );
}

interface CardViewProps {
  card: StudyCard;
  revealed: boolean;
  cardRef: preact.RefObject<HTMLDivElement>;
  onFlip: () => void;
  onTouchStart: (event: TouchEvent) => void;
  onTouchEnd: (event: TouchEvent) => void;
}

function CardView({ card, revealed, cardRef, onFlip, onTouchStart, onTouchEnd }: CardViewProps) {
  return (
    <div
      ref={cardRef}
      class={`flashcard kind-${card.kind}${revealed ? ' revealed' : ''}`}
      role="group"
      aria-roledescription="flashcard"
      aria-label={`Card: ${card.front}`}
      tabIndex={0}
      onTouchStart={onTouchStart}
      onTouchEnd={onTouchEnd}
      // A tap on the card itself shows the answer too; the pinned button is the labelled control.
      onClick={revealed ? undefined : onFlip}
    >
      <p class="side-label">{card.frontLabel}</p>
      <p class={card.kind === 'term' ? 'front' : 'front long'}>{card.front}</p>
      {revealed && (
        <div class="back">
          <p class="side-label">{card.backLabel}</p>
          <p class="definition">{card.back}</p>
          {card.example && (
            <p class="example">
              <span class="side-label">Example</span> {card.example}
            </p>
          )}
          <p class="source">
            From the lesson <a href={card.lessonHref}>{card.lessonTitle}</a>
          </p>
        </div>
      )}
    </div>
  );
}

function SessionEnd({ mode, tally, practised, nextDue, now }: { mode: Mode; tally: SessionTally; practised: number; nextDue: string | null; now: Date }) {
  if (mode !== 'due') {
    return (
      <div class="card session-end" role="status">
        <h2>{practised > 0 ? 'Practice complete' : 'Nothing to practise'}</h2>
        <p>{practised > 0 ? `You went through ${practised} card${practised === 1 ? '' : 's'}. Your schedule is unchanged.` : mode === 'ahead' ? 'No cards are scheduled for later yet: study some first.' : 'This deck is empty.'}</p>
      </div>
    );
  }
  const cards = (count: number) => `${count} card${count === 1 ? '' : 's'}`;
  return (
    <div class="card session-end" role="status">
      <h2>{tally.reviewed > 0 ? 'Session complete' : 'Nothing due right now'}</h2>
      {tally.reviewed > 0 && (
        <ul class="session-tally">
          <li>
            <strong>{cards(tally.reviewed)}</strong> reviewed
          </li>
          <li>
            {tally.again > 0 ? (
              <>
                <strong>{tally.again}</strong> forgotten (Again): {tally.again === 1 ? 'it comes' : 'they come'} back sooner
              </>
            ) : (
              <>None forgotten</>
            )}
          </li>
          {tally.hard > 0 && (
            <li>
              <strong>{tally.hard}</strong> hard to recall
            </li>
          )}
        </ul>
      )}
      <p>{nextDue ? `Next card due ${describeWhen(nextDue, now)}.` : 'Every card in this deck has been introduced.'}</p>
    </div>
  );
}

function DueByUnit({ units, due, fresh }: { units: { id: string; title: string }[]; due: string[]; fresh: string[] }) {
  const count = (ids: string[], unit: string) => ids.filter((id) => unitOfCard(id) === unit).length;
  return (
    <RowTable
      class="due-table"
      caption="Due now, by unit"
      headings={['Unit', 'Due', 'New']}
      rows={units.map((unit) => ({ label: unit.title, values: [count(due, unit.id), count(fresh, unit.id)] }))}
    />
  );
}

function describeWhen(iso: string, now: Date): string {
  const ms = Date.parse(iso) - now.getTime();
  if (ms < 60 * 60_000) return `in ${formatInterval(ms)}`;
  return `on ${new Date(iso).toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}`;
}
