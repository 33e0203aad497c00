/** What a unit page shows about the learner's own progress in it. */
import { type ProgressState, bestScenarioScore, openMisconceptions } from '../progress/state.ts';
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
  /** The best score over the unit's scenarios, as a share of their marks; null before any attempt. */
  bestScenario: { title: string; best: number; marks: number } | null;
}

export function unitStatus(unit: StudyUnit, state: ProgressState, lessonsRead: ReadonlySet<string>, now: Date): UnitStatus {
  const open = new Set(openMisconceptions(state).filter((id) => unitOfKey(id) === unit.id));
  const readKeys = unit.lessons.filter((lesson) => lessonsRead.has(lesson.key)).map((lesson) => lesson.key);
  const tried = unit.scenarios
    .map((scenario) => ({ title: scenario.title, marks: scenario.marks, best: bestScenarioScore(state.scenarios[scenario.key]) }))
    .filter((entry): entry is { title: string; marks: number; best: number } => entry.best !== null)
    .sort((a, b) => b.best / b.marks - a.best / a.marks);
  return {
    lessonsRead: readKeys.length,
    lessonsTotal: unit.lessons.length,
    readKeys,
    cardsDue: countDue(state, new Set([unit.id]), now, open),
    cardsUnseen: unit.cards.filter((id) => !state.cards[id]).length,
    misconceptionsOpen: open.size,
    bestScenario: tried[0] ?? null,
  };
}
