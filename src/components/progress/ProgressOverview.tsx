/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { type UnitIds, scenarioMarksNote, scenarioScoreText, summariseUnit } from '../../lib/progress/summary';
import { type UnitScope, keepInCourse, unitsInCourse } from '../../lib/course/my-course';
import { joinBase, paths } from '../../lib/url';
import { $myCourse, startMyCourse } from '../../stores/my-course';
import { $progress, startProgress } from '../../stores/progress';

interface Props {
  units: (UnitIds & UnitScope)[];
  base: string;
}

export default function ProgressOverview({ units: allUnits, base }: Props) {
  const progress = useStore($progress);
  const myCourse = useStore($myCourse);
  // Until this browser's record is read, zeros would tell a returning learner their work is gone.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    startProgress();
    startMyCourse();
    setReady(true);
  }, []);
  if (!ready) return <p class="muted dashboard-loading">Loading your progress…</p>;
  const units = keepInCourse(allUnits, (unit) => unit.id, new Set(unitsInCourse(allUnits, myCourse)));
  const href = (path: string) => joinBase(base, path);
  const studyDays = Object.keys(progress.activity).length;
  const rows = units.map((unit) => ({ unit, summary: summariseUnit(unit, progress) }));
  const note = scenarioMarksNote(rows.map((row) => row.summary));
  return (
    <div class="progress-overview">
      <p>
        {studyDays === 0 ? 'No study recorded on this device yet.' : `You have studied on ${studyDays} day${studyDays === 1 ? '' : 's'} on this device.`}
      </p>
      {note && <p class="muted small">{note}</p>}
      {rows.map(({ unit, summary }) => {
        return (
          <section class="card unit-progress" aria-labelledby={`progress-${unit.id}`}>
            <h2 id={`progress-${unit.id}`}>{summary.title}</h2>
            <dl>
              <div>
                <dt>Key terms</dt>
                <dd>
                  <a href={href(paths.flashcards(unit.id))}>
                    {summary.cardsKnown} known, {summary.cardsStarted} started, of {summary.cardsTotal}
                  </a>
                </dd>
              </div>
              <div>
                <dt>Misconceptions</dt>
                <dd>
                  <a href={href(`${paths.quiz(unit.id)}${summary.misconceptionsMet > summary.misconceptionsCleared ? '?mode=mine&start=1' : '?start=1'}`)}>
                    {summary.misconceptionsMet === 0
                      ? `none met yet, of ${summary.misconceptionsTotal}`
                      : `${summary.misconceptionsCleared} of ${summary.misconceptionsMet} met are cleared`}
                  </a>
                </dd>
              </div>
              {summary.scenarios.map((scenario) => (
                <div>
                  <dt>{scenario.title}</dt>
                  <dd>
                    <a href={href(paths.scenario(unit.id, scenario.key.split('/')[1] ?? ''))}>
                      {scenarioScoreText(scenario)}
                    </a>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
