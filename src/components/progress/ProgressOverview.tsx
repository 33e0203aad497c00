/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import { type UnitIds, summariseUnit } from '../../lib/progress/summary';
import { $progress, startProgress } from '../../stores/progress';

interface Props {
  units: UnitIds[];
}

export default function ProgressOverview({ units }: Props) {
  const progress = useStore($progress);
  useEffect(() => startProgress(), []);
  const studyDays = Object.keys(progress.activity).length;
  return (
    <div class="progress-overview">
      <p>
        {studyDays === 0 ? 'No study recorded on this device yet.' : `You have studied on ${studyDays} day${studyDays === 1 ? '' : 's'} on this device.`}
      </p>
      {units.map((unit) => {
        const summary = summariseUnit(unit, progress);
        return (
          <section class="card unit-progress" aria-labelledby={`progress-${unit.id}`}>
            <h2 id={`progress-${unit.id}`}>{summary.title}</h2>
            <dl>
              <div>
                <dt>Key terms</dt>
                <dd>
                  {summary.cardsKnown} known, {summary.cardsStarted} started, of {summary.cardsTotal}
                </dd>
              </div>
              <div>
                <dt>Misconceptions</dt>
                <dd>
                  {summary.misconceptionsMet === 0
                    ? `none met yet, of ${summary.misconceptionsTotal}`
                    : `${summary.misconceptionsCleared} of ${summary.misconceptionsMet} met are cleared`}
                </dd>
              </div>
              {summary.scenarios.map((scenario) => (
                <div>
                  <dt>{scenario.title}</dt>
                  <dd>{scenario.best === null ? 'not tried yet' : `best ${scenario.best} / ${scenario.marks} (${scenario.attempts} attempt${scenario.attempts === 1 ? '' : 's'})`}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
