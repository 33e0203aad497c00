/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { openMisconceptions, recordReview, undoReview } from '../../lib/progress/state';
import { type MisconceptionCardSource, type StudyCard, type TermCardSource, buildDeck, unitOfCard } from '../../lib/srs/deck';
import { buildQueue, newCardsSeenToday } from '../../lib/srs/queue';
import { studyAheadOrder } from '../../lib/srs/session';
import { type CardGrade, GRADE_LABELS, formatInterval, previewIntervals, rateCard } from '../../lib/srs/scheduler';
import { $progress, startProgress, updateProgress } from '../../stores/progress';
import StorageNotice from '../progress/StorageNotice';
import StudySettings from './StudySettings';

interface Props {
  terms: TermCardSource[];
  misconceptions: MisconceptionCardSource[];
  deckTitle: string;
  /** On the course-wide review page: show what is due per unit. */
  units?: { id: string; title: string }[];
}

type Mode = 'due' | 'ahead' | 'cram';
const MODE_LABELS: Record<Mode, string> = { due: 'Due now', ahead: 'Study ahead', cram: 'Cram this deck' };

interface SessionStats {
  reviewed: number;
  lapsed: number;
  history: string[];
}

const GRADES: CardGrade[] = [1, 2, 3, 4];

export default function Flashcards({ terms, misconceptions, deckTitle, units }: Props) {
  const progress = useStore($progress);
  const [now, setNow] = useState(() => new Date());
  const [revealed, setRevealed] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [stats, setStats] = useState<SessionStats>({ reviewed: 0, lapsed: 0, history: [] });
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
    const params = new URLSearchParams(location.search);
    const only = params.get('terms');
    if (only) setOnlyTerms(only.split(',').filter(Boolean));
    setNow(new Date());
    setReady(true);
  }, []);

  const { settings } = progress;
  const open = useMemo(() => new Set(openMisconceptions(progress)), [progress.misconceptions]);
  const deck = useMemo(() => {
    const chosen = onlyTerms ? terms.filter((term) => onlyTerms.some((id) => term.id.endsWith(`/${id}`))) : terms;
    return buildDeck(chosen, { reverse: settings.reverseCards, misconceptions: onlyTerms ? [] : misconceptions, openMisconceptions: open });
  }, [terms, misconceptions, onlyTerms, settings.reverseCards, open]);
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
  const lastReview = [...progress.reviews].reverse().find((review) => !review.undone && stats.history.includes(review.id));

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
    const reviewId = `${at.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    updateProgress((state) => recordReview(state, current.id, outcome.card, grade, at, reviewId));
    setStats((previous) => ({
      reviewed: previous.reviewed + 1,
      lapsed: previous.lapsed + (outcome.lapsed ? 1 : 0),
      history: [...previous.history, reviewId],
    }));
    setAnnouncement(`${GRADE_LABELS[grade]}: ${current.front} comes back in ${formatInterval(Date.parse(outcome.card.due) - at.getTime())}.`);
    setRevealed(false);
    setNow(at);
    cardRef.current?.focus();
  }

  function undo() {
    if (!lastReview) return;
    updateProgress((state) => undoReview(state, lastReview.id, new Date()));
    setStats((previous) => ({ ...previous, reviewed: Math.max(0, previous.reviewed - 1), history: previous.history.filter((id) => id !== lastReview.id) }));
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
      {units && <DueByUnit units={units} due={queue.due} fresh={queue.fresh} />}
      <fieldset class="modes">
        <legend>Mode</legend>
        {(Object.keys(MODE_LABELS) as Mode[]).map((value) => (
          <label>
            <input type="radio" name="study-mode" checked={mode === value} onChange={() => chooseMode(value)} />
            {MODE_LABELS[value]}
          </label>
        ))}
      </fieldset>
      {practising && <p class="muted small">Practice only: what you do here does not change when cards are due.</p>}
      <p class="deck-status">
        <strong>{deckTitle}</strong>:{' '}
        {practising ? `${practice.length} to practise` : `${queue.due.length} due, ${queue.fresh.length} new`}
        {stats.reviewed > 0 && <> · {stats.reviewed} reviewed this session</>}
      </p>

      {current ? (
        <CardView card={current} revealed={revealed} cardRef={cardRef} onFlip={flip} onTouchStart={onTouchStart} onTouchEnd={onTouchEnd} />
      ) : (
        <SessionEnd mode={mode} stats={stats} practised={practised} nextDue={queue.nextDue} now={now} />
      )}
      {current && revealed && (
        <div class="ratings" role="group" aria-label="How well did you know it?">
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
      {current && (
        <p class="muted hint">
          {revealed ? 'Keys 1-4 rate the card; on a touchscreen, swipe left for Again or right for Good.' : 'Recall the answer, then show it (Space or Enter).'} {remaining} left.
        </p>
      )}
      {lastReview && !practising && (
        <button type="button" class="secondary undo" onClick={undo}>
          Undo last rating
        </button>
      )}
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
    >
      <p class="side-label">{card.frontLabel}</p>
      <p class={card.kind === 'term' ? 'front' : 'front long'}>{card.front}</p>
      {revealed ? (
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
      ) : (
        <button type="button" class="flip" onClick={onFlip}>
          Show answer <span class="key-hint" aria-hidden="true">Space</span>
        </button>
      )}
    </div>
  );
}

function SessionEnd({ mode, stats, practised, nextDue, now }: { mode: Mode; stats: SessionStats; practised: number; nextDue: string | null; now: Date }) {
  if (mode !== 'due') {
    return (
      <div class="card session-end" role="status">
        <h2>{practised > 0 ? 'Practice complete' : 'Nothing to practise'}</h2>
        <p>{practised > 0 ? `You went through ${practised} card${practised === 1 ? '' : 's'}. Your schedule is unchanged.` : mode === 'ahead' ? 'No cards are scheduled for later yet: study some first.' : 'This deck is empty.'}</p>
      </div>
    );
  }
  return (
    <div class="card session-end" role="status">
      <h2>{stats.reviewed > 0 ? 'Session complete' : 'Nothing due right now'}</h2>
      {stats.reviewed > 0 && (
        <p>
          You reviewed {stats.reviewed} card{stats.reviewed === 1 ? '' : 's'}
          {stats.lapsed > 0 ? `; ${stats.lapsed} had slipped and will come back sooner` : ', with none forgotten'}.
        </p>
      )}
      <p>{nextDue ? `The next card is due ${describeWhen(nextDue, now)}.` : 'Every card in this deck has been introduced.'}</p>
    </div>
  );
}

function DueByUnit({ units, due, fresh }: { units: { id: string; title: string }[]; due: string[]; fresh: string[] }) {
  const count = (ids: string[], unit: string) => ids.filter((id) => unitOfCard(id) === unit).length;
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

function describeWhen(iso: string, now: Date): string {
  const ms = Date.parse(iso) - now.getTime();
  if (ms < 60 * 60_000) return `in ${formatInterval(ms)}`;
  return `on ${new Date(iso).toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}`;
}
