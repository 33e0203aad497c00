/** The ids the study views need per unit (Today, unit progress, My course), built from validated content. */
import type { CourseUnit } from '../lib/content/validate';
import type { StudyUnit } from '../lib/study/today';
import { paths } from '../lib/url';

export function studyUnits(units: readonly CourseUnit[]): StudyUnit[] {
  return units.map((unit) => ({
    id: unit.id,
    title: unit.title,
    qualifications: [...unit.qualifications],
    cards: unit.terms.map((term) => `${unit.id}/${term.id}`),
    misconceptions: unit.misconceptions.map((item) => `${unit.id}/${item.id}`),
    lessons: unit.lessons.map((lesson) => ({ key: `${unit.id}/${lesson.slug}`, title: lesson.title, href: paths.lesson(unit.id, lesson.slug) })),
    scenarios: unit.scenarios.map((scenario) => ({ key: `${unit.id}/${scenario.id}`, title: scenario.title, href: paths.scenario(unit.id, scenario.id), marks: scenario.marks })),
  }));
}
