/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { recordReview, undoReview } from '../../lib/progress/state';
import { buildQueue, newCardsSeenToday } from '../../lib/srs/queue';
import { type CardGrade, GRADE_LABELS, formatInterval, previewIntervals, rateCard } from '../../lib/srs/scheduler';
import { $progress, startProgress, updateProgress } from '../../stores/progress';
import StorageNotice from '../progress/StorageNotice';

export interface FlashcardData {
  /** "<unit>/<term id>" */
  id: string;
  term: string;
  definition: string;
  example?: string;
  lessonHref: string;
  lessonTitle: string;
}

interface Props {
  cards: FlashcardData[];
  deckTitle: string;
  /** On the course-wide review page: show what is due per unit. */
  units?: { id: string; title: string }[];
}

interface SessionStats {
  reviewed: number;
  lapsed: number;
  history: string[];
}

const GRADES: CardGrade[] = [1, 2, 3, 4];

export default function Flashcards({ cards: allCards, deckTitle, units }: Props) {
  const progress = useStore($progress);
  const [now, setNow] = useState(() => new Date());
  const [revealed, setRevealed] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [stats, setStats] = useState<SessionStats>({ reviewed: 0, lapsed: 0, history: [] });
  const [ready, setReady] = useState(false);
  const [onlyTerms, setOnlyTerms] = useState<string[] | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const touchStart = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    startProgress();
    const terms = new URLSearchParams(location.search).get('terms');
    if (terms) setOnlyTerms(terms.split(',').filter(Boolean));
    setNow(new Date());
    setReady(true);
  }, []);

  const cards = useMemo(
    () => (onlyTerms ? allCards.filter((card) => onlyTerms.some((term) => card.id.endsWith(`/${term}`))) : allCards),
    [allCards, onlyTerms],
  );

  const byId = useMemo(() => new Map(cards.map((card) => [card.id, card])), [cards]);
  const { settings } = progress;
  const queue = useMemo(
    () =>
      buildQueue(
        cards.map((card) => card.id),
        progress.cards,
        { now, newPerDay: settings.newPerDay, newSeenToday: newCardsSeenToday(progress.reviews, now) },
      ),
    [cards, progress.cards, progress.reviews, now, settings.newPerDay],
  );
  const currentId = queue.due[0] ?? queue.fresh[0];
  const current = currentId ? byId.get(currentId) : undefined;
  const schedulerOptions = settings.examDate ? { retention: settings.retention, examDate: settings.examDate } : { retention: settings.retention };
  const intervals = current ? previewIntervals(progress.cards[current.id], now, schedulerOptions) : null;
  const lastReview = [...progress.reviews].reverse().find((review) => !review.undone && stats.history.includes(review.id));

  function flip() {
    if (!current) return;
    setRevealed((was) => {
      if (!was) setAnnouncement(`Answer: ${current.definition}`);
      return true;
    });
  }

  function rate(grade: CardGrade) {
    if (!current || !revealed) return;
    const at = new Date();
    const before = progress.cards[current.id];
    const outcome = rateCard(before, grade, at, schedulerOptions);
    const reviewId = `${at.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    updateProgress((state) => recordReview(state, current.id, outcome.card, grade, at, reviewId));
    setStats((previous) => ({
      reviewed: previous.reviewed + 1,
      lapsed: previous.lapsed + (outcome.lapsed ? 1 : 0),
      history: [...previous.history, reviewId],
    }));
    setAnnouncement(`${GRADE_LABELS[grade]}: ${current.term} comes back in ${formatInterval(Date.parse(outcome.card.due) - at.getTime())}.`);
    setRevealed(false);
    setNow(at);
    cardRef.current?.focus();
  }

  function undo() {
    if (!lastReview) return;
    updateProgress((state) => undoReview(state, lastReview.id, new Date()));
    setStats((previous) => ({ ...previous, reviewed: Math.max(0, previous.reviewed - 1), history: previous.history.filter((id) => id !== lastReview.id) }));
    setRevealed(false);
    setNow(new Date(Date.parse(lastReview.at) - 1));
    setAnnouncement(`Rating undone: ${byId.get(lastReview.card)?.term ?? 'card'} is back in the queue.`);
    cardRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
    if (event.key === ' ' || event.key === 'Enter') {
      if (event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement) return;
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

  const remaining = queue.due.length + queue.fresh.length;

  if (!ready) return <p class="muted">Loading your cards…</p>;

  return (
    <div class="flashcards" onKeyDown={onKeyDown}>
      <StorageNotice />
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {onlyTerms && (
        <p class="notice">
          The cards from one lesson ({cards.length}).{' '}
          <button type="button" class="linkish" onClick={() => setOnlyTerms(null)}>
            Study the whole deck
          </button>
        </p>
      )}
      {units && <DueByUnit units={units} due={queue.due} fresh={queue.fresh} />}
      <p class="deck-status" aria-live="off">
        <strong>{deckTitle}</strong>: {queue.due.length} due, {queue.fresh.length} new
        {stats.reviewed > 0 && <> · {stats.reviewed} reviewed this session</>}
      </p>

      {current ? (
        <>
          <div
            ref={cardRef}
            class={`flashcard${revealed ? ' revealed' : ''}`}
            role="group"
            aria-roledescription="flashcard"
            aria-label={`Card: ${current.term}`}
            tabIndex={0}
            onTouchStart={onTouchStart}
            onTouchEnd={onTouchEnd}
          >
            <p class="side-label">Term</p>
            <p class="front">{current.term}</p>
            {revealed ? (
              <div class="back">
                <p class="side-label">Definition</p>
                <p class="definition">{current.definition}</p>
                {current.example && (
                  <p class="example">
                    <span class="side-label">Example</span> {current.example}
                  </p>
                )}
                <p class="source">
                  From the lesson <a href={current.lessonHref}>{current.lessonTitle}</a>
                </p>
              </div>
            ) : (
              <button type="button" class="flip" onClick={flip}>
                Show answer <span class="key-hint" aria-hidden="true">Space</span>
              </button>
            )}
          </div>
          {revealed && intervals && (
            <div class="ratings" role="group" aria-label="How well did you know it?">
              {GRADES.map((grade) => (
                <button type="button" class={`rate rate-${grade}`} onClick={() => rate(grade)} aria-keyshortcuts={String(grade)}>
                  <span>{GRADE_LABELS[grade]}</span>
                  <span class="interval">{intervals[grade]}</span>
                </button>
              ))}
            </div>
          )}
          <p class="muted hint">
            {revealed ? 'Keys 1-4 rate the card; on a touchscreen, swipe left for Again or right for Good.' : 'Recall the definition, then show the answer.'} {remaining} left in this session.
          </p>
        </>
      ) : (
        <div class="card session-end" role="status">
          <h2>{stats.reviewed > 0 ? 'Session complete' : 'Nothing due right now'}</h2>
          {stats.reviewed > 0 && (
            <p>
              You reviewed {stats.reviewed} card{stats.reviewed === 1 ? '' : 's'}
              {stats.lapsed > 0 ? `, and ${stats.lapsed} had slipped (they will come back sooner)` : ''}.
            </p>
          )}
          <p>{queue.nextDue ? `The next card in this deck is due ${describeWhen(queue.nextDue, now)}.` : 'Every card in this deck has been introduced.'}</p>
        </div>
      )}
      {lastReview && (
        <button type="button" class="secondary undo" onClick={undo}>
          Undo last rating
        </button>
      )}
    </div>
  );
}

function describeWhen(iso: string, now: Date): string {
  const ms = Date.parse(iso) - now.getTime();
  if (ms < 60 * 60_000) return `in ${formatInterval(ms)}`;
  return `on ${new Date(iso).toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}`;
}

function DueByUnit({ units, due, fresh }: { units: { id: string; title: string }[]; due: string[]; fresh: string[] }) {
  const count = (ids: string[], unit: string) => ids.filter((id) => id.startsWith(`${unit}/`)).length;
  return (
    <table class="due-table">
      <caption>Due now, by unit</caption>
      <thead>
        <tr>
          <th scope="col">Unit</th>
          <th scope="col">Due</th>
          <th scope="col">New</th>
        </tr>
      </thead>
      <tbody>
        {units.map((unit) => (
          <tr>
            <th scope="row">{unit.title}</th>
            <td>{count(due, unit.id)}</td>
            <td>{count(fresh, unit.id)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
