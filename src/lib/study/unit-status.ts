/** What a unit page shows about the learner's own progress in it. */
import { type ProgressState, firstAttemptShare, openMisconceptions } from '../progress/state.ts';
import { unitOfKey } from '../course/my-course.ts';
import { countDue, type StudyUnit } from './today.ts';

export interface UnitStatus {
  lessonsRead: number;
  lessonsTotal: number;
  /** Keys of the lessons read, for ticks beside each. */
  readKeys: string[];
  cardsDue: number;
  cardsUnseen: number;
  misconceptionsOpen: number;
  /**
   * The whole-number percentage of the marks earned at first attempts, pooled over the unit's tried
   * scenarios, and how many those are; null before any attempt. The first attempt, not the best,
   * because later ones are written with the marking points in view: the same readiness figure the
   * dashboard and progress page give.
   */
  firstAttempts: { percent: number; tried: number } | null;
}

export function unitStatus(unit: StudyUnit, state: ProgressState, lessonsRead: ReadonlySet<string>, now: Date): UnitStatus {
  const open = new Set(openMisconceptions(state).filter((id) => unitOfKey(id) === unit.id));
  const readKeys = unit.lessons.filter((lesson) => lessonsRead.has(lesson.key)).map((lesson) => lesson.key);
  const { share, tried } = firstAttemptShare(unit.scenarios, state);
  return {
    lessonsRead: readKeys.length,
    lessonsTotal: unit.lessons.length,
    readKeys,
    cardsDue: countDue(state, new Set([unit.id]), now, open),
    cardsUnseen: unit.cards.filter((id) => !state.cards[id]).length,
    misconceptionsOpen: open.size,
    firstAttempts: share === null ? null : { percent: Math.round(share * 100), tried },
  };
}
