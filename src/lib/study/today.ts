/**
 * The Today view's decision: what is waiting in the learner's course, and the one session most
 * worth starting now: due cards first, then misconceptions to clear, then the next lesson or
 * scenario, then new cards.
 */
import { DAILY_GOAL, streak } from '../progress/dashboard.ts';
import { type ProgressState, bestScenarioScore, localDay, openMisconceptions } from '../progress/state.ts';
import { unitOfKey } from '../course/my-course.ts';
import { MISCONCEPTION_PREFIX } from '../srs/deck.ts';
import { newCardsSeenToday } from '../srs/queue.ts';

export interface StudyLesson {
  /** "<unit>/<lesson slug>" */
  key: string;
  title: string;
  /** Relative to the site base. */
  href: string;
}

export interface StudyScenario {
  /** "<unit>/<scenario id>" */
  key: string;
  title: string;
  href: string;
  marks: number;
}

/** One unit as the study views see it: ids only, built at build time. */
export interface StudyUnit {
  id: string;
  title: string;
  qualifications: string[];
  /** Term card ids, "<unit>/<term id>". */
  cards: string[];
  /** "<unit>/<misconception id>" */
  misconceptions: string[];
  lessons: StudyLesson[];
  scenarios: StudyScenario[];
}

export type ActionKind = 'review' | 'misconceptions' | 'lesson' | 'scenario' | 'new-cards' | 'quiz';

export interface StudyAction {
  kind: ActionKind;
  label: string;
  /** Relative to the site base. */
  href: string;
}

export interface TodayPlan {
  firstVisit: boolean;
  due: number;
  fresh: number;
  misconceptions: number;
  lessonsLeft: number;
  streak: number;
  doneToday: number;
  goal: number;
  primary: StudyAction;
  /** The other sessions, each one tap away. */
  others: StudyAction[];
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Cards due now in these units: terms, reversed terms and the misconceptions still open. */
export function countDue(state: ProgressState, units: ReadonlySet<string>, now: Date, open: ReadonlySet<string>): number {
  const nowMs = now.getTime();
  return Object.entries(state.cards).filter(([id, card]) => {
    if (!units.has(unitOfKey(id)) || Date.parse(card.due) > nowMs) return false;
    return !id.startsWith(MISCONCEPTION_PREFIX) || open.has(id.slice(MISCONCEPTION_PREFIX.length));
  }).length;
}

export function planToday(units: readonly StudyUnit[], state: ProgressState, lessonsRead: ReadonlySet<string>, now: Date): TodayPlan {
  const unitIds = new Set(units.map((unit) => unit.id));
  const open = new Set(openMisconceptions(state).filter((id) => unitIds.has(unitOfKey(id))));
  const due = countDue(state, unitIds, now, open);
  const unseen = units.flatMap((unit) => unit.cards).filter((id) => !state.cards[id]).length;
  const fresh = Math.min(unseen, Math.max(0, state.settings.newPerDay - newCardsSeenToday(state.reviews, now)));
  const lessons = units.flatMap((unit) => unit.lessons);
  const nextLesson = lessons.find((lesson) => !lessonsRead.has(lesson.key));
  const scenarios = units.flatMap((unit) => unit.scenarios);
  const untried = scenarios.find((scenario) => bestScenarioScore(state.scenarios[scenario.key]) === null);
  const weakest = [...scenarios].sort((a, b) => share(state, a) - share(state, b))[0];
  const scenario = untried ?? weakest;
  const today = localDay(now);
  const firstVisit = Object.keys(state.activity).length === 0 && lessonsRead.size === 0;

  const review: StudyAction | null = due > 0 ? { kind: 'review', label: `Review ${plural(due, 'due card')}`, href: 'review/' } : null;
  const clear: StudyAction | null = open.size > 0 ? { kind: 'misconceptions', label: `Clear ${plural(open.size, 'misconception')}`, href: 'quiz/?mode=mine&start=1' } : null;
  const read: StudyAction | null = nextLesson ? { kind: 'lesson', label: `${firstVisit ? 'Start with' : 'Read next'}: ${nextLesson.title}`, href: nextLesson.href } : null;
  const practise: StudyAction | null = scenario
    ? { kind: 'scenario', label: `${untried ? 'Try' : 'Improve'} the scenario: ${scenario.title}`, href: scenario.href }
    : null;
  const learn: StudyAction | null = fresh > 0 ? { kind: 'new-cards', label: `Learn ${plural(fresh, 'new card')}`, href: 'review/' } : null;
  const quiz: StudyAction = { kind: 'quiz', label: 'Quick quiz', href: 'quiz/?start=1' };

  const ordered = [review, clear, read ?? practise, learn, read ? practise : null, clear ? null : quiz].filter((action): action is StudyAction => action !== null);
  const [primary = quiz, ...others] = ordered;
  return {
    firstVisit,
    due,
    fresh,
    misconceptions: open.size,
    lessonsLeft: lessons.filter((lesson) => !lessonsRead.has(lesson.key)).length,
    streak: streak(state.activity, today),
    doneToday: state.activity[today] ?? 0,
    goal: DAILY_GOAL,
    primary,
    others,
  };
}

function share(state: ProgressState, scenario: StudyScenario): number {
  return (bestScenarioScore(state.scenarios[scenario.key]) ?? 0) / scenario.marks;
}
