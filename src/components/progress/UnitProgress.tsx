/** @jsxImportSource preact */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { StudyUnit } from '../../lib/study/today';
import { unitStatus } from '../../lib/study/unit-status';
import { joinBase, paths } from '../../lib/url';
import { readLessonsRead } from '../../stores/my-course';
import { $progress, startProgress } from '../../stores/progress';

interface Props {
  unit: StudyUnit;
  base: string;
}

/** A unit page's own progress, each figure a link to the session that acts on it. */
export default function UnitProgress({ unit, base }: Props) {
  const progress = useStore($progress);
  const [lessonsRead, setLessonsRead] = useState<ReadonlySet<string>>(() => new Set());
  const [now, setNow] = useState<Date>(() => new Date(0));
  useEffect(() => {
    startProgress();
    setLessonsRead(readLessonsRead());
    setNow(new Date());
  }, []);
  const status = unitStatus(unit, progress, lessonsRead, now);
  const href = (path: string) => joinBase(base, path);
  const nextLesson = unit.lessons.find((lesson) => !lessonsRead.has(lesson.key)) ?? unit.lessons[0];
  const firstAttempts = status.firstAttempts;
  // Before this browser's record is read the figures are unknown, not zero: the tiles keep their
  // place (no layout shift) and show a placeholder.
  const ready = now.getTime() !== 0;
  const shown = (value: string | number) => (ready ? value : '…');
  return (
    <ul class="unit-status stat-tiles" aria-label="Your progress in this unit" aria-busy={ready ? undefined : 'true'}>
      <li>
        <a href={href(nextLesson?.href ?? paths.unit(unit.id))}>
          <span class="unit-status-value">
            {shown(status.lessonsRead)}/{status.lessonsTotal}
          </span>{' '}
          lessons read
        </a>
      </li>
      <li>
        <a href={href(paths.flashcards(unit.id))}>
          <span class="unit-status-value">{shown(status.cardsDue)}</span> cards due
        </a>
      </li>
      <li>
        <a href={href(status.misconceptionsOpen ? `${paths.quiz(unit.id)}?mode=mine&start=1` : `${paths.quiz(unit.id)}?start=1`)}>
          <span class="unit-status-value">{shown(status.misconceptionsOpen)}</span> misconception{status.misconceptionsOpen === 1 ? '' : 's'} open
        </a>
      </li>
      <li>
        {/* The first attempts' share, as on the dashboard: later attempts are written with the marking
            points in view. Both labels wrap to two lines on a phone, so loading shifts nothing. */}
        <a href={href(paths.scenarios(unit.id))}>
          <span class="unit-status-value">{shown(firstAttempts ? `${firstAttempts.percent}%` : 0)}</span>{' '}
          {firstAttempts || !ready ? 'at first attempt' : 'scenarios tried'}
        </a>
      </li>
    </ul>
  );
}

