/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DAILY_GOAL, FIRST_ATTEMPT_NOTE, type OutcomeIds, heatmap, nextBestStep, scenarioShareText, streak, summariseOutcome } from '../../lib/progress/dashboard';
import { localDay } from '../../lib/progress/state';
import { cardsDueByUnit } from '../../lib/srs/session';
import { type UnitScope, keepInCourse, unitsInCourse } from '../../lib/course/my-course';
import { paths } from '../../lib/url';
import { $myCourse, startMyCourse } from '../../stores/my-course';
import { $progress, startProgress } from '../../stores/progress';

interface Props {
  outcomes: OutcomeIds[];
  base: string;
  /** Every unit with its qualifications, so the figures follow the learner's "My course". */
  courseUnits: UnitScope[];
}

const CELL = 14;
const GAP = 3;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export default function Dashboard({ outcomes: allOutcomes, base, courseUnits }: Props) {
  const progress = useStore($progress);
  const myCourse = useStore($myCourse);
  const outcomes = useMemo(() => keepInCourse(allOutcomes, (outcome) => outcome.unit, new Set(unitsInCourse(courseUnits, myCourse))), [allOutcomes, courseUnits, myCourse]);
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => {
    startProgress();
    startMyCourse();
    setToday(localDay(new Date()));
  }, []);
  const summaries = useMemo(() => outcomes.map((outcome) => summariseOutcome(outcome, progress)), [outcomes, progress]);
  if (!today) return <p class="muted dashboard-loading">Loading your progress…</p>;

  const days = heatmap(progress.activity, today);
  const current = streak(progress.activity, today);
  const todayCount = progress.activity[today] ?? 0;
  const studyDays = Object.values(progress.activity).filter((count) => count > 0).length;
  const dueByUnit = cardsDueByUnit(outcomes, progress.cards, new Date());
  const untried = outcomes.flatMap((outcome) => outcome.scenarios).find((scenario) => !progress.scenarios[scenario.key]?.attempts.length);
  const step = nextBestStep(
    summaries,
    dueByUnit,
    untried ? { title: untried.title, href: `units/${untried.key.replace('/', '/scenarios/')}/` } : null,
    (outcome) => `units/${outcome.unit}/`,
    studyDays > 0,
  );
  const studiedDays = days.flat().filter((day) => day.count > 0);

  return (
    <div class="dashboard">
      <div class="dashboard-stats">
        <a class="stat" href={`${base}${paths.review()}`}>
          <span class="stat-value">{current}</span> day{current === 1 ? '' : 's'} in a row
        </a>
        <a class="stat" href={`${base}${paths.review()}`}>
          <span class="stat-value">{Math.min(todayCount, DAILY_GOAL)}/{DAILY_GOAL}</span> today's goal{todayCount >= DAILY_GOAL ? ' met' : ''}
        </a>
        <a class="stat" href={`${base}${paths.review()}`}>
          <span class="stat-value">{dueByUnit.reduce((sum, unit) => sum + unit.due, 0)}</span> cards due now
        </a>
      </div>
      <p class="next-step notice">
        <strong>Next step:</strong> <a href={`${base}${step.href}`}>{step.text}</a>
      </p>

      <h2>Study days</h2>
      <svg
        class="heatmap"
        role="img"
        aria-labelledby="heatmap-summary"
        viewBox={`0 0 ${30 + days.length * (CELL + GAP)} ${7 * (CELL + GAP)}`}
        width="100%"
        style={{ maxWidth: `${30 + days.length * (CELL + GAP)}px` }}
      >
        {WEEKDAYS.map((label, index) =>
          index % 2 === 0 ? (
            <text x="0" y={index * (CELL + GAP) + CELL - 3} class="heatmap-label">
              {label}
            </text>
          ) : null,
        )}
        {days.map((week, weekIndex) =>
          week.map((day, weekday) => (
            <rect
              x={30 + weekIndex * (CELL + GAP)}
              y={weekday * (CELL + GAP)}
              width={CELL}
              height={CELL}
              rx="3"
              class={`level-${day.future ? 'future' : day.level}`}
            >
              <title>{`${day.day}: ${day.count} study action${day.count === 1 ? '' : 's'}`}</title>
            </rect>
          )),
        )}
      </svg>
      <p id="heatmap-summary" class="muted small">
        Last 12 weeks: you studied on {studiedDays.length} day{studiedDays.length === 1 ? '' : 's'}
        {studiedDays.length > 0 ? `, most recently ${studiedDays[studiedDays.length - 1]?.day}` : ''}. Darker squares mean more study.
      </p>

      <h2>By learning outcome</h2>
      {summaries.some((outcome) => outcome.scenariosTried > 0) && <p class="muted small">{FIRST_ATTEMPT_NOTE}</p>}
      <ul class="outcome-bars">
        {summaries.map((outcome) => (
          <li>
            <p class="outcome-title">
              <span class="muted">{outcome.unitTitle}:</span> {outcome.title}
            </p>
            <svg class="bar" role="img" aria-label={`Strength ${Math.round(outcome.strength * 100)}%`} viewBox="0 0 100 8" preserveAspectRatio="none" width="100%" height="8">
              <rect width="100" height="8" rx="4" class="bar-track" />
              <rect width={Math.max(0, Math.round(outcome.strength * 100))} height="8" rx="4" class="bar-fill" />
            </svg>
            <p class="small outcome-detail">
              <a href={`${base}${paths.flashcards(outcome.unit)}`}>
                {outcome.termsKnown}/{outcome.termsTotal} terms known
              </a>{' '}
              ·{' '}
              <a href={`${base}${paths.quiz(outcome.unit)}${outcome.misconceptionsMet > outcome.misconceptionsCleared ? '?mode=mine&start=1' : '?start=1'}`}>
                {outcome.misconceptionsMet === 0 ? 'no misconceptions met' : `${outcome.misconceptionsCleared}/${outcome.misconceptionsMet} misconceptions cleared`}
              </a>{' '}
              ·{' '}
              <a href={`${base}${paths.scenarios(outcome.unit)}`}>
                {scenarioShareText(outcome)}
              </a>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
