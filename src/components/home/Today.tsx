/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { isWholeCourse, unitsInCourse } from '../../lib/course/my-course';
import { type StudyUnit, planToday } from '../../lib/study/today';
import { joinBase } from '../../lib/url';
import { $myCourse, readLessonsRead, startMyCourse } from '../../stores/my-course';
import { $progress, startProgress } from '../../stores/progress';

interface Props {
  units: StudyUnit[];
  qualificationNames: Record<string, string>;
  base: string;
}

/** How many other sessions the view offers: a fixed number, so its height never changes as it loads. */
const OTHER_SLOTS = 3;

export default function Today({ units, qualificationNames, base }: Props) {
  const progress = useStore($progress);
  const myCourse = useStore($myCourse);
  const [lessonsRead, setLessonsRead] = useState<ReadonlySet<string>>(() => new Set());
  // Built pages render a first visit; the learner's own day replaces it once the browser has read it.
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    startProgress();
    startMyCourse();
    setLessonsRead(readLessonsRead());
    setNow(new Date());
  }, []);

  const courseUnits = useMemo(() => {
    const ids = new Set(unitsInCourse(units, myCourse));
    return units.filter((unit) => ids.has(unit.id));
  }, [units, myCourse]);
  const plan = planToday(courseUnits, progress, lessonsRead, now ?? new Date(0));
  const href = (path: string) => joinBase(base, path);
  const courseName = isWholeCourse(myCourse)
    ? 'every unit'
    : myCourse.units.length
      ? `${courseUnits.length} unit${courseUnits.length === 1 ? '' : 's'}${myCourse.qualification ? ` of ${qualificationNames[myCourse.qualification] ?? myCourse.qualification}` : ''}`
      : (qualificationNames[myCourse.qualification ?? ''] ?? 'every unit');
  const others = plan.others.slice(0, OTHER_SLOTS);

  return (
    <div class="today" data-ready={now ? 'true' : undefined}>
      <ul class="today-stats stat-tiles" aria-label="Your day">
        <li>
          <a href={href('review/')}>
            <span class="today-value">{plan.due}</span> cards due
          </a>
        </li>
        <li>
          <a href={href(plan.misconceptions ? 'quiz/?mode=mine&start=1' : 'quiz/?start=1')}>
            <span class="today-value">{plan.misconceptions}</span> to clear
          </a>
        </li>
        <li>
          <a href={href('progress/')}>
            <span class="today-value">{plan.streak}</span> day streak
          </a>
        </li>
        <li>
          <a href={href('progress/')}>
            <span class="today-value">
              {Math.min(plan.doneToday, plan.goal)}/{plan.goal}
            </span>{' '}
            {plan.doneToday >= plan.goal ? 'goal met' : 'daily goal'}
          </a>
        </li>
      </ul>
      <a class="button today-primary" href={href(plan.primary.href)} data-kind={plan.primary.kind}>
        <span class="today-primary-label">{plan.primary.label}</span>
      </a>
      <ul class="today-others" aria-label="Or start">
        {Array.from({ length: OTHER_SLOTS }, (_, index) => {
          const action = others[index];
          return action ? (
            <li>
              <a class="button secondary" href={href(action.href)} data-kind={action.kind}>
                {action.label}
              </a>
            </li>
          ) : (
            <li aria-hidden="true" class="today-empty" />
          );
        })}
      </ul>
      <p class="today-course small">
        My course: <strong>{courseName}</strong> · <a href="#my-course">Change</a>
      </p>
    </div>
  );
}
